// worker/data.js — the run's datasets: generated, from a CSV, or from points
// clicked on the plot, split and standardized, and described for the page.
//
// makeData(dh, cfg) -> { train, test, evalTest, info } (train null when the
// user's data cannot make a dataset yet: info.empty and `error` say why).
// evalTest is the test set the trainer evaluates at the end of every epoch:
// the test set itself, or a sample of EVAL_MAX of its rows when it is bigger. cfg is
// dataConfig(state) plus `custom` (protocol.js CustomSource), `digits` (the
// Digits mode's { labels, pixels }: worker/digits.js) and an optional
// `standardization` { mean, std } to use instead of the training set's own.

import { plainInputs } from '../state.js';
import { makeDigitsData } from './digits.js';

/** Test rows the trainer evaluates each epoch, at most: past this the
 *  per-epoch loss and accuracy are estimated on a sample, so an epoch's end
 *  costs the same whatever the file's size. */
export const EVAL_MAX = 5000;

const DEFAULT_BOUNDS = { x0: -6, x1: 6, y0: -6, y1: 6 };
const NO_POINTS = () => ({ x: new Float32Array(0), y: new Int32Array(0), n: 0 });

/** @param {any} dh  @param {any} cfg */
export function makeData(dh, cfg) {
  if (cfg.dataset === 'custom') return makeCustomData(dh, cfg);
  if (cfg.dataset === 'digits') return makeDigitsData(dh, cfg);
  const all = dh.generate(cfg.dataset, { count: cfg.count, noise: cfg.noise, seed: cfg.seed });
  return commitData(dh, cfg, all, viewBounds(cfg.dataset, all));
}

/** Free what makeData made. */
export function freeData(data) {
  if (!data) return;
  for (const ds of new Set([data.train, data.test, data.evalTest])) if (ds) ds.free();
}

// The user's data: a parsed CSV or clicked points. Fewer than two classes of
// points make no dataset: the page draws them and asks for more.
function makeCustomData(dh, cfg) {
  const src = cfg.custom;
  const points = !!src && src.kind === 'points';
  let all = null;
  if (src && src.kind === 'csv') {
    all = dh.parseCSV(src.bytes ?? src.text, { features: src.features, label: src.label, header: src.header ?? 'auto' });
  } else if (points && new Set(src.y).size >= 2) {
    all = dh.fromArrays({ x: src.x, y: src.y, d: 2, k: src.k, featureNames: src.featureNames });
  }
  if (!all) return noDataYet(src, points);
  const bounds = (points && src.bounds) || dataBounds(all);
  const names = src.classNames ? { classNames: classNamesFor(src.classNames, all.k) } : {};
  // More than two features: the view shows a slice, along any two of them.
  const ranges = all.d > 2 ? { ranges: featureRanges(all) } : {};
  return commitData(dh, { ...cfg, truthTable: points }, all, bounds, { points, ...names, ...ranges });
}

function noDataYet(src, points) {
  const x = points ? Float32Array.from(src.x) : new Float32Array(0);
  const y = points ? Int32Array.from(src.y) : new Int32Array(0);
  const k = points ? src.k : 2;
  const info = {
    dataset: 'custom', n: y.length, d: 2, k,
    featureNames: (points && src.featureNames) || ['x1', 'x2'],
    classNames: classNamesFor(points ? src.classNames : null, k),
    bounds: (points && src.bounds) || DEFAULT_BOUNDS,
    train: { x, y, n: y.length }, test: NO_POINTS(), truthTable: true,
    mean: [0, 0], std: [1, 1], trainN: y.length, points, empty: true,
  };
  const error = src ? 'Add points of at least two classes: pick a class, then click the plot.'
    : 'No data yet: upload a CSV file, or pick a class and click the plot to add points.';
  return { train: null, test: null, evalTest: null, info, error };
}

