// worker.js — the training loop, off the main thread.
//
// serveTrainer(scope, load) owns one downhill.js instance (from `load()`), the
// datasets and the trainer. It trains in chunks sized to a time budget, yields
// between chunks so messages (pause, a new learning rate) are handled at once,
// and posts a frame — metrics, new history records, the decision grid, hidden
// unit maps and weights — whenever the page has drawn the previous one.
//
// Protocol, page -> worker: { type: 'init' | 'data' | 'config' | 'live' | 'play'
// | 'pause' | 'step' | 'reset' | 'reseed' | 'speed' | 'view' | 'ack' |
// 'thumbs' | 'rpc' | 'lesson-dispose' | 'load', ... }. Worker -> page: 'ready', 'data',
// 'model', 'frame', 'thumbs', 'rpc', 'error'. An 'rpc' runs one lesson op
// (lessons/ops.js) and answers { type: 'rpc', id, ok, result | message }; the
// playground's own ops (playOps: CSV check, model snapshot, history, grid) use
// the same path under the lesson id PLAY_OPS_ID.
//
// Data 'custom' (dataConfig + custom: { kind: 'csv', text, features, label } or
// { kind: 'points', x, y, k, bounds, featureNames, classNames }) is the user's:
// a CSV (split by the training share) or points clicked on the plot (trained
// and measured on every point). 'load' rebuilds data and model at once, with
// optional standardization { mean, std } and weights ({ layers: [{ w, b }] } or
// { flat }) written into the new model.

import { LESSON_OPS } from './lessons/ops.js';

export const PLAY_OPS_ID = 'playground';

const BUDGET_MS = 10;          // training time per chunk at full speed
const GRID = 200;              // decision map resolution (cells per side)
const THUMB = 24;              // hidden-unit thumbnail resolution
const MAX_UNIT_FLOATS = 4e6;   // cap on the full-size hidden planes buffer
const THUMBS_EVERY_MS = 60;    // hidden thumbnails at most this often
// Batches per tick for the slower speeds (1..4); speed 5 uses the time budget.
const SPEED_BATCHES = [0, 1, 4, 20, 100];

