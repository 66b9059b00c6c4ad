// main.js — starts the page: the training worker, then (once the engine has
// said what it offers) the state from the link, the views and the controls.
// The worker owns the run and trains; this thread draws what it posts
// (page/run-view.js) and sends it intents (page/settings.js and the buttons).
//
// start({ createWorker, Chart }) is called by the page's entry script with a
// function that starts the training worker and the Chart.js constructor; it
// returns what tests and benchmarks read (window.downhill).

import { parseState, useEngine, label, datasetNames } from './state.js';
import { createControls } from './controls.js';
import { createDatasetPicker } from './datasets.js';
import { createHeatmap } from './heatmap.js';
import { createNetworkView } from './network.js';
import { createLossChart } from './loss-chart.js';
import { createCustomData } from './custom-data.js';
import { decodeWeights, splitWeightsParam } from './export.js';
import { applyLayout, createEmbedDialog } from './embed.js';
import { createSummary } from './a11y.js';
import { createWorkerClient } from './page/worker-client.js';
import { createNotices } from './page/notices.js';
import { createRunView } from './page/run-view.js';
import { createConfusionView } from './page/confusion-view.js';
import { createEquationView } from './page/equation-view.js';
import { createSliceView } from './page/slice-view.js';
import { createSettings, workerValues, writeUrl } from './page/settings.js';
import { createFiles } from './page/files.js';
import { createShareBox } from './page/share-box.js';
import { createModes } from './page/modes.js';
import { opsClient } from './lessons/kit/ops-contract.js';
import { OPS as PLAY_OPS } from './lessons/playground/names.js';

export function start({ createWorker, Chart }) {
  const doc = document;
  const notices = createNotices(doc);
  const page = { state: null, app: null, chart: null, receive: null };
  const client = createWorkerClient(createWorker(), {
    onMessage: (msg) => page.receive?.(msg),
    onFail: (text) => notices.hint(text),
  });
  client.ready.then((ready) => {
    useEngine(ready.engine);
    Object.assign(page, startPage({ doc, client, Chart, notices, ready }));
  });
  return {
    get state() { return page.state; },
    get app() { return page.app; },
    get chart() { return page.chart; },
    playRpc: (op, args) => client.rpc('play', op, args),
  };
}

