// hill/results.js — the hill's tables, the text alternative of the map: one
// row per optimizer (where it ended, outcome.js), and one per random restart.
import { el } from '../../dom.js';
import { fmtLoss, MISSING } from '../../format.js';
import { HILL_OPTIMIZERS } from './landscapes.js';
import { swatch, lineSwatch } from './swatch.js';
import { fmtCoord } from './format.js';
import { reachText } from './outcome.js';

/** A results row for r = { run, ...outcomeOf(run) }. */
export function resultRow(r) {
  const o = HILL_OPTIMIZERS.find((x) => x.id === r.run.id);
  const blown = r.key === 'diverged';
  return el('tr', {
    dataset: { optimizer: o.id, outcome: r.key, a: String(r.a), b: String(r.b), loss: String(r.f), reach: String(r.reach), touch: String(r.touch) },
  },
  el('th', { scope: 'row' }, el('span', { class: 'hill-opt-name' }, swatch((g) => lineSwatch(g, o)), o.label)),
  el('td', {}, blown ? MISSING : fmtLoss(r.f)),
  el('td', {}, reachText(r)),
  el('td', {}, blown ? 'off the map' : `(${fmtCoord(r.a)}, ${fmtCoord(r.b)})`),
  el('td', { class: `hill-outcome ${r.key}` }, r.text));
}

const WELL_TEXT = { global: 'global minimum', local: 'local minimum', neither: 'neither minimum' };

/** One row per restart: its start, SGD's well and what momentum did from there. */
export function restartRows(r) {
  const heavy = new Map(r.momentum.map((m) => [m.start.join(','), m]));
  return r.sgd.map((x) => {
    const m = heavy.get(x.start.join(','));
    return el('tr', { dataset: { well: x.well, momentum: m ? m.well : '' } },
      el('td', {}, `(${fmtCoord(x.start[0])}, ${fmtCoord(x.start[1])})`),
      el('td', {}, WELL_TEXT[x.well]),
      el('td', {}, m ? (m.well === 'global' ? 'escaped to the global minimum' : `stayed: ${WELL_TEXT[m.well]}`) : '—'));
  });
}
