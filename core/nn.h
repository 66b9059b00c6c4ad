/* nn.h — Downhill's training core, all of it.
 *
 * Plain C11 with no platform dependency: the same sources build the native CLI,
 * the tests and the WebAssembly module. One header per concept:
 *   nn_error.h       status codes, nn_last_error()
 *   nn_rng.h         seeded random numbers
 *   nn_data.h        datasets, generators, split, standardization
 *   nn_csv.h         reading CSV files (encoding, delimiter, header detection)
 *   nn_kernels.h     dense layers, activations, losses (fast + reference twins)
 *   nn_optim.h       optimizers and learning-rate schedules
 *   nn_model.h       perceptron / logistic / softmax / MLP, forward and backward
 *   nn_train.h       the training loop, history, early stopping, loss surface
 *   nn_perceptron.h  the perceptron trick, step by step
 *   nn_eval.h        decision-boundary and hidden-unit grids
 *   nn_landscape.h   analytic two-parameter landscapes
 *
 * Example: train an MLP on XOR.
 *   nn_dataset *all = nn_dataset_generate(NN_DATA_XOR, 400, 0.1f, 1), *tr, *te;
 *   nn_dataset_split(all, 0.5f, 1, &tr, &te);
 *   nn_config cfg; nn_config_default(&cfg);
 *   nn_trainer *t = nn_trainer_create(&cfg, tr, te);
 *   if (!t) fprintf(stderr, "%s\n", nn_last_error());
 *   nn_trainer_step_epochs(t, 200);
 *   const nn_epoch_record *r = nn_trainer_record(t, t->epoch - 1);
 *   nn_trainer_destroy(t); nn_dataset_destroy(tr); nn_dataset_destroy(te);
 *   nn_dataset_destroy(all);
 */
#ifndef NN_H
#define NN_H

#include "nn_csv.h"
#include "nn_data.h"
#include "nn_error.h"
#include "nn_eval.h"
#include "nn_features.h"
#include "nn_kernels.h"
#include "nn_landscape.h"
#include "nn_model.h"
#include "nn_optim.h"
#include "nn_perceptron.h"
#include "nn_rng.h"
#include "nn_train.h"

#endif
