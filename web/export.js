// export.js — saving and sharing a run: the model as a JSON file (settings,
// layer sizes, weights, standardization, epoch) and reading it back, the loss
// history as CSV, weights packed into a link, and file downloads.
//
// Pure functions except download(), which needs a document. Readers throw an
// Error whose message says what is wrong in words a user can act on.

import { parseState, PARAMS, paramKind, engineLimit, formatNumberOrText } from './state.js';
import { fmtInt, fmtNumber } from './format.js';

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
    // Only what makes the model: the page's view, pace and lessons stay out.
    if (!isModelSetting(key)) continue;
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

// The keys a model file has (modelFile writes them all but `standardization`
// and `updates` may be missing from hand-made files).
const FILE_KEYS = ['format', 'version', 'config', 'sizes', 'layers', 'standardization', 'epoch', 'updates'];

/** Read a saved model's text, checking all of it before anything uses it.
 *  Returns { state, sizes, layers: [{ w, b }] (Float32Array), standardization,
 *  epoch, viewKeys } where viewKeys lists the file's view and page settings
 *  ({ key, value }),
 *  which a model does not own (the page ignores them and says so). Throws an
 *  Error saying, in the file's terms, the first thing that does not fit. */
export function readModelFile(text) {
  notBinary(text);
  let f;
  try {
    f = JSON.parse(text);
  } catch (e) {
    throw new Error(`the file is not a Downhill model file: it is not JSON text (${clip(e.message)})`, { cause: e });
  }
  if (!f || typeof f !== 'object' || Array.isArray(f) || f.format !== MODEL_FORMAT) {
    throw new Error('the file is not a Downhill model file (its "format" is not "downhill-model")');
  }
  for (const key of Object.keys(f)) {
    if (!FILE_KEYS.includes(key)) throw new Error(`the file has an unknown key "${clip(key)}" (a model file has ${FILE_KEYS.join(', ')})`);
  }
  if (f.version !== MODEL_VERSION) {
    const what = typeof f.version === 'number' ? `version ${fmtNumber(f.version)}` : `${JSON.stringify(f.version) === undefined ? 'no version' : `the text ${clip(JSON.stringify(f.version))}`}`;
    throw new Error(`"version" must be the number ${MODEL_VERSION} (this page reads model format version ${MODEL_VERSION}); the file has ${what}`);
  }
  if (!f.config || typeof f.config !== 'object' || Array.isArray(f.config)) throw new Error('the file has no "config" settings (an object)');
  const { state, viewKeys } = configState(f.config);
  const sizes = readSizes(f.sizes, state);
  if (!Array.isArray(f.layers) || f.layers.length !== sizes.length - 1) {
    throw new Error(`"sizes" describes ${sizes.length - 1} weight layer${sizes.length === 2 ? '' : 's'}, the file has ${Array.isArray(f.layers) ? f.layers.length : 0}`);
  }
  const layers = f.layers.map((l, i) => {
    const nin = sizes[i];
    const nout = sizes[i + 1];
    const w = weights(l && l.w, `layer ${i + 1} weights`);
    const b = weights(l && l.b, `layer ${i + 1} biases`);
    if (w.length !== nin * nout) throw new Error(`layer ${i + 1} expects ${nout}×${nin} weights, the file has ${w.length}`);
    if (b.length !== nout) throw new Error(`layer ${i + 1} expects ${nout} biases, the file has ${b.length}`);
    return { w, b };
  });
  return {
    state, sizes: sizes.slice(), layers, viewKeys,
    standardization: readStandardization(f.standardization, sizes[0]),
    epoch: count(f.epoch, 'epoch', engineLimit('maxEpochs')),
    updates: count(f.updates, 'updates', Number.MAX_SAFE_INTEGER),
  };
}

// A ZIP, a UTF-16 or other binary file renamed .json: say so, rather than
// quoting the JSON parser about its first odd byte.
function notBinary(text) {
  const s = String(text);
  const head = s.slice(0, 4096);
  // A UTF-16 byte-order mark read as UTF-8 is two replacement characters;
  // UTF-16 ASCII has a NUL byte beside every letter.
  const utf16 = /^(\uFEFF)?(\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF)/.test(s) || /^.?\0/.test(s);
  // eslint-disable-next-line no-control-regex
  const control = /[\x00-\x08\x0E-\x1F]/.test(head);
  const kind = s.startsWith('PK') ? 'a ZIP archive' : utf16 ? 'UTF-16 text or a binary file' : control ? 'a binary file' : null;
  if (kind) throw new Error(`the file is not a Downhill model file: it is ${kind}, not JSON text (save the model with "Save model" and load that .json file)`);
}

