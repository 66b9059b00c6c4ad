// gates/gate-panel.js — AND, OR or NOT as one perceptron: the truth table's
// points with the gate's line over them, the weights and bias for the student
// to change, and the table of the perceptron's outputs (from the worker's gate
// op) beside the gate's.
import { el } from '../../dom.js';
import { createPlot2d, num, lineEquation, decimalsOf, roundTo, MINUS } from '../kit/plot2d.js';
import { plotFrame } from '../kit/plot2d-draw.js';
import { GATE_TEXT } from './text.js';
import { legend, message } from './parts.js';

/** The line each gate's perceptron draws. */
export const GATE_LINES = {
  and: { w: [1, 1], b: -1.5 },
  or: { w: [1, 1], b: -0.5 },
  not: { w: [-1], b: 0.5 },
};

// The student's own weights: typed numbers within ±WEIGHT_MAX (a line of the
// truth table's square needs no more).
const WEIGHT_MAX = 10;

/** Fill `panel` for gate `id`; current() is false once the page has moved on.
 *  The weights and bias are the student's to type (arrow keys step them by
 *  0.1): every change redraws the line and asks the worker for the outputs. */
export function showGate(panel, ctx, id, current) {
  const text = GATE_TEXT[id];
  const lesson = GATE_LINES[id];
  const g = { w: lesson.w.slice(), b: lesson.b };
  const oneD = g.w.length === 1;
  const names = oneD ? ['x1'] : ['x1', 'x2'];
  const plot = createPlot2d({ label: `${text.title}: the truth table and the perceptron's line`, oneD });
  const view = oneD ? { x0: -0.5, x1: 1.5, y0: -0.5, y1: 0.5 } : { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 };
  plot.setView(view);
  const summary = el('p', { class: 'gt-summary', id: 'gt-summary', 'aria-live': 'polite' });
  const tableBox = el('div', { class: 'gt-table-box' });
  const equation = el('strong', {});
  const status = el('p', { class: 'small gt-status', id: 'gt-status', role: 'status' });
  const field = (key, get, set) => {
    const f = { key, get, set, input: /** @type {HTMLInputElement} */ (el('input', {
      type: 'number', id: `gt-${key}`, step: '0.1', min: String(-WEIGHT_MAX), max: String(WEIGHT_MAX),
      value: String(get()), inputmode: 'decimal', oninput: () => typed(f),
    })) };
    return f;
  };
  const fields = [...names.map((n, i) => field(`w${i + 1}`, () => g.w[i], (v) => { g.w[i] = v; })),
    field('b', () => g.b, (v) => { g.b = v; })];
  const reset = el('button', { type: 'button', class: 'pc-btn', id: 'gt-reset', onclick: backToLesson }, 'The lesson’s line');
  panel.append(el('div', { class: 'gt-gate' },
    el('figure', { class: `gt-figure${oneD ? ' one-d' : ''}` }, plot.node, legend(), summary),
    el('div', {},
      el('h3', {}, `${text.title} as one perceptron`),
      el('p', { class: 'gt-about' }, text.about),
      el('p', { class: 'gt-equation', id: 'gt-equation' }, 'Line: ', equation),
      el('fieldset', { class: 'gt-weights' },
        el('legend', {}, 'Your weights and bias: type them or use the arrow keys (or drag the line on the plot to move it), and watch the table'),
        fields.map((f) => el('label', { class: 'field' }, el('span', {}, f.key), f.input)), reset),
      status,
      tableBox)));

  let asked = 0;      // the latest request: earlier answers are dropped
  dragLine(plot.node, view, oneD, (x, y) => {
    // The line through the pointer with the same weights: only b changes.
    if (g.w.every((wi) => wi === 0)) {
      status.textContent = 'With every weight 0 there is no line to drag: give w1 a value first.';
      return;
    }
    const b = roundTo(-(g.w[0] * x + (oneD ? 0 : g.w[1] * y)), 2);
    if (b === g.b) return;
    const f = fields[fields.length - 1];
    f.input.value = String(b);
    typed(f);
  });
  redraw();

  function typed(f) {
    const raw = f.input.value.trim();
    const v = Number(raw);
    if (raw === '' || !Number.isFinite(v) || Math.abs(v) > WEIGHT_MAX) {
      f.input.setAttribute('aria-invalid', 'true');
      status.textContent = `${f.key} must be a number from ${MINUS}${WEIGHT_MAX} to ${WEIGHT_MAX}; the table keeps ${f.key} = ${num(f.get())}.`;
      return;
    }
    f.input.removeAttribute('aria-invalid');
    status.textContent = '';
    f.set(v);
    redraw();
  }

  function backToLesson() {
    g.w = lesson.w.slice();
    g.b = lesson.b;
    for (const f of fields) { f.input.value = String(f.get()); f.input.removeAttribute('aria-invalid'); }
    status.textContent = '';
    redraw();
  }

  async function redraw() {
    const w = g.w.slice(), b = g.b;
    const ask = ++asked;
    // Sums to the decimals the typed numbers have (the inputs are 0 and 1),
    // so 0.1 + 0.2 reads 0.3.
    const dec = Math.max(0, ...w.map(decimalsOf), decimalsOf(b));
    const line = lineEquation(w, b, names);
    equation.textContent = line;
    let r;
    try {
      r = await ctx.ops.gate({ name: id, w, b });
    } catch (e) {
      if (current() && ask === asked) tableBox.replaceChildren(message(`Could not compute the outputs: ${e.message}`));
      return;
    }
    if (!current() || ask !== asked) return;
    plot.draw({
      points: r.rows.map((row) => ({ x: row.x[0], y: oneD ? 0 : row.x[1], label: row.target, wrong: row.out !== row.target })),
      lines: [{ w, b }],
      shade: { w, b },
    });
    const right = r.rows.filter((row) => row.out === row.target).length;
    tableBox.replaceChildren(truthTable(text.title, names, r.rows, dec));
    const all = right === r.rows.length ? ` That is ${text.title}.` : ` Not yet ${text.title}.`;
    summary.textContent = `${right} of ${r.rows.length} rows classified correctly by ${line}.${all}`;
  }
}