// Split (or not), describe and standardize `all`; `extra` is added to the
// description.
function commitData(dh, cfg, all, bounds, extra = {}) {
  // A truth table is its own test: every row is trained and checked.
  const { train, test } = cfg.truthTable ? { train: all, test: all } : all.split(cfg.testRatio, cfg.seed);
  // A regression set's points carry their targets (t), drawn on its colour scale.
  const points = (ds) => ({ x: ds.x.slice(), y: ds.y.slice(), n: ds.n, ...(ds.target ? { t: ds.target.slice() } : {}) });
  const info = {
    dataset: cfg.dataset,
    n: all.n, d: all.d, k: all.k,
    featureNames: all.featureNames.slice(), classNames: all.classNames.slice(),
    bounds,
    train: points(train),
    test: cfg.truthTable ? NO_POINTS() : points(test),
    truthTable: cfg.truthTable,
    regression: all.regression,
    valueScale: all.regression ? valueScale(all.target) : null,
  };
  const d = all.d, trainN = train.n;
  if (all !== train) all.free();
  if (cfg.inputs && !plainInputs(cfg.inputs) && d !== 2) {
    for (const ds of new Set([train, test])) ds.free();
    Object.assign(info, { mean: new Array(d).fill(0), std: new Array(d).fill(1), trainN, inputs: null, empty: true }, extra);
    return { train: null, test: null, evalTest: null, info, error: `Input features (x₁², sin x₁, …) are built from two coordinates; this data has ${d}. Choose the inputs x1, x2 for it.` };
  }
  const model = expandInputs(cfg.inputs, train, test);
  const ref = standardizationRef(dh, cfg.standardization, model.train.d);
  if (ref) { model.train.standardizeLike(ref); ref.free(); } else model.train.standardize();
  if (model.test !== model.train) model.test.standardizeLike(model.train);
  Object.assign(info, {
    mean: Array.from(model.train.mean), std: Array.from(model.train.std), trainN: model.train.n,
    inputs: model.inputs, inputNames: model.train.featureNames.slice(),
  }, extra);
  // Each input's own map, for the diagram's input units and the plot.
  // Every candidate feature's map too, for the diagram's unused inputs.
  if (d === 2) {
    Object.assign(info, {
      inputMaps: inputMaps(dh, info, model.inputs || ['x1', 'x2']), inputMapSize: INPUT_MAP,
      featureMaps: inputMaps(dh, info, dh.names.features, true),
    });
  }
  const evalTest = evalSample(model.test);
  Object.assign(info, { testN: model.test.n, evalN: evalTest.n });
  return { train: model.train, test: model.test, evalTest, info, error: null };
}

// The test set, or a seeded random sample of EVAL_MAX of its (already
// standardized) rows.
function evalSample(test) {
  if (test.n <= EVAL_MAX) return test;
  const { train: rest, test: sample } = test.split(EVAL_MAX / test.n, 1);
  rest.free();
  return sample;
}

// The datasets the model trains on: the points as they are for the plain
// inputs (x1, x2), else new datasets of the chosen features (the raw ones are
// freed). inputs is null in the plain case.
function expandInputs(inputs, train, test) {
  if (!inputs || plainInputs(inputs)) return { train, test, inputs: null };
  const ftrain = train.expand(inputs);
  const ftest = test === train ? ftrain : test.expand(inputs);
  for (const ds of new Set([train, test])) ds.free();
  return { train: ftrain, test: ftest, inputs: inputs.slice() };
}

/** Each model input over the picture's rectangle, INPUT_MAP cells a side,
 *  standardized as the model sees it and scaled to −1..1 for the diagram's
 *  and the plot's maps: Float32Array (inputs, INPUT_MAP, INPUT_MAP). The core
 *  expands the cells, as it does the points. With `own`, each feature is
 *  centred on its own mean over the cells instead (a feature the model does
 *  not use has no training mean), which is enough for a thumbnail. */
export const INPUT_MAP = 64;
function inputMaps(dh, info, features, own = false) {
  const s = INPUT_MAP, b = info.bounds;
  const raw = new Float32Array(2 * s * s);
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) {
      raw[2 * (r * s + c)] = b.x0 + ((c + 0.5) / s) * (b.x1 - b.x0);
      raw[2 * (r * s + c) + 1] = b.y1 - ((r + 0.5) / s) * (b.y1 - b.y0);
    }
  }
  const cells = dh.fromArrays({ x: raw, y: new Int32Array(s * s), d: 2 });
  const ex = cells.expand(features);
  const x = ex.x, k = ex.d;
  const out = new Float32Array(k * s * s);
  for (let j = 0; j < k; j++) {
    let mean = 0;
    if (own) for (let i = 0; i < s * s; i++) mean += x[i * k + j] / (s * s);
    const mu = own ? mean : info.mean[j], sd = own ? 1 : info.std[j];
    let m = 1e-9;
    for (let i = 0; i < s * s; i++) m = Math.max(m, Math.abs((x[i * k + j] - mu) / sd));
    for (let i = 0; i < s * s; i++) out[j * s * s + i] = (x[i * k + j] - mu) / sd / m;
  }
  ex.free();
  cells.free();
  return out;
}

