// page/settings.js — one place where a setting changes: the state, the URL,
// the controls, and what the change means, by the setting's kind in the
// schema (state.js): data, model and live settings go to the worker as a
// 'set' intent (the worker decides what to remake), view settings redraw here.

import { paramKind, perKindKeys, runLabel, serializeState } from '../state.js';
import { fmtRate } from '../format.js';

export function createSettings({ state, controls, views, send, runView }) {
  const { heatmap, chart } = views;

  function change(key, value) {
    if (JSON.stringify(state[key]) === JSON.stringify(value)) { controls.render(state, {}); return; }
    state[key] = value;
    const values = { [key]: value };
    // A new optimizer or schedule kind starts from its own hyperparameters.
    for (const k of perKindKeys(key)) values[k] = state[k] = null;
    const kind = paramKind(key);
    if (kind === 'data' || kind === 'model' || kind === 'live') {
      send({ type: 'set', values });
      if (kind === 'live' && key !== 'speed') markLive(key);
    } else if (kind === 'view') {
      applyView(key, value);
    }
    controls.render(state, {});
    writeUrl(state);
  }

  // A setting the trainer takes mid-run: training goes on, the chart marks it.
  function markLive(key) {
    const app = runView.app;
    if (app.updates > 0) chart.mark(app.epoch, markText(key));
    app.label = runLabel(state);
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

  function applyView(key, value) {
    if (key === 'showTest' || key === 'discretize') heatmap.setOptions({ [key]: value });
    else if (key === 'logScale') chart.setLogScale(value);
    else if (key === 'logEpochs') chart.setLogEpochs(value);
    else if (key === 'chart') chart.setView(value);
  }

  /** Several settings at once (a mode's own, web/lessons/digits/): one
   *  'set' for the worker, which remakes what the most far-reaching of them
   *  needs, once. */
  function changeMany(values) {
    const sent = {};
    for (const [key, value] of Object.entries(values)) {
      if (JSON.stringify(state[key]) === JSON.stringify(value)) continue;
      state[key] = sent[key] = value;
      for (const k of perKindKeys(key)) sent[k] = state[k] = null;
    }
    const toWorker = Object.fromEntries(Object.entries(sent).filter(([k]) => ['data', 'model', 'live'].includes(paramKind(k))));
    if (Object.keys(toWorker).length) send({ type: 'set', values: toWorker });
    controls.render(state, {});
    controls.revealMore(state);
    writeUrl(state);
  }

  /** Settings the worker has already taken (a loaded model file's): the
   *  state, the controls and the address follow. */
  function adopt(values) {
    Object.assign(state, values);
    controls.render(state, {});
    controls.revealMore(state);
    writeUrl(state);
  }

  return { change, changeMany, adopt, applyView };
}

/** The settings the worker keeps: data, model and live ones. */
export function workerValues(state) {
  const out = {};
  for (const [key, value] of Object.entries(state)) {
    const kind = paramKind(key);
    if (kind === 'data' || kind === 'model' || kind === 'live') out[key] = value;
  }
  return out;
}

/** The state into the address bar (the query, or the fragment where a
 *  file:// page refuses a changed query). */
export function writeUrl(state) {
  const query = `?${serializeState(state)}`;
  try {
    history.replaceState(null, '', query + location.hash.replace(/^#.*$/, ''));
  } catch {
    try { history.replaceState(null, '', `#${query.slice(1)}`); } catch { /* keep the old URL */ }
  }
}
