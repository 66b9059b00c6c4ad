// custom-data/chooser.js — the CSV box on the Data panel: an upload button (or
// a file dropped on a drop zone), then a chooser of the feature columns and
// the label column, with what the engine read the file as and its verdict on
// the choice. The engine reads the file (worker ops csvSniff and csvCheck,
// lessons/playground/ops.js): this module never parses CSV itself.
//
// createCsvChooser({ box, dropZones, ops, onChoose, announce, dataLocked })
//     -> { openFile(), setLimits(dh.limits) }
//   ops: the playground's worker ops by name (lessons/playground/names.js);
//   onChoose(source) gets { kind: 'csv', bytes, features, label, header, name, format }
//   when the user says "Use this data" (features and label are column indices).

import { el } from '../dom.js';
import { filePicker, acceptDrops, readFileBytes } from './file.js';
import { defaultChoice, featureCap, PLOT_FEATURES } from './columns.js';
import { MAX_DRAWN_POINTS } from '../draw/heatmap.js';
import { EVAL_MAX } from '../worker/data.js';
import { fmtInt } from '../format.js';

/** @typedef {{ name: string, numeric: boolean }} Column */

export function createCsvChooser({ box, dropZones, ops, onChoose, announce, dataLocked }) {
  const v = {
    file: null,          // { bytes, name } while the chooser is open
    sniff: null,         // the engine's reading of it (dh.sniffCSV)
    header: 'auto',      // 'auto' until the user flips the header switch
    token: 0,            // an answer for an older file or choice is dropped
    maxBytes: 0,         // the engine's limits, once it is loaded
    cap: PLOT_FEATURES,
  };
  const input = filePicker({ id: 'csv-file', accept: '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values', onFile: (f) => readFile(f) });
  const ui = chooserElements({
    pick: () => input.click(), recheck: () => { capFeatures(); recheck(); }, label: () => labelChanged(),
    header: () => headerSwitched(), use: () => use(), cancel: () => close(),
  });
  box.append(ui.uploadBtn, input,
    el('p', { class: 'small' }, 'or drop a CSV file (comma-, semicolon- or tab-separated) on this panel or on the plot.'),
    ui.error, ui.chooser);
  acceptDrops(dropZones, (f) => readFile(f));

  function showError(text) {
    ui.error.textContent = text;
    ui.error.hidden = !text;
  }

  async function readFile(file) {
    if (!file) return;
    if (dataLocked()) {
      const text = `The data set is locked by the teacher: ${file.name} cannot replace it.`;
      showError(text);
      announce(text);
      return;
    }
    const token = ++v.token;
    showError('');
    const { bytes, error } = await readFileBytes(file, v.maxBytes);
    if (token !== v.token) return;
    if (error) { showError(error); return; }
    v.file = { bytes, name: file.name };
    v.header = 'auto';
    if (await sniff(token)) ui.chooser.hidden = false;
    const first = ui.features.querySelector('input:not(:disabled)');
    if (first) /** @type {HTMLInputElement} */ (first).focus();
  }

  // Ask the engine how it reads the file (with the header switch as set) and
  // fill the chooser; a file it cannot read at all closes the chooser.
  async function sniff(token) {
    try {
      const s = await ops.csvSniff({ bytes: v.file.bytes, header: v.header });
      if (token !== v.token) return false;
      v.sniff = s;
    } catch (e) {
      if (token !== v.token) return false;
      const name = v.file.name;
      close(false);
      showError(`${name} cannot be used: ${e.message}`);
      return false;
    }
    ui.title.textContent = `${v.file.name}: choose the columns`;
    ui.format.textContent = `Read as ${v.sniff.description}.`;
    ui.headerBox.checked = v.sniff.header;
    fillColumns(ui, v.sniff.columns, defaultChoice(v.sniff.columns, v.cap));
    capFeatures();
    await recheck();
    return true;
  }

  async function headerSwitched() {
    if (!v.file) return;
    v.header = ui.headerBox.checked;
    await sniff(++v.token);
  }

  // The label cannot also be a feature.
  function labelChanged() {
    const box = /** @type {HTMLInputElement | null} */ (ui.features.querySelector(`#csv-feature-${ui.label.value}`));
    if (box) box.checked = false;
    capFeatures();
    recheck();
  }

  // At most v.cap features (the engine's model's inputs): the other boxes are
  // disabled once that many are ticked.
  function capFeatures() {
    const boxes = featureBoxes(ui);
    const ticked = boxes.filter((b) => b.checked).length;
    for (const b of boxes) b.disabled = b.value === ui.label.value || (!b.checked && ticked >= v.cap);
  }

  /** The chosen columns as indices, features in column order (the first is drawn across). */
  function choice() {
    const features = featureBoxes(ui).filter((b) => b.checked).map((b) => Number(b.value));
    return { features, label: Number(ui.label.value) };
  }

  async function recheck() {
    if (!v.file || !v.sniff) return null;
    const token = ++v.token;
    showError('');
    ui.useBtn.disabled = true;
    const { features, label } = choice();
    if (!features.length) {
      ui.verdict.textContent = 'Choose at least one feature.';
      return null;
    }
    ui.verdict.textContent = 'Checking…';
    try {
      const r = await ops.csvCheck({ bytes: v.file.bytes, features, label, header: v.header });
      if (token !== v.token) return null;
      const names = r.classNames.length <= 6 ? ` (${r.classNames.join(', ')})` : '';
      const f = r.featureNames;
      const axes = f.length === 2 ? ` ${f[0]} across, ${f[1]} up.`
        : f.length > 2 ? ` ${f[0]} across, ${f[1]} up; the plot shows a slice, ${f.length === 3 ? `${f[2]} held at its mean` : `the other ${f.length - 2} held at their means`} (you can change it under the plot).` : '';
      ui.verdict.textContent = `${fmtInt(r.n)} rows, ${r.k} classes${names}.${axes}${bigDataNote(r.n)}`;
      ui.useBtn.disabled = false;
      return r;
    } catch (e) {
      if (token !== v.token) return null;
      ui.verdict.textContent = '';
      showError(`${v.file.name} cannot be used: ${e.message}`);
      return null;
    }
  }

  async function use() {
    const r = await recheck();
    if (!r || !v.file) return;
    const { features, label } = choice();
    const source = {
      kind: 'csv', bytes: v.file.bytes, features, label, header: v.header, name: v.file.name, format: v.sniff.description,
    };
    close();
    onChoose(source);
    announce(`Using ${source.name}: ${r.n} rows, ${r.k} classes.`);
  }

  function close(focus = true) {
    v.file = null;
    v.sniff = null;
    v.token += 1;
    ui.chooser.hidden = true;
    if (focus) ui.uploadBtn.focus();
  }

  function setLimits(limits) {
    v.maxBytes = limits.maxCsvBytes;
    v.cap = featureCap(limits);
    ui.featuresTitle.textContent = v.cap > 1 ? featuresHeading(v.cap) : 'Feature';
  }

  return { openFile: () => input.click(), setLimits };
}