/** Pointer drags on the plot report the point under the pointer, in the
 *  plot's own units, to onPoint(x, y) (the same press-move-release as the
 *  hill's start point; the number fields are the keyboard's way). */
function dragLine(node, view, oneD, onPoint) {
  const f = plotFrame(view, { oneD, xName: '', yName: '', sides: [] });
  const toData = (ev) => {
    const m = node.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m.inverse());
    const x = view.x0 + ((p.x - f.sx(view.x0)) / (f.sx(view.x1) - f.sx(view.x0))) * (view.x1 - view.x0);
    const y = view.y0 + ((p.y - f.sy(view.y0)) / (f.sy(view.y1) - f.sy(view.y0))) * (view.y1 - view.y0);
    return { x, y };
  };
  let dragging = false;
  const move = (ev) => {
    const q = dragging && toData(ev);
    if (q) onPoint(q.x, q.y);
  };
  node.addEventListener('pointerdown', (ev) => {
    dragging = true;
    node.setPointerCapture?.(ev.pointerId);
    move(ev);
  });
  node.addEventListener('pointermove', move);
  const stop = () => { dragging = false; };
  node.addEventListener('pointerup', stop);
  node.addEventListener('pointercancel', stop);
  node.classList.add('gt-draggable');
}

function truthTable(title, names, rows, dec) {
  return el('table', { class: 'gt-table', id: 'gt-table' },
    el('caption', {}, `The perceptron\u2019s output for each row of ${title}`),
    el('thead', {}, el('tr', {},
      names.map((n) => el('th', { scope: 'col' }, n)),
      el('th', { scope: 'col' }, 'w\u00b7x + b'), el('th', { scope: 'col' }, 'output'),
      el('th', { scope: 'col' }, title), el('th', { scope: 'col' }, 'match'))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      row.x.map((v) => el('td', {}, num(v))),
      el('td', {}, num(roundTo(row.z, dec))),
      el('td', { class: 'gt-out' }, String(row.out)),
      el('td', { class: 'gt-target' }, String(row.target)),
      el('td', {}, row.out === row.target ? '\u2713 right' : '\u2717 wrong')))));
}
