// state.js — the one schema of everything that defines a run, and its URL form.
//
// Pure functions, no DOM: parseState(query) -> { state, ignored } and
// serializeState(state) -> query string. Every setting, the seeds included,
// lives here, so a shared link reproduces the run; the link writes only the
// settings that differ from their defaults. A value that is unknown or
// out of range falls back to its default and is reported in `ignored` so the
// page can say what it did not use.

import { STEP_IDS } from './lessons/course/path.js';

// ---- the engine's names, labels, defaults and limits ---------------------------

// The engine (wasm/downhill.js) is the one source of every choice list, label,
// per-kind default and limit; the worker posts them with 'ready' and the page
// hands them to useEngine() before it reads a link. Node tests pass the loaded
// module itself.
let engine = null;

/** Use the engine's { names, labels, limits, defaults } from now on. */
export function useEngine(info) {
  const { names, labels, limits, defaults } = info;
  engine = { names, labels, limits, defaults };
}

function need() {
  if (!engine) throw new Error('state.js: the engine\'s names and limits are not loaded yet (useEngine)');
  return engine;
}

/** The engine's names for one table ('datasets', 'optimizers', ...). */
export const engineNames = (table) => need().names[table];
/** What the page shows for an engine name: label('optimizers', 'rmsprop') = 'RMSProp'. */
export const label = (table, name) => need().labels[table]?.[name] ?? name;
/** One of the engine's limits by name ('maxUnits', 'maxDropout', ...). */
export const engineLimit = (name) => {
  const v = need().limits[name];
  if (v === undefined) throw new Error(`state.js: the engine reports no limit "${name}"`);
  return v;
};
/** The generated datasets, in the engine's order. */
export const datasetNames = () => engineNames('datasets');
/** A default of the engine's createTrainer. */
const engineDefault = (key) => () => need().defaults[key];

// The page's own lists: datasets the page trains and tests on every row of
// (truth tables), its views and modes.
export const TRUTH_TABLES = ['and', 'or', 'not', 'xor4'];
export const VIEWS = ['loss', 'accuracy'];
// The page's modes: the free playground and one per teaching lesson
// (web/lessons/index.js has their titles and modules).
export const MODES = ['play', 'boundary', 'perceptron', 'gates', 'sigmoid', 'softmax', 'gradient', 'backprop', 'hill', 'batch', 'complexity', 'overfit', 'vanishing', 'learning-rate', 'digits', 'course'];

// The Digits mode (web/lessons/digits/) trains the playground's run on
// handwritten digits (dataset=digits, which only that mode uses). Its network
// starts as the lesson notes' 784-16-16-10 (13,002 weights), sigmoid hidden
// units, softmax and cross-entropy, trained by Adam on batches of 32: the
// settings a link to mode=digits does not give take these values, and
// opening the mode from the nav sets them.
export const DIGITS_DEFAULTS = Object.freeze({
  dataset: 'digits', model: 'mlp', hidden: [16, 16], activation: 'sigmoid', loss: 'cross-entropy',
  optimizer: 'adam', lr: 0.01, batch: 32, speed: 'max',
});
// How many of the 10,000 digits a run uses (a fifth of them to test): fewer on a slow machine.
export const DIGIT_COUNTS = [10000, 5000, 2500, 1000];

// The learning-rate slider's span (log scale); a typed rate may go up to the
// engine's maxLr... but past 10 every model here diverges, so the page stops there.
export const LR_MIN = 1e-5;
export const LR_MAX = 10;
// The training pace in epochs per second, the Speed slider's stops (a log
// scale); 'max' trains as fast as the worker can while the page draws. The
// default, 60, is about one epoch per animation frame, as TensorFlow
// Playground trains: slow enough to watch the boundary move. Links made before
// these stops carried speed=1..5 (5 = max); 1 and 3 now read as epochs per
// second, the others fall back to the default with the usual notice.
export const SPEEDS = [1, 3, 10, 30, 60, 100, 300, 1000, 'max'];
export const SPEED_DEFAULT = 60;
const speedRead = Object.assign((s) => (s === 'max' ? 'max' : /^\d+$/.test(s) && SPEEDS.includes(Number(s)) ? Number(s) : undefined), { list: SPEEDS });

// ---- readers ---------------------------------------------------------------------