export function serveTrainer(scope, load) {
  const post = (msg, transfer) => scope.postMessage(msg, transfer || []);
  const s = {
    dh: null,
    data: null,          // { all, train, test, info }
    model: null,
    config: null,        // trainerConfig of the model
    dataCfg: null,
    running: false,
    speed: 5,
    pageReady: true,     // the page has drawn the last frame
    pendingFrame: false,
    historyFrom: 0,
    selectedUnit: -1,
    batchesPerChunk: 8,
    examples: 0,         // examples trained since the last frame
    examplesTime: 0,     // training ms since the last frame
    lastThumbs: -1e9,
    loopScheduled: false,
    error: null,
    gen: 0,              // the page's run generation, echoed so it drops stale frames
    run: 0,              // the page's count of play/pause/step commands, echoed likewise
    lessonStores: {},    // lesson id -> what its ops keep between calls
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { s.loopScheduled = false; loop(); };
  const schedule = () => {
    if (!s.loopScheduled) { s.loopScheduled = true; channel.port2.postMessage(0); }
  };

  const ready = (async () => {
    try {
      s.dh = await load();
      post({ type: 'ready', variant: s.dh.variant, datasetNames: s.dh.datasetNames.slice(),
        scheduleDefaults: s.dh.defaults.schedules, limits: s.dh.limits });
    } catch (e) {
      post({ type: 'error', where: 'load', message: messageOf(e) });
      throw e;
    }
  })();

  scope.onmessage = async (ev) => {
    await ready.catch(() => {});
    if (!s.dh) return;
    if (ev.data && ev.data.type === 'rpc') { answerRpc(ev.data); return; }
    try {
      handle(ev.data);
    } catch (e) {
      post({ type: 'error', where: ev.data && ev.data.type, message: messageOf(e) });
    }
  };

  function handle(msg) {
    if (msg.gen !== undefined) s.gen = msg.gen;
    if (msg.run !== undefined) s.run = msg.run;
    switch (msg.type) {
      case 'init':
        s.speed = msg.speed || s.speed;
        s.selectedUnit = msg.selectedUnit ?? -1;
        makeData(msg.data);
        makeModel(msg.config, msg.weights);
        break;
      case 'data': {
        const keep = msg.keepWeights ? currentWeights() : null;
        makeData(msg.data);
        makeModel(s.config, keep);
        break;
      }
      case 'load':
        makeData(msg.data);
        makeModel(msg.config || s.config, msg.weights);
        break;
      case 'config':
        makeModel(msg.config);
        break;
      case 'live':
        applyLive(msg.changes);
        sendFrame(true);
        break;
      case 'play':
        if (!s.model || isStopped(s.model.status)) { sendFrame(true); break; }
        s.running = true;
        s.pageReady = true;
        schedule();
        break;
      case 'pause':
        s.running = false;
        sendFrame(true);
        break;
      case 'step':
        s.running = false;
        if (s.model && !isStopped(s.model.status)) {
          const t0 = now();
          const before = s.model.updates;
          if (msg.unit === 'epoch') s.model.stepEpochs(1); else s.model.stepBatches(1);
          countExamples(s.model.updates - before, now() - t0);
        }
        sendFrame(true);
        break;
      case 'reset':
        s.running = false;
        if (s.model) { s.model.reset(); s.historyFrom = 0; }
        sendFrame(true);
        break;
      case 'reseed':
        s.running = false;
        if (s.model) { s.model.reseed(msg.seed); s.config.seed = msg.seed; s.historyFrom = 0; }
        sendFrame(true);
        break;
      case 'speed':
        s.speed = msg.speed;
        break;
      case 'view':
        s.selectedUnit = msg.selectedUnit;
        s.lastThumbs = -1e9;
        sendFrame(true);
        break;
      case 'ack':
        s.pageReady = true;
        if (s.pendingFrame) sendFrame(false);
        if (s.running) schedule();
        break;
      case 'thumbs':
        sendThumbs(msg.noise);
        break;
      case 'lesson-dispose':
        disposeLesson(msg.lesson);
        break;
      default:
        throw new Error(`unknown message ${msg.type}`);
    }
  }

  function answerRpc({ id, lesson, op, args }) {
    try {
      const ops = lesson === PLAY_OPS_ID ? playOps : LESSON_OPS[lesson];
      if (!ops || typeof ops[op] !== 'function' || op === 'dispose') {
        throw new Error(`unknown lesson operation ${lesson}.${op}`);
      }
      s.lessonStores[lesson] ??= {};
      const result = ops[op](s.dh, args ?? {}, s.lessonStores[lesson]);
      post({ type: 'rpc', id, ok: true, result });
    } catch (e) {
      post({ type: 'rpc', id, ok: false, message: messageOf(e) });
    }
  }

  function disposeLesson(lesson) {
    const store = s.lessonStores[lesson];
    if (!store) return;
    delete s.lessonStores[lesson];
    LESSON_OPS[lesson]?.dispose?.(s.dh, store);
  }

  function isStopped(status) {
    return status === 'diverged' || status === 'early-stopped' || status === 'converged';
  }

  function freeData() {
    if (!s.data) return;
    const { all, train, test } = s.data;
    for (const ds of new Set([all, train, test])) if (ds) ds.free();
    s.data = null;
  }

  function makeData(cfg) {
    s.running = false;
    if (cfg.dataset === 'custom') { makeCustomData(cfg); return; }
    if (s.model) { s.model.free(); s.model = null; }
    freeData();
    s.dataCfg = cfg;
    const all = s.dh.generate(cfg.dataset, { count: cfg.count, noise: cfg.noise, seed: cfg.seed });
    commitData(cfg, all, viewBounds(cfg.dataset, all));
  }

  // The user's data: a parsed CSV or clicked points. Fewer than two classes of
  // points make no dataset: the page draws them and asks for more.
  function makeCustomData(cfg) {
    const src = cfg.custom;
    let all = null;
    if (src && src.kind === 'csv') {
      all = s.dh.parseCSV(src.text, { features: src.features, label: src.label });
    } else if (src && new Set(src.y).size >= 2) {
      all = s.dh.fromArrays({ x: src.x, y: src.y, d: 2, k: src.k, featureNames: src.featureNames });
    }
    if (s.model) { s.model.free(); s.model = null; }
    freeData();
    s.dataCfg = cfg;
    const points = src && src.kind === 'points';
    if (!all) {
      const x = points ? Float32Array.from(src.x) : new Float32Array(0);
      const y = points ? Int32Array.from(src.y) : new Int32Array(0);
      const empty = { x: new Float32Array(0), y: new Int32Array(0), n: 0 };
      const k = points ? src.k : 2;
      const info = {
        dataset: 'custom', n: y.length, d: 2, k,
        featureNames: (points && src.featureNames) || ['x1', 'x2'],
        classNames: classNamesFor(points ? src.classNames : null, k),
        bounds: (points && src.bounds) || DEFAULT_BOUNDS,
        train: { x, y, n: y.length }, test: empty, truthTable: true,
        mean: [0, 0], std: [1, 1], trainN: y.length, points, empty: true,
      };
      s.data = { all: null, train: null, test: null, info };
      post({ type: 'data', info, gen: s.gen });
      s.error = src ? 'Add points of at least two classes: pick a class, then click the plot.'
        : 'No data yet: upload a CSV file, or pick a class and click the plot to add points.';
      post({ type: 'model', error: s.error, empty: true, gen: s.gen });
      return;
    }
    const bounds = (points && src.bounds) || dataBounds(all);
    const names = src.classNames ? { classNames: classNamesFor(src.classNames, all.k) } : {};
    commitData({ ...cfg, truthTable: points }, all, bounds, { points, ...names });
  }

  // Split (or not), describe and standardize `all`, then tell the page; `extra`
  // is added to the description.
  function commitData(cfg, all, bounds, extra = {}) {
    let train;
    let test;
    if (cfg.truthTable) {
      // A truth table is its own test: every row is trained and checked.
      train = all;
      test = all;
    } else {
      ({ train, test } = all.split(cfg.testRatio, cfg.seed));
    }
    const points = (ds) => ({ x: ds.x.slice(), y: ds.y.slice(), n: ds.n });
    const info = {
      dataset: cfg.dataset,
      n: all.n, d: all.d, k: all.k,
      featureNames: all.featureNames.slice(), classNames: all.classNames.slice(),
      bounds,
      train: points(train),
      test: cfg.truthTable ? { x: new Float32Array(0), y: new Int32Array(0), n: 0 } : points(test),
      truthTable: cfg.truthTable,
    };
    const ref = standardizationRef(cfg.standardization, train.d);
    if (ref) { train.standardizeLike(ref); ref.free(); } else train.standardize();
    if (test !== train) test.standardizeLike(train);
    info.mean = Array.from(train.mean);
    info.std = Array.from(train.std);
    info.trainN = train.n;
    Object.assign(info, extra);
    if (all !== train) all.free();
    s.data = { all: null, train, test, info };
    post({ type: 'data', info, gen: s.gen });
  }

  // A one-point dataset carrying given standardization statistics, or null when
  // there are none or they do not fit (then the data's own are used).
  function standardizationRef(st, d) {
    if (!st || !Array.isArray(st.mean) || !Array.isArray(st.std)) return null;
    if (st.mean.length !== d || st.std.length !== d) return null;
    if (!st.mean.every(Number.isFinite) || !st.std.every((v) => Number.isFinite(v) && v > 0)) return null;
    const ref = s.dh.fromArrays({ x: new Float32Array(d), y: [0], d });
    ref.mean.set(st.mean);
    ref.std.set(st.std);
    return ref;
  }

  function currentWeights() {
    if (!s.model) return null;
    return { layers: s.model.layers().map((l) => ({ w: l.w.slice(), b: l.b.slice() })), quiet: true };
  }

  function makeModel(config, weights = null) {
    s.running = false;
    if (s.model) { s.model.free(); s.model = null; }
    s.config = { ...config };
    s.historyFrom = 0;
    const { train, test } = s.data;
    if (!train) return; // no usable data: makeCustomData said why
    s.error = null;
    try {
      s.model = s.dh.createTrainer(s.config, train, test === train ? train : test);
    } catch (e) {
      s.error = messageOf(e);
      post({ type: 'model', error: s.error, gen: s.gen });
      return;
    }
    const layers = s.model.layers();
    const sizes = [layers[0].in, ...layers.map((l) => l.out)];
    const weightsError = weights ? writeWeights(s.model, weights) : null;
    const loaded = weights && !weights.quiet ? { ok: !weightsError, error: weightsError, from: weights.from } : null;
    post({ type: 'model', sizes, model: config.model, gen: s.gen, weights: loaded });
    sendFrame(true);
  }

  // Write saved weights into a new model after checking every size; returns a
  // message naming what does not fit (the model keeps its seeded weights).
  function writeWeights(m, wts) {
    const layers = m.layers();
    const what = wts.from === 'link' ? 'link' : 'file';
    if (wts.layers) {
      if (wts.layers.length !== layers.length) {
        return `the model has ${layers.length} weight layer${layers.length === 1 ? '' : 's'}, the ${what} has ${wts.layers.length}`;
      }
      for (let l = 0; l < layers.length; l++) {
        const { w, b } = wts.layers[l];
        if (w.length !== layers[l].w.length) {
          return `layer ${l + 1} expects ${layers[l].out}×${layers[l].in} weights, the ${what} has ${w.length}`;
        }
        if (b.length !== layers[l].b.length) return `layer ${l + 1} expects ${layers[l].out} biases, the ${what} has ${b.length}`;
        if (!w.every(Number.isFinite) || !b.every(Number.isFinite)) return `layer ${l + 1} of the ${what} holds a value that is not a finite number`;
      }
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

  // The playground's own worker ops, answered like lesson ops.
  const playOps = {
    // Parse a CSV with the engine, only to check it; the message of a failure
    // names the row and column.
    csvCheck(dh, { text, features, label }) {
      const ds = dh.parseCSV(text, { features, label });
      try {
        return { n: ds.n, d: ds.d, k: ds.k, featureNames: ds.featureNames, classNames: ds.classNames };
      } finally {
        ds.free();
      }
    },
    // Everything a saved model needs: sizes, weights, standardization, epoch.
    snapshot() {
      if (!s.model) throw new Error(s.error || 'there is no model to save');
      const m = s.model;
      return {
        sizes: m.sizes,
        layers: m.layers().map((l) => ({ in: l.in, out: l.out, w: Array.from(l.w), b: Array.from(l.b) })),
        mean: s.data.info.mean.slice(), std: s.data.info.std.slice(),
        epoch: m.epoch, updates: m.updates,
      };
    },
    history() {
      return s.model ? s.model.history(0) : [];
    },
    // The model's outputs on a small grid over the picture (tests compare runs).
    grid(dh, { size = 16 } = {}) {
      if (!s.model) return null;
      const info = s.data.info;
      const b = info.bounds;
      const z = (v, j) => (v - info.mean[j]) / info.std[j];
      const g = s.model.evalGrid({ x0: z(b.x0, 0), x1: z(b.x1, 0), y0: z(b.y0, 1), y1: z(b.y1, 1), width: size, height: size, hidden: false });
      return Array.from(g.output);
    },
  };

  function applyLive(c) {
    if (!s.model) return;
    const m = s.model;
    if ('lr' in c) m.setLearningRate(c.lr);
    if ('batch' in c) m.setBatchSize(c.batch);
    if ('optimizer' in c) m.setOptimizer(c.optimizer);
    if ('reg' in c) m.setRegularization(c.reg.kind, c.reg.rate);
    if ('dropout' in c) m.setDropout(c.dropout);
    if ('schedule' in c) m.setSchedule(c.schedule);
    if ('patience' in c) m.setPatience(c.patience);
    Object.assign(s.config, c.config || {});
  }

  function countExamples(updates, ms) {
    const n = s.data ? s.data.train.n : 0;
    s.examples += updates * Math.min(s.config.batch, n);
    s.examplesTime += ms;
  }

  // One chunk of training, then a frame if the page is ready.
  function loop() {
    if (!s.running || !s.model) return;
    const m = s.model;
    const t0 = now();
    const before = m.updates;
    if (s.speed >= 5) {
      m.stepBatches(s.batchesPerChunk);
      const dt = now() - t0;
      // Adapt the chunk to the budget, smoothly and within sane limits.
      const ideal = s.batchesPerChunk * BUDGET_MS / Math.max(dt, 0.05);
      s.batchesPerChunk = Math.max(1, Math.min(1 << 20, Math.round(0.5 * s.batchesPerChunk + 0.5 * ideal)));
    } else {
      m.stepBatches(SPEED_BATCHES[s.speed]);
    }
    countExamples(m.updates - before, now() - t0);
    if (isStopped(m.status)) s.running = false;
    sendFrame(false);
    // Full speed trains on while the page draws; slower speeds wait for its ack.
    if (s.running && (s.speed >= 5 || s.pageReady)) schedule();
  }

  function sendFrame(force) {
    if (!s.model && !s.error) return;
    if (!s.pageReady && !force) { s.pendingFrame = true; return; }
    s.pendingFrame = false;
    s.pageReady = false;
    if (!s.model) return;
    const m = s.model;
    const info = s.data.info;
    const transfer = [];
    const b = info.bounds;
    const toModel = (v, j) => (v - info.mean[j]) / info.std[j];
    const box = {
      x0: toModel(b.x0, 0), x1: toModel(b.x1, 0),
      y0: info.d > 1 ? toModel(b.y0, 1) : 0, y1: info.d > 1 ? toModel(b.y1, 1) : 1,
    };
    const g = m.evalGrid({ ...box, width: GRID, height: GRID, hidden: false });
    const grid = g.output.slice();
    transfer.push(grid.buffer);
    let thumbs = null;
    let unitMap = null;
    let unitSize = 0;
    const t = now();
    const hiddenUnits = g.hiddenUnits;
    if (hiddenUnits > 0 && (force || t - s.lastThumbs >= THUMBS_EVERY_MS)) {
      s.lastThumbs = t;
      const h = m.evalGrid({ ...box, width: THUMB, height: THUMB, hidden: true });
      thumbs = h.hidden.slice();
      transfer.push(thumbs.buffer);
      if (s.selectedUnit >= 0 && s.selectedUnit < hiddenUnits) {
        unitSize = Math.max(32, Math.min(GRID, Math.floor(Math.sqrt(MAX_UNIT_FLOATS / hiddenUnits))));
        const big = m.evalGrid({ ...box, width: unitSize, height: unitSize, hidden: true });
        const plane = unitSize * unitSize;
        unitMap = big.hidden.slice(s.selectedUnit * plane, (s.selectedUnit + 1) * plane);
        transfer.push(unitMap.buffer);
      }
    }
    const weights = m.layers().map((l) => ({ in: l.in, out: l.out, w: l.w.slice(), b: l.b.slice() }));
    const history = m.epoch > s.historyFrom ? m.history(s.historyFrom) : [];
    s.historyFrom = m.epoch;
    const rate = s.examplesTime > 0 ? (s.examples / s.examplesTime) * 1000 : 0;
    s.examples = 0;
    s.examplesTime = 0;
    post({
      type: 'frame',
      gen: s.gen,
      run: s.run,
      status: m.status,
      running: s.running,
      epoch: m.epoch,
      updates: m.updates,
      lrNow: m.lrNow,
      divergedEpoch: m.divergedEpoch,
      history,
      grid, gridSize: GRID, nOutputs: g.nOutputs,
      thumbs, thumbSize: THUMB, hiddenUnits,
      unitMap, unitSize, selectedUnit: s.selectedUnit,
      weights,
      gradNorms: Array.from(m.layerGradNorms()),
      examplesPerSecond: rate,
      heapBytes: s.dh.heapBytes(), // wasm memory size and allocator top, for the soak benchmark
      heapTop: s.dh.heapTop(),
    }, transfer);
  }

  // Small pictures of every dataset for the picker, in original units.
  function sendThumbs(noise) {
    const list = [];
    for (const name of s.dh.datasetNames) {
      const ds = s.dh.generate(name, { count: 160, noise: noise ?? 0.1, seed: 1 });
      list.push({ name, d: ds.d, k: ds.k, x: ds.x.slice(), y: ds.y.slice(), bounds: viewBounds(name, ds) });
      ds.free();
    }
    post({ type: 'thumbs', list });
  }

  return { state: s };
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

const DEFAULT_BOUNDS = { x0: -6, x1: 6, y0: -6, y1: 6 };

// A CSV's picture: each axis spans its data with an 8% margin.
export function dataBounds(ds) {
  const { lo, hi } = ds.bounds();
  const axis = (j) => {
    const span = hi[j] - lo[j];
    const pad = span > 0 ? span * 0.08 : Math.max(1, Math.abs(lo[j]) * 0.1);
    return [lo[j] - pad, hi[j] + pad];
  };
  const [x0, x1] = axis(0);
  const [y0, y1] = ds.d > 1 ? axis(1) : [0, 1];
  return { x0, x1, y0, y1 };
}

function classNamesFor(names, k) {
  const out = [];
  for (let c = 0; c < k; c++) out.push(names && names[c] !== undefined ? names[c] : String(c));
  return out;
}

function now() {
  return performance.now();
}

function messageOf(e) {
  return e && e.message ? e.message : String(e);
}
