// embed.js — the page inside a course: which parts a link shows or locks, the
// caption, and the "Copy embed code" dialog that writes the iframe snippet.
//
// The embed layout is dist/embed.html: index.html with data-layout="embed" on
// <body>, the same app.js and styles.css. Its URL takes every setting of
// state.js plus show=…, lock=…, caption=… (validated there). A link to the
// full page may carry them too ("course links"): show= then trims the page.
//
//   applyLayout(doc, state, { embed }) -> { lockTargets() }
//   createEmbedDialog(doc, { button, state })
//   embedSnippet({ url, width, height, title }) -> the <iframe> HTML text

import { CONTROLS, CAPTION_MAX, serializeState, perKindKeys } from './state.js';
import { el, setDescribedBy } from './dom.js';

/** What an embed shows when its link does not say: Speed included, so
 *  students can slow a run down to watch it or let it race. */
export const EMBED_DEFAULT = ['play', 'reset', 'step', 'speed', 'metrics', 'lr', 'batch', 'dataset', 'heatmap', 'chart'];
/** ... and in the Digits mode, its own views in place of the plane's. */
export const EMBED_DEFAULT_DIGITS = ['play', 'reset', 'step', 'speed', 'metrics', 'lr', 'batch', 'pad', 'weights', 'confusion', 'chart'];
export const LOCK_TITLE = 'locked by the teacher';

const NAMES = {
  play: 'Play / pause', reset: 'Reset', step: 'Step buttons', reseed: 'New weights', speed: 'Speed',
  metrics: 'Epoch, loss, accuracy', modes: 'Lesson tabs', dataset: 'Dataset', noise: 'Noise, split',
  lr: 'Learning rate', batch: 'Batch size', optimizer: 'Optimizer', schedule: 'Rate schedule',
  reg: 'Regularization', dropout: 'Dropout', patience: 'Early stop', model: 'Model, layers',
  network: 'Network diagram', heatmap: 'Decision boundary', chart: 'Loss chart',
  points: 'Adding and removing points', export: 'Save and load',
  pad: 'Drawing pad (Digits)', weights: 'Weight pictures (Digits)', confusion: 'Confusion matrix (Digits)', gallery: 'Test digit gallery (Digits)',
};

// Which parts of the page belong to each name, and which names fill a box
// (a box with none of its names shown is hidden too). In the Digits mode the
// confusion matrix is a part of its own, not the plot's.
function partsOf(doc, mode) {
  const $ = (id) => doc.getElementById(id);
  const field = (id) => $(id).closest('.field, label');
  const q = (sel) => doc.querySelector(sel);
  return {
    play: [$('play')], reset: [$('reset')], step: [$('step-batch'), $('step-epoch')], reseed: [$('reseed')],
    speed: [q('.speed')], metrics: [q('.metrics')], modes: [$('modes')],
    dataset: [$('datasets'), $('custom-data'), $('data-summary')], noise: [field('noise'), field('ratio'), $('regenerate')],
    lr: [field('lr')], batch: [field('batch')],
    optimizer: [field('optimizer'), $('momentum').closest('.grid2')],
    schedule: [field('schedule'), $('scheduleStep').closest('.grid2')],
    reg: [field('reg'), field('regRate')], dropout: [field('dropout')], patience: [field('patience')],
    model: [q('.model-row'), $('layers')], network: [$('skip-to-plot'), $('network'), q('.legend-line')],
    heatmap: [q('.heat-wrap'), ...(mode === 'digits' ? [] : [q('.out-side')]), q('.toggles'), $('class-legend')],
    chart: [q('.chart-head'), q('.chart-wrap'), $('perf')],
    points: [$('point-editor')], export: [q('.export-tools')],
    pad: [$('digits-pad-box')], weights: [$('digits-weights-box')], gallery: [$('digits-gallery')],
    confusion: mode === 'digits' ? [q('.out-side')] : [],
  };
}
/** @type {Array<[string, string[]]>} */
const BOXES = [
  ['.run-controls', ['play', 'reset', 'step', 'reseed', 'speed']],
  ['.data-panel', ['dataset', 'noise', 'pad']],
  ['.train-panel', ['lr', 'batch', 'optimizer', 'schedule', 'reg', 'dropout', 'patience']],
  ['#more', ['optimizer', 'schedule', 'reg', 'dropout', 'patience']],
  ['.model-panel', ['model', 'network', 'weights']],
  ['.output-panel', ['heatmap', 'chart', 'points', 'export', 'confusion', 'gallery']],
];

const FORM = 'button, input, select, textarea';

/** The settings each lockable part changes: a locked part's settings stay as
 *  the link set them, whatever else (a loaded model file) would change them. */
