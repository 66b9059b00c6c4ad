// hill/outcome.js — what the hill's runs mean, in data and in words: where
// each optimizer ended and how (at the minimum, stuck, diverged...), the
// summary a screen reader hears, and the tally of the random restarts.
// Pure functions of the worker's answers (hill/ops.js) and the landscape.
import { fmtLoss, fmtRate } from '../../format.js';
import { HILL_OPTIMIZERS, HILL_EPSILON } from './landscapes.js';
import { fmtCoord } from './format.js';

// The last WINDOW steps decide between bouncing and still on the way.
const WINDOW = 20;

/** How one run of a path request ended on landscape L, decided from the
 *  numbers the table shows (the final loss, the final point, the steps):
 *  { a, b, f, reach, touch, key, text } where
 *    reach  the step from which the loss stays within HILL_EPSILON of the best
 *           minimum to the end (-1: it does not end there),
 *    touch  the first step within HILL_EPSILON (-1: never),
 *    key    'diverged' | 'minimum' | 'local' | 'off-map' | 'bouncing' | 'moving'.
 *  Bouncing: the weights still move, the loss went up (or stayed) at some
 *  step within the last WINDOW steps, and its
 *  excess over the minimum has not even halved there (SGD hopping between
 *  b = ±1.1 on the ravine at rate 0.1, RMSProp jittering at a fixed step);
 *  still on the way: it is going down. */
export function outcomeOf(run, minima, args, L) {
  const p = run.points, n = p.length / 3;
  const a = p[3 * n - 3], b = p[3 * n - 2], f = p[3 * n - 1];
  const best = minima.find((m) => m.global) || minima[0];
  const excess = (i) => p[3 * i + 2] - best.f;
  let touch = -1, reach = -1;
  for (let i = 0; i < n; i++) {
    if (excess(i) <= HILL_EPSILON) { if (touch < 0) touch = i; if (reach < 0) reach = i; } else reach = -1;
  }
  const onMap = a >= L.a.lo && a <= L.a.hi && b >= L.b.lo && b <= L.b.hi;
  const local = minima.find((m) => !m.global && Math.abs(f - m.f) <= HILL_EPSILON
    && Math.hypot((a - m.a) / (L.a.hi - L.a.lo), (b - m.b) / (L.b.hi - L.b.lo)) < 0.05);
  const from = Math.max(0, n - 1 - WINDOW);
  let notDown = false;
  for (let i = from + 1; i < n; i++) if (p[3 * i + 2] >= p[3 * i - 1]) notDown = true;
  // Still moving: a walker that stopped on a flat spot is not bouncing.
  const span = Math.hypot(L.a.hi - L.a.lo, L.b.hi - L.b.lo);
  const moved = n > 1 && Math.hypot(a - p[3 * n - 6], b - p[3 * n - 5]) > 1e-6 * span;
  const bouncing = moved && notDown && excess(n - 1) > 0.5 * excess(from);
  const two = minima.length > 1;
  let key, text;
  if (run.diverged) { key = 'diverged'; text = `diverged at step ${n}`; }
  else if (!onMap && f > p[2]) { key = 'diverged'; text = 'diverged: left the map, loss growing'; }
  else if (reach >= 0) { key = 'minimum'; text = two ? 'in the global minimum' : 'at the minimum'; }
  else if (local) { key = 'local'; text = 'stuck in the local minimum'; }
  else if (!onMap) { key = 'off-map'; text = 'off the map'; }
  else if (bouncing) { key = 'bouncing'; text = 'bouncing back and forth: the loss is not going down'; }
  else { key = 'moving'; text = `still on the way after ${args.steps} steps`; }
  return { a, b, f, reach, touch, key, text };
}

/** The steps column: when the run got within HILL_EPSILON and stayed. */
export function reachText(r) {
  if (r.reach >= 0) return String(r.reach);
  if (r.touch >= 0) return `touched at step ${r.touch}, left again`;
  return 'not reached';
}

/** One sentence per optimizer after the settings: the picture in words. */
export function summaryText(rows, args, L, minima) {
  const minimum = minima.length > 1 ? 'global minimum' : 'minimum';
  const parts = rows.map((r) => {
    const label = HILL_OPTIMIZERS.find((x) => x.id === r.run.id).label;
    if (r.key === 'diverged') return `${label} ${r.text}.`;
    if (r.key === 'minimum') return `${label} reached the ${minimum} in ${r.reach} steps.`;
    if (r.key === 'local') return `${label} got stuck in the local minimum.`;
    if (r.key === 'bouncing') return `${label} is bouncing back and forth without settling (loss ${fmtLoss(r.f)}).`;
    return `${label} is ${r.text === 'off the map' ? 'off the map' : 'still on the way'} (loss ${fmtLoss(r.f)}).`;
  });
  return `${L.label}: from ${L.a.name} = ${fmtCoord(args.a)}, ${L.b.name} = ${fmtCoord(args.b)}, learning rate ${fmtRate(args.lr)}, `
    + `${args.steps} steps. ${parts.join(' ')}`;
}

/** The random restarts of seed `seed` tallied: { global, local, escaped, text }. */
export function restartsReport(r, seed) {
  const global = r.sgd.filter((x) => x.well === 'global').length;
  const local = r.sgd.filter((x) => x.well === 'local').length;
  const escaped = r.momentum.filter((x) => x.well === 'global').length;
  let text = `Seed ${seed}: plain SGD from ${r.sgd.length} random starts ended in the global minimum ${global} times `
    + `and in the local minimum ${local} times.`;
  if (local > 0) {
    text += ` Momentum from the ${local} stuck start${local === 1 ? '' : 's'} escaped to the global minimum ${escaped} time${escaped === 1 ? '' : 's'}`
      + (escaped > 0 ? ': the speed it gathers on the way down carries it over the ridge.' : '.')
      + (escaped < local ? ' Starts near the bottom of the shallow well give it too little speed to get out.' : '');
  }
  return { global, local, escaped, text };
}

/** What the map shows while the restarts are on it. */
export function restartsMapText(r) {
  return `Showing plain SGD from ${r.sgd.length} random starts and momentum from the ones it left in the local minimum; the results are under “Random restarts”.`;
}