function startPage({ doc, client, Chart, notices, ready }) {
  const $ = (id) => doc.getElementById(id);
  const link = readLink(notices);
  const state = link.state;
  const send = client.send;
  // The playground's worker ops, by their names (lessons/playground/names.js).
  const play = opsClient((op, args) => client.rpc('play', op, args), PLAY_OPS);
  const views = createViews(doc, Chart, state, {
    onSelect: (i) => selectUnit(i),
    send,
    onInput: (i) => selectInput(i),
    // The inputs chosen in the diagram: the `inputs` setting's own change.
    onChoose: (list) => settings.change('inputs', list),
    // A typed connection weight: the run takes it and sends a frame at once.
    onWeight: ({ layer, from, to }, value) => send({ type: 'weight', layer, from, to, value }),
  });
  let settings = null;
  const controls = createControls(doc, { onChange: (key, value) => settings.change(key, value) });
  const runView = createRunView({ doc, state, views, notices, send, onData });
  settings = createSettings({ state, controls, views, send, runView });
  const custom = createCustomData({
    doc, heatmap: views.heatmap, canvas: $('heatmap'), picker: $('datasets'), box: $('custom-data'), editor: $('point-editor'),
    dropZones: [doc.querySelector('.data-panel'), doc.querySelector('.heat-wrap')],
    ops: play,
    onUse: (source) => useCustom(source, false),
    onEdit: (source) => useCustom(source, true),
    announce: notices.announce,
  });
  custom.setLimits(ready.engine.limits);
  const picker = createDatasetPicker($('datasets'), datasetNames(), { onPick: (name) => settings.change('dataset', name) });
  const files = createFiles({ doc, state, views, notices, play, settings, runView, send });
  createShareBox({ doc, state, notices, play });
  const embed = doc.body.dataset.layout === 'embed';
  controls.setLocked(applyLayout(doc, state, { embed }).lockTargets);
  if (!embed) createEmbedDialog(doc, { button: $('embed-code'), state });
  wireButtons();
  controls.render(state, {});
  controls.revealMore(state);
  $('engine').textContent = `WebAssembly (${ready.variant})`;
  play.thumbs({ noise: 0.1 }).then((list) => picker.setThumbs(list), () => {});
  runView.app.onLoaded = (msg) => files.loaded(msg);
  let autoplayed = false;
  runView.app.onModel = (msg) => {
    if (msg.weights) files.weightsLoaded(msg.weights);
    if (state.autoplay && !autoplayed) { autoplayed = true; send({ type: 'play' }); }
  };
  send({ type: 'set', values: workerValues(state), custom: null, weights: link.weights });
  // What a mode on the playground's run (Digits) may use of it.
  const playground = {
    section: $('playground'), pause: () => send({ type: 'pause' }), send,
    changeMany: (values) => settings.changeMany(values), listen: runView.listen, app: runView.app,
    confusion: views.confusion,
  };
  createModes({ doc, state, client, Chart, notices, playground }).setMode(state.mode);
  writeUrl(state);

  // The data as the worker describes it: summary, controls, model fit.
  function onData(info) {
    custom.setInfo(info);
    $('data-summary').textContent = info.dataset === 'custom' ? custom.summary(info) : info.truthTable
      ? `${label('datasets', info.dataset)}: ${info.n} rows, trained and tested on every row.`
      : `${label('datasets', info.dataset)}: ${info.train.n} training and ${info.test.n} test points, ${info.regression
        ? 'a continuous target to predict (one linear output, squared error).' : `${info.k} classes.`}`;
    controls.render(state, { trainN: info.trainN });
    // Linear two-class models cannot take 3+ classes: softmax regression can.
    if (info.dataset === 'custom' && info.k > 2 && ['perceptron', 'logistic'].includes(state.model)) {
      notices.notice(`Your data has ${info.k} classes, which the ${label('models', state.model).toLowerCase()} cannot separate: switched to softmax regression.`);
      settings.change('model', 'softmax');
    }
  }

  // Switch to the user's data. A point edit keeps the current weights (when
  // they fit) and keeps playing, so the boundary follows the points.
  function useCustom(source, edit) {
    state.dataset = 'custom';
    send({ type: 'set', values: { dataset: 'custom' }, custom: source, keepWeights: edit });
    controls.render(state, {});
    writeUrl(state);
  }

  // An input's own map on the plot (the worker sent them with the data).
  function selectInput(i) {
    const info = runView.app.info;
    if (runView.app.selectedUnit >= 0) selectUnit(-1);
    runView.app.selectedInput = i;
    views.network.setSelected(-1, i);
    $('unit-back').hidden = i < 0;
    if (i < 0 || !info || !info.inputMaps) { views.heatmap.setUnitMap(null, 0, ''); return; }
    const s = info.inputMapSize;
    const name = (info.inputNames || info.featureNames)[i];
    views.heatmap.setUnitMap(info.inputMaps.slice(i * s * s, (i + 1) * s * s), s, `Input ${name} — Esc for the output`);
  }

  function selectUnit(i) {
    if (i >= 0 && runView.app.selectedInput >= 0) runView.app.selectedInput = -1;
    runView.app.selectedUnit = i;
    views.network.setSelected(i);
    $('unit-back').hidden = i < 0;
    if (i < 0) views.heatmap.setUnitMap(null, 0, '');
    send({ type: 'select', unit: i });
  }

  function wireButtons() {
    $('play').addEventListener('click', () => {
      if (runView.app.modelError) { notices.hint(runView.app.modelError, 'info'); return; }
      send({ type: runView.app.playing ? 'pause' : 'play' });
    });
    $('step-batch').addEventListener('click', () => send({ type: 'step', unit: 'batch' }));
    $('step-epoch').addEventListener('click', () => send({ type: 'step', unit: 'epoch' }));
    $('reset').addEventListener('click', () => send({ type: 'reset' }));
    $('reseed').addEventListener('click', () => settings.change('seed', 1 + Math.floor(Math.random() * 1e9)));
    $('regenerate').addEventListener('click', () => settings.change('dataSeed', 1 + Math.floor(Math.random() * 1e9)));
    $('clear-runs').addEventListener('click', () => views.chart.clearPrevious());
    $('unit-back').addEventListener('click', () => (runView.app.selectedInput >= 0 ? selectInput(-1) : selectUnit(-1)));
    // The skip link moves focus past the network diagram's units to the plot
    // (a click handler, not the #fragment: on file:// the fragment holds the state).
    $('skip-to-plot').addEventListener('click', (ev) => {
      ev.preventDefault();
      const plot = $('heatmap');
      if (!plot.hasAttribute('tabindex')) plot.tabIndex = -1;
      plot.focus();
    });
    doc.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape') return;
      if (runView.app.selectedUnit >= 0) selectUnit(-1);
      else if (runView.app.selectedInput >= 0) selectInput(-1);
    });
  }

  return { state, app: runView.app, chart: views.chart, receive: runView.receive };
}

// The state from the link, and what of it was not used (said in a notice).
function readLink(notices) {
  const linkQuery = splitWeightsParam(location.search.length > 1 ? location.search : location.hash);
  const { state, ignored } = parseState(linkQuery.query);
  const notes = [];
  let weights = null;
  if (ignored.length) notes.push(`Some settings in the link were not used (defaults kept): ${ignored.join(', ')}.`);
  if (state.dataset === 'custom') {
    notes.push(`This link was made with data uploaded to the page, which a link cannot carry${linkQuery.weights !== null ? ', so its weights were not used either' : ''}. Upload the CSV file again (Data panel), or click the plot to add points.`);
  } else if (linkQuery.weights !== null) {
    try {
      weights = { flat: decodeWeights(linkQuery.weights), from: 'link' };
    } catch (e) {
      notes.push(`The link's weights were not used (${e.message}); the run starts from the seed's weights.`);
    }
  }
  if (notes.length) notices.notice(notes.join(' '));
  return { state, weights };
}

function createViews(doc, Chart, state, { onSelect, onInput, onChoose, onWeight, send }) {
  const $ = (id) => doc.getElementById(id);
  const views = {
    heatmap: createHeatmap($('heatmap')),
    network: createNetworkView($('network'), { onSelect, onInput, onChoose, onWeight }),
    chart: createLossChart($('chart'), Chart),
    summary: createSummary(doc),
    confusion: createConfusionView(/** @type {HTMLTableElement} */ ($('confusion'))),
    equation: null,
    slice: createSliceView({ box: $('slice'), send }),
  };
  views.equation = createEquationView($('equation'), views.heatmap);
  views.chart.setView(state.chart);
  views.chart.setLogScale(state.logScale);
  views.chart.setLogEpochs(state.logEpochs);
  views.heatmap.setOptions({ showTest: state.showTest, discretize: state.discretize });
  const onResize = () => { views.heatmap.invalidate(); views.network.invalidate(); };
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(onResize);
    ro.observe($('heatmap'));
    ro.observe($('network'));
  } else {
    window.addEventListener('resize', onResize);
  }
  return views;
}
