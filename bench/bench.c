/* bench.c — native throughput of the Downhill core.
 *
 * For a few playground-sized nets on 1000 XOR points (noise 0.1, seed 1, no test
 * set) it measures
 *   train  examples/s  nn_trainer_step_batches in a loop, SGD
 *   grid   points/s    nn_eval_grid on a 200×200 grid, output only
 *   grid+hidden        the same with every hidden unit's map
 * Grids are timed on the model after 20 training epochs from seed 1 (a fixed
 * state: the timed training before them runs a machine-dependent number of
 * updates). Each figure is the median of several repetitions (7 by default,
 * each about 0.2 s) timed with CLOCK_MONOTONIC: the machines this runs on are
 * noisy, so medians only and no pass/fail thresholds.
 *
 *   bench [--quick] [--json]
 * --json prints one JSON object per net:
 *   {"impl":"native","net":"2-8-8-1","activation":"tanh","batch":10,
 *    "train_examples_per_s":..,"grid_points_per_s":..,"grid_ms":..,
 *    "grid_hidden_points_per_s":..,"grid_hidden_ms":..}
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nn.h"

#define GRID 200
#define MAX_REPS 15

typedef struct bench_net {
    const char *name;
    int hidden_layers;
    int hidden[3];
    nn_activation act;
    int batch;
} bench_net;

static const bench_net NETS[] = {
    {"2-8-8-1", 2, {8, 8}, NN_ACT_TANH, 10},
    {"2-8-8-1", 2, {8, 8}, NN_ACT_TANH, 32},
    {"2-16-16-16-1", 3, {16, 16, 16}, NN_ACT_TANH, 10},
    {"2-16-16-16-1", 3, {16, 16, 16}, NN_ACT_TANH, 32},
    {"2-16-16-1", 2, {16, 16}, NN_ACT_RELU, 10},
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/* What one benchmark repeats: `iters` units of work (batches or grids). */
typedef struct work {
    nn_trainer *t;
    float *out, *hidden; /* grid buffers; hidden NULL = output only */
    int is_grid;
} work;

static int run(const work *w, int iters)
{
    if (!w->is_grid)
        return nn_trainer_step_batches(w->t, iters);
    for (int i = 0; i < iters; i++)
        if (nn_eval_grid(w->t->model, w->out, w->hidden, -6.0f, 6.0f, -6.0f, 6.0f, GRID, GRID) != NN_OK)
            return NN_ERR;
    return NN_OK;
}

/* Median seconds per unit of work over `reps` repetitions of about `target`
 * seconds each (the count per repetition calibrated first). -1 on error. */
static double time_per_unit(const work *w, int reps, double target)
{
    int iters = 1;
    double dt;
    for (;;) { /* calibrate (also warms caches up) */
        double t0 = now_s();
        if (run(w, iters) != NN_OK)
            return -1.0;
        dt = now_s() - t0;
        if (dt >= target / 8.0 || iters >= (1 << 28))
            break;
        iters *= 2;
    }
    double per = dt / iters;
    int n = (int)(target / (per > 1e-12 ? per : 1e-12));
    if (n < 1)
        n = 1;
    double samples[MAX_REPS];
    for (int r = 0; r < reps; r++) {
        double t0 = now_s();
        if (run(w, n) != NN_OK)
            return -1.0;
        samples[r] = (now_s() - t0) / n;
    }
    return median(samples, reps);
}

