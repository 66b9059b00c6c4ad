// export.js — saving and sharing a run: the model as a JSON file (settings,
// layer sizes, weights, standardization, epoch) and reading it back, the loss
// history as CSV, weights packed into a link, and file downloads.
//
// Pure functions except download(), which needs a document. Readers throw an
// Error whose message says what is wrong in words a user can act on.

import { parseState, PARAMS, formatNumberOrText } from './state.js';

export const MODEL_FORMAT = 'downhill-model';
export const MODEL_VERSION = 1;
export const URL_WARN_CHARS = 8000;   // many servers and chat apps cut longer links

/** Offer `blob` as a file called `name`: a Blob URL on a clicked <a download>,
 *  which works served and from file:// alike. */
export function download(doc, blob, name) {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The saved-model object for a state and a worker snapshot
 *  ({ sizes, layers: [{ w, b }], mean, std, epoch, updates }). */
export function modelFile(state, snap) {
  const config = {};
  for (const key of PARAMS) {
    // null means "the engine's default for this choice" (schedule γ): leave it out.
    if (state[key] !== null) config[key] = Array.isArray(state[key]) ? state[key].slice() : state[key];
  }
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    config,
    sizes: snap.sizes.slice(),
    layers: snap.layers.map((l) => ({ w: Array.from(l.w), b: Array.from(l.b) })),
    standardization: { mean: snap.mean.slice(), std: snap.std.slice() },
    epoch: snap.epoch,
    updates: snap.updates,
  };
}

/** Read a saved model's text. Returns { state, sizes, layers: [{ w, b }]
 *  (Float32Array), standardization, epoch }; throws on anything that does not fit. */
export function readModelFile(text) {
  let f;
  try {
    f = JSON.parse(text);
  } catch (e) {
    throw new Error(`the file is not JSON (${e.message})`, { cause: e });
  }
  if (!f || typeof f !== 'object' || f.format !== MODEL_FORMAT) {
    throw new Error('the file is not a Downhill model (its "format" is not "downhill-model")');
  }
  if (f.version !== MODEL_VERSION) throw new Error(`the file is model format version ${String(f.version)}; this page reads version ${MODEL_VERSION}`);
  if (!f.config || typeof f.config !== 'object') throw new Error('the file has no "config" settings');
  const state = configState(f.config);
  const sizes = f.sizes;
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new Error('"sizes" must list the layer widths, e.g. [2, 8, 8, 1]');
  }
  if (!Array.isArray(f.layers) || f.layers.length !== sizes.length - 1) {
    throw new Error(`"sizes" describes ${sizes.length - 1} weight layers, the file has ${Array.isArray(f.layers) ? f.layers.length : 0}`);
  }
  const layers = f.layers.map((l, i) => {
    const nin = sizes[i];
    const nout = sizes[i + 1];
    const w = numbers(l && l.w, `layer ${i + 1} weights`);
    const b = numbers(l && l.b, `layer ${i + 1} biases`);
    if (w.length !== nin * nout) throw new Error(`layer ${i + 1} expects ${nout}×${nin} weights, the file has ${w.length}`);
    if (b.length !== nout) throw new Error(`layer ${i + 1} expects ${nout} biases, the file has ${b.length}`);
    return { w, b };
  });
  const st = f.standardization;
  let standardization = null;
  if (st !== undefined) {
    const mean = numbers(st && st.mean, 'standardization mean');
    const std = numbers(st && st.std, 'standardization std');
    if (mean.length !== sizes[0] || std.length !== sizes[0]) {
      throw new Error(`the standardization must have ${sizes[0]} means and standard deviations (one per input)`);
    }
    if (!std.every((v) => v > 0)) throw new Error('a standardization std is not positive');
    standardization = { mean: Array.from(mean), std: Array.from(std) };
  }
  const epoch = Number.isInteger(f.epoch) && f.epoch >= 0 ? f.epoch : 0;
  return { state, sizes: sizes.slice(), layers, standardization, epoch };
}

// The file's settings through the URL rules, so they obey the same limits.
function configState(config) {
  const parts = [];
  for (const [key, v] of Object.entries(config)) {
    if (!PARAMS.includes(key)) continue; // a later version's setting: skip it
    let text;
    if (Array.isArray(v)) text = v.join(',');
    else if (typeof v === 'boolean') text = v ? '1' : '0';
    else if (typeof v === 'number' || typeof v === 'string') text = formatNumberOrText(v);
    else throw new Error(`setting "${key}" has an unreadable value`);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  const { state, ignored } = parseState(parts.join('&'));
  if (ignored.length) throw new Error(`the settings are not valid: ${ignored.join(', ')}`);
  return state;
}

function numbers(v, what) {
  if (!Array.isArray(v)) throw new Error(`${what} are missing (expected a list of numbers)`);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) {
      throw new Error(`${what}: entry ${i + 1} is not a finite number`);
    }
    out[i] = v[i];
  }
  return out;
}

/** The loss history as CSV: a header and one row per epoch. A value that is
 *  not finite (no test set) is an empty cell. */
export function historyCsv(records) {
  const cell = (v) => (Number.isFinite(v) ? String(v) : '');
  const rows = ['epoch,updates,train_loss,test_loss,train_acc,test_acc,lr'];
  for (const r of records) {
    rows.push([r.epoch, r.updates, r.trainLoss, r.testLoss, r.trainAcc, r.testAcc, r.lr].map(cell).join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** Weights [{ w, b }] as URL-safe base64 of their float32 bytes (little-endian),
 *  layer by layer, weights then biases. */
export function encodeWeights(layers) {
  const total = layers.reduce((n, l) => n + l.w.length + l.b.length, 0);
  const view = new DataView(new ArrayBuffer(total * 4));
  let o = 0;
  for (const l of layers) {
    for (const v of l.w) { view.setFloat32(o, v, true); o += 4; }
    for (const v of l.b) { view.setFloat32(o, v, true); o += 4; }
  }
  const bytes = new Uint8Array(view.buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The Float32Array a `weights` link value holds; throws when it is corrupt.
 *  Whether it fits the model is the worker's check. */
export function decodeWeights(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new Error('the weights in the link are damaged (not URL-safe base64)');
  }
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  if (bin.length === 0 || bin.length % 4 !== 0) throw new Error('the weights in the link are damaged (cut short)');
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const out = new Float32Array(bin.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/** Take the `weights` parameter out of a query ("?a=1&weights=..." or a
 *  fragment): { query: the rest, weights: its text or null }. */
export function splitWeightsParam(query) {
  const text = String(query || '').replace(/^[?#]/, '');
  let weights = null;
  const rest = text.split('&').filter((part) => {
    if (!part.startsWith('weights=')) return true;
    if (weights === null) weights = part.slice('weights='.length);
    return false;
  });
  return { query: rest.join('&'), weights };
}

/** A file name for a download: downhill-<what>-<dataset>-epoch<N>.<ext>. */
export function fileName(what, state, epoch, ext) {
  const data = String(state.dataset).replace(/[^a-z0-9]+/gi, '-');
  return `downhill-${what}-${data}-epoch${Math.max(0, Math.round(epoch || 0))}.${ext}`;
}
