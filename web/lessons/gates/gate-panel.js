// gates/gate-panel.js — AND, OR or NOT as one perceptron: the truth table's
// points with the gate's line over them, and the table of the perceptron's
// outputs (from the worker's gate op) beside the gate's.
import { el } from '../../dom.js';
import { createPlot2d, num, lineEquation } from '../kit/plot2d.js';
import { GATE_TEXT } from './text.js';
import { legend, message } from './parts.js';

/** The line each gate's perceptron draws. */
export const GATE_LINES = {
  and: { w: [1, 1], b: -1.5 },
  or: { w: [1, 1], b: -0.5 },
  not: { w: [-1], b: 0.5 },
};

/** Fill `panel` for gate `id`; current() is false once the page has moved on. */
export async function showGate(panel, ctx, id, current) {
  const g = { ...GATE_LINES[id], ...GATE_TEXT[id] };
  const oneD = g.w.length === 1;
  const names = oneD ? ['x1'] : ['x1', 'x2'];
  const plot = createPlot2d({ label: `${g.title}: the truth table and the perceptron's line`, oneD });
  plot.setView(oneD ? { x0: -0.5, x1: 1.5, y0: -0.5, y1: 0.5 } : { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
  const summary = el('p', { class: 'gt-summary', id: 'gt-summary' });
  const tableBox = el('div', { class: 'gt-table-box' });
  panel.append(el('div', { class: 'gt-gate' },
    el('figure', { class: `gt-figure${oneD ? ' one-d' : ''}` }, plot.node, legend(), summary),
    el('div', {},
      el('h3', {}, `${g.title} as one perceptron`),
      el('p', { class: 'gt-about' }, g.about),
      el('p', { class: 'gt-equation', id: 'gt-equation' }, 'Line: ', el('strong', {}, lineEquation(g.w, g.b, names)),
        `  (${names.map((n, i) => `w${i + 1} = ${num(g.w[i])}`).join(', ')}, b = ${num(g.b)})`),
      tableBox)));
  let r;
  try {
    r = await ctx.ops.gate({ name: id, w: g.w, b: g.b });
  } catch (e) {
    if (current()) tableBox.replaceChildren(message(`Could not compute the outputs: ${e.message}`));
    return;
  }
  if (!current()) return;
  plot.draw({
    points: r.rows.map((row) => ({ x: row.x[0], y: oneD ? 0 : row.x[1], label: row.target, wrong: row.out !== row.target })),
    lines: [{ w: g.w, b: g.b }],
    shade: { w: g.w, b: g.b },
  });
  const right = r.rows.filter((row) => row.out === row.target).length;
  tableBox.replaceChildren(truthTable(g.title, names, r.rows));
  summary.textContent = `${right} of ${r.rows.length} rows classified correctly by ${lineEquation(g.w, g.b, names)}.`;
}

function truthTable(title, names, rows) {
  return el('table', { class: 'gt-table', id: 'gt-table' },
    el('caption', {}, `The perceptron\u2019s output for each row of ${title}`),
    el('thead', {}, el('tr', {},
      names.map((n) => el('th', { scope: 'col' }, n)),
      el('th', { scope: 'col' }, 'w\u00b7x + b'), el('th', { scope: 'col' }, 'output'),
      el('th', { scope: 'col' }, title), el('th', { scope: 'col' }, 'match'))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      row.x.map((v) => el('td', {}, num(v))),
      el('td', {}, num(row.z)),
      el('td', { class: 'gt-out' }, String(row.out)),
      el('td', { class: 'gt-target' }, String(row.target)),
      el('td', {}, row.out === row.target ? '\u2713 right' : '\u2717 wrong')))));
}