// "sizes": the layer widths, which must be the ones the settings make
// (inputs, the hidden layers of an mlp or none, outputs).
function readSizes(sizes, state) {
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new Error('"sizes" must list the layer widths as whole numbers, e.g. [2, 8, 8, 1]');
  }
  const d = sizes[0];
  const out = sizes[sizes.length - 1];
  if (d > engineLimit('maxFeatures')) throw new Error(`"sizes" starts with ${fmtNumber(d)} inputs; a model takes at most ${engineLimit('maxFeatures')}`);
  if (out > engineLimit('maxClasses')) throw new Error(`"sizes" ends with ${fmtNumber(out)} outputs; a model has at most ${engineLimit('maxClasses')}`);
  const hidden = sizes.slice(1, -1);
  const want = state.model === 'mlp' ? state.hidden : [];
  if (hidden.length !== want.length || hidden.some((n, i) => n !== want[i])) {
    const says = state.model === 'mlp' ? `hidden layers of ${want.join(', ')} units` : `a ${state.model} (no hidden layers)`;
    const has = hidden.length ? `hidden layers of ${hidden.join(', ')} units` : 'no hidden layers';
    throw new Error(`"sizes" [${sizes.join(', ')}] has ${has}, but "config" asks for ${says}`);
  }
  return sizes;
}

function readStandardization(st, d) {
  if (st === undefined) return null;
  if (!st || typeof st !== 'object') throw new Error('"standardization" must be { "mean": [...], "std": [...] }');
  const mean = numbers(st.mean, 'standardization mean', Infinity);
  const std = numbers(st.std, 'standardization std', Infinity);
  if (mean.length !== d || std.length !== d) {
    throw new Error(`the standardization must have ${d} means and standard deviations (one per input)`);
  }
  // float32, as the engine keeps them: a std below the smallest normal float32
  // divides every point to infinity.
  std.forEach((v, i) => {
    if (!(Math.fround(v) >= 1.1754944e-38)) throw new Error(`standardization std ${i + 1} is ${fmtNumber(st.std[i])}; it must be a positive number the engine can divide by (at least 1.2e-38)`);
  });
  return { mean: Array.from(mean), std: Array.from(std) };
}

// The file's settings through the URL rules, so they obey the same limits.
// View, page and lesson settings (and the pace) are the page's, not the
// model's: they come back in viewKeys, unused.
function configState(config) {
  const parts = [];
  const viewKeys = [];
  for (const [key, v] of Object.entries(config)) {
    if (!PARAMS.includes(key)) throw new Error(`"config" has an unknown setting "${clip(key)}"`);
    if (!isModelSetting(key)) { viewKeys.push({ key, value: v }); continue; }
    let text;
    // Lists (hidden's widths, inputs' feature names) as the link writes them.
    if (Array.isArray(v) && v.every((x) => typeof x === 'number' || (typeof x === 'string' && !x.includes(',')))) text = v.join(',');
    else if (typeof v === 'boolean') text = v ? '1' : '0';
    else if (typeof v === 'number' || typeof v === 'string') text = formatNumberOrText(v);
    else throw new Error(`setting "${key}" has an unreadable value (${clip(JSON.stringify(v) ?? String(v))})`);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  const { state, ignored } = parseState(parts.join('&'));
  if (ignored.length) throw new Error(`the settings are not valid: ${ignored.join(', ')}`);
  return { state, viewKeys };
}

// The settings a model file carries: data, model and live ones but the pace.
function isModelSetting(key) {
  return ['data', 'model', 'live'].includes(paramKind(key)) && key !== 'speed';
}

// A weight list: finite float32 numbers no larger than the engine's maxWeight.
function weights(v, what) {
  return numbers(v, what, engineLimit('maxWeight'));
}

function numbers(v, what, max) {
  if (!Array.isArray(v)) throw new Error(`${what} are missing (expected a list of numbers)`);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) {
      throw new Error(`${what}: entry ${i + 1} is ${typeof v[i] === 'number' ? fmtNumber(v[i]) : clip(JSON.stringify(v[i]) ?? String(v[i]))}, not a finite number`);
    }
    if (Math.abs(v[i]) > max) {
      throw new Error(`${what}: entry ${i + 1} is ${fmtNumber(v[i])}, beyond the ±${fmtNumber(max)} a saved weight may hold (a diverged or damaged model)`);
    }
    if (!Number.isFinite(Math.fround(v[i]))) {
      throw new Error(`${what}: entry ${i + 1} is ${fmtNumber(v[i])}, beyond what the engine's float32 numbers hold (±3.4e38)`);
    }
    out[i] = v[i];
  }
  return out;
}

// "epoch": a whole number the trainer can count to (missing: 0).
function count(v, what, max) {
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    const shown = typeof v === 'number' ? fmtNumber(v) : clip(JSON.stringify(v) ?? String(v));
    throw new Error(`"${what}" must be a whole number from 0 to ${fmtInt(max)}; the file has ${shown}`);
  }
  return v;
}

// A piece of the file quoted in a message stays short.
function clip(text) {
  const s = String(text);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
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
