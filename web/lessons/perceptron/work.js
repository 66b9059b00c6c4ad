// perceptron/work.js — the lesson's table for one step of the perceptron trick:
// why the point was wrong (its score), the line, plus or minus a·(x1, x2, 1),
// and the new line, with the sums written out as the course writes them:
// every number to the decimals its inputs justify (trickDecimals), one sign
// per term, negative factors in brackets.
import { el } from '../../dom.js';
import { num, lineEquation, MINUS, decimalsOf, roundTo, termSum } from '../kit/plot2d.js';

/** The decimals the trick's numbers justify from the starting line, the rate
 *  and the points: the trick only adds ±a·x, so max(decimals of the start,
 *  decimals of a + decimals of x), at most 4. The twin of the core's
 *  nn_perceptron_decimals, for the same rule in the CLI. */
export function trickDecimals(start, lr, points) {
  const startDec = Math.max(...start.w.map(decimalsOf), decimalsOf(start.b));
  const xDec = Math.max(0, ...points.flatMap((p) => [decimalsOf(p.x), decimalsOf(p.y)]));
  return Math.min(4, Math.max(startDec, decimalsOf(lr) + xDec));
}

/** Nodes showing the step r (ops.js step's answer) taken from line `before`
 *  with learning rate lr; `step` is its number, `dec` the decimals of the
 *  line's numbers (trickDecimals). */
export function workOf(before, r, lr, step, dec) {
  const [x1, x2] = r.point;
  const add = r.sign > 0;
  const xDec = Math.max(decimalsOf(x1), decimalsOf(x2));
  const show = (v, d = dec) => num(roundTo(v, d));
  const score = roundTo(before.w[0] * x1 + before.w[1] * x2 + before.b, Math.min(4, dec + xDec));
  const delta = [lr * x1, lr * x2, lr].map((v) => roundTo(add ? v : -v, dec));
  const cell = (v) => el('td', {}, show(v));
  // "2.6 − 0.4 = 2.2": the delta's own sign is the operator.
  const change = (w, dv, after) => `${show(w)} ${dv < 0 ? MINUS : '+'} ${show(Math.abs(dv))} = ${show(after)}`;
  return [
    el('p', { class: 'pc-why' },
      `Point (${num(x1)}, ${num(x2)}), label ${r.label}: ${termSum([[before.w[0], x1], [before.w[1], x2]], before.b, (v) => num(v))} = ${num(score)} `,
      r.predicted ? '\u2265 0' : '< 0',
      // A sum that prints as 0 but predicts 0 is float32 rounding, not a typo.
      !r.predicted && score === 0 ? ' (in 32-bit floats the sum lands a hair below 0)' : '',
      `, so the perceptron predicts ${r.predicted}. Wrong: ${add ? 'add' : 'subtract'} a\u00b7(x1, x2, 1) with a = ${num(lr)}.`),
    el('table', { class: 'pc-table', id: 'pc-table' },
      el('caption', { class: 'visually-hidden' }, `Step ${step}: the perceptron trick's arithmetic`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Step')), el('th', { scope: 'col' }, 'w1'), el('th', { scope: 'col' }, 'w2'), el('th', { scope: 'col' }, 'b'))),
      el('tbody', {},
        el('tr', {}, el('th', { scope: 'row' }, 'line'), cell(before.w[0]), cell(before.w[1]), cell(before.b)),
        el('tr', { class: 'pc-delta' },
          el('th', { scope: 'row' }, `${add ? 'plus' : 'minus'} ${num(lr)}\u00b7(${num(x1)}, ${num(x2)}, 1)`),
          ...delta.map((v) => el('td', {}, v < 0 ? show(v) : `+${show(v)}`))),
        el('tr', { class: 'pc-new' }, el('th', { scope: 'row' }, 'new line'), cell(r.w[0]), cell(r.w[1]), cell(r.b)))),
    el('p', { class: 'pc-new-eq', id: 'pc-new-eq' },
      `${change(before.w[0], delta[0], r.w[0])},  `,
      `${change(before.w[1], delta[1], r.w[1])},  `,
      `${change(before.b, delta[2], r.b)}  \u2192  `,
      el('strong', {}, lineEquation(r.w.map((v) => roundTo(v, dec)), roundTo(r.b, dec)))),
  ];
}
