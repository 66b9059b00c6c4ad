// worker/run.js — the one owner of the run: its settings, datasets, model and
// whether it trains. The page sends intents (set, play, pause, step, reset,
// select, ack); every data, model and frame message the run posts carries its
// run number, and every frame says whether it is playing, so the page draws
// what is true here and keeps no state of its own to reconcile.

import { dataConfig, trainerConfig, paramKind, perKindKeys } from '../state.js';
import { makeData, freeData, defaultSlice, fitSlice } from './data.js';
import { currentWeights, writeWeights } from './weights.js';
import { framePictures, frameWeights, createGridSizer } from './frame.js';
import { createPace } from './pace.js';
import { createConfusion } from './confusion.js';
import { prepareLoad } from './load.js';

const THUMBS_EVERY_MS = 60;    // hidden thumbnails at most this often

/** @param {any} dh  @param {(msg: any, transfer?: Transferable[]) => void} post */
export function createRun(dh, post) {
  const r = {
    settings: {},        // the page's data, model and live settings as last sent
    custom: null,        // the user's data source (protocol.js CustomSource)
    digits: null,        // the Digits mode's { labels, pixels }, once the page has sent them
    data: null,          // { train, test, evalTest, info } from worker/data.js
    model: null,
    error: null,         // why there is no model, when there is none
    run: 0,              // bumped for every new run (new data, model, reset)
    historyFrom: 0,
    selectedUnit: -1,
    lastThumbs: -1e9,
    slice: null,         // the view's slice of data with more than two features (data.js)
  };
  const confusion = createConfusion();
  const gridSizer = createGridSizer();
  const pace = createPace({
    train, batchesPerEpoch, progress, frame: () => sendFrame(false), canRun: () => !!r.model && !stopped(r.model),
  });

  function set({ values, custom, digits, keepWeights, standardization, weights }) {
    const changed = Object.keys(values).filter((k) => JSON.stringify(r.settings[k]) !== JSON.stringify(values[k]));
    Object.assign(r.settings, values);
    if (custom !== undefined) r.custom = custom;
    if (digits) r.digits = digits;
    const kinds = new Set(changed.map(paramKind));
    if (changed.includes('speed')) pace.setSpeed(r.settings.speed);
    if (!r.data || kinds.has('data') || custom !== undefined || standardization || (digits && r.settings.dataset === 'digits')) {
      const wasPlaying = pace.playing;
      const keep = keepWeights ? currentWeights(r.model) : null;
      newData(standardization);
      newModel(weights || keep);
      if (keepWeights && wasPlaying) play();
    } else if (kinds.has('model') || weights) {
      newModel(weights);
    } else if (kinds.has('live')) {
      if (r.model) updateLive(r.model, r.settings, changed);
      sendFrame(true);
    }
  }

  // A model file, as one transaction: its run is made and checked aside
  // (worker/load.js); only when all of it fits does it replace the run in
  // force. Either way the page hears 'loaded', and changes its settings and
  // address only on ok.
  function load({ id, values, standardization, weights }) {
    const settings = { ...r.settings, ...values };
    let made;
    try {
      made = prepareLoad(dh, settings, r.custom, { standardization, weights, digits: r.digits });
    } catch (e) {
      post({ type: 'loaded', id, ok: false, error: messageOf(e) });
      return;
    }
    pace.stop();
    if (r.model) r.model.free();
    freeData(r.data);
    if (values.speed !== undefined && values.speed !== r.settings.speed) pace.setSpeed(values.speed);
    r.settings = settings;
    r.data = made.data;
    r.slice = defaultSlice(r.data.info);
    r.model = made.model;
    r.error = null;
    r.run += 1;
    post({ type: 'data', run: r.run, info: r.data.info });
    r.run += 1;
    r.historyFrom = 0;
    confusion.invalidate();
    post({ type: 'model', run: r.run, sizes: r.model.sizes, weights: null, loaded: true });
    post({ type: 'loaded', id, ok: true, error: null });
    sendFrame(true);
  }

  function newData(standardization) {
    pace.stop();
    if (r.model) { r.model.free(); r.model = null; }
    freeData(r.data);
    r.data = null;
    r.run += 1;
    const made = makeData(dh, { ...dataConfig(r.settings), custom: r.custom, digits: r.digits, standardization });
    r.data = made;
    r.slice = defaultSlice(made.info);
    post({ type: 'data', run: r.run, info: made.info });
    r.error = made.error;
    if (made.error) post({ type: 'model', run: r.run, error: made.error, empty: true });
  }

  function newModel(weights = null) {
    pace.stop();
    if (r.model) { r.model.free(); r.model = null; }
    r.run += 1;
    r.historyFrom = 0;
    confusion.invalidate();
    const { train, evalTest } = r.data;
    if (!train) return; // no usable data: newData said why
    try {
      r.model = dh.createTrainer(trainerConfig(r.settings), train, evalTest);
      r.error = null;
    } catch (e) {
      r.error = messageOf(e);
      post({ type: 'model', run: r.run, error: r.error });
      return;
    }
    const weightsError = weights ? writeWeights(r.model, weights) : null;
    const loaded = weights && !weights.quiet ? { ok: !weightsError, error: weightsError, from: weights.from } : null;
    post({ type: 'model', run: r.run, sizes: r.model.sizes, weights: loaded });
    sendFrame(true);
  }

  function train(batches) {
    const m = r.model;
    const before = m.updates;
    if (batches === 'epoch') m.stepEpochs(1); else m.stepBatches(batches);
    return (m.updates - before) * Math.min(m.batch, r.data.train.n);
  }

  // Batches in one epoch of the current run (the last one may be partial),
  // and how far the run has come in epochs, fractional: the pace's clock.
  function batchesPerEpoch() {
    const n = r.data.train.n;
    return Math.ceil(n / Math.min(r.model.batch, n));
  }
  function progress() {
    return r.model ? r.model.epoch + r.model.cursor / r.data.train.n : 0;
  }

  function play() {
    if (!r.model || stopped(r.model)) { sendFrame(true); return; }
    pace.play();
  }

  function step(unit) {
    pace.stop();
    if (r.model && !stopped(r.model)) pace.measure(() => train(unit === 'epoch' ? 'epoch' : 1));
    sendFrame(true);
  }

  function reset() {
    pace.stop();
    if (r.model) { r.model.reset(); r.historyFrom = 0; r.run += 1; }
    confusion.invalidate();
    sendFrame(true);
  }

  // quick: a frame that answers a command at once (Pause) and is as cheap as a
  // training frame; a full one follows.
  function sendFrame(force, quick = false) {
    if (!r.model) return;
    if (!pace.takeFrame(force)) return;
    const { msg, transfer } = frameMessage(r, { dh, pace, confusion, gridSizer }, force, quick);
    post(msg, transfer);
  }

  return {
    set, load, play, step, reset,
    /** Pause answers with a quick frame; the paused picture, finer, follows
     *  in the next task (unless Play came first). */
    pause() {
      pace.stop();
      sendFrame(true, true);
      setTimeout(() => { if (!pace.playing) sendFrame(true); }, 0);
    },
    select(unit) { r.selectedUnit = unit; r.lastThumbs = -1e9; sendFrame(true); },
    /** The view's slice of data with more than two features: which two are
     *  the axes and where the others are held. One that does not fit this
     *  data (sent for the data before) changes nothing. */
    slice({ axes, held }) {
      const fit = r.data && fitSlice(r.data.info, { axes, held });
      if (fit) { r.slice = fit; r.lastThumbs = -1e9; sendFrame(true); }
    },
    ack() { pace.ack(); },
    /** One weight (from = unit index) or bias (from = null) typed in the
     *  diagram. Part of the run: same run number, training goes on from it,
     *  and a frame goes out at once so the maps update even when paused. The
     *  engine checks the arguments; a bad one throws and changes nothing. */
    weight({ layer, from, to, value }) {
      if (!r.model) throw new Error('no model to set a weight in');
      if (from === null) r.model.setBias(layer, to, value);
      else r.model.setWeight(layer, from, to, value);
      r.lastThumbs = -1e9;
      sendFrame(true);
    },
    /** What the playground's and the Digits mode's ops read (lessons/<id>/ops.js). */
    get model() { return r.model; },
    get test() { return r.data && r.data.test; },
    get info() { return r.data && r.data.info; },
    get error() { return r.error; },
  };
}

