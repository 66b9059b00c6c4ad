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

  /** { budgetMs, maxEpochs } -> { done, epoch, runs: [{ id, records, ...status, bestEpoch, weights }],
   *  maps } with maps the plain and early-stopped runs' boundaries (boundaryMaps). */
  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [], maps: null };
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => run.model.stepEpochs(1));
    const runs = store.runs.map((run) => ({
      id: run.id,
      records: newRecords(run),
      ...runStatus(run, store.data),
      bestEpoch: run.model.bestEpoch,
      weights: weightStats(run.model),
    }));
    return { done, epoch, runs, maps: boundaryMaps(store) };
  },

  ...freeOps,
});

// Cells a side of the boundary pictures: coarse, as they travel every chunk.
const MAP_SIZE = 48;

/** What the plain (over-fitted) and early-stopping runs predict over the
 *  data's square, and the training points they are fitted to:
 *  { x0, x1, y0, y1, size, points: [{ x, y, label }], plain, early } with
 *  plain/early { p: P(class 1) per cell, row 0 at y1, trainRight, testRight,
 *  epoch, bestEpoch, stopped } and trainN, testN. The early stopper's model
 *  holds its best epoch's weights once it has stopped. */
function boundaryMaps(store) {
  const { train, test } = store.data;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const ds of [train, test]) {
    for (let i = 0; i < ds.n; i++) {
      const x = ds.x[i * ds.d], y = ds.x[i * ds.d + 1];
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
  }
  const padX = (x1 - x0) * 0.08, padY = (y1 - y0) * 0.08;
  const box = { x0: x0 - padX, x1: x1 + padX, y0: y0 - padY, y1: y1 + padY };
  const points = [];
  for (let i = 0; i < train.n; i++) points.push({ x: train.x[i * train.d], y: train.x[i * train.d + 1], label: train.y[i] });
  const map = (id) => {
    const m = store.runs.find((r) => r.id === id).model;
    if (m.status === 'diverged') return null;
    const g = m.evalGrid({ ...box, width: MAP_SIZE, height: MAP_SIZE, hidden: false });
    // Two outputs: the second plane is P(class 1); one output: the only plane.
    const cells = MAP_SIZE * MAP_SIZE, off = g.nOutputs === 2 ? cells : 0;
    return {
      p: Array.from(g.output.subarray(off, off + cells)),
      trainRight: Math.round(m.evaluate(train).accuracy * train.n),
      testRight: Math.round(m.evaluate(test).accuracy * test.n),
      epoch: m.epoch, bestEpoch: m.bestEpoch, stopped: m.status === 'early-stopped',
    };
  };
  return { ...box, size: MAP_SIZE, points, trainN: train.n, testN: test.n, plain: map('plain'), early: map('early') };
}

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
