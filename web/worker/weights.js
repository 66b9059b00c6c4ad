// worker/weights.js — saved weights (a model file's layers, or a link's flat
// list) written into a new model, after checking every size.

/** The model's weights, copied (to keep across a data edit). */
export function currentWeights(model) {
  if (!model) return null;
  return { layers: model.layers().map((l) => ({ w: l.w.slice(), b: l.b.slice() })), quiet: true };
}

/** Write `wts` into model `m`; returns null, or a message naming what does
 *  not fit (then the model keeps its seeded weights). */
export function writeWeights(m, wts) {
  const layers = m.layers();
  const what = wts.from === 'link' ? 'link' : 'file';
  if (wts.layers) {
    const problem = layersProblem(layers, wts.layers, what);
    if (problem) return problem;
    layers.forEach((L, l) => { L.w.set(wts.layers[l].w); L.b.set(wts.layers[l].b); });
    return null;
  }
  const flat = wts.flat;
  const total = layers.reduce((n, L) => n + L.w.length + L.b.length, 0);
  if (!flat || flat.length !== total) {
    return `the model has ${total} weights and biases, the ${what} has ${flat ? flat.length : 0}`;
  }
  if (!flat.every(Number.isFinite)) return `the ${what}'s weights hold a value that is not a finite number`;
  let o = 0;
  for (const L of layers) {
    L.w.set(flat.subarray(o, o + L.w.length)); o += L.w.length;
    L.b.set(flat.subarray(o, o + L.b.length)); o += L.b.length;
  }
  return null;
}

function layersProblem(layers, saved, what) {
  if (saved.length !== layers.length) {
    return `the model has ${layers.length} weight layer${layers.length === 1 ? '' : 's'}, the ${what} has ${saved.length}`;
  }
  for (let l = 0; l < layers.length; l++) {
    const { w, b } = saved[l];
    if (w.length !== layers[l].w.length) {
      return `layer ${l + 1} expects ${layers[l].out}×${layers[l].in} weights, the ${what} has ${w.length}`;
    }
    if (b.length !== layers[l].b.length) return `layer ${l + 1} expects ${layers[l].out} biases, the ${what} has ${b.length}`;
    if (!Array.prototype.every.call(w, Number.isFinite) || !Array.prototype.every.call(b, Number.isFinite)) {
      return `layer ${l + 1} of the ${what} holds a value that is not a finite number`;
    }
  }
  return null;
}
