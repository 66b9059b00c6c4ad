/* nn_model.h — the models: perceptron, logistic regression, softmax regression
 * and multi-layer perceptrons, as one feed-forward network type.
 *
 *   perceptron  0 hidden layers, 1 output, step(w·x + b), trained by the trick
 *   logistic    0 hidden layers, 1 output, σ, binary cross-entropy by default
 *   softmax     0 hidden layers, k outputs, softmax, categorical cross-entropy
 *   mlp         0..NN_MAX_HIDDEN_LAYERS hidden layers; 1 σ output for 2 classes,
 *               k softmax outputs for k > 2
 *
 * Regression (cfg.regression, set by the trainer for a data set with targets):
 * one identity output, trained on the squared error (z - t)² whatever cfg.loss
 * says; logistic and softmax then both mean linear regression (no hidden layer).
 * The perceptron only classifies and refuses it.
 *
 * Memory. nn_model_create allocates four float arenas of n_params floats with
 * the same layout — params, grads, opt_m, opt_v — and one activation arena.
 * Layout of the parameter arena, layer by layer: W (out, in) row-major, then
 * b (out). layers[l] / grad_layers[l] are views into params / grads.
 * Activations: per layer (units, NN_CHUNK) pre-activations and outputs, per the
 * layout in nn_kernels.h. Nothing else allocates.
 */
#ifndef NN_MODEL_H
#define NN_MODEL_H

#include <stdint.h>

#include "nn_data.h"
#include "nn_kernels.h"
#include "nn_optim.h"
#include "nn_rng.h"

#define NN_MAX_HIDDEN_LAYERS 8
#define NN_MAX_UNITS 256 /* widest hidden layer; also bounds the output width */
#define NN_MAX_LR 1e6f         /* larger steps only diverge */
#define NN_MAX_REG_RATE 10.0f  /* L1/L2 strength λ */
#define NN_MAX_DROPOUT 0.95f   /* dropping more would leave too few units to learn */
/* A weight or bias a saved model may hold. Trained nets stay far below it; a
 * larger one is a diverged run's or a damaged file's, and products of such
 * weights over a few layers of NN_MAX_UNITS overflow float32. */
#define NN_MAX_WEIGHT 1e6f
/* The most epochs a run can count (nn_trainer.epoch is an int). */
#define NN_MAX_EPOCHS 2147483647

typedef enum nn_model_kind {
    NN_MODEL_PERCEPTRON,
    NN_MODEL_LOGISTIC,
    NN_MODEL_SOFTMAX,
    NN_MODEL_MLP,
    NN_MODEL_KIND_COUNT
} nn_model_kind;

typedef enum nn_reg_kind { NN_REG_NONE, NN_REG_L1, NN_REG_L2, NN_REG_COUNT } nn_reg_kind;

/* Names: "perceptron", "logistic", "softmax", "mlp"; "none", "l1", "l2". */
const char *nn_model_kind_name(nn_model_kind kind);
const char *nn_model_kind_label(nn_model_kind kind);
int nn_model_kind_parse(const char *name);
const char *nn_reg_name(nn_reg_kind kind);
const char *nn_reg_label(nn_reg_kind kind);
int nn_reg_parse(const char *name);

/* Everything that defines a run. nn_config_default fills sensible values. */
typedef struct nn_config {
    nn_model_kind kind;
    int inputs;                          /* features, 1..NN_MAX_FEATURES */
    int classes;                         /* 2..NN_MAX_CLASSES */
    int regression;                      /* 1: one identity output, squared error */
    int hidden_layers;                   /* 0..NN_MAX_HIDDEN_LAYERS (ignored unless mlp) */
    int hidden[NN_MAX_HIDDEN_LAYERS];    /* units per hidden layer, 1..NN_MAX_UNITS */
    nn_activation activation;            /* hidden layers */
    nn_loss loss;
    nn_optimizer optimizer;
    float lr;                            /* base learning rate, finite, in (0, 1e6] */
    nn_schedule schedule;
    int batch;                           /* examples per update; 1 = stochastic, >= n = full batch */
    nn_reg_kind reg;
    float reg_rate;                      /* λ >= 0; L2 adds λ·w, L1 λ·sign(w) to weight gradients */
    float dropout;                       /* drop probability for hidden units, [0, 0.95] */
    int patience;                        /* early stopping: epochs without test-loss gain; 0 = off */
    uint64_t seed;                       /* initial weights, shuffles, dropout */
} nn_config;

/* Defaults: mlp, 2 inputs, 2 classes, hidden 4,4 tanh, cross-entropy, SGD,
 * lr 0.03, constant schedule, batch 10, no regularization, no dropout, no early
 * stopping, seed 1. */
