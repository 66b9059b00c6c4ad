// page/files.js — the run to and from files: save the model (JSON), the
// history (CSV) and the decision map (PNG); load a saved model, which
// rebuilds data and model with the file's settings and writes its weights in.

import {
  download, modelFile, readModelFile, historyCsv, fileName,
} from '../export.js';
import { fmtInt } from '../format.js';
import { keysOfKind } from '../state.js';

export function createFiles({ doc, state, views, notices, play, settings, runView }) {
  const $ = (id) => doc.getElementById(id);
  const say = notices.exportStatus;
  let loadedFile = null;   // { name, epoch } of the file being loaded

  $('export-model').addEventListener('click', async () => {
    try {
      const snap = await play.snapshot();
      const text = JSON.stringify(modelFile(state, snap));
      download(doc, new Blob([text], { type: 'application/json' }), fileName('model', state, snap.epoch, 'json'));
      say(`Saved the model after epoch ${fmtInt(snap.epoch)}.`);
    } catch (e) {
      say(`Cannot save the model: ${e.message}`, 'bad');
    }
  });
  $('export-history').addEventListener('click', async () => {
    const records = await play.history().catch(() => []);
    download(doc, new Blob([historyCsv(records)], { type: 'text/csv' }), fileName('history', state, runView.app.epoch, 'csv'));
    say(`Saved the history: ${fmtInt(records.length)} epoch${records.length === 1 ? '' : 's'}.`);
  });
  $('export-png').addEventListener('click', () => {
    views.heatmap.invalidate();
    views.heatmap.draw();
    /** @type {HTMLCanvasElement} */ ($('heatmap')).toBlob((blob) => {
      if (!blob) { say('Cannot save the picture: the browser made no image.', 'bad'); return; }
      download(doc, blob, fileName('boundary', state, runView.app.epoch, 'png'));
      say('Saved the picture of the decision boundary.');
    }, 'image/png');
  });
  const input = /** @type {HTMLInputElement} */ ($('import-file'));
  $('import-model').addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (file) loadModelFile(file.name, await file.text());
  });

  // The file's settings replace the run's (its view and page settings stay as
  // they are); the file's standardization is used, so predictions match.
  function loadModelFile(name, text) {
    let m;
    try {
      m = readModelFile(text);
    } catch (e) {
      say(`Cannot load ${name}: ${e.message}.`, 'bad');
      return;
    }
    if (m.state.dataset === 'custom' && state.dataset !== 'custom') {
      say(`${name} was trained on uploaded data: upload that CSV first (Data panel), then load the model.`, 'bad');
      return;
    }
    for (const kind of ['view', 'page', 'lesson']) for (const key of keysOfKind(kind)) m.state[key] = state[key];
    m.state.speed = state.speed;
    loadedFile = { name, epoch: m.epoch };
    settings.replaceAll(m.state, { standardization: m.standardization, weights: { layers: m.layers, from: 'file' } });
  }

  /** The worker's word on weights it was given (a file's, or a link's). */
  function weightsLoaded(w) {
    if (w.from === 'link') {
      if (!w.ok) notices.notice(`The link's weights were not used (${w.error}); the run starts from the seed's weights.`);
      return;
    }
    const f = loadedFile || { name: 'the file', epoch: 0 };
    if (w.ok) say(`Loaded ${f.name} (saved after epoch ${fmtInt(f.epoch)}): training goes on from its weights.`);
    else say(`The weights of ${f.name} do not fit: ${w.error}. The model starts from its seed's weights.`, 'bad');
  }

  return { weightsLoaded };
}
