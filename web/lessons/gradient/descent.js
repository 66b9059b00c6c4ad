// gradient/descent.js — gradient descent for logistic regression by hand, the
// course's formulas as pure arithmetic (no DOM), so the view prints exactly
// these numbers and the tests hold them against the engine's own step.
//
//   ŷ = σ(w·x + b)
//   E = −y ln ŷ − (1 − y) ln(1 − ŷ)
//   ∂E/∂wi = −(y − ŷ)·xi,   ∂E/∂b = −(y − ŷ)       (the gradient −(y − ŷ)(x1, …, xn, 1))
//   one point:  wi ← wi + α(y − ŷ)xi,   b ← b + α(y − ŷ)
//   an epoch:   the same with the average (1/m)Σ over the m points

export const sigmoid = (t) => 1 / (1 + Math.exp(-t));

/** Everything about one point under weights w, bias b. */
export function predictPoint(w, b, x, y) {
  const z = w.reduce((s, wi, i) => s + wi * x[i], b);
  const yhat = sigmoid(z);
  const E = -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
  return { z, yhat, E, diff: y - yhat };
}

/** One step on one point: its prediction, error, gradient and the new weights. */
export function pointStep(w, b, x, y, lr) {
  const p = predictPoint(w, b, x, y);
  const grad = [...x.map((xi) => -p.diff * xi), -p.diff];
  return { ...p, grad, w: w.map((wi, i) => wi + lr * p.diff * x[i]), b: b + lr * p.diff };
}

/** One epoch of full-batch descent: every point's prediction, the averaged
 *  sums (1/m)Σ(y − ŷ)xi and (1/m)Σ(y − ŷ), the new weights and the mean error. */
export function epochStep(w, b, data, lr) {
  const rows = data.map(({ x, y }) => ({ x, y, ...predictPoint(w, b, x, y) }));
  const m = rows.length;
  const avg = [...w.map((_, i) => rows.reduce((s, r) => s + r.diff * r.x[i], 0) / m), rows.reduce((s, r) => s + r.diff, 0) / m];
  const E = rows.reduce((s, r) => s + r.E, 0) / m;
  return { rows, m, avg, E, w: w.map((wi, i) => wi + lr * avg[i]), b: b + lr * avg[w.length] };
}

/** The mean error over the data set. */
export const meanError = (w, b, data) => data.reduce((s, { x, y }) => s + predictPoint(w, b, x, y).E, 0) / data.length;
