/* fuzz_config.c — libFuzzer target: model and trainer creation from arbitrary
 * configuration values (nn_config_validate, nn_model_create, nn_trainer_create).
 *
 * Input layout (reads past the end give 0):
 *   byte 0        training data: 0 xor (d 2, k 2), 1 blobs3 (d 2, k 3), 2 not (d 1, k 2),
 *                 3 a one-point dataset (d 3, k 1)
 *   then each nn_config field in declaration order; an int field is one byte
 *   (< 0xF0: a small value byte - 8; else the next 4 bytes as a raw int32),
 *   a float field is fuzz_value() (specials, huge, tiny, ordinary), the seed 4 bytes.
 *
 * Checks: validate accepts exactly the configs create builds; a refusal sets a
 * message; a built model has the sizes its config asks for and finite initial
 * weights; a trainer (of up to 4096 parameters) can take two steps and reports
 * a known status, with finite weights unless it diverged.
 */
#include "fuzz_input.h"
#include "nn.h"

static int fuzz__int(fuzz_in *in)
{
    uint8_t c = fuzz_u8(in);
    return c < 0xF0 ? (int)c - 8 : (int)fuzz_i32(in);
}

static nn_dataset *fuzz__data(int which)
{
    switch (which & 3) {
    case 0: return nn_dataset_generate(NN_DATA_XOR, 40, 0.1f, 1);
    case 1: return nn_dataset_generate(NN_DATA_BLOBS3, 30, 0.1f, 1);
    case 2: return nn_dataset_generate(NN_DATA_NOT, 1, 0.0f, 1);
    default: {
        nn_dataset *ds = nn_dataset_create(1, 3, 1);
        if (ds) ds->x[0] = ds->x[1] = ds->x[2] = 1.0f;
        return ds;
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_in in = {data, size};
    nn_dataset *ds = fuzz__data(fuzz_u8(&in));
    FUZZ_CHECK(ds != NULL, "dataset: %s", nn_last_error());

    nn_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.kind = (nn_model_kind)fuzz__int(&in);
    cfg.inputs = fuzz__int(&in);
    cfg.classes = fuzz__int(&in);
    cfg.hidden_layers = fuzz__int(&in);
    for (int l = 0; l < NN_MAX_HIDDEN_LAYERS; l++) cfg.hidden[l] = fuzz__int(&in);
    cfg.activation = (nn_activation)fuzz__int(&in);
    cfg.loss = (nn_loss)fuzz__int(&in);
    cfg.optimizer.kind = (nn_optimizer_kind)fuzz__int(&in);
    cfg.optimizer.momentum = fuzz_value(&in);
    cfg.optimizer.rho = fuzz_value(&in);
    cfg.optimizer.beta1 = fuzz_value(&in);
    cfg.optimizer.beta2 = fuzz_value(&in);
    cfg.optimizer.eps = fuzz_rate(&in);
    cfg.lr = fuzz_rate(&in);
    cfg.schedule.kind = (nn_schedule_kind)fuzz__int(&in);
    cfg.schedule.step = fuzz__int(&in);
    cfg.schedule.gamma = fuzz_value(&in);
    cfg.schedule.patience = fuzz__int(&in);
    cfg.schedule.min_lr = fuzz_value(&in);
    cfg.batch = fuzz__int(&in);
    cfg.reg = (nn_reg_kind)fuzz__int(&in);
    cfg.reg_rate = fuzz_value(&in);
    cfg.dropout = fuzz_value(&in);
    cfg.patience = fuzz__int(&in);
    cfg.seed = (uint64_t)fuzz_u32(&in) << 32 | fuzz_u32(&in);

    nn_clear_error();
    int valid = nn_config_validate(&cfg) == NN_OK;
    FUZZ_CHECK(valid || nn_last_error()[0], "validate refused without a message");
    nn_model *m = nn_model_create(&cfg);
    FUZZ_CHECK(valid == (m != NULL), "validate said %d but create gave %p (%s)", valid, (void *)m,
               nn_last_error());
    if (m) {
        int hl = cfg.kind == NN_MODEL_MLP ? cfg.hidden_layers : 0;
        FUZZ_CHECK(m->n_layers == hl + 1, "n_layers %d for %d hidden", m->n_layers, hl);
        FUZZ_CHECK(m->sizes[0] == cfg.inputs, "inputs");
        FUZZ_CHECK(m->n_outputs >= 1 && m->n_outputs <= cfg.classes, "n_outputs %d", m->n_outputs);
        FUZZ_CHECK(nn_model_finite(m), "initial weights not finite");
        nn_model_destroy(m);
    }

    nn_clear_error();
    nn_trainer *t = nn_trainer_create(&cfg, ds, ds);
    FUZZ_CHECK(t || nn_last_error()[0], "trainer refused without a message");
    if (t) {
        FUZZ_CHECK(valid, "a trainer from a config validate refused");
        /* Training the widest nets is slow under ASan and adds no new paths. */
        int steps = t->model->n_params <= 4096 ? 2 : 0;
        FUZZ_CHECK(nn_trainer_step_batches(t, steps) == NN_OK, "step: %s", nn_last_error());
        FUZZ_CHECK((unsigned)t->status < NN_STATUS_COUNT, "status %d", (int)t->status);
        FUZZ_CHECK(t->status == NN_STATUS_DIVERGED || nn_model_finite(t->model),
                   "status %s with non-finite weights", nn_status_name(t->status));
        nn_trainer_destroy(t);
    }
    nn_dataset_destroy(ds);
    return 0;
}
