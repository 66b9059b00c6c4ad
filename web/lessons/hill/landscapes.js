// hill/landscapes.js — what the "hill" lesson knows about each landscape: the
// part of the weight plane it shows, the weights' names, a start and learning
// rate that tell its story, and the optimizers it compares. Plain data shared
// by the page (hill/view.js) and the worker (hill/ops.js); what a landscape
// is about, in words, is in text.js.

/** The optimizers the lesson compares, in legend order. Colours are
 *  Okabe–Ito; dash pattern and end marker tell them apart without colour. */
export const HILL_OPTIMIZERS = [
  { id: 'sgd', label: 'SGD', color: [213, 94, 0], dash: [], shape: 'circle' },
  { id: 'momentum', label: 'Momentum', color: [0, 114, 178], dash: [9, 5], shape: 'triangle' },
  { id: 'nesterov', label: 'Nesterov', color: [204, 121, 167], dash: [2, 4], shape: 'square' },
  { id: 'rmsprop', label: 'RMSProp', color: [0, 158, 115], dash: [12, 4, 2, 4], shape: 'diamond' },
  { id: 'adam', label: 'Adam', color: [30, 30, 30], dash: [16, 6], shape: 'cross' },
];
export const HILL_OPTIMIZER_IDS = HILL_OPTIMIZERS.map((o) => o.id);

// kind: the engine's analytic landscape (dh.landscape) or 'model' for the
// logistic-regression loss surface. a, b: the two weights' axes.
export const HILL_LANDSCAPES = [
  {
    id: 'bowl', label: 'Bowl', kind: 'bowl',
    a: { name: 'a', lo: -2, hi: 2 }, b: { name: 'b', lo: -2, hi: 2 },
    start: [-1.6, 1.3], lr: 0.1, steps: 100,
  },
  {
    id: 'ravine', label: 'Ravine', kind: 'ravine',
    a: { name: 'a', lo: -3, hi: 3 }, b: { name: 'b', lo: -1.5, hi: 1.5 },
    start: [-2.6, 1.1], lr: 0.06, steps: 100,
  },
  {
    id: 'two-wells', label: 'Two wells', kind: 'two-wells',
    a: { name: 'a', lo: -2, hi: 2 }, b: { name: 'b', lo: -1.5, hi: 1.5 },
    start: [1.8, 1], lr: 0.02, steps: 200,
  },
  {
    id: 'model', label: 'Real model', kind: 'model',
    a: { name: 'weight w', lo: -1, hi: 3 }, b: { name: 'bias b', lo: -7, hi: 4 },
    start: [-0.5, 2.5], lr: 0.1, steps: 300,
  },
];
export const HILL_LANDSCAPE_IDS = HILL_LANDSCAPES.map((l) => l.id);

export function hillLandscape(id) {
  return HILL_LANDSCAPES.find((l) => l.id === id) || HILL_LANDSCAPES[0];
}

/** Landscape L's own value of a hill setting (its story's rate, steps, start). */
export function hillOwn(L, key) {
  return { hillLr: L.lr, hillSteps: L.steps, hillA: L.start[0], hillB: L.start[1] }[key];
}

/** A hill setting in force: the page state's value, or (null, "auto") L's own. */
export function hillValue(st, L, key) {
  return st[key] ?? hillOwn(L, key);
}

/** What the page state keeps for a value: null where it is L's own, so a
 *  link leaves it out. */
export function hillKept(L, key, value) {
  return value === hillOwn(L, key) ? null : value;
}

// The real model's data: hours of practice before a driving test, and whether
// the learner passed (1) or not (0). Made up for the lesson; the classes
// overlap, so the loss has a finite minimum.
export const HILL_MODEL_DATA = {
  feature: 'hours',
  hours: [0.5, 0.8, 1.0, 1.2, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.5, 2.7,
    2.9, 3.0, 3.2, 3.5, 3.6, 3.8, 4.1, 4.3, 4.6, 4.9, 5.2, 5.6],
  passed: [0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1,
    0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1],
};

// The random-restart demonstration on the two wells: plain SGD from `count`
// seeded random starts, then momentum from the starts SGD left in the local
// minimum. Fixed settings so the story holds whatever the sliders say.
export const HILL_RESTARTS = { count: 16, lr: 0.02, steps: 200, momentum: 0.9, seed: 2 };

/** Loss within this of the minimum's counts as "reached it". */
export const HILL_EPSILON = 1e-3;
