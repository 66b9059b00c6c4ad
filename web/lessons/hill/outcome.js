// hill/outcome.js — what the hill's runs mean, in data and in words: where
// each optimizer ended and how (at the minimum, stuck, diverged...), the
// summary a screen reader hears, and the tally of the random restarts.
// Pure functions of the worker's answers (hill/ops.js) and the landscape.
import { fmtLoss, fmtRate } from '../../format.js';
import { HILL_OPTIMIZERS, HILL_EPSILON } from './landscapes.js';
import { fmtCoord } from './format.js';

/** How one run of a path request ended on landscape L:
 *  { a, b, f, reach (first step within HILL_EPSILON of the best minimum, or -1),
 *    key: 'diverged' | 'minimum' | 'local' | 'off-map' | 'moving', text }. */
export function outcomeOf(run, minima, args, L) {
  const p = run.points, n = p.length / 3;
  const a = p[3 * n - 3], b = p[3 * n - 2], f = p[3 * n - 1];
  const best = minima.find((m) => m.global) || minima[0];
  let reach = -1;
  for (let i = 0; i < n; i++) if (p[3 * i + 2] - best.f <= HILL_EPSILON) { reach = i; break; }
  const onMap = a >= L.a.lo && a <= L.a.hi && b >= L.b.lo && b <= L.b.hi;
  const local = minima.find((m) => !m.global && Math.abs(f - m.f) <= HILL_EPSILON
    && Math.hypot((a - m.a) / (L.a.hi - L.a.lo), (b - m.b) / (L.b.hi - L.b.lo)) < 0.05);
  const two = minima.length > 1;
  let key, text;
  if (run.diverged) { key = 'diverged'; text = `diverged at step ${n}`; }
  else if (!onMap && f > p[2]) { key = 'diverged'; text = 'diverged: left the map, loss growing'; }
  else if (f - best.f <= HILL_EPSILON) { key = 'minimum'; text = two ? 'in the global minimum' : 'at the minimum'; }
  else if (local) { key = 'local'; text = 'stuck in the local minimum'; }
  else if (!onMap) { key = 'off-map'; text = 'off the map'; }
  else { key = 'moving'; text = `still on the way after ${args.steps} steps`; }
  return { a, b, f, reach, key, text };
}

/** One sentence per optimizer after the settings: the picture in words. */
export function summaryText(rows, args, L, minima) {
  const minimum = minima.length > 1 ? 'global minimum' : 'minimum';
  const parts = rows.map((r) => {
    const label = HILL_OPTIMIZERS.find((x) => x.id === r.run.id).label;
    if (r.key === 'diverged') return `${label} ${r.text}.`;
    if (r.key === 'minimum') return `${label} reached the ${minimum} in ${r.reach} steps.`;
    if (r.key === 'local') return `${label} got stuck in the local minimum.`;
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
