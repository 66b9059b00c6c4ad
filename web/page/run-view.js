// page/run-view.js — draws what the worker reports of the run: its data
// (legend, summary), its model (network diagram) and its frames (decision
// map, hidden units, weights, loss chart, metrics, status), once per
// animation frame, acknowledging each frame so the worker never floods the page.
//
// The worker owns the run; this keeps only what it was last told (app.*), so
// the Play button, the status and the numbers are always the worker's word.

import { fmtLoss, fmtPercent, fmtInt, fmtRate, fmtRate1, fmtRateSlow } from '../format.js';
import { regressionView, renderScale } from './regression-view.js';
import { runLabel, engineNames, label } from '../state.js';
import { classIcon } from '../custom-data.js';
import { className } from './confusion-view.js';

export function createRunView({ doc, state, views, notices, send, onData }) {
  const $ = (id) => doc.getElementById(id);
  const { heatmap, network, chart, summary, confusion, equation, slice } = views;
  const app = {
    run: 0,               // the worker's run number, as last seen
    playing: false,       // as the worker last reported
    phase: 'ready',
    info: null,           // the data as the worker described it
    sizes: null,
    modelError: null,
    frame: null,          // newest undrawn frame
    lastRecord: null,     // newest history record of this run
    epoch: 0,
    updates: 0,
    label: runLabel(state), // the run's label for the chart, as of its last setting
    selectedUnit: -1,
    selectedInput: -1,    // an input whose own map the plot shows (page only)
    examplesPerSecond: 0, // as the worker measured its last chunks
    epochsPerSecond: 0,   // the pace the worker achieved, as of the last frame that trained
    heapBytes: 0,         // the engine's wasm memory, as of the last frame
    heapTop: 0,           // ... and the top of its allocator's heap
    frameWork: [],        // ms of main-thread work in recent animation frames
    onModel: null,        // called with each good 'model' message (autoplay, weights)
    onLoaded: null,       // called with the worker's 'loaded' answer to a model file
    weightsFrom: null,    // 'file' when this run's weights came from a model file
    gridSum: 0,           // the sum of the drawn map's cells: a check that it changed (tests)
  };
  // A mode's own views of the run (the Digits mode's): each gets every data,
  // model and drawn frame message after the page's views.
  const listeners = new Set();
  const tell = (msg) => { for (const fn of listeners) fn(msg); };
  // Digits have no plane: the map, the diagram and the equation wait.
  const plane = () => !(app.info && app.info.digits);

  // A new run: the chart keeps the last one faded, under its label.
  function newRun(run) {
    chart.newRun(app.updates > 0 ? app.label : '');
    Object.assign(app, { run, frame: null, lastRecord: null, updates: 0, epoch: 0, label: runLabel(state), weightsFrom: null });
    confusion.show(null);
    // The last run's numbers go with it (a model that cannot be built sends no frame).
    showMetrics({ epoch: 0, updates: 0, playing: false, examplesPerSecond: 0, epochsPerSecond: 0 });
  }

  function receive(msg) {
    if (msg.type === 'data') {
      app.frame = null;
      app.info = msg.info;
      // An input's map belongs to the data it was made from.
      if (app.selectedInput >= 0) { app.selectedInput = -1; heatmap.setUnitMap(null, 0, ''); $('unit-back').hidden = true; }
      heatmap.setData(msg.info);
      slice.setData(msg.info);
      confusion.setData(msg.info);
      regressionView(doc, msg.info, chart);
      if (msg.info.regression) renderScale(doc, msg.info, state.showTest);
      else renderLegend(doc, msg.info, state.showTest);
      onData(msg.info);
      tell(msg);
    } else if (msg.type === 'model') {
      if (msg.run !== app.run) newRun(msg.run);
      if (msg.loaded) app.weightsFrom = 'file';
      if (msg.error) modelFailed(msg); else modelMade(msg);
      tell(msg);
    } else if (msg.type === 'frame') {
      if (msg.run !== app.run) newRun(msg.run);
      app.playing = msg.playing;
      if (app.frame) mergeFrames(msg, app.frame);
      app.frame = msg;
    } else if (msg.type === 'loaded') {
      if (app.onLoaded) app.onLoaded(msg);
    } else if (msg.type === 'error') {
      notices.hint(`Something went wrong (${msg.where}): ${msg.message}`);
    }
  }

  function modelFailed(msg) {
    Object.assign(app, { modelError: msg.error, sizes: null, playing: false });
    network.setModel([], [], '');
    heatmap.setGrid(null, 0, 1);
    heatmap.setUnitMap(null, 0, '');
    equation.hide();
    if (msg.empty) notices.hint(msg.error, 'info'); else notices.hint(`This model cannot be built: ${msg.error}`);
    setPlaying(false);
    setStatus('ready');
  }

  function modelMade(msg) {
    app.modelError = null;
    notices.hideHint();
    app.sizes = msg.sizes;
    const info = app.info;
    if (plane()) {
      network.setModel(msg.sizes, info ? info.inputNames || info.featureNames : [], info && info.regression ? 'predicted value' : 'P(class 1)', inputChoice(state, info));
      if (info && info.inputMaps) network.setInputMaps(info.inputMaps, info.inputMapSize, info.featureMaps);
    } else network.setModel([], [], '');
    if (app.onModel) app.onModel(msg);
  }

  // Keep history records of a frame that was never drawn.
  function mergeFrames(next, prev) {
    if (prev.history.length) next.history = prev.history.concat(next.history);
    if (!next.thumbs && prev.thumbs) { next.thumbs = prev.thumbs; next.thumbSize = prev.thumbSize; }
    if (!next.unitMap && prev.unitMap) { next.unitMap = prev.unitMap; next.unitSize = prev.unitSize; }
    if (!next.confusion && prev.confusion) next.confusion = prev.confusion;
  }

  function applyFrame(f) {
    Object.assign(app, { epoch: f.epoch, updates: f.updates, heapBytes: f.heapBytes, heapTop: f.heapTop, phase: f.phase });
    if (f.history.length) {
      chart.addRecords(f.history);
      app.lastRecord = f.history[f.history.length - 1];
    }
    if (f.epoch === 0) app.lastRecord = null;
    if (plane()) {
      const unit = f.unitMap && app.selectedUnit === f.selectedUnit && app.selectedUnit >= 0 ? unitName(app.sizes, app.selectedUnit) : null;
      drawPlane(views, f, app.info, unit);
      app.gridSum = gridSum(f.grid);
    } else {
      equation.hide();
    }
    if (f.confusion) confusion.show(f.confusion);
    setPlaying(f.playing);
    setStatus(f.phase);
    summary.update({ epoch: f.epoch, record: app.lastRecord, status: f.phase, info: app.info });
    frameHint(f, app, notices, state.patience);
    showMetrics(f);
    tell(f);
  }

  function showMetrics(f) {
    const r = app.lastRecord;
    $('epoch').textContent = fmtInt(f.epoch);
    $('train-loss').textContent = r ? fmtLoss(r.trainLoss) : '—';
    $('test-loss').textContent = r ? fmtLoss(r.testLoss) : '—';
    $('train-accuracy').textContent = r ? fmtPercent(r.trainAcc) : '—';
    $('test-accuracy').textContent = r ? fmtPercent(r.testAcc) : '—';
    // A paused frame has no rate of its own: keep the last measured one, but
    // the updates and the learning rate are this frame's (else they lag the epoch).
    if (f.examplesPerSecond > 0) app.examplesPerSecond = f.examplesPerSecond;
    app.epochsPerSecond = f.playing ? f.epochsPerSecond : 0;
    $('perf').textContent = f.updates > 0 ? perfText(f) : '';
  }

  // The status line: the pace achieved (while playing) against the one set,
  // the training throughput, the updates and the learning rate in force.
  function perfText(f) {
    const parts = [];
    if (f.playing && app.epochsPerSecond > 0) {
      const set = f.speed === 'max' ? 'max' : `set ${f.speed}`;
      parts.push(`${fmtRateSlow(app.epochsPerSecond)} epochs/s (${set})`);
    }
    if (app.examplesPerSecond > 0) parts.push(`${fmtRate1(app.examplesPerSecond)} examples/s while training`);
    parts.push(`${fmtInt(f.updates)} updates`, `learning rate now ${fmtRate(f.lrNow)}`);
    return parts.join(' · ');
  }

  function tick() {
    const t0 = performance.now();
    const f = app.frame;
    if (f) {
      app.frame = null;
      applyFrame(f);
    }
    heatmap.draw();
    network.draw();
    chart.draw(false);
    if (f) send({ type: 'ack' });
    app.frameWork.push(performance.now() - t0);
    if (app.frameWork.length > 600) app.frameWork.splice(0, 300);
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);

  function setStatus(s) {
    const box = $('status');
    box.textContent = s;
    box.dataset.status = s;
  }

  function setPlaying(on) {
    const b = $('play');
    b.setAttribute('aria-pressed', String(on));
    b.setAttribute('aria-label', on ? 'Pause' : 'Play');
    b.classList.toggle('playing', on);
  }


  // listen(fn): hear the run's data, model and drawn frame messages; returns the unsubscribe.
  return { app, receive, setPlaying, setStatus, listen: (fn) => { listeners.add(fn); return () => listeners.delete(fn); } };
}

