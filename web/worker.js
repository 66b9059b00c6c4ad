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
// 'thumbs' | 'rpc' | 'lesson-dispose', ... }. Worker -> page: 'ready', 'data',
// 'model', 'frame', 'thumbs', 'rpc', 'error'. An 'rpc' runs one lesson op
// (lessons/ops.js) and answers { type: 'rpc', id, ok, result | message }.

import { LESSON_OPS } from './lessons/ops.js';

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
      post({ type: 'ready', variant: s.dh.variant, datasetNames: s.dh.datasetNames.slice() });
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
    switch (msg.type) {
      case 'init':
        s.speed = msg.speed || s.speed;
        s.selectedUnit = msg.selectedUnit ?? -1;
        makeData(msg.data);
        makeModel(msg.config);
        break;
      case 'data':
        makeData(msg.data);
        makeModel(s.config);
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
    const ops = LESSON_OPS[lesson];
    try {
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
    if (s.model) { s.model.free(); s.model = null; }
    freeData();
    s.dataCfg = cfg;
    const all = s.dh.generate(cfg.dataset, { count: cfg.count, noise: cfg.noise, seed: cfg.seed });
    const bounds = viewBounds(cfg.dataset, all);
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
    train.standardize();
    if (test !== train) test.standardizeLike(train);
    info.mean = Array.from(train.mean);
    info.std = Array.from(train.std);
    info.trainN = train.n;
    if (all !== train) all.free();
    s.data = { all: null, train, test, info };
    post({ type: 'data', info, gen: s.gen });
  }

  function makeModel(config) {
    s.running = false;
    if (s.model) { s.model.free(); s.model = null; }
    s.config = { ...config };
    s.historyFrom = 0;
    s.error = null;
    const { train, test } = s.data;
    try {
      s.model = s.dh.createTrainer(s.config, train, test === train ? train : test);
    } catch (e) {
      s.error = messageOf(e);
      post({ type: 'model', error: s.error, gen: s.gen });
      return;
    }
    const layers = s.model.layers();
    const sizes = [layers[0].in, ...layers.map((l) => l.out)];
    post({ type: 'model', sizes, model: config.model, gen: s.gen });
    sendFrame(true);
  }

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

function now() {
  return performance.now();
}

function messageOf(e) {
  return e && e.message ? e.message : String(e);
}