export function lockedSettings(lock) {
  const keys = {
    dataset: ['dataset'], noise: ['noise', 'ratio', 'count', 'dataSeed'], reseed: ['seed'], speed: ['speed'],
    lr: ['lr'], batch: ['batch'], optimizer: ['optimizer', ...perKindKeys('optimizer')],
    schedule: ['schedule', ...perKindKeys('schedule')], reg: ['reg', 'regRate'], dropout: ['dropout'],
    patience: ['patience'], model: ['model', 'hidden', 'activation', 'loss', 'inputs'],
  };
  return lock.flatMap((name) => (keys[name] || []).map((key) => ({ part: NAMES[name], key })));
}

/** Hide what the state does not show, mark what it locks, show the caption.
 *  lockTargets() lists the form elements to keep disabled; controls.js calls
 *  it after every render because it re-creates and re-enables some. */
export function applyLayout(doc, state, { embed }) {
  const parts = partsOf(doc, state.mode);
  const shown = state.show.length ? state.show : embed ? (state.mode === 'digits' ? EMBED_DEFAULT_DIGITS : EMBED_DEFAULT) : CONTROLS;
  for (const name of CONTROLS) {
    if (shown.includes(name)) continue;
    for (const node of parts[name]) node.hidden = true;
  }
  for (const [sel, names] of BOXES) {
    if (!names.some((n) => shown.includes(n))) doc.querySelector(sel).hidden = true;
  }
  if (embed && !['play', 'reset', 'step', 'reseed', 'speed', 'metrics'].some((n) => shown.includes(n))) {
    doc.querySelector('.topbar').hidden = true;
  }
  // The skip link goes to the plot: without the plot it goes.
  if (!shown.includes('heatmap')) doc.getElementById('skip-to-plot').hidden = true;
  // Without the editor the plot's description no longer tells how to edit it.
  if (!shown.includes('points')) setDescribedBy(doc.getElementById('heatmap'), 'point-help', false);
  const locked = state.lock.filter((n) => shown.includes(n));
  // Points clicked on the plot replace the data set: a locked data set locks them too.
  if (locked.includes('dataset') && shown.includes('points') && !locked.includes('points')) locked.push('points');
  for (const name of locked) for (const node of parts[name]) node.classList.add('locked');

  const caption = doc.getElementById('caption');
  caption.textContent = state.caption;
  caption.hidden = state.caption === '';

  if (embed) {
    const full = doc.getElementById('open-full');
    full.hidden = false;
    // The link opens the full page with the embed's current settings.
    const update = () => { full.href = `index.html?${serializeState(state)}`; };
    full.addEventListener('focus', update);
    full.addEventListener('pointerdown', update);
    full.addEventListener('click', update);
  }

  return {
    lockTargets() {
      const out = [];
      for (const name of locked) {
        for (const node of parts[name]) {
          if (node.matches(FORM)) out.push(node);
          out.push(...node.querySelectorAll(FORM));
        }
      }
      return out;
    },
  };
}

/** Keep these controls disabled, saying why. */
export function lockControls(nodes) {
  for (const node of nodes) {
    node.disabled = true;
    node.setAttribute('aria-disabled', 'true');
    node.title = LOCK_TITLE;
  }
}

// ---- the embed-code dialog ---------------------------------------------------------

/** The iframe HTML for a page address. Attribute values are escaped, so a
 *  caption with quotes or markup stays text in the teacher's page. */
export function embedSnippet({ url, width, height, title }) {
  return `<iframe src="${escapeAttr(url)}" width="${width}" height="${height}" title="${escapeAttr(title)}" `
    + 'loading="lazy" style="border:0;max-width:100%"></iframe>';
}