// The hint under the plot a frame's status calls for.
function frameHint(f, app, notices, patience) {
  if (f.status === 'diverged') {
    const when = f.divergedEpoch ? ` in epoch ${fmtInt(f.divergedEpoch)}` : '';
    notices.hint(app.weightsFrom === 'file'
      ? `Training diverged${when}: the loss grew without bound, starting from the weights of the loaded model file. Press New weights to start from the seed's, or lower the learning rate and load the file again.`
      : `Training diverged${when}: the loss grew without bound. Learning rate too large? Lower it, then press Reset.`);
  } else if (f.status === 'early-stopped') {
    notices.hint(`Stopped early: the test loss stopped improving for ${patience} epochs, so the best weights were restored.`, 'info');
  } else if (f.status === 'converged') {
    notices.hint('The perceptron now classifies every training point, so it stops changing.', 'good');
  } else if (!app.modelError) {
    notices.hideHint();
  }
}

// Hidden unit h (counted over all hidden layers) of a network of `sizes`, in words.
function unitName(sizes, h) {
  if (!sizes) return '';
  let rest = h;
  for (let l = 1; l < sizes.length - 1; l++) {
    if (rest < sizes[l]) return `Layer ${l}, unit ${rest + 1} — Esc for the output`;
    rest -= sizes[l];
  }
  return '';
}

