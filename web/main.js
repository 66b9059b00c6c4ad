// main.js — wires the page: URL state, controls, the training worker and the
// views. The worker trains; this thread only draws what it posts, once per
// animation frame, and acknowledges each frame so the worker never floods it.
//
// start({ createWorker, Chart }) is called by the page's entry script with a
// function that starts the training worker and the Chart.js constructor.

import {
  parseState, serializeState, trainerConfig, dataConfig, runLabel, DATASETS,
} from './state.js';
import { createControls } from './controls.js';
import { createDatasetPicker, datasetLabel } from './datasets.js';
import { createHeatmap } from './heatmap.js';
import { createNetworkView } from './network.js';
import { createLossChart } from './loss-chart.js';
import { copyLink } from './share.js';
import { fmtLoss, fmtPercent, fmtInt, fmtRate, fmtRate1 } from './format.js';
import { LESSONS } from './lessons/index.js';
import { el } from './dom.js';
import { createCustomData, classIcon } from './custom-data.js';
import {
  download, modelFile, readModelFile, historyCsv, encodeWeights, decodeWeights, splitWeightsParam,
  fileName, URL_WARN_CHARS,
} from './export.js';
import { applyLayout, createEmbedDialog } from './embed.js';
import { createSummary } from './a11y.js';

const DATA_KEYS = ['dataset', 'noise', 'ratio', 'count', 'dataSeed'];
const MODEL_KEYS = ['model', 'hidden', 'activation', 'loss'];
const LIVE_KEYS = ['lr', 'batch', 'optimizer', 'momentum', 'rho', 'beta1', 'beta2', 'eps', 'schedule',
  'scheduleStep', 'scheduleGamma', 'schedulePatience', 'minLr', 'reg', 'regRate', 'dropout', 'patience'];
const OPTIMIZER_KEYS = ['optimizer', 'momentum', 'rho', 'beta1', 'beta2', 'eps'];
const SCHEDULE_KEYS = ['schedule', 'scheduleStep', 'scheduleGamma', 'schedulePatience', 'minLr'];
// Page settings a loaded model file leaves as they are.
const VIEW_KEYS = ['speed', 'autoplay', 'showTest', 'discretize', 'logScale', 'chart', 'mode'];