function escapeAttr(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SIZE = { width: [280, 2400, 800], height: [300, 3000, 640] }; // [min, max, default] px

export function createEmbedDialog(doc, { button, state }) {
  const initialShow = state.show.length ? state.show : state.mode === 'digits' ? EMBED_DEFAULT_DIGITS : EMBED_DEFAULT;
  const checks = {};
  const rows = CONTROLS.map((name) => {
    const show = el('input', { type: 'checkbox', checked: initialShow.includes(name), 'aria-label': `Show ${NAMES[name]}`, onchange: refresh });
    const lock = el('input', { type: 'checkbox', checked: state.lock.includes(name), 'aria-label': `Lock ${NAMES[name]}`, onchange: refresh });
    checks[name] = { show, lock };
    return el('tr', {}, el('th', { scope: 'row' }, NAMES[name]), el('td', {}, show), el('td', {}, lock));
  });
  const caption = el('input', { type: 'text', id: 'embed-caption', maxlength: CAPTION_MAX, value: state.caption, oninput: refresh });
  const autoplay = el('input', { type: 'checkbox', id: 'embed-autoplay', checked: state.autoplay, onchange: refresh });
  const sizes = {};
  const sizeField = (key, label) => {
    const [lo, hi, def] = SIZE[key];
    sizes[key] = { value: def, input: el('input', { type: 'number', id: `embed-${key}`, min: lo, max: hi, step: 10, value: String(def), onchange: onSize }) };
    return el('label', { class: 'field' }, el('span', {}, label), sizes[key].input);
  };
  const code = el('textarea', { id: 'embed-snippet', readonly: '', rows: 5, spellcheck: 'false' });
  const note = el('p', { class: 'small', id: 'embed-note' });
  const status = el('p', { class: 'small', role: 'status', id: 'embed-status' });
  const copy = el('button', { type: 'button', class: 'share-btn', id: 'embed-copy', onclick: copySnippet }, 'Copy');
  const close = el('button', { type: 'button', class: 'mini-text', id: 'embed-close', onclick: () => dialog.close() }, 'Close');

  const dialog = el('dialog', { id: 'embed-dialog', class: 'embed-dialog', 'aria-labelledby': 'embed-title', 'aria-describedby': 'embed-intro' },
    el('h2', { id: 'embed-title' }, 'Embed in a course page'),
    el('p', { id: 'embed-intro', class: 'small' },
      'Paste this code into your course page. It opens with the current settings; choose what students see and what they may change.'),
    el('div', { class: 'embed-grid' },
      el('table', { class: 'embed-parts' },
        el('caption', { class: 'visually-hidden' }, 'Parts of the page to show or lock'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Part'), el('th', { scope: 'col' }, 'Show'), el('th', { scope: 'col' }, 'Lock'))),
        el('tbody', {}, rows)),
      el('div', { class: 'embed-options' },
        el('label', { class: 'field', for: 'embed-caption' }, el('span', {}, `Caption (up to ${CAPTION_MAX} characters)`), caption),
        el('label', { class: 'check' }, autoplay, ' Start training when the page opens'),
        el('div', { class: 'grid2' }, sizeField('width', 'Width (px)'), sizeField('height', 'Height (px)')),
        el('label', { class: 'field', for: 'embed-snippet' }, el('span', {}, 'Embed code'), code),
        note,
        el('div', { class: 'embed-actions' }, copy, close),
        status)));
  doc.body.append(dialog);

  function onSize(ev) {
    for (const [key, s] of Object.entries(sizes)) {
      if (s.input !== ev.target) continue;
      const [lo, hi] = SIZE[key];
      const v = Number(s.input.value);
      if (Number.isInteger(v) && v >= lo && v <= hi) {
        s.value = v;
        s.input.removeAttribute('aria-invalid');
        status.textContent = '';
      } else {
        s.input.setAttribute('aria-invalid', 'true');
        status.textContent = `The ${key} must be a whole number from ${lo} to ${hi}; kept ${s.value}.`;
        s.input.value = String(s.value);
      }
    }
    refresh();
  }

  function query() {
    const show = CONTROLS.filter((n) => checks[n].show.checked);
    const lock = CONTROLS.filter((n) => checks[n].show.checked && checks[n].lock.checked);
    for (const n of CONTROLS) checks[n].lock.disabled = !checks[n].show.checked;
    // Like the page's pace (left out at its default, so the embed keeps a
    // pace students can watch), the embed's own set of parts is left out:
    // an embed without show= shows EMBED_DEFAULT.
    const sameAsEmbed = show.length === EMBED_DEFAULT.length && EMBED_DEFAULT.every((n) => show.includes(n));
    return serializeState({ ...state, show: sameAsEmbed ? [] : show, lock, caption: caption.value.trim().slice(0, CAPTION_MAX), autoplay: autoplay.checked });
  }

  function refresh() {
    const url = `${new URL('embed.html', location.href.split(/[?#]/)[0]).href}?${query()}`;
    const title = caption.value.trim() || 'Downhill: a neural network learning';
    code.value = embedSnippet({ url, width: sizes.width.value, height: sizes.height.value, title });
    note.textContent = location.protocol === 'file:'
      ? 'This page was opened from disk, so the address is a file on this computer: put the dist folder on your course web server and change the address to match.'
      : '';
  }

  async function copySnippet() {
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied. Paste it into your course page.';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  // The modal dialog keeps focus inside; Tab wraps from the last control to the first.
  dialog.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Tab') return;
    const list = [...dialog.querySelectorAll(FORM)].filter((n) => !n.disabled && n.offsetParent !== null);
    if (!list.length) return;
    const first = list[0];
    const last = list[list.length - 1];
    if (ev.shiftKey && doc.activeElement === first) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && doc.activeElement === last) { ev.preventDefault(); first.focus(); }
  });
  dialog.addEventListener('close', () => button.focus());
  button.addEventListener('click', () => {
    status.textContent = '';
    refresh();
    dialog.showModal();
    checks.play.show.focus();
  });
  return { dialog, refresh };
}
