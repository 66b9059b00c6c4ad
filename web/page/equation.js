// page/equation.js — a linear model's decision boundary as an equation in the
// data's own units and names (pure functions, no DOM).
//
// The model sees each feature standardized, u_j = (x_j − mean_j) / std_j, and
// its boundary is where its score is zero: Σ w_j u_j + b = 0. Substituting u_j:
//   Σ (w_j / std_j) x_j + (b − Σ w_j mean_j / std_j) = 0,
// so in original units a_j = w_j / std_j and c = b − Σ a_j mean_j.
// One output (logistic: sigmoid(z) = 0.5, perceptron: step at z = 0) has its
// boundary at z = 0; two softmax outputs at z_1 = z_0, i.e. (w_1 − w_0)·u +
// (b_1 − b_0) = 0. Anything with a hidden layer or more outputs has no line.

/** The lines the lessons teach, per dataset, in original units: a·x + c = 0. */
export const LESSON_LINES = {
  admissions: { coef: [2, 1], c: -18, label: 'the lesson\'s line' },
};

/** The boundary of a single-layer model with weights `layers` (frame.weights)
 *  in standardized units: { w, b } or null when the model is not linear. */
export function linearScore(layers) {
  if (!layers || layers.length !== 1) return null;
  const { in: d, out, w, b } = layers[0];
  if (out === 1) return { w: Array.from(w), b: b[0] };
  if (out !== 2) return null;
  const diff = [];
  for (let j = 0; j < d; j++) diff.push(w[d + j] - w[j]);
  return { w: diff, b: b[1] - b[0] };
}

/** The score w·u + b on standardized u, in original units: { coef, c }. */
export function toDataUnits({ w, b }, { mean, std }) {
  const coef = w.map((wj, j) => wj / std[j]);
  const c = coef.reduce((s, aj, j) => s - aj * mean[j], b);
  return { coef, c };
}

/** A coefficient at two significant digits (exponent form only past 1e±6). */
export function fmtCoef(v) {
  if (!Number.isFinite(v)) return '—';
  const r = Number(v.toPrecision(2));
  const m = Math.abs(r);
  return r === 0 || (m >= 1e-6 && m < 1e6) ? String(r) : r.toExponential(1);
}

/** "0.52·test + 0.26·grades − 4.7 = 0": terms in the features' order, a
 *  coefficient of 1 left out, minus signs as "−". */
export function equationText(line, names) {
  return `${sumText(line, names)} = 0`;
}

/** A regression model's prediction: "ŷ = 0.22·x1 + 0.11·x2 + 0.01". */
export function predictionText(line, names) {
  return `ŷ = ${sumText(line, names)}`;
}

/** "0.52·test + 0.26·grades − 4.7", the terms of a linear score. */
function sumText({ coef, c }, names) {
  const terms = [];
  coef.forEach((a, j) => {
    const r = Number(a.toPrecision(2));
    if (r === 0) return;
    const mag = Math.abs(r) === 1 ? '' : `${fmtCoef(Math.abs(r))}·`;
    terms.push([r < 0, `${mag}${names[j] || `x${j + 1}`}`]);
  });
  const rc = Number.isFinite(c) ? Number(c.toPrecision(2)) : NaN;
  if (rc !== 0 || !terms.length) terms.push([rc < 0, fmtCoef(Math.abs(rc))]);
  return terms.map(([neg, t], i) => (i === 0 ? (neg ? `−${t}` : t) : `${neg ? '−' : '+'} ${t}`)).join(' ');
}

/** The same line scaled so feature `j`'s coefficient is 1 (to compare with a
 *  lesson's line written that way), or null when that coefficient is 0. */
export function scaledTo({ coef, c }, j) {
  const s = coef[j];
  if (!s || !Number.isFinite(s)) return null;
  return { coef: coef.map((a) => a / s), c: c / s };
}
