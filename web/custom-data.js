// custom-data.js — the user's own data on the playground: a CSV file (picked
// with a button or dropped on the data panel or the plot) with a column
// chooser, and points added or removed by clicking the plot.
//
// createCustomData(opts) -> { setInfo(info), setLimits(dh.limits), summary(info), openFile() }
//   opts: { doc, heatmap, canvas, picker, box, editor, dropZones, check, onUse,
//           onEdit, announce }
//   check(text, features, label) -> Promise of the engine's verdict (worker
//   op csvCheck: { n, k, classNames } or a rejection naming row and column);
//   onUse(source) switches to the data; onEdit(source) after a point edit.
//   setInfo(info) is called with every dataset the worker describes.
//
// A source is what the worker rebuilds the data from (see worker.js):
//   { kind: 'csv', text, features, label, name }
//   { kind: 'points', x: [x0, y0, x1, y1, ...], y: [class, ...], k, bounds,
//     featureNames, classNames }
// Clicked points are trained and measured on every point (no test split): a
// handful of points split in two would leave too few to learn from, and what
// you click is what the model should fit.

import { el, setDescribedBy } from './dom.js';
import { classColor, CLASS_SHAPES, markerPath, rgb } from './palette.js';

const MAX_CLASSES = CLASS_SHAPES.length;  // one marker shape per class
const HIT_PX = 9;                         // a click this close to a point removes it
const SNIFF_ROWS = 20;                    // rows read to guess the numeric columns
const ID_COLUMN = /^(id|index|idx|row|#|no\.?|unnamed.*)$/i;

export function createCustomData(opts) {
  const { doc, heatmap, canvas, check, onUse, onEdit, announce } = opts;
  const v = {
    info: null,          // the data as the worker last described it
    source: null,        // the custom source used last (CSV or points)
    file: null,          // { text, name, columns } while the chooser is open
    checkToken: 0,
    selected: 0,         // the class a click adds
    cursor: null,        // keyboard editing cursor (data units)
    maxCsvBytes: 0,      // the engine's limit (dh.limits), once it is loaded
  };

  // ---- "Your data" in the dataset picker ----------------------------------------

  const thumb = el('canvas', { width: 64, height: 64, 'aria-hidden': 'true' });
  const yours = el('button', {
    type: 'button', class: 'dataset dataset-custom', id: 'dataset-custom', role: 'radio',
    'aria-checked': 'false', tabindex: '-1',
    onclick: () => onUse(v.source),
    onkeydown: (ev) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
      if (!step) return;
      ev.preventDefault();
      const all = opts.picker.querySelectorAll('[data-dataset]');
      const next = step > 0 ? all[0] : all[all.length - 1];
      if (next) { next.click(); next.focus(); }
    },
  }, thumb, el('span', {}, 'Your data'));
  opts.picker.append(yours);

  // ---- the CSV box: upload button, chooser, messages ----------------------------

  const input = el('input', {
    type: 'file', id: 'csv-file', accept: '.csv,text/csv,text/plain', class: 'visually-hidden',
    tabindex: '-1', 'aria-hidden': 'true',
    onchange: () => { readFile(input.files && input.files[0]); input.value = ''; },
  });
  const uploadBtn = el('button', { type: 'button', id: 'csv-upload', class: 'wide-btn', onclick: () => input.click() },
    'Upload a CSV file…');
  const selects = {
    f1: el('select', { id: 'csv-f1', onchange: () => recheck() }),
    f2: el('select', { id: 'csv-f2', onchange: () => recheck() }),
    label: el('select', { id: 'csv-label', onchange: () => recheck() }),
  };
  const title = el('p', { class: 'csv-title', id: 'csv-title' });
  const verdict = el('p', { class: 'csv-verdict small', id: 'csv-verdict', role: 'status' });
  const error = el('p', { class: 'csv-error', id: 'csv-error', role: 'alert', hidden: true });
  const useBtn = el('button', { type: 'button', id: 'csv-use', class: 'csv-use', onclick: () => use() }, 'Use this data');
  const chooser = el('div', { class: 'csv-chooser', id: 'csv-chooser', role: 'group', 'aria-labelledby': 'csv-title', hidden: true },
    title,
    el('label', { class: 'field' }, el('span', {}, 'Feature 1 (across)'), selects.f1),
    el('label', { class: 'field' }, el('span', {}, 'Feature 2 (up)'), selects.f2),
    el('label', { class: 'field' }, el('span', {}, 'Label (the class)'), selects.label),
    verdict,
    el('div', { class: 'csv-buttons' }, useBtn,
      el('button', { type: 'button', id: 'csv-cancel', onclick: () => closeChooser() }, 'Cancel')));
  opts.box.append(uploadBtn, input,
    el('p', { class: 'small' }, 'or drop a .csv file on this panel or on the plot. Its first row names the columns.'),
    error, chooser);

  for (const zone of opts.dropZones) {
    zone.addEventListener('dragover', (ev) => {
      if (!hasFiles(ev.dataTransfer)) return;
      ev.preventDefault();
      ev.dataTransfer.dropEffect = 'copy';
      zone.classList.add('drop-target');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('drop-target'));
    zone.addEventListener('drop', (ev) => {
      zone.classList.remove('drop-target');
      const file = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
      if (!file) return;
      ev.preventDefault();
      readFile(file);
    });
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  async function readFile(file) {
    if (!file) return;
    showError('');
    // The engine refuses larger text anyway; this saves reading the file first.
    if (v.maxCsvBytes > 0 && file.size > v.maxCsvBytes) {
      const mb = (n) => `${Number((n / 1048576).toFixed(1))} MB`;
      showError(`${file.name} is ${mb(file.size)}; files up to ${mb(v.maxCsvBytes)} can be used.`);
      return;
    }
    let text;
    try {
      text = await file.text();
    } catch (e) {
      showError(`${file.name} could not be read: ${e.message}`);
      return;
    }
    const sniff = sniffCsv(text);
    v.file = { text, name: file.name, columns: sniff.columns };
    title.textContent = `${file.name}: choose the columns`;
    fillSelects(sniff);
    chooser.hidden = false;
    await recheck();
    selects.f1.focus();
  }

  function fillSelects({ columns, numeric }) {
    const options = (withNone) => [
      ...(withNone ? [el('option', { value: '' }, '— none (one feature) —')] : []),
      ...columns.map((c, i) => el('option', { value: String(i) }, c || `column ${i + 1}`)),
    ];
    selects.f1.replaceChildren(...options(false));
    selects.f2.replaceChildren(...options(columns.length <= 2));
    selects.label.replaceChildren(...options(false));
    // Defaults: the last column is the label, the first two numeric others the
    // features, passing over a row-number column ("id", "index") when there are enough.
    const label = columns.length - 1;
    const others = columns.map((_, i) => i).filter((i) => i !== label);
    const nums = others.filter((i) => numeric[i]);
    const measured = nums.filter((i) => !ID_COLUMN.test(columns[i]));
    const pick = measured.length >= 2 ? measured : nums.length >= 2 ? nums : others;
    if (columns.length) {
      selects.label.value = String(Math.max(0, label));
      selects.f1.value = String(pick[0] ?? 0);
      selects.f2.value = pick.length > 1 ? String(pick[1]) : '';
    }
  }

  // The chooser's columns as the engine's options (names; an index when a name
  // holds a comma, which the engine's column list cannot carry).
  function choice() {
    const ref = (i) => {
      const name = v.file.columns[i];
      return name && !name.includes(',') ? name : i;
    };
    const features = [selects.f1.value, selects.f2.value].filter((s) => s !== '').map(Number).map(ref);
    return { features, label: ref(Number(selects.label.value)) };
  }

  async function recheck() {
    if (!v.file) return null;
    const token = ++v.checkToken;
    showError('');
    verdict.textContent = 'Checking…';
    useBtn.disabled = true;
    const { features, label } = choice();
    try {
      const r = await check(v.file.text, features, label);
      if (token !== v.checkToken) return null;
      const names = r.classNames.length <= 6 ? ` (${r.classNames.join(', ')})` : '';
      verdict.textContent = `${r.n} rows, ${r.k} classes${names}.`;
      useBtn.disabled = false;
      return r;
    } catch (e) {
      if (token !== v.checkToken) return null;
      verdict.textContent = '';
      showError(`${v.file.name} cannot be used: ${e.message}`);
      useBtn.disabled = false;
      return null;
    }
  }

  async function use() {
    const r = await recheck();
    if (!r || !v.file) return;
    const { features, label } = choice();
    v.source = { kind: 'csv', text: v.file.text, features, label, name: v.file.name };
    closeChooser();
    onUse(v.source);
    announce(`Using ${v.source.name}: ${r.n} rows, ${r.k} classes.`);
  }

  function closeChooser() {
    v.file = null;
    v.checkToken += 1;
    chooser.hidden = true;
    uploadBtn.focus();
  }

  // ---- points: the class picker and clicks on the plot --------------------------

  const classBox = el('div', { class: 'point-classes', role: 'radiogroup', 'aria-labelledby': 'point-legend' });
  const clearBtn = el('button', { type: 'button', id: 'clear-points', class: 'mini-text', onclick: () => clearAll() },
    'Clear all points');
  opts.editor.append(
    el('div', { class: 'point-head' },
      el('span', { id: 'point-legend', class: 'point-legend' }, 'Click the plot to add a point of'), classBox, clearBtn),
    el('p', { class: 'small', id: 'point-help' },
      'Click a point to remove it. Keyboard: focus the plot, move with the arrow keys, Enter adds or removes.'));
  canvas.tabIndex = 0;
  // Keep the description of the picture and add how to edit it.
  setDescribedBy(canvas, 'point-help', true);

  function renderClasses() {
    const info = v.info;
    const k = Math.max(2, info ? info.k : 2);
    const count = Math.min(MAX_CLASSES, k + 1);
    v.selected = Math.min(v.selected, count - 1);
    const names = info ? info.classNames : [];
    classBox.replaceChildren(...Array.from({ length: count }, (_, c) => {
      const radio = el('input', {
        type: 'radio', name: 'point-class', value: String(c), id: `point-class-${c}`, checked: c === v.selected,
        onchange: () => { v.selected = c; },
      });
      const name = c < names.length ? names[c] : String(c);
      return el('label', { class: 'point-class', for: `point-class-${c}` },
        radio, classIcon(c), el('span', {}, c < k ? `class ${name}` : `class ${name} (new)`));
    }));
  }

  canvas.addEventListener('click', (ev) => {
    const r = canvas.getBoundingClientRect();
    toggleAt(ev.clientX - r.left, ev.clientY - r.top);
  });
  const showCursor = () => {
    const b = v.info.bounds;
    v.cursor = v.cursor || { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    heatmap.setCursor(v.cursor);
  };
  // The cursor shows for keyboard focus only, not after a mouse click.
  canvas.addEventListener('focus', () => { if (v.info && !editorOff() && canvas.matches(':focus-visible')) showCursor(); });
  canvas.addEventListener('blur', () => heatmap.setCursor(null));
  canvas.addEventListener('keydown', (ev) => {
    if (!v.info || editorOff()) return;
    showCursor();
    const b = v.info.bounds;
    const f = ev.shiftKey ? 0.1 : 0.025;
    const move = {
      ArrowLeft: [-(b.x1 - b.x0) * f, 0], ArrowRight: [(b.x1 - b.x0) * f, 0],
      ArrowUp: [0, (b.y1 - b.y0) * f], ArrowDown: [0, -(b.y1 - b.y0) * f],
    }[ev.key];
    if (move) {
      ev.preventDefault();
      v.cursor = {
        x: Math.min(b.x1, Math.max(b.x0, v.cursor.x + move[0])),
        y: Math.min(b.y1, Math.max(b.y0, v.cursor.y + move[1])),
      };
      heatmap.setCursor(v.cursor);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const [px, py] = heatmap.toPixel(v.cursor.x, v.cursor.y);
      toggleAt(px, py);
    }
  });

  // The points as they stand: ours while the data is points, else the data's
  // (training and test points together, in the data's units).
  function currentPoints() {
    const info = v.info;
    if (info.dataset === 'custom' && info.points && v.source && v.source.kind === 'points') return v.source;
    const x = [...info.train.x, ...info.test.x];
    const y = [...info.train.y, ...info.test.y];
    return {
      kind: 'points', x, y, k: Math.max(2, info.k), bounds: { ...info.bounds },
      featureNames: info.featureNames.slice(), classNames: info.classNames.slice(),
    };
  }

  // A course link may hide the editor (show= without points) or lock it.
  const editorHidden = () => opts.editor.hidden;
  const editorLocked = () => opts.editor.classList.contains('locked');
  const editorOff = () => editorHidden() || editorLocked();

  function toggleAt(px, py) {
    const info = v.info;
    if (!info || editorHidden()) return;
    if (editorLocked()) { announce('Adding and removing points is locked by the teacher.'); return; }
    if (info.d !== 2) { announce('Points can be added to data with two features only.'); return; }
    const pts = currentPoints();
    const n = pts.y.length;
    let hit = -1;
    let best = HIT_PX * HIT_PX;
    for (let i = 0; i < n; i++) {
      const [qx, qy] = heatmap.toPixel(pts.x[2 * i], pts.x[2 * i + 1]);
      const d2 = (qx - px) ** 2 + (qy - py) ** 2;
      if (d2 <= best) { best = d2; hit = i; }
    }
    let next;
    if (hit >= 0) {
      const c = pts.y[hit];
      next = { ...pts, x: pts.x.filter((_, j) => j >> 1 !== hit), y: pts.y.filter((_, j) => j !== hit) };
      announce(`Removed a point of class ${className(c)}; ${n - 1} left.`);
    } else {
      const p = heatmap.toData(px, py);
      if (!p) return;
      const c = v.selected;
      const names = pts.classNames.slice();
      while (names.length <= c) names.push(String(names.length));
      next = { ...pts, x: [...pts.x, p.x, p.y], y: [...pts.y, c], k: Math.max(pts.k, c + 1), classNames: names };
      announce(`Added a point of class ${className(c)} at ${p.x.toFixed(2)}, ${p.y.toFixed(2)}; ${n + 1} points.`);
    }
    v.source = next;
    onEdit(next);
  }

  function clearAll() {
    const base = v.info ? currentPoints() : { featureNames: ['x1', 'x2'], classNames: ['0', '1'], bounds: null };
    v.source = {
      kind: 'points', x: [], y: [], k: 2, bounds: base.bounds,
      featureNames: base.featureNames, classNames: base.classNames.slice(0, 2),
    };
    onEdit(v.source);
    announce('All points cleared. Add points of at least two classes to train.');
  }

  function className(c) {
    const names = v.info ? v.info.classNames : [];
    return c < names.length ? names[c] : String(c);
  }

  // ---- the worker's description of the data ------------------------------------

  function setInfo(info) {
    v.info = info;
    const mine = info.dataset === 'custom';
    yours.setAttribute('aria-checked', String(mine));
    yours.tabIndex = mine ? 0 : -1;
    if (mine) drawThumb(info);
    renderClasses();
  }

  function drawEmptyThumb() {
    const g = thumb.getContext('2d');
    const S = thumb.width;
    g.strokeStyle = '#8a93a2';
    g.lineWidth = 2;
    g.setLineDash([5, 4]);
    g.strokeRect(6, 6, S - 12, S - 12);
    g.setLineDash([]);
    g.beginPath();
    g.moveTo(S / 2, 20); g.lineTo(S / 2, S - 20);
    g.moveTo(20, S / 2); g.lineTo(S - 20, S / 2);
    g.stroke();
  }

  function drawThumb(info) {
    const g = thumb.getContext('2d');
    const S = thumb.width;
    g.fillStyle = '#fbfbf8';
    g.fillRect(0, 0, S, S);
    if (info.train.n + info.test.n === 0) { drawEmptyThumb(); return; }
    const { x0, x1, y0, y1 } = info.bounds;
    for (const pts of [info.train, info.test]) {
      for (let i = 0; i < pts.n; i++) {
        const px = ((pts.x[i * info.d] - x0) / (x1 - x0)) * S;
        const py = info.d > 1 ? (1 - (pts.x[i * info.d + 1] - y0) / (y1 - y0)) * S : S / 2;
        markerPath(g, CLASS_SHAPES[pts.y[i] % CLASS_SHAPES.length], px, py, 2);
        g.fillStyle = rgb(classColor(pts.y[i]));
        g.fill();
      }
    }
  }

  /** The Data panel's sentence for the user's data. */
  function summary(info) {
    const k = info.k;
    const softmax = k > 2 ? ` With ${k} classes the model has ${k} outputs and a softmax.` : '';
    if (info.empty) return 'Your data: no usable data yet. Upload a CSV file, or click the plot to add points of two classes.';
    if (info.points) return `Your points: ${info.n} points, ${k} classes, trained and measured on every point.${softmax}`;
    const name = v.source && v.source.kind === 'csv' ? v.source.name : 'Your data';
    return `${name}: ${info.train.n} training and ${info.test.n} test points, ${k} classes.${softmax}`;
  }

  drawEmptyThumb();
  renderClasses();
  const setLimits = (limits) => { v.maxCsvBytes = limits.maxCsvBytes; };
  return { setInfo, setLimits, summary, openFile: () => input.click() };
}

/** A 14-px canvas with class c's marker (shape and colour), for legends. */
export function classIcon(c) {
  const icon = document.createElement('canvas');
  icon.width = 14;
  icon.height = 14;
  icon.setAttribute('aria-hidden', 'true');
  const g = icon.getContext('2d');
  markerPath(g, CLASS_SHAPES[c % CLASS_SHAPES.length], 7, 7, 5);
  g.fillStyle = rgb(classColor(c));
  g.fill();
  return icon;
}

function hasFiles(dt) {
  return !!dt && Array.from(dt.types || []).includes('Files');
}

/** The header and which columns look numeric in the first rows, to choose
 *  sensible defaults. The engine does the real parsing. */
export function sniffCsv(text) {
  const rows = readRecords(text.replace(/^\uFEFF/, ''), SNIFF_ROWS + 1);
  const columns = (rows[0] || []).map((s) => s.trim());
  const numeric = columns.map((_, j) => rows.length > 1
    && rows.slice(1).every((r) => r[j] !== undefined && r[j].trim() !== '' && Number.isFinite(Number(r[j]))));
  return { columns, numeric };
}

// Up to `max` non-blank records: commas separate, double quotes group ("" is a quote).
function readRecords(text, max) {
  const out = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell); cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell); cell = '';
      if (row.some((s) => s.trim() !== '')) out.push(row);
      row = [];
    } else {
      cell += ch;
    }
  }
  row.push(cell);
  if (out.length < max && row.some((s) => s.trim() !== '')) out.push(row);
  return out;
}
