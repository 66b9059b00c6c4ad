// overfit/ops.js — worker side of "Overfitting": a big network on a small,
// noisy training set (45 points; the other 255 are the test set), trained
// five ways from the same initial weights: plain, with early stopping, with L1,
// with L2 (same λ) and with dropout.
//
// Adam (lr 0.01) memorises the 45 points within a few hundred epochs, which is
// what makes the test loss turn back up. The plain and early-stopping runs are
// identical until the stopper halts (same seed, and patience only watches), so
// the page draws the plain run and marks the stopper's best epoch on it.
import {
  makeSplit, freeStore, freeOps, advanceRuns, newRecords, runStatus, clampInt, clampNum,
} from '../kit/compare-ops-kit.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

const NETWORK = {
  model: 'mlp', hidden: [32, 32], activation: 'tanh', loss: 'cross-entropy',
  optimizer: 'adam', lr: 0.01, batch: 10, seed: 1,
};
// |w| bin edges for the weight histogram; below NEAR_ZERO counts as "about zero".
const BIN_EDGES = [1e-3, 1e-2, 1e-1, 1];
const NEAR_ZERO = 1e-2;

export const overfitOps = defineOps(OPS, {
  /** { dataset, noise, epochs, patience, lambda, dropout } -> { n, testN, binEdges, nearZero } */
  setup(dh, a, store) {
    freeStore(store);
    const noise = clampNum(a.noise, 0, 1, 0.6);
    store.data = makeSplit(dh, { dataset: a.dataset, count: 300, noise, testRatio: 0.85, seed: 1 });
    const { train, test } = store.data;
    const lambda = clampNum(a.lambda, 0, 10, 0.001);
    store.target = clampInt(a.epochs, 1, 5000, 300);
    const variants = {
      plain: {},
      early: { patience: clampInt(a.patience, 1, 100000, 30) },
      l1: { reg: 'l1', regRate: lambda },
      l2: { reg: 'l2', regRate: lambda },
      dropout: { dropout: clampNum(a.dropout, 0, 0.95, 0.3) },
    };
    store.runs = Object.entries(variants).map(([id, extra]) => ({
      id, sent: 0, model: dh.createTrainer({ ...NETWORK, ...extra }, train, test),
    }));
    return { n: train.n, testN: test.n, binEdges: BIN_EDGES, nearZero: NEAR_ZERO };
  },

  /** { budgetMs, maxEpochs } -> { done, epoch, runs: [{ id, records, ...status, bestEpoch, weights }] } */
  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [] };
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => run.model.stepEpochs(1));
    const runs = store.runs.map((run) => ({
      id: run.id,
      records: newRecords(run),
      ...runStatus(run, store.data),
      bestEpoch: run.model.bestEpoch,
      weights: weightStats(run.model),
    }));
    return { done, epoch, runs };
  },

  ...freeOps,
});

// Histogram of |w| over every weight (biases left out), and the near-zero count.
function weightStats(model) {
  const bins = new Array(BIN_EDGES.length + 1).fill(0);
  let total = 0;
  let nearZero = 0;
  let sumAbs = 0;
  for (const layer of model.layers()) {
    for (const w of layer.w) {
      const m = Math.abs(w);
      let b = 0;
      while (b < BIN_EDGES.length && m >= BIN_EDGES[b]) b++;
      bins[b]++;
      total++;
      if (m < NEAR_ZERO) nearZero++;
      sumAbs += m;
    }
  }
  return { bins, total, nearZero, meanAbs: total ? sumAbs / total : 0 };
}
