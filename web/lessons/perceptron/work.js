// perceptron/work.js — the lesson's table for one step of the perceptron trick:
// why the point was wrong (its score), the line, plus or minus a·(x1, x2, 1),
// and the new line, with the sums written out.
import { el } from '../../dom.js';
import { num, lineEquation, MINUS } from '../kit/plot2d.js';

/** Nodes showing the step r (ops.js step's answer) taken from line `before`
 *  with learning rate lr; `step` is its number. */
export function workOf(before, r, lr, step) {
  const [x1, x2] = r.point;
  const add = r.sign > 0;
  const score = before.w[0] * x1 + before.w[1] * x2 + before.b;
  const delta = [lr * x1, lr * x2, lr];
  const sign = add ? '+' : MINUS;
  const cell = (v) => el('td', {}, num(v));
  return [
    el('p', { class: 'pc-why' },
      `Point (${num(x1)}, ${num(x2)}), label ${r.label}: ${num(before.w[0])}\u00b7${num(x1)} + ${num(before.w[1])}\u00b7${num(x2)} ${before.b < 0 ? MINUS : '+'} ${num(Math.abs(before.b))} = ${num(score)} `,
      r.predicted ? '\u2265 0' : '< 0',
      // A sum that prints as 0 but predicts 0 is float32 rounding, not a typo.
      !r.predicted && num(score) === '0' ? ' (in 32-bit floats the sum lands a hair below 0)' : '',
      `, so the perceptron predicts ${r.predicted}. Wrong: ${add ? 'add' : 'subtract'} a\u00b7(x1, x2, 1) with a = ${num(lr)}.`),
    el('table', { class: 'pc-table', id: 'pc-table' },
      el('caption', { class: 'visually-hidden' }, `Step ${step}: the perceptron trick's arithmetic`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Step')), el('th', { scope: 'col' }, 'w1'), el('th', { scope: 'col' }, 'w2'), el('th', { scope: 'col' }, 'b'))),
      el('tbody', {},
        el('tr', {}, el('th', { scope: 'row' }, 'line'), cell(before.w[0]), cell(before.w[1]), cell(before.b)),
        el('tr', { class: 'pc-delta' },
          el('th', { scope: 'row' }, `${add ? 'plus' : 'minus'} ${num(lr)}\u00b7(${num(x1)}, ${num(x2)}, 1)`),
          ...delta.map((v) => el('td', {}, `${sign}${num(v)}`))),
        el('tr', { class: 'pc-new' }, el('th', { scope: 'row' }, 'new line'), cell(r.w[0]), cell(r.w[1]), cell(r.b)))),
    el('p', { class: 'pc-new-eq', id: 'pc-new-eq' },
      `${num(before.w[0])} ${sign} ${num(delta[0])} = ${num(r.w[0])},  `,
      `${num(before.w[1])} ${sign} ${num(delta[1])} = ${num(r.w[1])},  `,
      `${num(before.b)} ${sign} ${num(delta[2])} = ${num(r.b)}  \u2192  `,
      el('strong', {}, lineEquation(r.w, r.b))),
  ];
}