function featuresHeading(cap) {
  return `Features (up to ${fmtInt(cap)}; the first two are drawn across and up${cap > PLOT_FEATURES ? ', any more held in a slice' : ''})`;
}

// What a big file costs in the view, said before it is used: the plot draws
// a sample of its points, and each epoch's test loss and accuracy are
// estimated on at most EVAL_MAX test points (worker/data.js).
function bigDataNote(n) {
  if (n <= Math.min(MAX_DRAWN_POINTS, EVAL_MAX)) return '';
  const drawn = Math.ceil(n / Math.ceil(n / MAX_DRAWN_POINTS));   // every stride-th point (draw/heatmap.js)
  return ` The plot will show about ${fmtInt(drawn)} of the ${fmtInt(n)} points;`
    + ` each epoch's test loss and accuracy are estimated on at most ${fmtInt(EVAL_MAX)} test points.`;
}

/** @returns {HTMLInputElement[]} */
function featureBoxes(ui) {
  return Array.from(ui.features.querySelectorAll('input[type="checkbox"]'));
}

// The box's elements; `on` holds what the buttons, boxes and selects do.
function chooserElements(on) {
  const uploadBtn = el('button', { type: 'button', id: 'csv-upload', class: 'wide-btn', onclick: on.pick },
    'Upload a CSV file…');
  const title = el('p', { class: 'csv-title', id: 'csv-title' });
  const format = el('p', { class: 'small', id: 'csv-format' });
  const headerBox = el('input', { type: 'checkbox', id: 'csv-header', onchange: on.header });
  const featuresTitle = el('span', { id: 'csv-features-title' }, featuresHeading(PLOT_FEATURES));
  const features = el('div', { class: 'toggles', id: 'csv-features', role: 'group', 'aria-labelledby': 'csv-features-title', onchange: on.recheck });
  const label = el('select', { id: 'csv-label', onchange: on.label });
  const verdict = el('p', { class: 'csv-verdict small', id: 'csv-verdict', role: 'status' });
  const error = el('p', { class: 'csv-error', id: 'csv-error', role: 'alert', hidden: true });
  const useBtn = el('button', { type: 'button', id: 'csv-use', class: 'csv-use', onclick: on.use }, 'Use this data');
  const chooser = el('div', { class: 'csv-chooser', id: 'csv-chooser', role: 'group', 'aria-labelledby': 'csv-title', hidden: true },
    title, format,
    el('label', { class: 'check' }, headerBox, 'The first row names the columns'),
    el('div', { class: 'field' }, featuresTitle, features),
    el('label', { class: 'field' }, el('span', {}, 'Label (the class)'), label),
    verdict,
    el('div', { class: 'csv-buttons' }, useBtn,
      el('button', { type: 'button', id: 'csv-cancel', onclick: on.cancel }, 'Cancel')));
  return { uploadBtn, title, format, headerBox, featuresTitle, features, label, verdict, error, useBtn, chooser };
}

// A box per column for the features, every column in the label select; set
// to `chosen`. Columns that are not all numbers say so (the engine's check
// then names the first cell that is not).
/** @param {Column[]} columns  @param {{ features: number[], label: number }} chosen */
function fillColumns(ui, columns, chosen) {
  const name = (c) => c.name + (c.numeric ? '' : ' (not all numbers)');
  ui.features.replaceChildren(...columns.map((c, i) => el('label', {},
    el('input', { type: 'checkbox', id: `csv-feature-${i}`, value: String(i), checked: chosen.features.includes(i) }),
    ` ${name(c)}`)));
  ui.label.replaceChildren(...columns.map((c, i) => el('option', { value: String(i) }, c.name)));
  ui.label.value = String(chosen.label);
}
