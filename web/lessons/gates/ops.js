// gates/ops.js — worker-side computations of the "Logic gates & XOR" lesson.
//
// Ops:
//   gate({ name, w, b })       one perceptron on a truth table ('and' | 'or' |
//                              'not'): { rows: [{ x, target, z, out }] }
//   xorPerceptron({ epochs, lr }) the perceptron trained on xor4 for `epochs`
//                              epochs: { epochs, converged, wrong, fewest, w, b,
//                              points: [{ x, target, out }], recent: [{ w, b }] }
//   mlpReset({ seed }), mlpTrain({ epochs, seed }), mlpCompose()
//                              a 2-2-1 sigmoid network on xor4 (adam); each
//                              returns its snapshot (see snapshot below)
// The store keeps the xor4 dataset and the network between calls.
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

// XOR = AND(OR, NAND). Weights of ±20 push sigmoid's input to ±10 or beyond
// on every row, where σ is within 5e-5 of 0 or 1: a step, near enough.
const COMPOSE = {
  hiddenW: [20, 20, -20, -20],   // unit 1: OR,  unit 2: NAND (rows of W, out × in)
  hiddenB: [-10, 30],
  outW: [20, 20],                // AND of the two hidden units
  outB: [-30],
};
const RECENT = 8;               // epochs whose end lines xorPerceptron reports
const MLP = { model: 'mlp', hidden: [2], activation: 'sigmoid', optimizer: 'adam', lr: 0.1, batch: 4 };

function truthTable(dh, store) {
  store.xor ??= dh.generate('xor4', {});
  return store.xor;
}

function rowsOf(ds) {
  const rows = [];
  for (let i = 0; i < ds.n; i++) rows.push({ x: Array.from(ds.x.subarray(i * ds.d, (i + 1) * ds.d)), target: ds.y[i] });
  return rows;
}

function network(dh, store, seed) {
  if (store.mlp && store.seed === seed) return store.mlp;
  store.mlp?.free();
  store.mlp = null;
  store.mlp = dh.createTrainer({ ...MLP, seed }, truthTable(dh, store));
  store.seed = seed;
  return store.mlp;
}

/** Everything the page draws of the network: each unit's line w·x + b = 0,
 *  the hidden activations and output for each row, loss and accuracy. */
function snapshot(dh, store) {
  const m = store.mlp;
  const [hidden, out] = m.layers();
  const units = [];
  for (let j = 0; j < hidden.out; j++) {
    units.push({ w: Array.from(hidden.w.subarray(j * hidden.in, (j + 1) * hidden.in)), b: hidden.b[j] });
  }
  const rows = rowsOf(store.xor).map((r) => {
    const h = units.map((u) => dh.sigmoid(u.w[0] * r.x[0] + u.w[1] * r.x[1] + u.b));
    return { ...r, h, out: m.predict(r.x)[0] };
  });
  const { loss, accuracy } = m.evaluate(store.xor);
  return {
    units, output: { w: Array.from(out.w), b: out.b[0] }, rows,
    loss, accuracy, epoch: m.epoch, seed: store.seed,
  };
}

export const gatesOps = defineOps(OPS, {
  gate(dh, { name, w, b }) {
    if (!['and', 'or', 'not'].includes(name)) throw new Error(`unknown gate ${name}`);
    const ds = dh.generate(name, {});
    try {
      const rows = rowsOf(ds).map((r) => ({
        ...r,
        z: r.x.reduce((sum, xi, i) => sum + w[i] * xi, b),
        out: dh.perceptronPredict(w, b, r.x),
      }));
      return { rows };
    } finally {
      ds.free();
    }
  },

  xorPerceptron(dh, { epochs, lr }, store) {
    const ds = truthTable(dh, store);
    const p = dh.createTrainer({ model: 'perceptron', lr, batch: 1, seed: 1 }, ds);
    try {
      let fewest = ds.n;
      let wrong = ds.n;
      const recent = [];      // the line at the end of each of the last epochs
      for (let e = 0; e < epochs && p.status !== 'converged'; e++) {
        p.stepEpochs(1);
        wrong = Math.round((1 - p.evaluate(ds).accuracy) * ds.n);
        fewest = Math.min(fewest, wrong);
        if (e >= epochs - RECENT) {
          const [l] = p.layers();
          recent.push({ w: Array.from(l.w), b: l.b[0] });
        }
      }
      const [layer] = p.layers();
      const w = Array.from(layer.w), b = layer.b[0];
      const points = rowsOf(ds).map((r) => ({ ...r, out: dh.perceptronPredict(w, b, r.x) }));
      return { epochs: p.epoch, converged: p.status === 'converged', wrong, fewest, w, b, points, recent };
    } finally {
      p.free();
    }
  },

  mlpReset(dh, { seed }, store) {
    network(dh, store, seed).reset();
    return snapshot(dh, store);
  },

  mlpTrain(dh, { epochs, seed }, store) {
    const m = network(dh, store, seed);
    if (epochs > 0) m.stepEpochs(epochs);
    return snapshot(dh, store);
  },

  mlpCompose(dh, { seed }, store) {
    // Hand-set weights start a fresh count: without the reset the status kept
    // the epochs trained before ("Epoch 500") and the optimizer's old state.
    const m = network(dh, store, seed);
    m.reset();
    const [hidden, out] = m.layers();
    hidden.w.set(COMPOSE.hiddenW);
    hidden.b.set(COMPOSE.hiddenB);
    out.w.set(COMPOSE.outW);
    out.b.set(COMPOSE.outB);
    return snapshot(dh, store);
  },

  dispose(dh, store) {
    store.mlp?.free();
    store.xor?.free();
    store.mlp = null;
    store.xor = null;
  },
});
