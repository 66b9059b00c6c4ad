// state.js — the one schema of everything that defines a run, and its URL form.
//
// Pure functions, no DOM: parseState(query) -> { state, ignored } and
// serializeState(state) -> query string. Every setting, the seeds included,
// lives here, so a shared link reproduces the run. A value that is unknown or
// out of range falls back to its default and is reported in `ignored` so the
// page can say what it did not use.

export const DATASETS = [
  'xor', 'circle', 'gauss', 'spiral', 'moons', 'admissions',
  'and', 'or', 'not', 'xor4', 'blobs3', 'spiral3',
];
export const TRUTH_TABLES = ['and', 'or', 'not', 'xor4'];
export const MODELS = ['perceptron', 'logistic', 'softmax', 'mlp'];
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];
export const LOSSES = ['cross-entropy', 'squared'];
export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
export const SCHEDULES = ['constant', 'step', 'exponential', 'plateau'];
export const REGULARIZERS = ['none', 'l1', 'l2'];
export const VIEWS = ['loss', 'accuracy'];
// The page's modes: the free playground and one per teaching lesson
// (web/lessons/index.js has their titles and modules).
export const MODES = ['play', 'perceptron', 'gates', 'hill', 'batch', 'overfit', 'vanishing'];

export const MAX_LAYERS = 6;
export const MAX_UNITS = 64;
export const LR_MIN = 1e-5;
export const LR_MAX = 10;
export const SPEEDS = 5; // 1 = one batch per frame ... 5 = as fast as the time budget allows