// A frame's plane views: the map, the diagram's thumbnails and weights, the
// selected unit's map (when `unit` names it), the linear model's equation.
function drawPlane({ heatmap, network, equation, slice }, f, info, unit) {
  heatmap.setSlice(f.slice);
  slice.show(f.slice);
  heatmap.setGrid(f.grid, f.gridSize, f.nOutputs);
  network.setOutputThumb(f.grid, f.gridSize, f.nOutputs);
  if (f.thumbs) network.setThumbs(f.thumbs, f.thumbSize);
  if (unit !== null) heatmap.setUnitMap(f.unitMap, f.unitSize, unit);
  network.setWeights(f.weights);
  equation.show(f.weights, info);
}

function gridSum(grid) {
  let s = 0;
  for (let i = 0; i < grid.length; i++) s += grid[i];
  return s;
}

// The classes under the plot, by the data's own names (the core's
// "rejected"/"accepted", a CSV's labels), and what filled and hollow mean.
function renderLegend(doc, info, showTest) {
  const items = [];
  for (let k = 0; k < info.k; k++) {
    const item = doc.createElement('span');
    item.className = 'legend-item';
    const t = doc.createElement('span');
    t.textContent = className(info.classNames[k]);
    item.append(classIcon(k), t);
    items.push(item);
  }
  const note = doc.createElement('span');
  note.textContent = showTest ? 'filled = training, hollow = test' : 'training points';
  items.push(note);
  doc.getElementById('class-legend').replaceChildren(...items);
}

// The inputs are chosen in the diagram when they are built from two
// coordinates (the worker then sends every candidate's map); a link's
// lock=model locks them.
function inputChoice(state, info) {
  if (!info || !info.featureMaps) return null;
  const all = engineNames('features');
  return {
    // x1 and x2 by the data's own names (an admissions file's "test score"), the rest by the table's.
    all, labels: all.map((f, i) => (i < 2 && info.featureNames[i]) || label('features', f)), chosen: info.inputs || ['x1', 'x2'],
    locked: state.lock.includes('model'),
  };
}

