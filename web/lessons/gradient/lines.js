// gradient/lines.js — the arithmetic of a step as the course writes it:
// three significant digits, one sign per term, negative factors in brackets.
// Pure functions from descent.js's numbers to lines of text.
import { num, factor, termSum } from '../kit/plot2d.js';

const n = (v) => num(v, 3);
const f = (v) => factor(n(v));

/** The lines of one step on point k (1-based) x, label y, from (w, b) at rate lr. */
export function pointLines(k, w, b, x, y, lr, r) {
  return [
    `Point ${k}: x = (${x.map(n).join(', ')}), label y = ${y}.`,
    `\u0177 = \u03c3(w1x1 + w2x2 + b) = \u03c3(${termSum([[w[0], x[0]], [w[1], x[1]]], b, n)}) = \u03c3(${n(r.z)}) = ${n(r.yhat)}`,
    y === 1 ? `Error E = \u2212ln \u0177 = \u2212ln ${n(r.yhat)} = ${n(r.E)}` : `Error E = \u2212ln(1 \u2212 \u0177) = \u2212ln ${n(1 - r.yhat)} = ${n(r.E)}`,
    `y \u2212 \u0177 = ${y} \u2212 ${n(r.yhat)} = ${n(r.diff)}`,
    `Gradient \u2207E = \u2212(y \u2212 \u0177)(x1, x2, 1) = ${f(-r.diff)}\u00b7(${x.map(n).join(', ')}, 1) = (${r.grad.map(n).join(', ')})`,
    ...w.map((wi, i) => `w${i + 1} \u2190 w${i + 1} + \u03b1(y \u2212 \u0177)x${i + 1} = ${n(wi)} + ${n(lr)}\u00b7${f(r.diff)}\u00b7${f(x[i])} = ${n(r.w[i])}`),
    `b \u2190 b + \u03b1(y \u2212 \u0177) = ${n(b)} + ${n(lr)}\u00b7${f(r.diff)} = ${n(r.b)}`,
  ];
}

/** The lines of one epoch (after the table of every point's y − ŷ). */
export function epochLines(w, b, lr, r) {
  const sum = (i) => r.rows.map((p) => (i < w.length ? `${f(p.diff)}\u00b7${f(p.x[i])}` : f(p.diff))).join(' + ');
  return [
    ...w.map((_, i) => `(1/m)\u03a3(y \u2212 \u0177)x${i + 1} = (1/${r.m})(${sum(i)}) = ${n(r.avg[i])}`),
    `(1/m)\u03a3(y \u2212 \u0177) = (1/${r.m})(${sum(w.length)}) = ${n(r.avg[w.length])}`,
    ...w.map((wi, i) => `w${i + 1} \u2190 w${i + 1} + \u03b1\u00b7(1/m)\u03a3(y \u2212 \u0177)x${i + 1} = ${n(wi)} + ${n(lr)}\u00b7${f(r.avg[i])} = ${n(r.w[i])}`),
    `b \u2190 b + \u03b1\u00b7(1/m)\u03a3(y \u2212 \u0177) = ${n(b)} + ${n(lr)}\u00b7${f(r.avg[w.length])} = ${n(r.b)}`,
    `Mean error before the epoch: (1/m)\u03a3E = ${n(r.E)}`,
  ];
}
