// backprop/chain.js — feedforward and backpropagation by hand for the
// lesson's network: two inputs, two sigmoid hidden units, one sigmoid output,
// cross-entropy error, one training point. Pure arithmetic, no DOM, so the
// view prints exactly these numbers and the tests check them against the
// engine's own gradient.
//
// Weights as the engine lays them out: W1[j][i] from input i to hidden unit
// j, b1[j]; v[j] from hidden unit j to the output, c its bias.
//
//   a_j = W1[j]·x + b1[j]      h_j = σ(a_j)
//   z   = v·h + c              ŷ = σ(z)
//   E   = −y ln ŷ − (1 − y) ln(1 − ŷ)
//   ∂E/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ),   ∂ŷ/∂z = ŷ(1 − ŷ),   δ = ∂E/∂z = ŷ − y
//   ∂E/∂v_j = δ·h_j,   ∂E/∂c = δ
//   ∂E/∂h_j = δ·v_j,   ∂h_j/∂a_j = h_j(1 − h_j)
//   ∂E/∂W1[j][i] = δ·v_j·h_j(1 − h_j)·x_i,   ∂E/∂b1[j] = δ·v_j·h_j(1 − h_j)
//   then every weight moves against its derivative: w ← w − α·∂E/∂w

export const sigmoid = (t) => 1 / (1 + Math.exp(-t));

/** Every number of one forward and backward pass and the updated weights. */
export function backprop({ W1, b1, v, c }, x, y, lr) {
  const a = W1.map((row, j) => row[0] * x[0] + row[1] * x[1] + b1[j]);
  const h = a.map(sigmoid);
  const z = v[0] * h[0] + v[1] * h[1] + c;
  const yhat = sigmoid(z);
  const E = -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
  const dEdy = -y / yhat + (1 - y) / (1 - yhat);
  const dydz = yhat * (1 - yhat);
  const delta = dEdy * dydz;
  const dv = h.map((hj) => delta * hj);
  const dc = delta;
  const dEdh = v.map((vj) => delta * vj);
  const dhda = h.map((hj) => hj * (1 - hj));
  const db1 = dEdh.map((g, j) => g * dhda[j]);
  const dW1 = db1.map((g) => [g * x[0], g * x[1]]);
  const after = {
    W1: W1.map((row, j) => row.map((w, i) => w - lr * dW1[j][i])),
    b1: b1.map((b, j) => b - lr * db1[j]),
    v: v.map((w, j) => w - lr * dv[j]),
    c: c - lr * dc,
  };
  return { a, h, z, yhat, E, dEdy, dydz, delta, dv, dc, dEdh, dhda, dW1, db1, after };
}
