/* nn_train.h — the training loop: batches, epochs, history, schedules, early
 * stopping, random restarts, divergence.
 *
 * A trainer owns one model and borrows a training set and an optional test set
 * (they must outlive it). One setting, batch, covers the three regimes:
 * 1 = stochastic, 1 < batch < n = mini-batch, >= n = full batch. The training
 * order is reshuffled (seeded) at the start of every epoch.
 *
 * History is a ring of the last NN_HISTORY_CAP epochs; record e (0-based) is
 * available while e >= epoch - NN_HISTORY_CAP. Train loss/accuracy are averages
 * over the epoch's batches as they were trained (as Keras reports them); test
 * loss/accuracy are evaluated on the test set at the end of the epoch (or are the
 * train values if there is no test set).
 *
 * Divergence stops training: status NN_STATUS_DIVERGED and diverged_epoch say
 * when; later steps do nothing until reset. It is declared when a loss or a
 * parameter becomes NaN/Inf, or when an epoch's training loss exceeds
 * NN_DIVERGE_FACTOR times the loss of guessing every class equally likely (ln k
 * for cross-entropy; 3x for squared error, whose ceiling is lower). Such a run
 * is overshooting, not learning: a tanh net at learning rate 10 saturates and
 * bounces at ~8x chance loss without ever producing a NaN.
 *
 * Allocation happens in nn_trainer_create only.
 */
#ifndef NN_TRAIN_H
#define NN_TRAIN_H

#include "nn_data.h"
#include "nn_model.h"

#define NN_HISTORY_CAP 4096
#define NN_MAX_RESTARTS 1000 /* nn_trainer_restarts runs at most this many */
#define NN_DIVERGE_FACTOR 4.0f

typedef enum nn_status {
    NN_STATUS_READY,         /* created or reset, nothing trained yet */
    NN_STATUS_RUNNING,       /* trained some, can go on */
    NN_STATUS_DIVERGED,      /* loss or weights became NaN/Inf */
    NN_STATUS_EARLY_STOPPED, /* patience ran out; best weights restored */
    NN_STATUS_CONVERGED,     /* perceptron: every training point classified */
    NN_STATUS_COUNT
} nn_status;

/* "ready", "running", "diverged", "early-stopped", "converged". */
const char *nn_status_name(nn_status s);

typedef struct nn_epoch_record {
    float train_loss, test_loss;
    float train_acc, test_acc;
    float lr;                  /* learning rate in force during the epoch */
    float updates;             /* optimizer updates since reset, at the epoch's end */
} nn_epoch_record;

typedef struct nn_trainer {
    nn_model *model;
    const nn_dataset *train;   /* borrowed */
    const nn_dataset *test;    /* borrowed, may be NULL or empty */
    nn_status status;
    int epoch;                 /* finished epochs */
    int diverged_epoch;        /* epoch (1-based) in which training diverged, else 0 */
    int best_epoch;            /* early stopping: epoch of the best test loss */
    long long updates;         /* optimizer updates since reset */
    float lr;                  /* base rate (the schedule scales it) */
    float lr_now;              /* rate in force */
    int *order;                /* (train->n) this epoch's order */
    int cursor;                /* next position in order */
    float *best_params;        /* (n_params) for early stopping */
    float best_loss;
    float diverge_loss;        /* an epoch loss above this counts as divergence */
    int since_best;
    nn_schedule_state sched;
    /* running sums of the epoch in progress */
    double run_loss;
    int run_correct, run_seen;
    nn_rng rng;                /* epoch shuffles */
    int *ybuf;                 /* (NN_CHUNK) labels of the gathered chunk */
    float tbuf[NN_CHUNK];      /* its targets, for a regression set */
    nn_epoch_record *history;  /* ring (NN_HISTORY_CAP) */
} nn_trainer;

/* A trainer for cfg on train (and test, may be NULL). cfg->inputs must equal
 * train->d and cfg->classes must be >= train->k. NULL + error otherwise. */
nn_trainer *nn_trainer_create(const nn_config *cfg, const nn_dataset *train,
                              const nn_dataset *test);
void nn_trainer_destroy(nn_trainer *t);

/* Train `batches` updates (stopping early at divergence or early stop). An epoch
 * ends when the shuffled order is used up; its record is then appended. Returns
 * NN_OK (check t->status), NN_ERR on bad arguments. */
int nn_trainer_step_batches(nn_trainer *t, int batches);

/* Finish the epoch in progress, then train until `epochs` more have ended. */
int nn_trainer_step_epochs(nn_trainer *t, int epochs);

/* Live settings: take effect from the next update, weights untouched. */
int nn_trainer_set_lr(nn_trainer *t, float lr);
int nn_trainer_set_batch(nn_trainer *t, int batch);
int nn_trainer_set_optimizer(nn_trainer *t, const nn_optimizer *opt); /* zeroes m, v */
int nn_trainer_set_schedule(nn_trainer *t, const nn_schedule *s);
int nn_trainer_set_regularization(nn_trainer *t, nn_reg_kind kind, float rate);
int nn_trainer_set_dropout(nn_trainer *t, float dropout);
int nn_trainer_set_patience(nn_trainer *t, int patience);

/* Back to epoch 0 with the initial weights of the current seed. */
void nn_trainer_reset(nn_trainer *t);

/* Back to epoch 0 with new initial weights from `seed`. */
void nn_trainer_reseed(nn_trainer *t, uint64_t seed);

/* Random restarts: train `restarts` runs of `epochs` from seeds seed, seed+1, ...
 * and keep the one with the lowest final test loss (train loss without a test
 * set); history and weights are that run's. *best_seed receives its seed. */
int nn_trainer_restarts(nn_trainer *t, int restarts, int epochs, uint64_t *best_seed);

/* ‖∂L/∂W‖₂ of each weight layer at the last update: out (n_layers). Shows the
 * vanishing gradient of deep sigmoid nets. */
void nn_trainer_layer_grad_norms(const nn_trainer *t, float *out);

/* Record of epoch e (0-based), or NULL if e is out of range or evicted. */
const nn_epoch_record *nn_trainer_record(const nn_trainer *t, int e);

/* Loss surface over two parameters (indices into the parameter arena), the rest
 * held at their current values: out (h, w), row 0 at p1 = hi1, column 0 at
 * p0 = lo0 (cell centres). Mean training loss, no dropout. Parameters are
 * restored afterwards. */
int nn_trainer_loss_surface(nn_trainer *t, float *out, int p0, int p1, float lo0, float hi0,
                            float lo1, float hi1, int w, int h);

/* The optimizer's path on that surface: set parameters p0, p1 to (a, b), then
 * take `steps` full-batch updates with only those two free (others frozen),
 * writing path (steps + 1, 3) = (p0, p1, loss) after each. Stops at divergence;
 * returns the number of points written (>= 1) or NN_ERR. The model's parameters
 * and optimizer state are restored afterwards. */
int nn_trainer_optimizer_path(nn_trainer *t, float *path, int p0, int p1, float a, float b,
                              int steps);

#endif
