// batch/ops.js — worker side of "Batch vs stochastic": three copies of one
// network, same seed (so the same initial weights) and same data, trained with
// plain SGD on batch sizes n (full batch), a mini-batch and 1 (stochastic).
//
// Loss is sampled finer than once per epoch. An epoch record's training loss is
// the mean over the epoch's batches, which would smooth away exactly what this
// lesson shows: how a single example's update jolts the loss. So each run
// evaluates the loss on the whole training set every `every` updates (about
// SAMPLES_PER_EPOCH times an epoch, and after every update for full batch), and
// the page plots those samples against updates or against updates / updates
// per epoch (fractional epochs).
import {
  makeSplit, freeStore, freeOps, finite, advanceRuns, runStatus, clampInt, clampNum,
} from '../kit/compare-ops-kit.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

const COUNT = 200;            // points generated; half train, half test
const NOISE = 0.2;
const MAX_SAMPLES = 2000;     // loss samples per run over the whole run

const NETWORK = { model: 'mlp', hidden: [8, 8], activation: 'tanh', loss: 'cross-entropy', optimizer: 'sgd', seed: 1 };

export const batchOps = defineOps(OPS, {
  /** { dataset, lr, epochs, mini } -> { n, runs: [{ batch, perEpoch }] } */
  setup(dh, a, store) {
    freeStore(store);
    store.data = makeSplit(dh, { dataset: a.dataset, count: COUNT, noise: NOISE, testRatio: 0.5, seed: 1 });
    const { train, test } = store.data;
    const n = train.n;
    const epochs = clampInt(a.epochs, 1, 1000, 50);
    const lr = clampNum(a.lr, 1e-5, 10, 0.1);
    const mini = clampInt(a.mini, 2, Math.max(2, n - 1), 16);
    const perSample = Math.max(1, Math.floor(MAX_SAMPLES / epochs));
    store.target = epochs;
    store.runs = [n, mini, 1].map((batch) => {
      const model = dh.createTrainer({ ...NETWORK, lr, batch }, train, test);
      const perEpoch = Math.ceil(n / batch);
      const every = Math.max(1, Math.ceil(perEpoch / Math.min(perSample, 25)));
      const start = finite(model.evaluate(train).loss);
      return { model, batch, perEpoch, every, pending: [[0, start]] };
    });
    return { n, runs: store.runs.map((r) => ({ batch: r.batch, perEpoch: r.perEpoch })) };
  },

  /** { budgetMs, maxEpochs } -> { done, epoch, runs: [{ samples: [[updates, trainLoss]...], ...status }] } */
  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [] };
    const { train } = store.data;
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => {
      const m = run.model;
      for (let u = 0; u < run.perEpoch && m.status !== 'diverged'; u += run.every) {
        m.stepBatches(Math.min(run.every, run.perEpoch - u));
        run.pending.push([m.updates, m.status === 'diverged' ? null : finite(m.evaluate(train).loss)]);
      }
    });
    const runs = store.runs.map((run) => {
      const samples = run.pending;
      run.pending = [];
      return { samples, ...runStatus(run, store.data) };
    });
    return { done, epoch, runs };
  },

  ...freeOps,
});