void nn_config_default(nn_config *cfg);
/* The range checks of the settings a trainer also takes mid-run: one check
 * each, used by nn_config_validate and by the nn_trainer_set_* setters. */
int nn_check_lr(float lr);
int nn_check_reg_rate(float rate);
int nn_check_dropout(float dropout);

/* NN_OK, or NN_ERR naming the first field out of range and the valid range. */
int nn_config_validate(const nn_config *cfg);

typedef struct nn_layer {
    float *w; /* (out, in) */
    float *b; /* (out) */
    int in, out;
} nn_layer;

typedef struct nn_model {
    nn_config cfg;
    int n_layers;                          /* weight layers = hidden_layers + 1 */
    int sizes[NN_MAX_HIDDEN_LAYERS + 2];   /* inputs, hidden..., outputs */
    int n_outputs;
    int n_params;
    float *params;                         /* (n_params) arenas, one layout */
    float *grads;
    float *opt_m;
    float *opt_v;
    nn_layer layers[NN_MAX_HIDDEN_LAYERS + 1];      /* views into params */
    nn_layer grad_layers[NN_MAX_HIDDEN_LAYERS + 1]; /* views into grads */
    float *acts;                           /* activation arena */
    float *input;                          /* (inputs, NN_CHUNK) */
    float *pre[NN_MAX_HIDDEN_LAYERS + 1];  /* (sizes[l+1], NN_CHUNK) before activation */
    float *out[NN_MAX_HIDDEN_LAYERS + 1];  /* (sizes[l+1], NN_CHUNK) after; last = probs */
    float *delta[2];                       /* (NN_MAX_UNITS, NN_CHUNK) ping-pong backward */
    float *mask[NN_MAX_HIDDEN_LAYERS];     /* dropout: 0 or 1/(1-p) per hidden unit */
    float *dropped[NN_MAX_HIDDEN_LAYERS];  /* dropout: out · mask, the next layer's input */
    int labels[NN_CHUNK];
    nn_rng rng;                            /* dropout */
    int t;                                 /* optimizer updates so far */
} nn_model;

/* A model for cfg with weights initialised from cfg->seed. NULL + error if cfg is
 * invalid. */
nn_model *nn_model_create(const nn_config *cfg);
void nn_model_destroy(nn_model *m);

/* Draw fresh weights from `seed`: Xavier-uniform for σ/tanh/linear layers and the
 * output, He-normal for ReLU-family layers, biases 0; the perceptron and the
 * regressions start at 0 weights. Zeroes grads and optimizer state. */
void nn_model_init(nn_model *m, uint64_t seed);

/* Forward one chunk. x (nb, inputs) row-major, nb <= NN_CHUNK. training != 0
 * applies dropout. Results in m->out[n_layers-1] (n_outputs, NN_CHUNK). If y
 * is non-NULL returns the summed loss and adds correct predictions to *correct. */
float nn_model_forward(nn_model *m, const float *x, const int *y, int nb, int training,
                       int *correct);

/* Backward for the chunk just forwarded with labels y: grads += scale · ∂loss/∂θ. */
void nn_model_backward(nn_model *m, const int *y, int nb, float scale);

/* The same two for a regression model: targets t (nb), NULL for no loss;
 * returns the summed squared error Σ (z - t)². */
float nn_model_forward_regression(nn_model *m, const float *x, const float *t, int nb,
                                  int training);
void nn_model_backward_regression(nn_model *m, const float *t, int nb, float scale);

/* Zero the gradient arena. */
void nn_model_zero_grad(nn_model *m);

/* Add the regularization gradient (weights only, not biases) to grads. */
void nn_model_add_reg_grad(nn_model *m);

/* One optimizer update of all parameters from grads at rate lr. */
void nn_model_update(nn_model *m, float lr);

/* Class probabilities for n points: probs (n, n_outputs) row-major. For one
 * output it is P(class 1). */
void nn_model_predict(nn_model *m, float *probs, const float *x, int n);

/* Predicted class ids for n points: classes (n). */
void nn_model_classify(nn_model *m, int *classes, const float *x, int n);

/* Mean loss and accuracy over a dataset (no dropout). The perceptron's loss is
 * the perceptron criterion mean(max(0, -s·z)), s = ±1. A regression model's
 * loss is the mean squared error over ds->target and its accuracy NaN (there
 * are no classes to be right about). */
int nn_model_evaluate(nn_model *m, const nn_dataset *ds, float *loss, float *accuracy);

/* 1 if every parameter is finite. */
int nn_model_finite(const nn_model *m);

#endif