export function start({ createWorker, Chart }) {
  const doc = document;
  const $ = (id) => doc.getElementById(id);
  const linkQuery = splitWeightsParam(location.search.length > 1 ? location.search : location.hash);
  const parsed = parseState(linkQuery.query);
  const state = parsed.state;
  const app = {
    gen: 0,               // bumped for every new run; stale frames are dropped
    run: 0,               // bumped for every play, pause and step (see send)
    playing: false,
    info: null,           // the data as the worker described it
    frame: null,          // newest undrawn frame
    lastRecord: null,     // newest history record of this run
    epoch: 0,
    updates: 0,
    status: 'ready',
    modelError: null,
    selectedUnit: -1,
    sizes: null,
    autoplayed: false,
    engine: '',
    examplesPerSecond: 0, // as the worker measured its last chunks
    heapBytes: 0,         // the engine's wasm memory, as of the last frame
    heapTop: 0,           // ... and the top of its allocator's heap
    frameWork: [],        // ms of main-thread work in recent animation frames
    lesson: null,         // the mounted lesson: { id, view }
    rpcNext: 1,
    rpcPending: new Map(), // rpc id -> { resolve, reject }
    custom: null,         // the user's data source (custom-data.js), if any
    linkWeights: null,    // weights from the link, for the first model
  };

  const linkNotes = [];
  if (parsed.ignored.length) {
    linkNotes.push(`Some settings in the link were not used (defaults kept): ${parsed.ignored.join(', ')}.`);
  }
  if (state.dataset === 'custom') {
    linkNotes.push(`This link was made with data uploaded to the page, which a link cannot carry${linkQuery.weights !== null ? ', so its weights were not used either' : ''}. Upload the CSV file again (Data panel), or click the plot to add points.`);
  } else if (linkQuery.weights !== null) {
    try {
      app.linkWeights = { flat: decodeWeights(linkQuery.weights), from: 'link' };
    } catch (e) {
      linkNotes.push(`The link's weights were not used (${e.message}); the run starts from the seed's weights.`);
    }
  }
  if (linkNotes.length) showNotice(linkNotes.join(' '));

  const heatmap = createHeatmap($('heatmap'));
  const network = createNetworkView($('network'), { onSelect: selectUnit });
  const chart = createLossChart($('chart'), Chart);
  const picker = createDatasetPicker($('datasets'), DATASETS, { onPick: (name) => change('dataset', name) });
  const controls = createControls(doc, { onChange: change });
  const custom = createCustomData({
    doc, heatmap, canvas: $('heatmap'), picker: $('datasets'), box: $('custom-data'), editor: $('point-editor'),
    dropZones: [doc.querySelector('.data-panel'), doc.querySelector('.heat-wrap')],
    check: (text, features, label) => playRpc('csvCheck', { text, features, label }),
    onUse: (source) => useCustom(source, false),
    onEdit: (source) => useCustom(source, true),
    announce,
  });
  const embed = doc.body.dataset.layout === 'embed';
  controls.setLocked(applyLayout(doc, state, { embed }).lockTargets);
  if (!embed) createEmbedDialog(doc, { button: $('embed-code'), state });
  const summary = createSummary(doc);

  const worker = createWorker();
  // Every message carries the run generation and the count of play/pause/step
  // commands sent; frames echo both, so a frame the worker made before it saw
  // the latest command cannot flip the Play button or the status back.
  const RUN_COMMANDS = new Set(['play', 'pause', 'step']);
  const send = (msg) => {
    if (RUN_COMMANDS.has(msg.type)) app.run += 1;
    worker.postMessage({ gen: app.gen, run: app.run, ...msg });
  };
  worker.onmessage = (ev) => receive(ev.data);
  worker.onerror = (ev) => {
    ev.preventDefault?.();
    showHint(`The training engine failed to start: ${ev.message || 'unknown error'}`);
  };

  chart.setView(state.chart);
  chart.setLogScale(state.logScale);
  heatmap.setOptions({ showTest: state.showTest, discretize: state.discretize });
  controls.render(state, {});
  buildModeNav();
  setMode(state.mode);

  // ---- worker messages -------------------------------------------------------

  function receive(msg) {
    switch (msg.type) {
      case 'ready':
        app.engine = msg.variant;
        controls.render(state, { scheduleDefaults: msg.scheduleDefaults });
        custom.setLimits(msg.limits);
        $('engine').textContent = `WebAssembly (${msg.variant})`;
        worker.postMessage({ type: 'thumbs', noise: 0.1 });
        send({ type: 'init', data: dataFor(), config: trainerConfig(state), speed: state.speed, selectedUnit: -1, weights: app.linkWeights });
        app.linkWeights = null;
        break;
      case 'thumbs':
        picker.setThumbs(msg.list);
        break;
      case 'data':
        if (msg.gen !== app.gen) break;
        app.info = msg.info;
        heatmap.setData(msg.info);
        renderLegend(msg.info);
        custom.setInfo(msg.info);
        $('data-summary').textContent = msg.info.dataset === 'custom' ? custom.summary(msg.info) : msg.info.truthTable
          ? `${datasetLabel(msg.info.dataset)}: ${msg.info.n} rows, trained and tested on every row.`
          : `${datasetLabel(msg.info.dataset)}: ${msg.info.train.n} training and ${msg.info.test.n} test points, ${msg.info.k} classes.`;
        controls.render(state, { trainN: msg.info.trainN });
        // Linear two-class models cannot take 3+ classes: softmax regression can.
        if (msg.info.dataset === 'custom' && msg.info.k > 2 && ['perceptron', 'logistic'].includes(state.model)) {
          showNotice(`Your data has ${msg.info.k} classes, which the ${state.model === 'logistic' ? 'logistic regression' : 'perceptron'} cannot separate: switched to softmax regression.`);
          change('model', 'softmax');
        }
        break;
      case 'model':
        if (msg.gen !== app.gen) break;
        if (msg.error) {
          app.modelError = msg.error;
          app.sizes = null;
          network.setModel([], [], '');
          heatmap.setGrid(null, 0, 1);
          heatmap.setUnitMap(null, 0, '');
          if (msg.empty) showHint(msg.error, 'info'); else showHint(`This model cannot be built: ${msg.error}`);
          app.playing = false;
          setPlaying(false);
          setStatus('ready');
          break;
        }
        app.modelError = null;
        hideHint();
        if (msg.weights) weightsLoaded(msg.weights);
        app.sizes = msg.sizes;
        network.setModel(msg.sizes, app.info ? app.info.featureNames : [], 'P(class 1)');
        if (state.autoplay && !app.autoplayed) {
          app.autoplayed = true;
          app.playing = true;
          setPlaying(true);
          send({ type: 'play' });
        }
        break;
      case 'frame':
        if (msg.gen !== app.gen) { worker.postMessage({ type: 'ack' }); break; }
        if (app.frame) mergeFrames(msg, app.frame);
        app.frame = msg;
        break;
      case 'rpc': {
        const p = app.rpcPending.get(msg.id);
        if (!p) break;
        app.rpcPending.delete(msg.id);
        if (msg.ok) p.resolve(msg.result); else p.reject(new Error(msg.message));
        break;
      }
      case 'error':
        showHint(`Something went wrong (${msg.where}): ${msg.message}`);
        break;
      default:
        break;
    }
  }

  // Keep history records of a frame that was never drawn.
  function mergeFrames(next, prev) {
    if (prev.history.length) next.history = prev.history.concat(next.history);
    if (!next.thumbs && prev.thumbs) { next.thumbs = prev.thumbs; next.thumbSize = prev.thumbSize; }
    if (!next.unitMap && prev.unitMap) { next.unitMap = prev.unitMap; next.unitSize = prev.unitSize; }
  }

  // ---- drawing -----------------------------------------------------------------

  function applyFrame(f) {
    app.epoch = f.epoch;
    app.heapBytes = f.heapBytes;
    app.heapTop = f.heapTop;
    app.updates = f.updates;
    if (f.history.length) {
      chart.addRecords(f.history);
      app.lastRecord = f.history[f.history.length - 1];
    }
    if (f.epoch === 0) app.lastRecord = null;
    heatmap.setGrid(f.grid, f.gridSize, f.nOutputs);
    network.setOutputThumb(f.grid, f.gridSize, f.nOutputs);
    if (f.thumbs) network.setThumbs(f.thumbs, f.thumbSize);
    if (f.unitMap && app.selectedUnit === f.selectedUnit && app.selectedUnit >= 0) {
      heatmap.setUnitMap(f.unitMap, f.unitSize, unitName(app.selectedUnit));
    }
    network.setWeights(f.weights);
    if (f.run === app.run) {
      app.playing = f.running;
      setPlaying(f.running);
    }
    let status = app.playing ? 'running' : f.epoch === 0 && f.updates === 0 ? 'ready' : 'paused';
    if (f.status === 'diverged') status = 'diverged';
    if (f.status === 'early-stopped') status = 'early-stopped';
    setStatus(status);
    summary.update({ epoch: f.epoch, record: app.lastRecord, status, info: app.info });
    if (f.status === 'diverged') {
      showHint(`Training diverged${f.divergedEpoch ? ` in epoch ${f.divergedEpoch}` : ''}: the loss grew without bound. Learning rate too large? Lower it, then press Reset.`);
    } else if (f.status === 'early-stopped') {
      showHint(`Stopped early: the test loss stopped improving for ${state.patience} epochs, so the best weights were restored.`, 'info');
    } else if (f.status === 'converged') {
      showHint('The perceptron now classifies every training point, so it stops changing.', 'good');
    } else if (!app.modelError) {
      hideHint();
    }
    const r = app.lastRecord;
    $('epoch').textContent = fmtInt(f.epoch);
    $('train-loss').textContent = r ? fmtLoss(r.trainLoss) : '—';
    $('test-loss').textContent = r ? fmtLoss(r.testLoss) : '—';
    $('train-accuracy').textContent = r ? fmtPercent(r.trainAcc) : '—';
    $('test-accuracy').textContent = r ? fmtPercent(r.testAcc) : '—';
    // A paused frame has no rate of its own: keep the last measured one, but
    // the updates and the learning rate are this frame's (else they lag the epoch).
    if (f.examplesPerSecond > 0) app.examplesPerSecond = f.examplesPerSecond;
    if (app.examplesPerSecond > 0) {
      $('perf').textContent = `${fmtRate1(app.examplesPerSecond)} examples/s · ${fmtInt(f.updates)} updates · learning rate now ${fmtRate(f.lrNow)}`;
    }
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
    if (f) worker.postMessage({ type: 'ack' });
    app.frameWork.push(performance.now() - t0);
    if (app.frameWork.length > 600) app.frameWork.splice(0, 300);
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);

  const onResize = () => { heatmap.invalidate(); network.invalidate(); };
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(onResize);
    ro.observe($('heatmap'));
    ro.observe($('network'));
  } else {
    window.addEventListener('resize', onResize);
  }

  // ---- settings ------------------------------------------------------------------

  function change(key, value) {
    const before = runLabel(state);
    const old = state[key];
    if (JSON.stringify(old) === JSON.stringify(value)) { controls.render(state, {}); return; }
    state[key] = value;
    // A new schedule kind starts from its own factor γ, not the last kind's.
    if (key === 'schedule') state.scheduleGamma = null;
    if (DATA_KEYS.includes(key)) {
      newRun(before);
      send({ type: 'data', data: dataFor() });
    } else if (MODEL_KEYS.includes(key)) {
      newRun(before);
      send({ type: 'config', config: trainerConfig(state) });
    } else if (LIVE_KEYS.includes(key)) {
      liveChange(key);
    } else if (key === 'speed') {
      send({ type: 'speed', speed: value });
    } else if (key === 'showTest' || key === 'discretize') {
      heatmap.setOptions({ [key]: value });
    } else if (key === 'logScale') {
      chart.setLogScale(value);
    } else if (key === 'chart') {
      chart.setView(value);
    }
    controls.render(state, {});
    writeUrl();
  }

  // A setting the trainer takes mid-run: training goes on, the chart marks it.
  function liveChange(key) {
    const changes = {};
    const cfg = trainerConfig(state);
    if (key === 'lr') changes.lr = state.lr;
    else if (key === 'batch') changes.batch = state.batch;
    else if (OPTIMIZER_KEYS.includes(key)) {
      changes.optimizer = {};
      for (const k of OPTIMIZER_KEYS) changes.optimizer[k] = cfg[k];
    } else if (SCHEDULE_KEYS.includes(key)) {
      changes.schedule = {};
      for (const k of SCHEDULE_KEYS) changes.schedule[k] = cfg[k];
    } else if (key === 'reg' || key === 'regRate') changes.reg = { kind: state.reg, rate: cfg.regRate };
    else if (key === 'dropout') changes.dropout = state.dropout;
    else if (key === 'patience') changes.patience = state.patience;
    changes.config = {};
    for (const k of LIVE_KEYS) changes.config[k] = cfg[k];
    send({ type: 'live', changes });
    if (app.updates > 0) chart.mark(app.epoch, markText(key));
  }

  function markText(key) {
    switch (key) {
      case 'lr': return `lr ${fmtRate(state.lr)}`;
      case 'batch': return `batch ${state.batch}`;
      case 'optimizer': return state.optimizer;
      case 'reg': case 'regRate': return state.reg === 'none' ? 'no reg.' : `${state.reg} ${fmtRate(state.regRate)}`;
      case 'dropout': return `dropout ${state.dropout}`;
      default: return `${key} ${state[key]}`;
    }
  }

  function newRun(label) {
    app.gen += 1;
    app.frame = null;
    app.lastRecord = null;
    app.playing = false;
    setPlaying(false);
    chart.newRun(app.updates > 0 ? label : '');
    app.updates = 0;
    app.epoch = 0;
    if (app.selectedUnit >= 0) selectUnit(-1);
  }

  function writeUrl() {
    const query = `?${serializeState(state)}`;
    try {
      history.replaceState(null, '', query + location.hash.replace(/^#.*$/, ''));
    } catch {
      // Some file:// pages refuse a changed query; the fragment always works.
      try { history.replaceState(null, '', `#${query.slice(1)}`); } catch { /* keep the old URL */ }
    }
  }

  // ---- buttons -------------------------------------------------------------------

  $('play').addEventListener('click', () => {
    if (app.modelError) { showHint(app.modelError, 'info'); return; }
    if (app.playing) {
      send({ type: 'pause' });
      app.playing = false;
    } else {
      send({ type: 'play' });
      app.playing = true;
      setStatus('running');
    }
    setPlaying(app.playing);
  });
  $('step-batch').addEventListener('click', () => { app.playing = false; send({ type: 'step', unit: 'batch' }); });
  $('step-epoch').addEventListener('click', () => { app.playing = false; send({ type: 'step', unit: 'epoch' }); });
  $('reset').addEventListener('click', () => {
    newRun(runLabel(state));
    send({ type: 'reset' });
  });
  $('reseed').addEventListener('click', () => {
    newRun(runLabel(state));
    state.seed = 1 + Math.floor(Math.random() * 1e9);
    send({ type: 'reseed', seed: state.seed });
    controls.render(state, {});
    writeUrl();
  });
  $('regenerate').addEventListener('click', () => change('dataSeed', 1 + Math.floor(Math.random() * 1e9)));
  $('clear-runs').addEventListener('click', () => chart.clearPrevious());
  $('unit-back').addEventListener('click', () => selectUnit(-1));
  doc.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && app.selectedUnit >= 0) selectUnit(-1); });
  $('share').addEventListener('click', () => share());
  $('share-weights').addEventListener('change', () => share());
  $('share-close').addEventListener('click', () => { $('share-box').hidden = true; });

  // The link of this run, with the weights when asked; shown in the share box
  // (copied to the clipboard where the page may).
  async function share() {
    writeUrl();
    let url = location.href;
    const notes = [];
    if ($('share-weights').checked) {
      try {
        const snap = await playRpc('snapshot');
        url += `&weights=${encodeWeights(snap.layers)}`;
        notes.push(`The link starts from the weights of epoch ${fmtInt(snap.epoch)}.`);
      } catch (e) {
        notes.push(`No weights to include: ${e.message}`);
      }
    }
    if (state.dataset === 'custom') notes.push('Your data is not in the link: whoever opens it must upload it again.');
    if (url.length > URL_WARN_CHARS) {
      notes.push(`This link is ${fmtInt(url.length)} characters long; some sites and chat apps cut links longer than ${fmtInt(URL_WARN_CHARS)}. Save the model as a file instead, or use fewer units.`);
    }
    const copied = await copyLink(url, {
      box: $('share-box'), input: $('share-url'), close: $('share-close'), onCopied: () => {},
    });
    if (copied) flash($('share'), 'Link copied');
    $('share-url').value = url;
    $('share-note').textContent = notes.join(' ');
    $('share-box').hidden = false;
  }

  // ---- your data, save and load --------------------------------------------------

  // The worker's data settings: the state's, plus the user's data when chosen.
  function dataFor(extra = {}) {
    const cfg = { ...dataConfig(state), ...extra };
    if (state.dataset === 'custom') cfg.custom = app.custom;
    return cfg;
  }

  function playRpc(op, args) {
    return rpc('playground', op, args);
  }

  // Switch to the user's data. A point edit keeps the current weights (when
  // they fit) and keeps playing, so the boundary follows the points.
  function useCustom(source, edit) {
    const wasPlaying = app.playing;
    const before = runLabel(state);
    app.custom = source;
    state.dataset = 'custom';
    newRun(edit ? '' : before);
    send({ type: 'data', data: dataFor(), keepWeights: edit });
    if (edit && wasPlaying) {
      send({ type: 'play' });
      app.playing = true;
      setPlaying(true);
    }
    controls.render(state, {});
    writeUrl();
  }

  function exportStatus(text, kind = 'good') {
    const p = $('export-status');
    p.textContent = text;
    p.dataset.kind = kind;
    p.setAttribute('role', kind === 'bad' ? 'alert' : 'status');
  }

  $('export-model').addEventListener('click', async () => {
    try {
      const snap = await playRpc('snapshot');
      const text = JSON.stringify(modelFile(state, snap));
      download(doc, new Blob([text], { type: 'application/json' }), fileName('model', state, snap.epoch, 'json'));
      exportStatus(`Saved the model after epoch ${fmtInt(snap.epoch)}.`);
    } catch (e) {
      exportStatus(`Cannot save the model: ${e.message}`, 'bad');
    }
  });
  $('export-history').addEventListener('click', async () => {
    const records = await playRpc('history').catch(() => []);
    download(doc, new Blob([historyCsv(records)], { type: 'text/csv' }), fileName('history', state, app.epoch, 'csv'));
    exportStatus(`Saved the history: ${fmtInt(records.length)} epoch${records.length === 1 ? '' : 's'}.`);
  });
  $('export-png').addEventListener('click', () => {
    heatmap.invalidate();
    heatmap.draw();
    $('heatmap').toBlob((blob) => {
      if (!blob) { exportStatus('Cannot save the picture: the browser made no image.', 'bad'); return; }
      download(doc, blob, fileName('boundary', state, app.epoch, 'png'));
      exportStatus('Saved the picture of the decision boundary.');
    }, 'image/png');
  });
  $('import-model').addEventListener('click', () => $('import-file').click());
  $('import-file').addEventListener('change', async () => {
    const file = $('import-file').files[0];
    $('import-file').value = '';
    if (file) importModel(file.name, await file.text());
  });

  // Rebuild the model with a file's settings and write its weights in; the run
  // goes on from them. The file's standardization is used, so predictions match.
  function importModel(name, text) {
    let m;
    try {
      m = readModelFile(text);
    } catch (e) {
      exportStatus(`Cannot load ${name}: ${e.message}.`, 'bad');
      return;
    }
    if (m.state.dataset === 'custom' && state.dataset !== 'custom') {
      exportStatus(`${name} was trained on uploaded data: upload that CSV first (Data panel), then load the model.`, 'bad');
      return;
    }
    const before = runLabel(state);
    for (const key of VIEW_KEYS) m.state[key] = state[key];
    Object.assign(state, m.state);
    newRun(before);
    send({
      type: 'load',
      data: dataFor({ standardization: m.standardization }),
      config: trainerConfig(state),
        weights: { layers: m.layers, from: 'file' },
    });
    app.imported = { name, epoch: m.epoch };
    controls.render(state, {});
    writeUrl();
  }

  function weightsLoaded(w) {
    if (w.from === 'link') {
      if (!w.ok) showNotice(`The link's weights were not used (${w.error}); the run starts from the seed's weights.`);
      return;
    }
    const f = app.imported || { name: 'the file', epoch: 0 };
    if (w.ok) exportStatus(`Loaded ${f.name} (saved after epoch ${fmtInt(f.epoch)}): training goes on from its weights.`);
    else exportStatus(`The weights of ${f.name} do not fit: ${w.error}. The model starts from its seed's weights.`, 'bad');
  }

  function selectUnit(i) {
    app.selectedUnit = i;
    network.setSelected(i);
    $('unit-back').hidden = i < 0;
    if (i < 0) heatmap.setUnitMap(null, 0, '');
    send({ type: 'view', selectedUnit: i });
  }

  function unitName(h) {
    if (!app.sizes) return '';
    let rest = h;
    for (let l = 1; l < app.sizes.length - 1; l++) {
      if (rest < app.sizes[l]) return `Layer ${l}, unit ${rest + 1} — Esc for the output`;
      rest -= app.sizes[l];
    }
    return '';
  }

  // ---- modes: the playground or a lesson ---------------------------------------

  function buildModeNav() {
    const entries = [{ id: 'play', title: 'Playground' }, ...LESSONS];
    $('modes').replaceChildren(...entries.map((m) => el('button', {
      type: 'button', class: 'mode-btn', id: `mode-${m.id}`, dataset: { mode: m.id },
      onclick: () => setMode(m.id),
    }, m.title)));
  }

  function setMode(id) {
    if (app.lesson && app.lesson.id === id) return;
    if (app.lesson) {
      app.lesson.view.destroy();
      worker.postMessage({ type: 'lesson-dispose', lesson: app.lesson.id });
      app.lesson = null;
    }
    state.mode = id;
    doc.body.dataset.mode = id;
    for (const b of $('modes').children) {
      if (b.dataset.mode === id) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
    }
    const box = $('lesson');
    box.replaceChildren();
    box.hidden = id === 'play';
    $('playground').hidden = id !== 'play';
    if (id !== 'play') {
      if (app.playing) { send({ type: 'pause' }); app.playing = false; setPlaying(false); }
      const lesson = LESSONS.find((l) => l.id === id);
      const ctx = {
        rpc: (op, args) => rpc(id, op, args),
        state,
        setParam: (key, value) => { state[key] = value; writeUrl(); },
        Chart,
        reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
        announce,
      };
      app.lesson = { id, view: lesson.create(box, ctx) };
    }
    writeUrl();
  }

  function rpc(lesson, op, args) {
    return new Promise((resolve, reject) => {
      const id = app.rpcNext++;
      app.rpcPending.set(id, { resolve, reject });
      worker.postMessage({ type: 'rpc', id, lesson, op, args });
    });
  }

  function announce(text) {
    const live = $('announcer');
    live.textContent = '';
    // A fresh text node after a clear makes screen readers read repeats too.
    setTimeout(() => { live.textContent = text; }, 30);
  }

  // ---- small DOM helpers ---------------------------------------------------------

  function setStatus(s) {
    app.status = s;
    const el = $('status');
    el.textContent = s;
    el.dataset.status = s;
  }

  function setPlaying(on) {
    const b = $('play');
    b.setAttribute('aria-pressed', String(on));
    b.setAttribute('aria-label', on ? 'Pause' : 'Play');
    b.classList.toggle('playing', on);
  }

  function showNotice(text) {
    const el = $('notice');
    el.replaceChildren();
    const span = doc.createElement('span');
    span.textContent = text;
    const x = doc.createElement('button');
    x.type = 'button';
    x.textContent = 'Dismiss';
    x.addEventListener('click', () => { el.hidden = true; });
    el.append(span, x);
    el.hidden = false;
  }

  function showHint(text, kind = 'bad') {
    const el = $('hint');
    if (el.textContent !== text) el.textContent = text;
    el.dataset.kind = kind;
    el.setAttribute('role', kind === 'bad' ? 'alert' : 'status');
    el.hidden = false;
  }

  function hideHint() {
    const el = $('hint');
    if (!el.hidden) el.hidden = true;
  }

  function flash(button, text) {
    const old = button.textContent;
    button.textContent = text;
    setTimeout(() => { button.textContent = old; }, 1500);
  }

  function renderLegend(info) {
    const box = $('class-legend');
    const items = [];
    for (let k = 0; k < info.k; k++) {
      const item = doc.createElement('span');
      item.className = 'legend-item';
      const c = classIcon(k);
      const t = doc.createElement('span');
      const name = info.classNames[k];
      // The data's own class names (the core's "rejected"/"accepted", a CSV's
      // labels); bare numbers read as "class 0".
      t.textContent = /^-?\d+(\.\d+)?$/.test(name) ? `class ${name}` : name;
      item.append(c, t);
      items.push(item);
    }
    const note = doc.createElement('span');
    note.textContent = state.showTest ? 'filled = training, hollow = test' : 'training points';
    items.push(note);
    box.replaceChildren(...items);
  }

  return { state, app, chart, playRpc };
}
