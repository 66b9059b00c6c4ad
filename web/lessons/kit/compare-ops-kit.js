// kit/compare-ops-kit.js — worker-side pieces shared by the comparison lessons
// (batch, overfit, vanishing): each trains a few models side by side on one
// dataset, a chunk of epochs per rpc call, so the page can draw the curves
// growing and stays responsive.
//
// A store holds { data: { train, test }, runs: [{ model, ... }], target }.

/** Training and test sets from a generator, standardized by the training set. */
export function makeSplit(dh, { dataset, count, noise, testRatio, seed }) {
  const all = dh.generate(dataset, { count, noise, seed });
  try {
    const { train, test } = all.split(testRatio, seed);
    train.standardize();
    test.standardizeLike(train);
    return { train, test };
  } finally {
    all.free();
  }
}

/** Free every model and dataset the store holds. */
export function freeStore(store) {
  for (const run of store.runs || []) if (run.model && !run.model.freed) run.model.free();
  store.runs = [];
  if (store.data) {
    store.data.train.free();
    store.data.test.free();
    store.data = null;
  }
}

/** The ops every comparison lesson has: 'reset' (the page's Reset button) and
 *  dispose (the page left the lesson) both free what the store holds. */
export const freeOps = {
  reset(dh, args, store) {
    freeStore(store);
    return true;
  },
  dispose(dh, store) {
    freeStore(store);
  },
};

/** A number the page can show, or null (drawn as a gap, printed as a dash). */
export function finite(v) {
  return Number.isFinite(v) ? v : null;
}

/** True once a run has nothing left to train. */
export function finished(run, target) {
  const s = run.model.status;
  return run.model.epoch >= target || s === 'diverged' || s === 'early-stopped';
}

/** Give the unfinished runs one epoch each, in turn, until all are done,
 *  `budgetMs` has passed or each has had `maxEpochs` more (the page's pace;
 *  none: as many as the budget allows). stepEpoch(run) trains one epoch of
 *  one run. Returns { done: every run finished, epoch: the furthest run's }.
 *  @param {any[]} runs  @param {number} target
 *  @param {{ budgetMs?: number, maxEpochs?: number }} chunk  @param {(run: any) => void} stepEpoch */
export function advanceRuns(runs, target, { budgetMs, maxEpochs } = {}, stepEpoch) {
  const t0 = performance.now();
  const budget = Math.max(5, Math.min(500, Number(budgetMs) || 40));
  const rounds = Number(maxEpochs) >= 1 ? Math.floor(Number(maxEpochs)) : Infinity;
  for (let i = 0; i < rounds; i++) {
    const open = runs.filter((r) => !finished(r, target));
    if (open.length === 0) break;
    for (const r of open) stepEpoch(r);
    if (performance.now() - t0 >= budget) break;
  }
  return { done: runs.every((r) => finished(r, target)), epoch: Math.max(0, ...runs.map((r) => r.model.epoch)) };
}

/** The model's epoch records after `run.sent`, as compact plain rows
 *  { epoch, trainLoss, testLoss }; moves `run.sent` on. */
export function newRecords(run) {
  const m = run.model;
  const rows = m.epoch > run.sent
    ? m.history(run.sent).map((r) => ({ epoch: r.epoch, trainLoss: finite(r.trainLoss), testLoss: finite(r.testLoss) }))
    : [];
  run.sent = m.epoch;
  return rows;
}

/** What the page shows about a run besides its curve. */
export function runStatus(run, data) {
  const m = run.model;
  const diverged = m.status === 'diverged';
  return {
    status: m.status,
    epoch: m.epoch,
    updates: m.updates,
    divergedEpoch: diverged ? m.divergedEpoch : 0,
    trainLoss: diverged ? null : finite(m.evaluate(data.train).loss),
    testLoss: diverged ? null : finite(m.evaluate(data.test).loss),
  };
}

/** Clamp a page-supplied integer into [lo, hi] (the page validates; this guards). */
export function clampInt(v, lo, hi, def) {
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.max(lo, Math.min(hi, n)) : def;
}

/** Clamp a page-supplied number into [lo, hi]. */
export function clampNum(v, lo, hi, def) {
  const n = Number(v);
  return Number.isFinite(n) ? Math.max(lo, Math.min(hi, n)) : def;
}
