// learning-rate/ops.js — worker side of "Which learning rate": gradient
// descent on one weight with the error E(w) = w², traced by the engine itself.
// The bowl landscape is a² + b² (core/nn_landscape.c); started at b = 0, b
// stays 0 and the path is plain SGD on E(a) = a²: each step is
// w ← w − α·2w = (1 − 2α)·w, so it shrinks for α < 1, lands on 0 at α = 0.5,
// overshoots (changes sign) above 0.5 and grows without end above 1.
//
// Ops:
//   descent({ lr, start, steps }) -> { lr, points: [{ w, e }] (steps + 1, fewer
//        if the weight blew up), verdict: { kind, step, e } }
//   setup, advance, reset (kit/compare-names.js): the second part, one network
//        trained three times from the same weights with the same starting
//        rate: fixed, reduce on plateau and step decay (networkOps below).
import { defineOps } from '../kit/ops-contract.js';
import {
  makeSplit, freeOps, freeStore, advanceRuns, newRecords, runStatus, clampInt, clampNum,
} from '../kit/compare-ops-kit.js';
import { OPS } from './names.js';

export const MAX_STEPS = 100;
/** Within this error of the minimum counts as there. */
export const NEAR = 1e-3;

// The second part's network. Plain SGD one point at a time (batch 1) on two
// overlapping Gaussian blobs (noise 0.8: no boundary gets every point right,
// so the loss cannot go to 0): at rate 0.5 each update jolts the weights, so a
// fixed rate hovers above the bottom (training loss 0.19-0.24 after 200
// epochs, by build) while reduce on plateau (halved whenever the monitored
// loss has not improved for 10 epochs) and step decay (halved every 50)
// settle lower (0.08-0.12). Separable data would not show it: there a large
// fixed rate drives the loss to 0 as well.
const NETWORK = { model: 'mlp', hidden: [8, 8], activation: 'tanh', loss: 'cross-entropy', optimizer: 'sgd', batch: 1, seed: 1 };
export const SCHEDULES = [
  { id: 'fixed', schedule: 'constant' },
  { id: 'plateau', schedule: 'plateau', schedulePatience: 10, scheduleGamma: 0.5 },
  { id: 'step', schedule: 'step', scheduleStep: 50, scheduleGamma: 0.5 },
];

export const learningRateOps = defineOps(OPS, {
  /** { lr, epochs } -> { n, runs: [{ id, schedule, patience, step, gamma }] } */
  setup(dh, a, store) {
    freeStore(store);
    store.data = makeSplit(dh, { dataset: 'gauss', count: 400, noise: 0.8, testRatio: 0.5, seed: 1 });
    const { train, test } = store.data;
    const lr = clampNum(a.lr, 1e-4, 10, 0.5);
    store.target = clampInt(a.epochs, 1, 5000, 200);
    store.runs = SCHEDULES.map(({ id, ...schedule }) => ({
      id, sent: 0, rates: [], model: dh.createTrainer({ ...NETWORK, lr, ...schedule }, train, test),
    }));
    return { n: train.n, lr, runs: SCHEDULES.map((x) => ({ ...x })) };
  },

  /** { budgetMs, maxEpochs } -> { done, epoch, runs: [{ id, records, rates: [{ epoch, lr }], lrNow, ...status }] }
   *  rates: the rate each new epoch was trained with (read before it). */
  advance(dh, a, store) {
    if (!store.runs || store.runs.length === 0) return { done: true, epoch: 0, runs: [] };
    const { done, epoch } = advanceRuns(store.runs, store.target, a, (run) => {
      run.rates.push({ epoch: run.model.epoch + 1, lr: run.model.lrNow });
      run.model.stepEpochs(1);
    });
    const runs = store.runs.map((run) => ({
      id: run.id, records: newRecords(run), rates: run.rates.splice(0), lrNow: run.model.lrNow, ...runStatus(run, store.data),
    }));
    return { done, epoch, runs };
  },

  ...freeOps,

  descent(dh, { lr, start, steps }) {
    if (!(Number.isInteger(steps) && steps >= 1 && steps <= MAX_STEPS)) throw new Error(`steps must be a whole number from 1 to ${MAX_STEPS}`);
    const flat = dh.landscapePath('bowl', { optimizer: 'sgd' }, lr, start, 0, steps);
    const points = [];
    for (let i = 0; i < flat.length; i += 3) points.push({ w: flat[i], e: flat[i + 2] });
    return { lr, points, verdict: verdictOf(points, steps) };
  },
});

/** What the path did, decided once: 'there' (within NEAR of the minimum at
 *  `step`), 'diverged' (ended higher than it started, or blew up),
 *  'bouncing' (no lower after all its steps: α = 1 swings between ±w for
 *  ever), else 'crawling' (lower, not there yet). */
export function verdictOf(points, steps) {
  const first = points[0].e, last = points[points.length - 1];
  const at = points.findIndex((p) => p.e < NEAR);
  if (points.length < steps + 1 || last.e > first) return { kind: 'diverged', step: points.length - 1, e: last.e };
  if (at >= 0) return { kind: 'there', step: at, e: points[at].e };
  if (last.e >= first) return { kind: 'bouncing', step: points.length - 1, e: last.e };
  return { kind: 'crawling', step: points.length - 1, e: last.e };
}
