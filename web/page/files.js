// page/files.js — the run to and from files: save the model (JSON), the
// history (CSV) and the decision map (PNG); load a saved model, which the
// worker checks whole and makes aside before it replaces the run.

import {
  download, modelFile, readModelFile, historyCsv, fileName,
} from '../export.js';
import { fmtInt } from '../format.js';
import { formatNumberOrText } from '../state.js';
import { lockedSettings } from '../embed.js';
import { workerValues } from './settings.js';

const shown = (v) => (Array.isArray(v) ? `[${v.join(', ')}]` : v === null ? 'auto' : formatNumberOrText(v));

export function createFiles({ doc, state, views, notices, play, settings, runView, send }) {
  const $ = (id) => doc.getElementById(id);
  const say = notices.exportStatus;
  let pending = null;      // the model file the worker is checking: { id, name, epoch, values, viewKeys }
  let loadId = 0;

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

  // A model file is one transaction: read and checked whole here
  // (export.js), then made and checked against this page's data in the
  // worker (worker/load.js), which swaps it in only when all of it fits.
  // Only on the worker's ok do the settings, controls and address change.
  // The file's view and page settings are the page's own: they are ignored,
  // with a notice. A setting the page locks cannot be changed by a file.
  function loadModelFile(name, text) {
    let m;
    try {
      m = readModelFile(text);
      refuseLocked(m.state);
    } catch (e) {
      say(`Cannot load ${name}: ${e.message}. Nothing was changed.`, 'bad');
      return;
    }
    if (m.state.dataset === 'custom' && state.dataset !== 'custom') {
      say(`${name} was trained on uploaded data: upload that CSV first (Data panel), then load the model.`, 'bad');
      return;
    }
    const values = workerValues(m.state);
    delete values.speed;   // the pace is the page's
    const id = ++loadId;
    pending = { id, name, epoch: m.epoch, values, viewKeys: m.viewKeys };
    say(`Loading ${name}…`);
    send({ type: 'load', id, values, standardization: m.standardization, weights: { layers: m.layers, from: 'file' } });
  }

  // The teacher's locks hold: a file that would change a locked setting is refused.
  function refuseLocked(values) {
    for (const { part, key } of lockedSettings(state.lock)) {
      if (key === 'speed' || JSON.stringify(values[key]) === JSON.stringify(state[key])) continue;
      throw new Error(`this page locks ${part}, and the file would change ${key} from ${shown(state[key])} to ${shown(values[key])}`);
    }
  }

  /** The worker's answer to a model file. */
  function loaded(msg) {
    if (!pending || msg.id !== pending.id) return;
    const p = pending;
    pending = null;
    if (!msg.ok) { say(`Cannot load ${p.name}: ${msg.error}. Nothing was changed.`, 'bad'); return; }
    settings.adopt(p.values);
    // Older files carry every setting: name only those that differ from the page's.
    const differ = p.viewKeys.filter(({ key, value }) => JSON.stringify(value) !== JSON.stringify(state[key])).map(({ key }) => key);
    const ignored = differ.length
      ? ` Its view settings (${differ.join(', ')}) were ignored: what the page shows and locks, its caption and its speed belong to the page, not to a model.`
      : '';
    say(`Loaded ${p.name} (saved after epoch ${fmtInt(p.epoch)}): training goes on from its weights.${ignored}`);
  }

  /** The worker's word on weights it was given (a file's, or a link's). */
  function weightsLoaded(w) {
    if (w.from === 'link') {
      if (!w.ok) notices.notice(`The link's weights were not used (${w.error}); the run starts from the seed's weights.`);
      return;
    }
    if (!w.ok) say(`The weights do not fit: ${w.error}. The model starts from its seed's weights.`, 'bad');
  }

  return { weightsLoaded, loaded };
}