// Live settings: those that changed, and with a new optimizer or schedule
// kind the hyperparameters that take that kind's own values.
function updateLive(model, settings, changed) {
  const cfg = trainerConfig(settings);
  const keys = new Set(changed.filter((k) => paramKind(k) === 'live' && k in cfg));
  for (const of of ['optimizer', 'schedule']) if (keys.has(of)) perKindKeys(of).forEach((k) => keys.add(k));
  if (keys.has('reg')) keys.add('regRate');
  if (keys.size) model.update(Object.fromEntries([...keys].map((k) => [k, cfg[k]])));
}

/** The frame of run `r` now, and the buffers it hands over. */
function frameMessage(r, { dh, pace, confusion, gridSizer }, force, quick) {
  const m = r.model;
  const now = performance.now();
  const thumbs = (force && !quick) || now - r.lastThumbs >= THUMBS_EVERY_MS;
  if (thumbs) r.lastThumbs = now;
  const { pictures, transfer } = framePictures(m, r.data.info, {
    thumbs, selectedUnit: r.selectedUnit, grid: gridSizer.size(pace.playing || quick), sizer: gridSizer, slice: r.slice,
  });
  // Every new record: the loss chart keeps each bucket's lowest and highest
  // point, which a stride would skip.
  const history = m.epoch > r.historyFrom ? m.history(r.historyFrom) : [];
  r.historyFrom = m.epoch;
  const info = r.data.info;
  // A regression set has no classes to confuse.
  const matrix = info.regression ? null
    : confusion.take(m, r.data.evalTest, { k: Math.max(2, info.k), whole: !!info.truthTable, of: r.data.test.n, predicted: !!info.digits }, force && !quick);
  const msg = {
    type: 'frame', run: r.run, playing: pace.playing, phase: phase(m, pace.playing), status: m.status,
    epoch: m.epoch, updates: m.updates, lrNow: m.lrNow, divergedEpoch: m.divergedEpoch,
    history, confusion: matrix, ...pictures, slice: r.slice, weights: frameWeights(m), gradNorms: Array.from(m.layerGradNorms()),
    ...pace.takeRates(),   // examplesPerSecond (while training), epochsPerSecond (achieved)
    speed: r.settings.speed,
    heapBytes: dh.heapBytes(), heapTop: dh.heapTop(), // for the soak benchmark
  };
  return { msg, transfer };
}

/** What a frame says the run is doing. */
function phase(m, playing) {
  if (m.status === 'diverged' || m.status === 'early-stopped') return m.status;
  if (playing) return 'running';
  return m.epoch === 0 && m.updates === 0 ? 'ready' : 'paused';
}

function stopped(m) {
  return m.status === 'diverged' || m.status === 'early-stopped' || m.status === 'converged';
}

export function messageOf(e) {
  return e && e.message ? e.message : String(e);
}