// One entry per URL parameter: its kind, its default and how to read it.
// `read` returns undefined for a value it cannot use. Bounds and lists given
// by name come from the engine when read: `choice('optimizers')` is the
// engine's optimizer list, `number(0, 'maxDropout')` its dropout limit.
const bound = (b) => (typeof b === 'string' ? engineLimit(b) : b);
const choice = (list) => Object.assign((s) => (choices(list).includes(s) ? s : undefined), { list });
const choices = (list) => (typeof list === 'string' ? engineNames(list) : list);
// A page list of names that must all be engine names of `table` (the contract test checks).
const subset = (table, list) => Object.assign(choice(list), { subsetOf: table });
const numeric = (integer, pattern, ok) => (lo, hi) => {
  const read = (s) => {
    if (!pattern.test(s)) return undefined;
    const v = Number(s);
    return ok(v) && v >= bound(lo) && v <= bound(hi) ? v : undefined;
  };
  return Object.assign(read, { bounds: { lo, hi, integer } });
};
const number = numeric(false, /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i, Number.isFinite);
const integer = numeric(true, /^[-+]?\d+$/, Number.isSafeInteger);
const flag = (s) => (s === '1' || s === 'true' ? true : s === '0' || s === 'false' ? false : undefined);
const layers = (s) => {
  if (s === '' || s === '0') return [];
  const parts = s.split(',');
  if (parts.length > engineLimit('maxHiddenLayers')) return undefined;
  const out = [];
  for (const p of parts) {
    const v = integer(1, 'maxUnits')(p.trim());
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
};
// "x1sq,x2sq" -> ['x1sq', 'x2sq']: engine feature names, each once, at least
// one; stored in the engine's order so one set of inputs has one URL.
const featureList = (s) => {
  const ids = s.split(',').map((p) => p.trim());
  const known = engineNames('features');
  if (!ids.every((id) => known.includes(id)) || new Set(ids).size !== ids.length) return undefined;
  return known.filter((f) => ids.includes(f));
};
/** Whether a state's inputs are the plain two coordinates (no expansion). */
export const plainInputs = (inputs) => inputs.length === 2 && inputs[0] === 'x1' && inputs[1] === 'x2';
// A hyperparameter whose default depends on the chosen kind (the optimizer's
// β, the schedule's γ): null, written "auto", means that kind's own value as
// the engine reports it (defaults.optimizers[kind] / defaults.schedules[kind]).
const perKind = (of, read) => ({
  def: null, of,
  read: Object.assign((s) => (s === 'auto' ? null : read(s)), { bounds: read.bounds }),
  write: (v) => (v === null ? 'auto' : formatNumberOrText(v)),
});
// A hill setting whose default is the chosen landscape's own: null, "auto".
const landOwn = (read) => ({
  def: null,
  read: Object.assign((s) => (s === 'auto' ? null : read(s)), { bounds: read.bounds }),
  write: (v) => (v === null ? 'auto' : formatNumberOrText(v)),
});
const onOff = { read: flag, write: (v) => (v ? '1' : '0') };

// Kinds: 'data' remakes the datasets (and the model), 'model' remakes the
// model, 'live' changes the running trainer (model.update) or the worker's
// pace, 'view' only redraws, 'page' is the page's frame (mode, embedding),
// 'lesson' belongs to one lesson.
const SCHEMA = {
  // 'custom' is the user's CSV or clicked points; a link cannot carry them.
  // 'digits' is the Digits mode's (DIGITS_DEFAULTS), no other mode's.
  dataset: { kind: 'data', def: 'xor', read: Object.assign((s) => (s === 'custom' || s === 'digits' ? s : choice('datasets')(s)), { list: 'datasets' }) },
  noise: { kind: 'data', def: 0.1, read: number(0, 1) },
  ratio: { kind: 'data', def: 50, read: integer(10, 90) },      // % of the points used for training
  count: { kind: 'data', def: 400, read: integer(20, 2000) },
  dataSeed: { kind: 'data', def: 1, read: integer(0, 2 ** 31 - 1) },
  // The model's inputs, built from the two coordinates (the engine's feature
  // table: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2), kept in the table's order.
  inputs: { kind: 'data', def: ['x1', 'x2'], read: Object.assign(featureList, { list: 'features' }), write: (v) => v.join(',') },
  digitCount: { kind: 'data', def: 10000, read: Object.assign((s) => (/^\d+$/.test(s) && DIGIT_COUNTS.includes(Number(s)) ? Number(s) : undefined), { list: DIGIT_COUNTS }) },

  model: { kind: 'model', def: engineDefault('model'), read: choice('models') },
  hidden: { kind: 'model', def: [8, 8], read: Object.assign(layers, { list: null }), write: (v) => v.join(',') },
  activation: { kind: 'model', def: engineDefault('activation'), read: choice('activations') },
  loss: { kind: 'model', def: engineDefault('loss'), read: choice('losses') },
  seed: { kind: 'model', def: 1, read: integer(0, 2 ** 31 - 1) },

  optimizer: { kind: 'live', def: engineDefault('optimizer'), read: choice('optimizers') },
  momentum: { kind: 'live', ...perKind('optimizer', number(0, 0.999)) },
  rho: { kind: 'live', ...perKind('optimizer', number(0, 0.999)) },
  beta1: { kind: 'live', ...perKind('optimizer', number(0, 0.999)) },
  beta2: { kind: 'live', ...perKind('optimizer', number(0, 0.99999)) },
  eps: { kind: 'live', ...perKind('optimizer', number(1e-12, 1)) },
  lr: { kind: 'live', def: engineDefault('lr'), read: number(LR_MIN, LR_MAX), within: 'maxLr' },
  batch: { kind: 'live', def: engineDefault('batch'), read: integer(1, 100000) },
  schedule: { kind: 'live', def: engineDefault('schedule'), read: choice('schedules') },
  scheduleStep: { kind: 'live', ...perKind('schedule', integer(1, 100000)) },
  scheduleGamma: { kind: 'live', ...perKind('schedule', number(0.01, 1)) },
  schedulePatience: { kind: 'live', ...perKind('schedule', integer(1, 10000)) },
  minLr: { kind: 'live', ...perKind('schedule', number(0, 1)) },
  reg: { kind: 'live', def: engineDefault('reg'), read: choice('regularizations') },
  regRate: { kind: 'live', def: 0.001, read: number(0, 1), within: 'maxRegRate' },
  dropout: { kind: 'live', def: engineDefault('dropout'), read: number(0, 'maxDropout') },
  patience: { kind: 'live', def: engineDefault('patience'), read: integer(0, 10000) },   // early stopping, 0 = off
  speed: { kind: 'live', def: SPEED_DEFAULT, read: speedRead },   // epochs per second, or 'max'

  showTest: { kind: 'view', def: true, ...onOff },
  discretize: { kind: 'view', def: false, ...onOff },
  logScale: { kind: 'view', def: false, ...onOff },     // the loss axis
  logEpochs: { kind: 'view', def: false, ...onOff },    // the epoch axis
  chart: { kind: 'view', def: 'loss', read: choice(VIEWS) },

  // the page: its mode (the playground or a lesson), autoplay, embedding
  mode: { kind: 'page', def: 'play', read: choice(MODES) },
  step: { kind: 'page', def: '', read: choice(['', ...STEP_IDS]) },   // where on the course path (lessons/course/path.js)
  autoplay: { kind: 'page', def: false, ...onOff },
  show: { kind: 'page', def: [], read: (s) => controlList(s), write: (v) => v.join(',') },  // [] = the layout's own set
  lock: { kind: 'page', def: [], read: (s) => controlList(s), write: (v) => v.join(',') },  // shown but disabled
  caption: { kind: 'page', def: '', read: (s) => (s.length <= CAPTION_MAX ? s : undefined) },

  // lesson settings: linear boundaries (the line w1·test + w2·grades + b = 0, the student asked about)
  bdW1: { kind: 'lesson', def: 2, read: number(-100, 100) },
  bdW2: { kind: 'lesson', def: 1, read: number(-100, 100) },
  bdB: { kind: 'lesson', def: -18, read: number(-1000, 1000) },
  bdTest: { kind: 'lesson', def: 9, read: number(0, 10) },
  bdGrades: { kind: 'lesson', def: 1, read: number(0, 10) },

  // lesson settings: perceptron trick and logic gates
  pcPreset: { kind: 'lesson', def: 'lesson', read: choice(['lesson', 'ten', 'gauss', 'xor']) },
  pcLr: { kind: 'lesson', def: 0.1, read: number(1e-4, 10) },
  gtGate: { kind: 'lesson', def: 'and', read: choice(['and', 'or', 'not', 'xor']) },

  // lesson settings: discrete vs continuous (the weight scale k)
  sgScale: { kind: 'lesson', def: 1, read: number(0, 10) },
  // softmax and cross-entropy: the three animals' scores and the true animal
  smZ1: { kind: 'lesson', def: 2, read: number(-5, 5) },
  smZ2: { kind: 'lesson', def: 1, read: number(-5, 5) },
  smZ3: { kind: 'lesson', def: 0, read: number(-5, 5) },
  smLabel: { kind: 'lesson', def: 'duck', read: choice(['duck', 'beaver', 'walrus']) },

  // lesson settings: backpropagation (the starting weights' seed, the label, the rate)
  bpSeed: { kind: 'lesson', def: 1, read: integer(1, 1000000) },
  bpY: { kind: 'lesson', def: 1, read: integer(0, 1) },
  bpLr: { kind: 'lesson', def: 0.5, read: number(0.01, 10) },

  // lesson settings: gradient descent for logistic regression (the rate, the chosen point)
  gdLr: { kind: 'lesson', def: 0.1, read: number(0.01, 2) },
  gdPoint: { kind: 'lesson', def: 1, read: integer(1, 6) },

  // lesson settings: which learning rate (the student's rate, the steps drawn)
  lrAlpha: { kind: 'lesson', def: 0.1, read: number(0.01, 1.2) },
  lrSteps: { kind: 'lesson', def: 20, read: integer(1, 100) },
  // and its second part: a network's starting rate and epochs, fixed against self-adjusting
  lrNetLr: { kind: 'lesson', def: 0.5, read: number(0.01, 2), within: 'maxLr' },
  lrNetEpochs: { kind: 'lesson', def: 200, read: integer(20, 500) },

  // lesson settings: the hill (loss landscape). The rate, start and steps
  // default to the chosen landscape's own story (null, written "auto"; the
  // values are in web/lessons/hill/landscapes.js), so hillLand=two-wells alone
  // tells the local-minimum story; the start may lie off the map (the lesson
  // moves it back on).
  hillLand: { kind: 'lesson', def: 'bowl', read: choice(['bowl', 'ravine', 'two-wells', 'model']) },
  hillLr: { kind: 'lesson', ...landOwn(number(1e-4, 10)) },
  hillA: { kind: 'lesson', ...landOwn(number(-100, 100)) },
  hillB: { kind: 'lesson', ...landOwn(number(-100, 100)) },
  hillOpts: {
    kind: 'lesson',
    def: ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'],
    read: Object.assign((s) => {
      const ids = s.split(',').map((p) => p.trim());
      const known = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'];
      return ids.length && ids.every((id) => known.includes(id)) && new Set(ids).size === ids.length ? ids : undefined;
    }, { list: ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'], subsetOf: 'optimizers' }),
    write: (v) => v.join(','),
  },
  hillSteps: { kind: 'lesson', ...landOwn(integer(1, 1000)) },

  // lesson settings: batch, overfitting, vanishing gradient
  bData: { kind: 'lesson', def: 'circle', read: subset('datasets', ['circle', 'moons', 'xor', 'gauss', 'spiral']) },
  bLr: { kind: 'lesson', def: 0.1, read: number(1e-4, 2) },
  bEpochs: { kind: 'lesson', def: 50, read: integer(1, 300) },
  bMini: { kind: 'lesson', def: 16, read: integer(2, 99) },     // of the lesson's 100 training points
  bAxis: { kind: 'lesson', def: 'epochs', read: choice(['epochs', 'updates']) },
  oData: { kind: 'lesson', def: 'circle', read: subset('datasets', ['circle', 'moons', 'xor']) },
  oNoise: { kind: 'lesson', def: 0.6, read: number(0, 1) },
  oEpochs: { kind: 'lesson', def: 300, read: integer(20, 1000) },
  oPatience: { kind: 'lesson', def: 30, read: integer(1, 500) },
  oLambda: { kind: 'lesson', def: 0.001, read: number(1e-5, 0.1) },
  oDropout: { kind: 'lesson', def: 0.3, read: number(0.05, 0.9), within: 'maxDropout' },
  cxNoise: { kind: 'lesson', def: 0.6, read: number(0, 1) },     // underfitting and overfitting
  cxEpochs: { kind: 'lesson', def: 400, read: integer(20, 2000) },
  vData: { kind: 'lesson', def: 'circle', read: subset('datasets', ['circle', 'moons', 'xor', 'gauss']) },
  vDepth: { kind: 'lesson', def: 6, read: integer(1, 8), within: 'maxHiddenLayers' },
  vLr: { kind: 'lesson', def: 0.1, read: number(1e-4, 2) },
  vEpochs: { kind: 'lesson', def: 100, read: integer(1, 500) },
};

export const PARAMS = Object.keys(SCHEMA);

/** The kind of a setting ('data', 'model', 'live', 'view', 'page', 'lesson'). */
export function paramKind(key) {
  return Object.hasOwn(SCHEMA, key) ? SCHEMA[key].kind : undefined;
}

/** The settings of one kind, in schema order. */
export function keysOfKind(kind) {
  return PARAMS.filter((k) => SCHEMA[k].kind === kind);
}

/** The hyperparameters whose default is the chosen `of` kind's own ('optimizer'
 *  or 'schedule'): they go back to "auto" when that choice changes. */
export function perKindKeys(of) {
  return PARAMS.filter((k) => SCHEMA[k].of === of);
}

/** The value a setting has in effect: a per-kind hyperparameter left at
 *  "auto" has the chosen kind's own value, as the engine reports it. */
export function effectiveValue(state, key) {
  const spec = SCHEMA[key];
  if (!spec || !spec.of || state[key] !== null) return state[key];
  const table = spec.of === 'optimizer' ? 'optimizers' : 'schedules';
  return need().defaults[table][state[spec.of]][key];
}

/** A fresh state with every default. */
export function defaultState() {
  const s = {};
  for (const key of PARAMS) {
    const def = typeof SCHEMA[key].def === 'function' ? SCHEMA[key].def() : SCHEMA[key].def;
    s[key] = Array.isArray(def) ? def.slice() : def;
  }
  return s;
}

/** Read a query string ("?a=1&b=2", with or without "?") into a full state.
 *  Returns { state, ignored } where ignored lists "name=value" strings that were
 *  unknown or invalid and so replaced by their defaults. */
export function parseState(query) {
  const state = defaultState();
  const ignored = [];
  const text = typeof query === 'string' ? query.replace(/^[?#]/, '') : '';
  if (text === '') return { state, ignored };
  const seen = new Set();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = safeDecode(rawKey);
    const value = safeDecode(rawValue);
    const label = clipLabel(`${key ?? rawKey}=${value ?? rawValue}`);
    if (key === undefined || value === undefined || !Object.hasOwn(SCHEMA, key) || seen.has(key)) {
      ignored.push(label);
      continue;
    }
    seen.add(key);
    const v = SCHEMA[key].read(value.trim());
    if (v === undefined) ignored.push(label);
    else state[key] = v;
  }
  // Cross-field rules: the digits belong to the Digits mode, whose own
  // defaults stand in for what its link does not say; a network needs at
  // least one hidden layer.
  if (state.mode === 'digits') {
    for (const [key, v] of Object.entries(DIGITS_DEFAULTS)) if (!seen.has(key) || key === 'dataset') state[key] = Array.isArray(v) ? v.slice() : v;
  } else if (state.dataset === 'digits') {
    ignored.push('dataset=digits (the digits open in the Digits mode: mode=digits)');
    state.dataset = defaultState().dataset;
  }
  if (state.model === 'mlp' && state.hidden.length === 0) {
    ignored.push('hidden= (a network needs at least one hidden layer)');
    state.hidden = defaultState().hidden;
  }
  return { state, ignored };
}

/** The settings of `state` that differ from their defaults, as a query string
 *  without the leading "?". parseState fills every missing key with its
 *  default, so the short form opens the same state; a link or an embed code
 *  then says only what the teacher changed (a lesson's embed is a few
 *  parameters, not sixty). `omit` leaves keys out even when they differ. */
export function serializeState(state, { omit = [] } = {}) {
  const parts = [];
  for (const key of PARAMS) {
    if (omit.includes(key)) continue;
    const spec = SCHEMA[key];
    const write = (v) => (spec.write ? spec.write(v) : formatNumberOrText(v));
    const def = write(typeof spec.def === 'function' ? spec.def() : spec.def);
    const text = state[key] === undefined ? def : write(state[key]);
    if (text === def) continue;
    parts.push(`${key}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

/** Check one value for one key; returns the value to store or undefined. Used by
 *  the controls so typed entries obey the same rules as the URL. */
export function validateParam(key, text) {
  if (!Object.hasOwn(SCHEMA, key)) return undefined;
  return SCHEMA[key].read(String(text).trim());
}

/** The trainer configuration (downhill.js createTrainer) for a state: its
 *  'model' and 'live' settings but the worker's pace, with per-kind values left
 *  at "auto" filled in. Input and class counts come from the data. */
export function trainerConfig(state) {
  const c = {};
  for (const key of PARAMS) {
    const kind = SCHEMA[key].kind;
    if ((kind === 'model' || kind === 'live') && key !== 'speed') c[key] = effectiveValue(state, key);
  }
  c.hidden = state.model === 'mlp' ? state.hidden.slice() : [];
  if (state.reg === 'none') c.regRate = 0;
  return c;
}

/** The data settings for a state (what the worker needs to make the datasets). */
export function dataConfig(state) {
  return {
    dataset: state.dataset,
    noise: state.noise,
    count: state.count,
    seed: state.dataSeed,
    testRatio: 1 - state.ratio / 100,
    inputs: state.inputs.slice(),
    digitCount: state.digitCount,
    truthTable: TRUTH_TABLES.includes(state.dataset),
  };
}

/** Which regime a batch size is in for n training points. */
export function batchRegime(batch, n) {
  if (batch >= n) return 'full batch';
  if (batch <= 1) return 'stochastic';
  return 'mini-batch';
}

/** Short human label of a run, used for faded previous curves. */
export function runLabel(state) {
  return `lr ${formatNumberOrText(state.lr)}, batch ${state.batch}`;
}

/** Numbers in their shortest round-tripping form (0.03, 1e-5); text as is. */
export function formatNumberOrText(v) {
  if (typeof v !== 'number') return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) {
    return v.toExponential().replace('e+', 'e');
  }
  return String(v);
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

// ---- embedding and course links -------------------------------------------------

// The parts of the page a link can show or lock (web/embed.js maps them to
// elements), and the caption's length limit.
export const CONTROLS = ['play', 'reset', 'step', 'reseed', 'speed', 'metrics', 'modes', 'dataset', 'noise',
  'lr', 'batch', 'optimizer', 'schedule', 'reg', 'dropout', 'patience', 'model', 'network', 'heatmap', 'chart',
  'points', 'export', 'pad', 'weights', 'confusion', 'gallery'];
export const CAPTION_MAX = 200;

// "play,lr" -> ['play', 'lr']; any unknown name makes the whole list unusable.
function controlList(s) {
  if (s === '') return [];
  const out = [];
  for (const part of s.split(',')) {
    const name = part.trim();
    if (!CONTROLS.includes(name)) return undefined;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

// A reported "name=value" stays readable however long the value was.
function clipLabel(text) {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The allowed range of a numeric setting, { lo, hi, integer }, or undefined
 *  for other settings; the controls use it to say what a field accepts. */
export function paramRange(key) {
  const b = Object.hasOwn(SCHEMA, key) ? SCHEMA[key].read.bounds : undefined;
  return b && { lo: bound(b.lo), hi: bound(b.hi), integer: b.integer };
}

/** The choices a setting offers (resolved from the engine), or undefined. */
export function paramChoices(key) {
  const list = Object.hasOwn(SCHEMA, key) ? SCHEMA[key].read.list : undefined;
  return list ? choices(list).slice() : undefined;
}

/** A choice setting's <option>s: [{ value, label }], labels the engine's. */
export function paramOptions(key) {
  const list = SCHEMA[key].read.list;
  const table = typeof list === 'string' ? list : SCHEMA[key].read.subsetOf;
  return choices(list).map((value) => ({ value, label: table ? label(table, value) : value }));
}

/** Where each setting's list and range come from, for the contract test
 *  (tests/node/contract.test.js): { key: { kind, list?, subsetOf?, bounds?, within? } }
 *  with list an engine table name or the page's own array, and bounds naming
 *  engine limits by their names. */
export function schemaSources() {
  const out = {};
  for (const key of PARAMS) {
    const { kind, read, within } = SCHEMA[key];
    out[key] = { kind, list: read.list, subsetOf: read.subsetOf, bounds: read.bounds, within };
  }
  return out;
}
