// custom-data/chooser.js — the CSV box on the Data panel: an upload button (or
// a file dropped on a drop zone), then a chooser of the two feature columns
// and the label column, with the engine's verdict on that choice.
//
// createCsvChooser({ box, dropZones, check, onChoose, announce })
//     -> { openFile(), setMaxBytes(n) }
//   check(text, features, label) -> Promise of { n, k, classNames } or a rejection
//   (the worker's csvCheck op); onChoose(source) gets
//   { kind: 'csv', text, features, label, name } when the user says "Use this data".

import { el } from '../dom.js';
import { filePicker, acceptDrops, readTextFile } from './file.js';
import { sniffCsv, defaultColumns, columnRef } from './sniff.js';

export function createCsvChooser({ box, dropZones, check, onChoose, announce }) {
  const v = {
    file: null,          // { text, name, columns } while the chooser is open
    checkToken: 0,       // a verdict for an older choice is dropped
    maxBytes: 0,         // the engine's limit (dh.limits), once it is loaded
  };
  const input = filePicker({ id: 'csv-file', accept: '.csv,text/csv,text/plain', onFile: (f) => readFile(f) });
  const ui = chooserElements({ pick: () => input.click(), recheck: () => recheck(), use: () => use(), cancel: () => close() });
  box.append(ui.uploadBtn, input,
    el('p', { class: 'small' }, 'or drop a .csv file on this panel or on the plot. Its first row names the columns.'),
    ui.error, ui.chooser);
  acceptDrops(dropZones, (f) => readFile(f));

  function showError(text) {
    ui.error.textContent = text;
    ui.error.hidden = !text;
  }

  async function readFile(file) {
    if (!file) return;
    showError('');
    const { text, error } = await readTextFile(file, v.maxBytes);
    if (error) { showError(error); return; }
    const sniff = sniffCsv(text);
    v.file = { text, name: file.name, columns: sniff.columns };
    ui.title.textContent = `${file.name}: choose the columns`;
    fillSelects(ui.selects, sniff);
    ui.chooser.hidden = false;
    await recheck();
    ui.selects.f1.focus();
  }

  // The chosen columns as the engine's options.
  function choice() {
    const { f1, f2, label } = ui.selects;
    const ref = (i) => columnRef(v.file.columns, i);
    const features = [f1.value, f2.value].filter((s) => s !== '').map(Number).map(ref);
    return { features, label: ref(Number(label.value)) };
  }

  async function recheck() {
    if (!v.file) return null;
    const token = ++v.checkToken;
    showError('');
    ui.verdict.textContent = 'Checking…';
    ui.useBtn.disabled = true;
    const { features, label } = choice();
    try {
      const r = await check(v.file.text, features, label);
      if (token !== v.checkToken) return null;
      const names = r.classNames.length <= 6 ? ` (${r.classNames.join(', ')})` : '';
      ui.verdict.textContent = `${r.n} rows, ${r.k} classes${names}.`;
      ui.useBtn.disabled = false;
      return r;
    } catch (e) {
      if (token !== v.checkToken) return null;
      ui.verdict.textContent = '';
      showError(`${v.file.name} cannot be used: ${e.message}`);
      ui.useBtn.disabled = false;
      return null;
    }
  }

  async function use() {
    const r = await recheck();
    if (!r || !v.file) return;
    const { features, label } = choice();
    const source = { kind: 'csv', text: v.file.text, features, label, name: v.file.name };
    close();
    onChoose(source);
    announce(`Using ${source.name}: ${r.n} rows, ${r.k} classes.`);
  }

  function close() {
    v.file = null;
    v.checkToken += 1;
    ui.chooser.hidden = true;
    ui.uploadBtn.focus();
  }

  return { openFile: () => input.click(), setMaxBytes: (n) => { v.maxBytes = n; } };
}

// The box's elements; `on` holds what the buttons and selects do.
function chooserElements(on) {
  const uploadBtn = el('button', { type: 'button', id: 'csv-upload', class: 'wide-btn', onclick: on.pick },
    'Upload a CSV file…');
  const selects = {
    f1: el('select', { id: 'csv-f1', onchange: on.recheck }),
    f2: el('select', { id: 'csv-f2', onchange: on.recheck }),
    label: el('select', { id: 'csv-label', onchange: on.recheck }),
  };
  const title = el('p', { class: 'csv-title', id: 'csv-title' });
  const verdict = el('p', { class: 'csv-verdict small', id: 'csv-verdict', role: 'status' });
  const error = el('p', { class: 'csv-error', id: 'csv-error', role: 'alert', hidden: true });
  const useBtn = el('button', { type: 'button', id: 'csv-use', class: 'csv-use', onclick: on.use }, 'Use this data');
  const chooser = el('div', { class: 'csv-chooser', id: 'csv-chooser', role: 'group', 'aria-labelledby': 'csv-title', hidden: true },
    title,
    el('label', { class: 'field' }, el('span', {}, 'Feature 1 (across)'), selects.f1),
    el('label', { class: 'field' }, el('span', {}, 'Feature 2 (up)'), selects.f2),
    el('label', { class: 'field' }, el('span', {}, 'Label (the class)'), selects.label),
    verdict,
    el('div', { class: 'csv-buttons' }, useBtn,
      el('button', { type: 'button', id: 'csv-cancel', onclick: on.cancel }, 'Cancel')));
  return { uploadBtn, selects, title, verdict, error, useBtn, chooser };
}

// Every column in each select (the second feature may be none), set to the defaults.
function fillSelects(selects, sniff) {
  const { columns } = sniff;
  const options = (withNone) => [
    ...(withNone ? [el('option', { value: '' }, '— none (one feature) —')] : []),
    ...columns.map((c, i) => el('option', { value: String(i) }, c || `column ${i + 1}`)),
  ];
  selects.f1.replaceChildren(...options(false));
  selects.f2.replaceChildren(...options(columns.length <= 2));
  selects.label.replaceChildren(...options(false));
  if (!columns.length) return;
  const d = defaultColumns(sniff);
  selects.label.value = String(d.label);
  selects.f1.value = String(d.f1);
  selects.f2.value = d.f2 === null ? '' : String(d.f2);
}
