// controls.js — the form controls: reads them into the state and writes the
// state back into them. Every value goes through state.js's validateParam, so
// a typed entry obeys the same rules as a URL; the <option>s of every choice
// are the engine's names and labels (state.js paramOptions).
//
// createControls(doc, { onChange }) -> { render(state, context) }.
// onChange(key, value) is called with a valid value; the caller updates the
// state and calls render again.

import {
  validateParam, paramRange, paramOptions, batchRegime, formatNumberOrText, effectiveValue, engineLimit, LR_MIN, LR_MAX,
  SPEEDS, defaultState,
} from './state.js';
import { createLayerEditor } from './layer-editor.js';
import { fmtRate } from './format.js';
import { lockControls } from './embed.js';

const PLAIN_FIELDS = ['momentum', 'rho', 'beta1', 'beta2', 'eps', 'scheduleStep', 'scheduleGamma',
  'schedulePatience', 'minLr', 'regRate', 'dropout', 'patience'];
const SELECTS = ['optimizer', 'schedule', 'reg', 'model', 'activation', 'loss'];
const CHECKS = ['showTest', 'discretize', 'logScale', 'logEpochs'];
// Names of the typed fields in messages about what was typed.
const FIELD_NAMES = {
  lr: 'Learning rate', batch: 'Batch size', momentum: 'Momentum μ', rho: 'Decay ρ', beta1: 'β1', beta2: 'β2',
  eps: 'ε', scheduleStep: 'Every (epochs)', scheduleGamma: 'Factor γ', schedulePatience: 'Patience',
  minLr: 'Min rate', regRate: 'Rate λ', dropout: 'Dropout', patience: 'Early stop',
};
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

// The settings in the collapsed "More" section (index.html #more): beyond the
// first lesson's. It opens by itself when a link sets one of them, or shows
// one of these parts by name (show=reg).
export const MORE_SETTINGS = ['momentum', 'rho', 'beta1', 'beta2', 'eps', 'schedule', 'scheduleStep', 'scheduleGamma',
  'schedulePatience', 'minLr', 'reg', 'regRate', 'dropout', 'patience'];
const MORE_PARTS = ['schedule', 'reg', 'dropout', 'patience'];

/** Should "More" be open for this state: a More setting away from its
 *  default, or a More part named in show=? */
export function moreWanted(state) {
  const def = defaultState();
  return MORE_SETTINGS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(def[k]))
    || state.show.some((name) => MORE_PARTS.includes(name));
}

/** The pace in words: "60 epochs per second", "as fast as possible". */
export function speedWords(speed) {
  if (speed === 'max') return 'as fast as possible';
  return `${speed} epoch${speed === 1 ? '' : 's'} per second`;
}