// One entry per URL parameter: its default and how to read it. `read` returns
// undefined for a value it cannot use.
const choice = (list) => (s) => (list.includes(s) ? s : undefined);
const number = (lo, hi) => Object.assign((s) => {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) && v >= lo && v <= hi ? v : undefined;
}, { range: { lo, hi, integer: false } });
const integer = (lo, hi) => Object.assign((s) => {
  if (!/^[-+]?\d+$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isSafeInteger(v) && v >= lo && v <= hi ? v : undefined;
}, { range: { lo, hi, integer: true } });
const flag = (s) => (s === '1' || s === 'true' ? true : s === '0' || s === 'false' ? false : undefined);
const layers = (s) => {
  if (s === '' || s === '0') return [];
  const parts = s.split(',');
  if (parts.length > MAX_LAYERS) return undefined;
  const out = [];
  for (const p of parts) {
    const v = integer(1, MAX_UNITS)(p.trim());
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
};

const gammaNumber = number(0.01, 1);

const SCHEMA = {
  // data
  // 'custom' is the user's CSV or clicked points; a link cannot carry them.
  dataset: { def: 'xor', read: choice([...DATASETS, 'custom']) },
  noise: { def: 0.1, read: number(0, 1) },
  ratio: { def: 50, read: integer(10, 90) },      // % of the points used for training
  count: { def: 400, read: integer(20, 2000) },
  dataSeed: { def: 1, read: integer(0, 2 ** 31 - 1) },
  // model
  model: { def: 'mlp', read: choice(MODELS) },
  hidden: { def: [8, 8], read: layers, write: (v) => v.join(',') },
  activation: { def: 'tanh', read: choice(ACTIVATIONS) },
  loss: { def: 'cross-entropy', read: choice(LOSSES) },
  // training
  optimizer: { def: 'sgd', read: choice(OPTIMIZERS) },
  momentum: { def: 0.9, read: number(0, 0.999) },
  rho: { def: 0.9, read: number(0, 0.999) },
  beta1: { def: 0.9, read: number(0, 0.999) },
  beta2: { def: 0.999, read: number(0, 0.99999) },
  eps: { def: 1e-8, read: number(1e-12, 1) },
  lr: { def: 0.03, read: number(LR_MIN, LR_MAX) },
  batch: { def: 10, read: integer(1, 100000) },
  schedule: { def: 'constant', read: choice(SCHEDULES) },
  scheduleStep: { def: 100, read: integer(1, 100000) },
  // null (written "auto") = the chosen schedule's own factor, the core's
  // default for that kind (0.99 for exponential decay, 0.5 for step and plateau).
  scheduleGamma: {
    def: null,
    read: Object.assign((s) => (s === 'auto' ? null : gammaNumber(s)), { range: gammaNumber.range }),
    write: (v) => (v === null ? 'auto' : formatNumberOrText(v)),
  },
  schedulePatience: { def: 10, read: integer(1, 10000) },
  minLr: { def: 1e-6, read: number(0, 1) },
  reg: { def: 'none', read: choice(REGULARIZERS) },
  regRate: { def: 0.001, read: number(0, 1) },
  dropout: { def: 0, read: number(0, 0.9) },
  patience: { def: 0, read: integer(0, 10000) },   // early stopping, 0 = off
  seed: { def: 1, read: integer(0, 2 ** 31 - 1) },
  speed: { def: 5, read: integer(1, SPEEDS) },
  autoplay: { def: false, read: flag, write: (v) => (v ? '1' : '0') },
  // view
  showTest: { def: true, read: flag, write: (v) => (v ? '1' : '0') },
  discretize: { def: false, read: flag, write: (v) => (v ? '1' : '0') },
  logScale: { def: false, read: flag, write: (v) => (v ? '1' : '0') },
  chart: { def: 'loss', read: choice(VIEWS) },
  // mode: the playground or a lesson
  mode: { def: 'play', read: choice(MODES) },

  // lesson settings: perceptron trick and logic gates
  pcPreset: { def: 'lesson', read: choice(['lesson', 'ten', 'gauss', 'xor']) },
  pcLr: { def: 0.1, read: number(1e-4, 10) },
  gtGate: { def: 'and', read: choice(['and', 'or', 'not', 'xor']) },

  // lesson settings: the hill (loss landscape). Defaults are the bowl's story
  // (web/lessons/hill/landscapes.js); the start may lie off the map (the
  // lesson moves it back on).
  hillLand: { def: 'bowl', read: choice(['bowl', 'ravine', 'two-wells', 'model']) },
  hillLr: { def: 0.1, read: number(1e-4, 10) },
  hillA: { def: -1.6, read: number(-100, 100) },
  hillB: { def: 1.3, read: number(-100, 100) },
  hillOpts: {
    def: ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'],
    read: (s) => {
      const ids = s.split(',').map((p) => p.trim());
      const known = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'];
      return ids.length && ids.every((id) => known.includes(id)) && new Set(ids).size === ids.length ? ids : undefined;
    },
    write: (v) => v.join(','),
  },
  hillSteps: { def: 100, read: integer(1, 1000) },

  // lesson settings: batch, overfitting, vanishing gradient
  bData: { def: 'circle', read: choice(['circle', 'moons', 'xor', 'gauss', 'spiral']) },
  bLr: { def: 0.1, read: number(1e-4, 2) },
  bEpochs: { def: 50, read: integer(1, 300) },
  bMini: { def: 16, read: integer(2, 99) },     // of the lesson's 100 training points
  bAxis: { def: 'epochs', read: choice(['epochs', 'updates']) },
  oData: { def: 'circle', read: choice(['circle', 'moons', 'xor']) },
  oNoise: { def: 0.6, read: number(0, 1) },
  oEpochs: { def: 300, read: integer(20, 1000) },
  oPatience: { def: 30, read: integer(1, 500) },
  oLambda: { def: 0.001, read: number(1e-5, 0.1) },
  oDropout: { def: 0.3, read: number(0.05, 0.9) },
  vData: { def: 'circle', read: choice(['circle', 'moons', 'xor', 'gauss']) },
  vDepth: { def: 6, read: integer(1, 8) },
  vLr: { def: 0.1, read: number(1e-4, 2) },
  vEpochs: { def: 100, read: integer(1, 500) },

  // embedding and course links
  show: { def: [], read: (s) => controlList(s), write: (v) => v.join(',') },  // [] = the layout's own set
  lock: { def: [], read: (s) => controlList(s), write: (v) => v.join(',') },  // shown but disabled
  caption: { def: '', read: (s) => (s.length <= CAPTION_MAX ? s : undefined) },
};

export const PARAMS = Object.keys(SCHEMA);

/** A fresh state with every default. */
export function defaultState() {
  const s = {};
  for (const key of PARAMS) {
    const def = SCHEMA[key].def;
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
  // Cross-field rules: a network needs at least one hidden layer.
  if (state.model === 'mlp' && state.hidden.length === 0) {
    ignored.push('hidden= (a network needs at least one hidden layer)');
    state.hidden = SCHEMA.hidden.def.slice();
  }
  return { state, ignored };
}

/** Every parameter of `state` as a query string without the leading "?".
 *  All keys are written (not only non-defaults) so a link keeps meaning the
 *  same run if a later version changes a default. */
export function serializeState(state) {
  const parts = [];
  for (const key of PARAMS) {
    const spec = SCHEMA[key];
    const v = state[key] === undefined ? spec.def : state[key];
    const text = spec.write ? spec.write(v) : formatNumberOrText(v);
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

/** The trainer configuration (downhill.js createTrainer) for a state. Input and
 *  class counts come from the data. */
export function trainerConfig(state) {
  return {
    model: state.model,
    hidden: state.model === 'mlp' ? state.hidden.slice() : [],
    activation: state.activation,
    loss: state.loss,
    optimizer: state.optimizer,
    momentum: state.momentum,
    rho: state.rho,
    beta1: state.beta1,
    beta2: state.beta2,
    eps: state.eps,
    lr: state.lr,
    batch: state.batch,
    schedule: state.schedule,
    scheduleStep: state.scheduleStep,
    scheduleGamma: state.scheduleGamma ?? undefined,
    schedulePatience: state.schedulePatience,
    minLr: state.minLr,
    reg: state.reg,
    regRate: state.reg === 'none' ? 0 : state.regRate,
    dropout: state.dropout,
    patience: state.patience,
    seed: state.seed,
  };
}

/** The data settings for a state (what the worker needs to make the datasets). */
export function dataConfig(state) {
  return {
    dataset: state.dataset,
    noise: state.noise,
    count: state.count,
    seed: state.dataSeed,
    testRatio: 1 - state.ratio / 100,
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
  'points', 'export'];
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
  return Object.hasOwn(SCHEMA, key) ? SCHEMA[key].read.range : undefined;
}