/** A regression set's colour scale: symmetric around 0, out to its largest
 *  |target| rounded up to a tenth, so 0 is the neutral colour and the sign reads
 *  at a glance.
 *  @param {Float32Array} t  @returns {{ lo: number, hi: number }} */
export function valueScale(t) {
  let m = 0;
  for (let i = 0; i < t.length; i++) if (Math.abs(t[i]) > m) m = Math.abs(t[i]);
  m = Math.max(0.1, Math.ceil(m * 10) / 10);
  return { lo: -m, hi: m };
}

// A one-point dataset carrying given standardization statistics, or null when
// there are none or they do not fit (then the data's own are used).
function standardizationRef(dh, st, d) {
  if (!st || !Array.isArray(st.mean) || !Array.isArray(st.std)) return null;
  if (st.mean.length !== d || st.std.length !== d) return null;
  if (!st.mean.every(Number.isFinite) || !st.std.every((v) => Number.isFinite(v) && v > 0)) return null;
  const ref = dh.fromArrays({ x: new Float32Array(d), y: [0], d });
  ref.mean.set(st.mean);
  ref.std.set(st.std);
  return ref;
}

/** A point in original units, standardized as the model sees it: (v − mean) / std. */
export function toModelUnits(info, v, j) {
  return (v - info.mean[j]) / info.std[j];
}

/** The picture's rectangle in model units (the 1-feature case spans 0..1 in y). */
export function modelBox(info) {
  const b = info.bounds;
  const z = (v, j) => toModelUnits(info, v, j);
  return { x0: z(b.x0, 0), x1: z(b.x1, 0), y0: info.d > 1 ? z(b.y0, 1) : 0, y1: info.d > 1 ? z(b.y1, 1) : 1 };
}

// The picture's rectangle in original units: admissions on its 0..10 scale,
// truth tables around 0 and 1, the rest a symmetric square around the data.
export function viewBounds(name, ds) {
  if (name === 'admissions') return { x0: 0, x1: 10, y0: 0, y1: 10 };
  if (['and', 'or', 'not', 'xor4'].includes(name)) return { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 };
  const { lo, hi } = ds.bounds();
  let m = 1;
  for (let j = 0; j < ds.d; j++) m = Math.max(m, Math.abs(lo[j]), Math.abs(hi[j]));
  m = Math.ceil(m * 1.05);
  return { x0: -m, x1: m, y0: -m, y1: m };
}

// A CSV's picture: each axis spans its data with an 8% margin.
export function dataBounds(ds) {
  const ranges = featureRanges(ds);
  const [x0, x1] = ranges[0];
  const [y0, y1] = ds.d > 1 ? ranges[1] : [0, 1];
  return { x0, x1, y0, y1 };
}

/** Each feature's span with an 8% margin, [lo, hi] in original units: the
 *  axes of any two-feature slice of the data. */
export function featureRanges(ds) {
  const { lo, hi } = ds.bounds();
  return lo.map((l, j) => {
    const span = hi[j] - l;
    const pad = span > 0 ? span * 0.08 : Math.max(1, Math.abs(l) * 0.1);
    return [l - pad, hi[j] + pad];
  });
}

/** The slice the view shows of data with more than two features: the two
 *  features on the axes and every feature's held value (those on the axes are
 *  unused), by default the first two across and up, the others at their
 *  training mean. Null for two features or fewer (no slice: the plain map). */
export function defaultSlice(info) {
  if (info.d <= 2 || !info.ranges) return null;
  return { axes: [0, 1], held: info.mean.slice() };
}

/** `slice` checked against `info`: axes two different features, held d
 *  finite numbers; null when it does not fit (a slice of older data). */
export function fitSlice(info, slice) {
  if (!slice || info.d <= 2 || !info.ranges) return null;
  const { axes, held } = slice;
  const feature = (j) => Number.isInteger(j) && j >= 0 && j < info.d;
  if (!Array.isArray(axes) || axes.length !== 2 || !axes.every(feature) || axes[0] === axes[1]) return null;
  if (!Array.isArray(held) || held.length !== info.d || !held.every(Number.isFinite)) return null;
  return { axes: axes.slice(), held: held.slice() };
}

function classNamesFor(names, k) {
  const out = [];
  for (let c = 0; c < k; c++) out.push(names && names[c] !== undefined ? names[c] : String(c));
  return out;
}
