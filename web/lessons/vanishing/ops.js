// vanishing/ops.js — worker side of "Vanishing gradient": one deep, narrow
// network (depth hidden layers of 8 units) trained three times on the same
// data from the same seed, with sigmoid, tanh and ReLU.
//
// Plain SGD on purpose: Adam and RMSprop divide each weight's step by the
// size of its own recent gradients, which would hide how small the early
// layers' gradients are. The gradient size per layer is ‖∂L/∂W‖
// (model.layerGradNorms()), measured twice:
//   start  at the initial weights, over the whole training set, before any
//          learning (a twin of the run, same seed, one full-batch step), so
//          the comparison is not muddled by how far each run has converged;
//   norms  averaged over the updates of the latest epoch (one unlucky batch
//          does not decide), with the first layer's share of the output
//          layer's recorded every epoch (`ratios`) to show it over time.
import {
  makeSplit, freeStore, freeOps, advanceRuns, newRecords, runStatus, clampInt, clampNum,
} from '../kit/compare-ops-kit.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'];
const WIDTH = 8;
const BATCH = 10;

export const vanishingOps = defineOps(OPS, {
  /** { dataset, depth, lr, epochs } -> { n, layers, runs: [{ activation }] } */
  setup(dh, a, store) {
    freeStore(store);
    store.data = makeSplit(dh, { dataset: a.dataset, count: 400, noise: 0.1, testRatio: 0.5, seed: 1 });
    const { train, test } = store.data;
    const depth = clampInt(a.depth, 1, 8, 6);
    const lr = clampNum(a.lr, 1e-5, 10, 0.1);
    store.target = clampInt(a.epochs, 1, 5000, 100);
    const config = (activation) => ({
      model: 'mlp', hidden: new Array(depth).fill(WIDTH), activation, loss: 'cross-entropy',
      optimizer: 'sgd', lr, batch: BATCH, seed: 1,
    });
    store.runs = ACTIVATIONS.map((activation) => ({
      activation,
      sent: 0,
      norms: null,
      ratios: [],          // { epoch, ratio } not yet sent
      model: dh.createTrainer(config(activation), train, test),
    }));
    const start = ACTIVATIONS.map((activation) => startNorms(dh, { ...config(activation), batch: train.n }, train));
    return { n: train.n, layers: depth + 1, runs: ACTIVATIONS.map((activation, i) => ({ activation, start: start[i] })) };
  },

  /** { budgetMs, maxEpochs } -> { done, epoch, runs: [{ activation, records, norms, ...status }] } */
  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [] };
    const perEpoch = Math.ceil(store.data.train.n / BATCH);
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => {
      const m = run.model;
      const sum = new Array(m.sizes.length - 1).fill(0);
      let count = 0;
      for (let u = 0; u < perEpoch && m.status !== 'diverged'; u++) {
        m.stepBatches(1);
        const g = m.layerGradNorms();
        if (!g.every(Number.isFinite)) continue;
        for (let l = 0; l < g.length; l++) sum[l] += g[l];
        count++;
      }
      if (count) {
        run.norms = sum.map((s) => s / count);
        run.ratios.push({ epoch: m.epoch, ratio: run.norms[0] / run.norms[run.norms.length - 1] });
      }
    });
    const runs = store.runs.map((run) => ({
      activation: run.activation,
      records: newRecords(run),
      norms: run.norms,
      ratios: run.ratios.splice(0),
      ...runStatus(run, store.data),
    }));
    return { done, epoch, runs };
  },

  ...freeOps,
});

/** ‖∂L/∂W‖ per layer at a model's initial weights over the whole training
 *  set: a twin with the same seed (so the same weights) takes one step with
 *  one batch of every point, and reports the gradient that step used. */
function startNorms(dh, config, train) {
  const twin = dh.createTrainer(config, train);
  try {
    twin.stepBatches(1);
    return Array.from(twin.layerGradNorms());
  } finally {
    twin.free();
  }
}
