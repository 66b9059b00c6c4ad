// gates/xor-draw.js — the XOR panel's answers drawn: the perceptron's last
// line (and where its last epochs ended) with the verdict, and the network's
// snapshot — each hidden unit's line, the points moved to (h1, h2) under the
// output unit's line, and the table of every row.
import { el } from '../../dom.js';
import { num, lineEquation } from '../kit/plot2d.js';
import { fixed } from './parts.js';

/** The xorPerceptron op's answer r on the first plot and in words. */
export function drawPerceptronRun(d, r) {
  d.single.draw({
    points: r.points.map((p) => ({ x: p.x[0], y: p.x[1], label: p.target, wrong: p.out !== p.target })),
    lines: [...r.recent.map((l) => ({ ...l, kind: 'ghost' })), { w: r.w, b: r.b }],
    shade: { w: r.w, b: r.b },
  });
  d.singleText.textContent = r.converged
    ? `The perceptron converged after ${r.epochs} epochs.`
    : `Did not converge: after ${r.epochs} epochs of the perceptron trick, ${r.wrong} of 4 points are still misclassified `
      + `(never fewer than ${r.fewest} at the end of any epoch). ${lastLine(r)}; `
      + `the dashed lines are where the previous ${r.recent.length - 1} epochs ended. It keeps cycling between lines like these.`;
  d.singleText.dataset.converged = String(r.converged);
}

// lineEquation says "no line" when both weights are 0: no "Its last line:" then.
function lastLine(r) {
  const eq = lineEquation(r.w, r.b);
  return r.w.every((wi) => num(wi, 6) === '0') ? `It ends with ${eq}` : `Its last line: ${eq}`;
}

/** A network snapshot r (ops.js) on the unit plots, the status line and the
 *  table; `note` replaces the verdict when given. */
export function drawNet(d, r, note) {
  const points = r.rows.map((row) => ({ x: row.x[0], y: row.x[1], label: row.target }));
  r.units.forEach((u, j) => {
    d.unitPlots[j].draw({ points, lines: [{ ...u, kind: 'unit' }], shade: u });
    d.captions[j].textContent = `h${j + 1} = \u03c3(w\u00b7x + b); line ${lineEquation(u.w, u.b, ['x1', 'x2'], 3)}`;
  });
  const hidden = r.rows.map((row) => ({
    x: row.h[0], y: row.h[1], label: row.target, wrong: Math.round(row.out) !== row.target,
  }));
  d.outPlot.draw({ points: hidden, lines: [r.output], shade: r.output });
  d.captions[2].textContent = `output = \u03c3(w\u00b7h + b); line ${lineEquation(r.output.w, r.output.b, ['h1', 'h2'], 3)}`;
  const right = r.rows.filter((row) => Math.round(row.out) === row.target).length;
  const stats = `Epoch ${r.epoch} \u00b7 loss ${num(r.loss, 3)} \u00b7 ${right} of 4 rows right.`;
  let verdict = '';
  if (note) verdict = note;
  else if (right === 4) verdict = 'Solved: every row of XOR comes out right.';
  else if (r.epoch > 0) verdict = 'Not solved yet. Train more; if nothing changes, this start is stuck: press New start.';
  d.mlpStatus.textContent = `${stats} ${verdict}`;
  d.tableBox.replaceChildren(netTable(r.rows));
}

function netTable(rows) {
  return el('table', { class: 'gt-table', id: 'gt-mlp-table' },
    el('caption', {}, 'The network on each row of XOR'),
    el('thead', {}, el('tr', {},
      ['x1', 'x2', 'h1', 'h2', 'out', 'rounded', 'XOR', 'match'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', {}, num(row.x[0])), el('td', {}, num(row.x[1])),
      el('td', {}, fixed(row.h[0])), el('td', {}, fixed(row.h[1])),
      el('td', {}, fixed(row.out)),
      el('td', { class: 'gt-round' }, Number.isFinite(row.out) ? String(Math.round(row.out)) : '\u2014'),
      el('td', { class: 'gt-target' }, String(row.target)),
      el('td', {}, Math.round(row.out) === row.target ? '\u2713 right' : '\u2717 wrong')))));
}