export function createControls(doc, { onChange }) {
  const $ = (id) => doc.getElementById(id);
  const ctx = { trainN: 100, state: null };
  let lockedTargets = () => []; // the controls a course link locks (embed.js)

  // Text fields: commit on change (Enter or leaving the field). A number out of
  // range is clamped to the nearest allowed value, anything else is refused;
  // either way one message under the field says what happened.
  const message = doc.createElement('p');
  message.id = 'field-msg';
  message.className = 'field-msg';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  let messageTimer = 0;
  function say(el, text, bad) {
    clearTimeout(messageTimer);
    (el.closest('.grid2') || el.closest('.field') || el).after(message);
    message.textContent = text;
    message.dataset.kind = bad ? 'bad' : 'info';
    message.hidden = false;
    if (bad) { el.setAttribute('aria-invalid', 'true'); el.setAttribute('aria-describedby', 'field-msg'); }
    messageTimer = setTimeout(() => { message.hidden = true; }, 8000);
  }
  function unsay(el) {
    el.removeAttribute('aria-invalid');
    if (el.getAttribute('aria-describedby') === 'field-msg') el.removeAttribute('aria-describedby');
  }
  // The value a field shows: a hyperparameter left at "auto" shows the chosen
  // optimizer's or schedule's own value, as the engine reports it.
  const fieldText = (state, key) => String(effectiveValue(state, key));
  const shownValue = (key) => (key === 'lr' ? fmtRate(ctx.state.lr) : fieldText(ctx.state, key));
  function bindText(el, key) {
    el.addEventListener('change', () => {
      const text = el.value.trim();
      const name = FIELD_NAMES[key] || key;
      const old = ctx.state[key] === null ? fieldText(ctx.state, key) : formatNumberOrText(ctx.state[key]);
      const v = validateParam(key, text);
      const r = paramRange(key);
      unsay(el);
      if (v !== undefined) {
        message.hidden = true;
        onChange(key, v);
        return;
      }
      const rule = `${r.integer ? 'a whole number' : 'a number'} from ${formatNumberOrText(r.lo)} to ${formatNumberOrText(r.hi)}`;
      const shown = text.length > 24 ? `${text.slice(0, 21)}…` : text;
      const n = Number(text);
      if (NUMBER_TEXT.test(text) && (n > r.hi || n < r.lo) && (!r.integer || !Number.isFinite(n) || Number.isInteger(n))) {
        const to = n > r.hi ? r.hi : r.lo;
        say(el, `${name}: ${shown} is ${n > r.hi ? 'above the largest' : 'below the smallest'} allowed value, so it is set to ${formatNumberOrText(to)}.`, false);
        onChange(key, to);
        el.value = shownValue(key);
        return;
      }
      const why = text === '' || el.validity?.badInput ? 'needs a value'
        : NUMBER_TEXT.test(text) ? `${shown} is not a whole number` : `“${shown}” is not a number`;
      say(el, `${name} ${why}: type ${rule}. Kept ${old}.`, true);
      el.value = shownValue(key);
    });
  }

  for (const key of PLAIN_FIELDS) bindText($(key), key);
  for (const key of SELECTS) {
    const select = $(key);
    select.replaceChildren(...paramOptions(key).map(({ value, label }) => {
      const o = doc.createElement('option');
      o.value = value;
      o.textContent = label;
      return o;
    }));
    select.addEventListener('change', () => onChange(key, select.value));
  }
  for (const key of CHECKS) $(key).addEventListener('change', () => onChange(key, $(key).checked));

  // Learning rate: a log10 slider and a typed value.
  const lrSlider = $('lr-slider');
  lrSlider.min = String(Math.log10(LR_MIN));
  lrSlider.max = String(Math.log10(LR_MAX));
  lrSlider.addEventListener('input', () => {
    const lr = Number((10 ** Number(lrSlider.value)).toPrecision(2));
    $('lr').value = fmtRate(lr);
  });
  lrSlider.addEventListener('change', () => {
    onChange('lr', Number((10 ** Number(lrSlider.value)).toPrecision(2)));
  });
  bindText($('lr'), 'lr');

  // Batch size: the slider is on a square-root scale so 1..10 has room.
  const batchSlider = $('batch-slider');
  const toBatch = (t) => Math.max(1, Math.round(1 + (ctx.trainN - 1) * (t / 1000) ** 2));
  const toSlider = (b) => Math.round(1000 * Math.sqrt((Math.min(b, ctx.trainN) - 1) / Math.max(1, ctx.trainN - 1)));
  batchSlider.addEventListener('input', () => {
    const b = toBatch(Number(batchSlider.value));
    $('batch').value = String(b);
    $('batch-regime').textContent = batchRegime(b, ctx.trainN);
  });
  batchSlider.addEventListener('change', () => onChange('batch', toBatch(Number(batchSlider.value))));
  bindText($('batch'), 'batch');

  // Noise and training share: sliders.
  $('noise').addEventListener('input', () => { $('noise-text').textContent = $('noise').value; });
  $('noise').addEventListener('change', () => onChange('noise', Number($('noise').value)));
  $('ratio').addEventListener('input', () => { $('ratio-text').textContent = `${$('ratio').value}%`; });
  $('ratio').addEventListener('change', () => onChange('ratio', Number($('ratio').value)));
  // Speed: the slider's positions are state.js's SPEEDS (epochs per second, a log scale).
  const speedSlider = $('speed');
  speedSlider.max = String(SPEEDS.length - 1);
  speedSlider.addEventListener('input', () => onChange('speed', SPEEDS[Number(speedSlider.value)]));

  // Hidden layers.
  const layers = createLayerEditor(doc, { onChange, maxLayers: engineLimit('maxHiddenLayers'), maxUnits: engineLimit('maxUnits') });

  function render(state, context) {
    ctx.state = state;
    if (context && context.trainN) ctx.trainN = context.trainN;
    for (const key of PLAIN_FIELDS) {
      const el = $(key);
      if (doc.activeElement !== el) el.value = fieldText(state, key);
    }
    for (const key of SELECTS) $(key).value = state[key];
    for (const key of CHECKS) $(key).checked = state[key];
    if (doc.activeElement !== $('lr')) $('lr').value = fmtRate(state.lr);
    lrSlider.value = String(Math.log10(state.lr));
    if (doc.activeElement !== $('batch')) $('batch').value = String(state.batch);
    batchSlider.value = String(toSlider(state.batch));
    const regime = batchRegime(state.batch, ctx.trainN);
    $('batch-regime').textContent = state.batch > ctx.trainN ? `full batch (${ctx.trainN})` : regime;
    const perEpoch = Math.ceil(ctx.trainN / Math.min(state.batch, ctx.trainN));
    $('batch-updates').textContent = `${perEpoch} update${perEpoch === 1 ? '' : 's'} per epoch`;
    for (const el of doc.querySelectorAll('.regimes span')) el.classList.remove('on');
    doc.querySelector(regime === 'stochastic' ? '.r-sgd' : regime === 'full batch' ? '.r-full' : '.r-mini').classList.add('on');
    $('noise').value = String(state.noise);
    $('noise-text').textContent = String(state.noise);
    $('ratio').value = String(state.ratio);
    $('ratio-text').textContent = `${state.ratio}%`;
    speedSlider.value = String(SPEEDS.indexOf(state.speed));
    $('speed-text').textContent = state.speed === 'max' ? 'max' : `${state.speed}/s`;
    speedSlider.setAttribute('aria-valuetext', speedWords(state.speed));
    for (const el of doc.querySelectorAll('.opt-hp')) el.hidden = !el.dataset.for.split(' ').includes(state.optimizer);
    for (const el of doc.querySelectorAll('.sched-hp')) el.hidden = !el.dataset.for.split(' ').includes(state.schedule);
    $('regRate').disabled = state.reg === 'none';
    const mlp = state.model === 'mlp';
    $('activation').disabled = !mlp;
    $('dropout').disabled = !mlp;
    $('loss').disabled = state.model === 'perceptron';
    layers.render(state);
    for (const b of doc.querySelectorAll('#datasets [data-dataset]')) {
      const on = b.dataset.dataset === state.dataset;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    }
    $('tab-loss').setAttribute('aria-selected', String(state.chart === 'loss'));
    $('tab-accuracy').setAttribute('aria-selected', String(state.chart === 'accuracy'));
    $('logScale').disabled = state.chart !== 'loss';
    $('seed-text').textContent = String(state.seed);
    lockControls(lockedTargets());
  }

  $('tab-loss').addEventListener('click', () => onChange('chart', 'loss'));
  $('tab-accuracy').addEventListener('click', () => onChange('chart', 'accuracy'));

  return {
    render,
    setLocked: (fn) => { lockedTargets = fn; },
    /** Open "More" when the state sets one of its settings (a link, a loaded file). */
    revealMore(state) { if (moreWanted(state)) /** @type {HTMLDetailsElement} */ ($('more')).open = true; },
  };
}