int main(int argc, char **argv)
{
    int json = 0, quick = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--quick") == 0) {
            quick = 1;
        } else if (strcmp(argv[i], "--help") == 0) {
            puts("Usage: bench [--quick] [--json]\n"
                 "  --quick  3 repetitions of ~0.05 s instead of 7 of ~0.2 s\n"
                 "  --json   JSON Lines instead of a table");
            return 0;
        } else {
            fprintf(stderr, "bench: unknown option '%s' (use --quick, --json)\n", argv[i]);
            return 2;
        }
    }
    int reps = quick ? 3 : 7;
    double target = quick ? 0.05 : 0.2;

    nn_dataset *ds = nn_dataset_generate(NN_DATA_XOR, 1000, 0.1f, 1);
    if (!ds) {
        fprintf(stderr, "bench: %s\n", nn_last_error());
        return 1;
    }
    if (!json) {
        printf("native, 1000 XOR points, SGD; median of %d x ~%.2f s; grid %dx%d\n", reps, target,
               GRID, GRID);
        printf("%-13s %-5s %5s %14s %14s %9s %14s %9s\n", "net", "act", "batch", "train ex/s",
               "grid pts/s", "grid ms", "+hidden pts/s", "+hid ms");
    }
    int code = 0;
    for (size_t i = 0; i < sizeof NETS / sizeof NETS[0]; i++) {
        const bench_net *b = &NETS[i];
        nn_config cfg;
        nn_config_default(&cfg);
        cfg.kind = NN_MODEL_MLP;
        cfg.inputs = 2;
        cfg.classes = 2;
        cfg.hidden_layers = b->hidden_layers;
        for (int l = 0; l < b->hidden_layers; l++)
            cfg.hidden[l] = b->hidden[l];
        cfg.activation = b->act;
        cfg.optimizer = nn_optimizer_default(NN_OPT_SGD);
        cfg.batch = b->batch;
        cfg.seed = 1;
        nn_trainer *t = nn_trainer_create(&cfg, ds, NULL);
        if (!t) {
            fprintf(stderr, "bench: %s: %s\n", b->name, nn_last_error());
            code = 1;
            break;
        }
        int planes_out = t->model->n_outputs, planes_hidden = nn_model_hidden_units(t->model);
        float *out = malloc(sizeof(float) * (size_t)planes_out * GRID * GRID);
        float *hid = malloc(sizeof(float) * (size_t)(planes_hidden > 0 ? planes_hidden : 1) * GRID * GRID);
        if (!out || !hid) {
            fprintf(stderr, "bench: out of memory\n");
            free(out);
            free(hid);
            nn_trainer_destroy(t);
            code = 1;
            break;
        }
        work train = {t, NULL, NULL, 0};
        work grid = {t, out, NULL, 1};
        work grid_h = {t, out, hid, 1};
        double s_batch = time_per_unit(&train, reps, target);
        /* Grids on a fixed state (20 epochs from the seed), not on whatever the
         * timed training left. */
        int diverged = t->status == NN_STATUS_DIVERGED;
        nn_trainer_reset(t);
        nn_trainer_step_epochs(t, 20);
        double s_grid = time_per_unit(&grid, reps, target);
        double s_grid_h = time_per_unit(&grid_h, reps, target);
        if (diverged)
            fprintf(stderr, "bench: warning: %s batch %d diverged; its training figure is not meaningful\n",
                    b->name, b->batch);
        if (s_batch < 0 || s_grid < 0 || s_grid_h < 0) {
            fprintf(stderr, "bench: %s: %s\n", b->name, nn_last_error());
            code = 1;
        } else {
            double ex_s = b->batch / s_batch;
            double pts = (double)GRID * GRID;
            if (json)
                printf("{\"impl\":\"native\",\"net\":\"%s\",\"activation\":\"%s\",\"batch\":%d,"
                       "\"train_examples_per_s\":%.0f,\"grid_points_per_s\":%.0f,\"grid_ms\":%.3f,"
                       "\"grid_hidden_points_per_s\":%.0f,\"grid_hidden_ms\":%.3f}\n",
                       b->name, nn_activation_name(b->act), b->batch, ex_s, pts / s_grid, 1e3 * s_grid,
                       pts / s_grid_h, 1e3 * s_grid_h);
            else
                printf("%-13s %-5s %5d %14.0f %14.0f %9.3f %14.0f %9.3f\n", b->name,
                       nn_activation_name(b->act), b->batch, ex_s, pts / s_grid, 1e3 * s_grid,
                       pts / s_grid_h, 1e3 * s_grid_h);
            fflush(stdout);
        }
        free(out);
        free(hid);
        nn_trainer_destroy(t);
        if (code)
            break;
    }
    nn_dataset_destroy(ds);
    return code;
}
