// complexity/ops.js — worker side of "Underfitting and overfitting": networks
// of growing size (two tanh hidden layers of h units, h from 1 to 48) trained
// side by side from the same seed on the same noisy circle (100 training
// points, 100 test points), a few epochs per call, so the page can draw the
// model-complexity graph as it forms and stays responsive.
//
// On the default circle at noise 0.6, 400 epochs of Adam: 1 and 2 units
// cannot bend the boundary round the circle (both errors high: underfitting),
// about 3 fit it, and from 8 units on the training error falls towards 0
// while the test error climbs (overfitting).
//
// Ops:
//   setup({ noise, epochs }) -> { n, testN, sizes }
//   advance({ budgetMs, maxEpochs }) -> { done, epoch, runs: [{ id, size, epoch, trainLoss, testLoss, trainAcc, testAcc }] }
//   boundary({ size, cells }) -> { size, cells, bounds, probs: Float32Array (cells²), train, test }
//        the model's P(class 1) on a cells × cells grid (row 0 at the top)
//        and the points, each { x, y, label }
//   reset(), dispose(): free what the store holds
import { makeSplit, freeStore, freeOps, advanceRuns, finite, clampInt, clampNum } from '../kit/compare-ops-kit.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const SIZES = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48];
export const NETWORK = { model: 'mlp', activation: 'tanh', loss: 'cross-entropy', optimizer: 'adam', lr: 0.01, batch: 10, seed: 1 };
export const DATA = { dataset: 'circle', count: 200, testRatio: 0.5, seed: 1 };

export const complexityOps = defineOps(OPS, {
  setup(dh, a, store) {
    freeStore(store);
    store.data = makeSplit(dh, { ...DATA, noise: clampNum(a.noise, 0, 1, 0.6) });
    store.target = clampInt(a.epochs, 1, 5000, 400);
    const { train, test } = store.data;
    store.runs = SIZES.map((h) => ({ id: String(h), size: h, sent: 0, model: dh.createTrainer({ ...NETWORK, hidden: [h, h] }, train, test) }));
    return { n: train.n, testN: test.n, sizes: SIZES };
  },

  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [] };
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => run.model.stepEpochs(1));
    const { train, test } = store.data;
    const runs = store.runs.map((run) => {
      const tr = run.model.evaluate(train), te = run.model.evaluate(test);
      return { id: run.id, size: run.size, epoch: run.model.epoch, trainLoss: finite(tr.loss), testLoss: finite(te.loss), trainAcc: tr.accuracy, testAcc: te.accuracy };
    });
    return { done, epoch, runs };
  },

  boundary(dh, { size, cells }, store) {
    const run = store.runs?.find((r) => r.size === size);
    if (!run) throw new Error(`no network with ${size} units per layer has been trained: press Run first`);
    const n = clampInt(cells, 8, 200, 100);
    const { train, test } = store.data;
    const pts = (ds) => { const x = ds.x, y = ds.y; return Array.from(y, (label, i) => ({ x: x[2 * i], y: x[2 * i + 1], label })); };
    const all = [...pts(train), ...pts(test)];
    const m = Math.max(...all.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y)))) * 1.08;
    const bounds = { x0: -m, x1: m, y0: -m, y1: m };
    const g = run.model.evalGrid({ ...bounds, width: n, height: n, hidden: false });
    return { size, cells: n, bounds, probs: g.output.slice(0, n * n), train: pts(train), test: pts(test) };
  },

  ...freeOps,
});
