// baseline-mlp.js — a straightforward plain-JavaScript MLP, the benchmark's
// baseline for the wasm builds.
//
// The same network and training rule as the core's SGD path: dense layers with
// tanh, ReLU or sigmoid hidden units, one sigmoid output with binary
// cross-entropy (or k softmax outputs with categorical cross-entropy for k
// classes), mini-batches whose gradients are averaged, then p -= lr * g. Written the way
// a careful JS programmer would without SIMD tricks: Float32Array storage, one
// example at a time, flat loops, no allocation in the hot path.

/** sizes: [inputs, hidden..., outputs]; activation: 'tanh' | 'relu' | 'sigmoid'. */
export function createBaselineMlp(sizes, activation = 'tanh', seed = 1) {
  const L = sizes.length - 1; // weight layers
  const W = [], B = [], GW = [], GB = [], A = [], D = [];
  let s = seed >>> 0 || 1;
  const rand = () => { // xorshift32, uniform in [0, 1)
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  for (let l = 0; l < L; l++) {
    const nin = sizes[l], nout = sizes[l + 1];
    const w = new Float32Array(nout * nin);
    const limit = Math.sqrt(6 / (nin + nout)); // Xavier-uniform
    for (let i = 0; i < w.length; i++) w[i] = (2 * rand() - 1) * limit;
    W.push(w);
    B.push(new Float32Array(nout));
    GW.push(new Float32Array(nout * nin));
    GB.push(new Float32Array(nout));
  }
  for (let l = 0; l <= L; l++) {
    A.push(new Float32Array(sizes[l])); // activations, A[0] = input
    D.push(new Float32Array(sizes[l])); // dLoss/d(pre-activation) of layer l
  }
  const relu = activation === 'relu';
  const sigmoid = activation === 'sigmoid';
  const K = sizes[L]; // outputs: 1 sigmoid, or K softmax

  // Forward one example already in A[0]; returns P(class 1).
  function forward() {
    for (let l = 0; l < L; l++) {
      const nin = sizes[l], nout = sizes[l + 1], w = W[l], b = B[l], a = A[l], o = A[l + 1];
      const last = l === L - 1;
      for (let j = 0; j < nout; j++) {
        let z = b[j];
        const row = j * nin;
        for (let i = 0; i < nin; i++) z += w[row + i] * a[i];
        o[j] = last ? (K === 1 ? 1 / (1 + Math.exp(-z)) : z)
          : relu ? (z > 0 ? z : 0) : sigmoid ? 1 / (1 + Math.exp(-z)) : Math.tanh(z);
      }
    }
    if (K > 1) { // softmax over the logits, shifted by their largest
      const o = A[L];
      let mx = o[0], sum = 0;
      for (let j = 1; j < K; j++) mx = Math.max(mx, o[j]);
      for (let j = 0; j < K; j++) { o[j] = Math.exp(o[j] - mx); sum += o[j]; }
      for (let j = 0; j < K; j++) o[j] /= sum;
    }
    return A[L][0];
  }

  // Backward for label y after forward(): accumulate into GW, GB.
  function backward(y) {
    // sigmoid or softmax + cross-entropy: p - onehot(y)
    for (let j = 0; j < K; j++) D[L][j] = A[L][j] - (K === 1 ? y : j === y ? 1 : 0);
    for (let l = L - 1; l >= 0; l--) {
      const nin = sizes[l], nout = sizes[l + 1], w = W[l], a = A[l], d = D[l + 1], gw = GW[l], gb = GB[l];
      for (let j = 0; j < nout; j++) {
        const dj = d[j];
        gb[j] += dj;
        const row = j * nin;
        for (let i = 0; i < nin; i++) gw[row + i] += dj * a[i];
      }
      if (l === 0) break;
      const dPrev = D[l];
      for (let i = 0; i < nin; i++) {
        let sum = 0;
        for (let j = 0; j < nout; j++) sum += w[j * nin + i] * d[j];
        const ai = a[i];
        dPrev[i] = relu ? (ai > 0 ? sum : 0) : sigmoid ? sum * ai * (1 - ai) : sum * (1 - ai * ai);
      }
    }
  }

  /** Train one mini-batch: examples order[start .. start+count) of x (n, d), y (n). */
  function trainBatch(x, y, order, start, count, lr) {
    const d = sizes[0];
    for (let l = 0; l < L; l++) { GW[l].fill(0); GB[l].fill(0); }
    const a0 = A[0];
    for (let k = 0; k < count; k++) {
      const e = order[start + k];
      for (let i = 0; i < d; i++) a0[i] = x[e * d + i];
      forward();
      backward(y[e]);
    }
    const rate = lr / count;
    for (let l = 0; l < L; l++) {
      const w = W[l], gw = GW[l], b = B[l], gb = GB[l];
      for (let i = 0; i < w.length; i++) w[i] -= rate * gw[i];
      for (let i = 0; i < b.length; i++) b[i] -= rate * gb[i];
    }
  }

  /** P(class 1) on a w x h grid over [x0, x1] x [y0, y1], cell centres, row 0 at y1. */
  function grid(out, x0, x1, y0, y1, w, h) {
    const a0 = A[0];
    for (let r = 0; r < h; r++) {
      a0[1] = y1 - ((r + 0.5) * (y1 - y0)) / h;
      for (let c = 0; c < w; c++) {
        a0[0] = x0 + ((c + 0.5) * (x1 - x0)) / w;
        out[r * w + c] = forward();
      }
    }
  }

  return { sizes, trainBatch, grid, forward, weights: W, biases: B };
}
