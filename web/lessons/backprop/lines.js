// backprop/lines.js — the arithmetic of each stage as the course writes it:
// three significant digits, one sign per term, negative factors in brackets.
// Pure functions from chain.js's numbers to lines of text.
import { num, factor, termSum } from '../kit/plot2d.js';

const n = (v) => num(v, 3);
const f = (v) => factor(n(v));
const sum = (terms, bias) => termSum(terms, bias, n);

const UNITS = [1, 2];

/** The six stages' lines for weights w, point x, label y, rate lr and chain r. */
export function stageLines(w, x, y, lr, r) {
  return [
    UNITS.map((j, k) => `h${j}: a${j} = ${sum([[w.W1[k][0], x[0]], [w.W1[k][1], x[1]]], w.b1[k])} = ${n(r.a[k])};  h${j} = \u03c3(${n(r.a[k])}) = ${n(r.h[k])}`),
    [`z = ${sum([[w.v[0], r.h[0]], [w.v[1], r.h[1]]], w.c)} = ${n(r.z)};  \u0177 = \u03c3(${n(r.z)}) = ${n(r.yhat)}`],
    [y === 1 ? `y = 1, so E = \u2212ln \u0177 = \u2212ln ${n(r.yhat)} = ${n(r.E)}` : `y = 0, so E = \u2212ln(1 \u2212 \u0177) = \u2212ln ${n(1 - r.yhat)} = ${n(r.E)}`],
    [
      y === 1 ? `\u2202E/\u2202\u0177 = \u22121/\u0177 = ${n(r.dEdy)}` : `\u2202E/\u2202\u0177 = 1/(1 \u2212 \u0177) = ${n(r.dEdy)}`,
      `\u2202\u0177/\u2202z = \u0177(1 \u2212 \u0177) = ${n(r.yhat)}\u00b7${n(1 - r.yhat)} = ${n(r.dydz)}`,
      `\u03b4 = \u2202E/\u2202z = \u2202E/\u2202\u0177 \u00b7 \u2202\u0177/\u2202z = ${f(r.dEdy)}\u00b7${n(r.dydz)} = ${n(r.delta)}  (= \u0177 \u2212 y)`,
      ...UNITS.map((j, k) => `\u2202E/\u2202v${j} = \u03b4\u00b7h${j} = ${f(r.delta)}\u00b7${n(r.h[k])} = ${n(r.dv[k])}`),
      `\u2202E/\u2202c = \u03b4 = ${n(r.dc)}`,
    ],
    UNITS.flatMap((j, k) => [
      `\u03c3\u2032(a${j}) = h${j}(1 \u2212 h${j}) = ${n(r.h[k])}\u00b7${n(1 - r.h[k])} = ${n(r.dhda[k])}`,
      ...[1, 2].map((i) => `\u2202E/\u2202w${i}${j} = \u03b4 \u00b7 v${j} \u00b7 h${j}(1 \u2212 h${j}) \u00b7 x${i} = ${f(r.delta)}\u00b7${f(w.v[k])}\u00b7${n(r.dhda[k])}\u00b7${f(x[i - 1])} = ${n(r.dW1[k][i - 1])}`),
      `\u2202E/\u2202b${j} = \u03b4 \u00b7 v${j} \u00b7 h${j}(1 \u2212 h${j}) = ${n(r.db1[k])}`,
    ]),
    [`Every weight w \u2190 w \u2212 \u03b1\u00b7\u2202E/\u2202w with \u03b1 = ${n(lr)}:`],
  ];
}

/** Rows of the update table: [name, before, ∂E/∂w, after by hand, after by the engine]. */
export function updateRows(w, r, engine) {
  const rows = [];
  UNITS.forEach((j, k) => [0, 1].forEach((i) => rows.push([`w${i + 1}${j}`, w.W1[k][i], r.dW1[k][i], r.after.W1[k][i], engine.W1[k][i]])));
  UNITS.forEach((j, k) => rows.push([`b${j}`, w.b1[k], r.db1[k], r.after.b1[k], engine.b1[k]]));
  UNITS.forEach((j, k) => rows.push([`v${j}`, w.v[k], r.dv[k], r.after.v[k], engine.v[k]]));
  rows.push(['c', w.c, r.dc, r.after.c, engine.c]);
  return rows.map(([name, ...vals]) => [name, ...vals.map(n)]);
}
