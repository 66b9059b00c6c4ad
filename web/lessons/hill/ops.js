// hill/ops.js — worker-side computations of the "hill" lesson: the loss over
// two weights on a grid, optimizer paths across it, and the random-restart
// demonstration. Every array returned is a copy (.slice()), never a view into
// wasm memory.
import { hillLandscape, HILL_MODEL_DATA, HILL_OPTIMIZER_IDS, HILL_RESTARTS } from './landscapes.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

const MAX_GRID = 600;
const MAX_STEPS = 1000;

export const hillOps = defineOps(OPS, {
  /** The loss over the landscape's view on a width×height grid (row 0 at the
   *  top, b = hi) and its minima: { values, minima: [{ a, b, f, global }] }. */
  surface(dh, { land, width, height }, store) {
    const L = hillLandscape(land);
    const w = gridSize(width), h = gridSize(height);
    let values;
    if (L.kind === 'model') {
      const m = modelOf(dh, store);
      values = m.trainer.lossSurface({
        p0: 0, p1: 1, lo0: L.a.lo, hi0: L.a.hi, lo1: L.b.lo, hi1: L.b.hi, width: w, height: h,
      }).slice();
    } else {
      values = dh.landscape(L.kind, { loA: L.a.lo, hiA: L.a.hi, loB: L.b.lo, hiB: L.b.hi, width: w, height: h }).slice();
    }
    return { land: L.id, width: w, height: h, values, minima: minimaOf(dh, L, store) };
  },

  /** Each chosen optimizer's path from (a, b): { runs: [{ id, points (n*3 of a, b,
   *  loss), diverged }] }. A path shorter than steps + 1 points stopped because
   *  the weights or the loss blew up. */
  paths(dh, { land, lr, a, b, steps, optimizers }, store) {
    const L = hillLandscape(land);
    const n = checkSteps(steps);
    const ids = (Array.isArray(optimizers) ? optimizers : []).filter((id) => HILL_OPTIMIZER_IDS.includes(id));
    const runs = ids.map((id) => {
      const points = pathOf(dh, L, store, { optimizer: id }, lr, a, b, n);
      return { id, points, diverged: points.length / 3 < n + 1 };
    });
    return { land: L.id, runs, minima: minimaOf(dh, L, store) };
  },

  /** Plain SGD from `count` seeded random starts on the two wells, then
   *  momentum from every start SGD left in the local minimum:
   *  { sgd: [{ start, points, well }], momentum: [{ start, points, well }] }
   *  with well 'global' | 'local' | 'neither'. */
  restarts(dh, { seed }, store) {
    const L = hillLandscape('two-wells');
    const { count, lr, steps, momentum } = HILL_RESTARTS;
    const minima = minimaOf(dh, L, store);
    const rand = seededRandom(Number.isSafeInteger(seed) ? seed : 1);
    const sgd = [];
    for (let i = 0; i < count; i++) {
      const a = L.a.lo + (L.a.hi - L.a.lo) * rand();
      const b = L.b.lo + (L.b.hi - L.b.lo) * rand();
      const points = pathOf(dh, L, store, { optimizer: 'sgd' }, lr, a, b, steps);
      sgd.push({ start: [a, b], points, well: wellOf(points, minima) });
    }
    const heavy = sgd.filter((r) => r.well === 'local').map((r) => {
      const points = pathOf(dh, L, store, { optimizer: 'momentum', momentum }, lr, r.start[0], r.start[1], steps);
      return { start: r.start.slice(), points, well: wellOf(points, minima) };
    });
    return { sgd, momentum: heavy, minima };
  },

  dispose(dh, store) {
    if (store.model) {
      store.model.trainer.free();
      store.model.ds.free();
      store.model = null;
    }
  },
});

function gridSize(v) {
  return Number.isInteger(v) && v >= 8 && v <= MAX_GRID ? v : 200;
}

function checkSteps(steps) {
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    throw new Error(`steps must be a whole number from 1 to ${MAX_STEPS}`);
  }
  return steps;
}

/** A copied path (a, b, loss rows) of one optimizer on the landscape. */
function pathOf(dh, L, store, optimizer, lr, a, b, steps) {
  if (L.kind !== 'model') return dh.landscapePath(L.kind, optimizer, lr, a, b, steps).slice();
  const m = modelOf(dh, store);
  m.trainer.setOptimizer({ momentum: 0.9, ...optimizer });
  m.trainer.setLearningRate(lr);
  return m.trainer.optimizerPath({ p0: 0, p1: 1, a, b, steps }).slice();
}

/** The real model: logistic regression on the practice-hours data, full batch. */
function modelOf(dh, store) {
  if (!store.model) {
    const ds = dh.fromArrays({ x: HILL_MODEL_DATA.hours, y: HILL_MODEL_DATA.passed, d: 1, featureNames: [HILL_MODEL_DATA.feature] });
    try {
      const trainer = dh.createTrainer({
        model: 'logistic', loss: 'cross-entropy', optimizer: 'sgd', lr: 0.1, batch: ds.n, seed: 1,
      }, ds);
      store.model = { ds, trainer };
    } catch (e) {
      ds.free();
      throw e;
    }
  }
  return store.model;
}

/** The landscape's minima, found once per landscape and kept. */
function minimaOf(dh, L, store) {
  store.minima ??= {};
  if (store.minima[L.id]) return store.minima[L.id];
  let found;
  if (L.kind === 'bowl' || L.kind === 'ravine') {
    found = [{ a: 0, b: 0, f: 0, global: true }];
  } else if (L.kind === 'two-wells') {
    // Slide to the bottom of each well with small plain steps.
    found = [-1, 1].map((a0) => {
      const p = dh.landscapePath(L.kind, { optimizer: 'sgd' }, 0.01, a0, 0, 4000);
      const n = p.length / 3;
      return { a: p[3 * n - 3], b: p[3 * n - 2], f: p[3 * n - 1] };
    });
    const best = found[0].f <= found[1].f ? 0 : 1;
    found.forEach((m, i) => { m.global = i === best; });
  } else {
    // Heavy-ball full-batch descent from the middle of the view settles in the
    // logistic loss's single valley.
    const a0 = (L.a.lo + L.a.hi) / 2, b0 = (L.b.lo + L.b.hi) / 2;
    const p = pathOf(dh, L, store, { optimizer: 'momentum', momentum: 0.9 }, 0.1, a0, b0, 6000);
    const n = p.length / 3;
    found = [{ a: p[3 * n - 3], b: p[3 * n - 2], f: p[3 * n - 1], global: true }];
  }
  store.minima[L.id] = found;
  return found;
}

/** Which minimum a path ended in (its last point within 0.15 of it). */
function wellOf(points, minima) {
  const n = points.length / 3;
  const a = points[3 * n - 3], b = points[3 * n - 2];
  for (const m of minima) {
    if (Math.hypot(a - m.a, b - m.b) < 0.15) return m.global ? 'global' : 'local';
  }
  return 'neither';
}

/** xorshift32 in [0, 1): the same starts for the same seed. */
function seededRandom(seed) {
  let x = (seed >>> 0) || 0x9e3779b9;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}
