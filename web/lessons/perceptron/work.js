// perceptron/work.js — the lesson's table for one step of the perceptron trick:
// why the point was wrong (its score), the line, plus or minus a·(x1, x2, 1),
// and the new line, with the sums written out.
import { el } from '../../dom.js';
import { num, lineEquation, MINUS } from '../kit/plot2d.js';

// One sign per term: " + 0.13·1.7" rather than " + −0.13·−1.7", and
// " − 0.17" rather than " − −0.17". `v` is the term's signed value; `text`
// writes its magnitude.
function term(v, text) {
  return ` ${v < 0 ? MINUS : '+'} ${text}`;
}

// w·x as one term: its sign in front (none for a positive first term), then
// the magnitudes, so two negatives never print as "−0.13·−1.7".
function product(w, x, first = false) {
  const mag = `${num(Math.abs(w))}\u00b7${num(Math.abs(x))}`;
  if (first) return (w * x < 0 ? MINUS : '') + mag;
  return term(w * x, mag);
}

/** Nodes showing the step r (ops.js step's answer) taken from line `before`
 *  with learning rate lr; `step` is its number. */
export function workOf(before, r, lr, step) {
  const [x1, x2] = r.point;
  const add = r.sign > 0;
  const score = before.w[0] * x1 + before.w[1] * x2 + before.b;
  const delta = [lr * x1, lr * x2, lr];
  const cell = (v) => el('td', {}, num(v));
  return [
    el('p', { class: 'pc-why' },
      `Point (${num(x1)}, ${num(x2)}), label ${r.label}: ${product(before.w[0], x1, true)}${product(before.w[1], x2)}${term(before.b, num(Math.abs(before.b)))} = ${num(score)} `,
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
          ...delta.map((v) => el('td', {}, `${(add ? v : -v) < 0 ? '' : '+'}${num(add ? v : -v)}`))),
        el('tr', { class: 'pc-new' }, el('th', { scope: 'row' }, 'new line'), cell(r.w[0]), cell(r.w[1]), cell(r.b)))),
    el('p', { class: 'pc-new-eq', id: 'pc-new-eq' },
      `${num(before.w[0])}${term(add ? delta[0] : -delta[0], num(Math.abs(delta[0])))} = ${num(r.w[0])},  `,
      `${num(before.w[1])}${term(add ? delta[1] : -delta[1], num(Math.abs(delta[1])))} = ${num(r.w[1])},  `,
      `${num(before.b)}${term(add ? delta[2] : -delta[2], num(Math.abs(delta[2])))} = ${num(r.b)}  \u2192  `,
      el('strong', {}, lineEquation(r.w, r.b))),
  ];
}
