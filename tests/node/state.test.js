// The URL schema (web/state.js): defaults, round trips, and what happens to
// values it cannot use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultState, parseState, serializeState, validateParam, trainerConfig, dataConfig,
  batchRegime, runLabel, formatNumberOrText, PARAMS, useEngine, effectiveValue, perKindKeys,
} from '../../web/state.js';
import { load } from './wasm-helpers.js';

// The schema's lists, limits and per-kind defaults are the real engine's.
const dh = await load('simd');
useEngine(dh);

test('an empty query gives the defaults and ignores nothing', () => {
  for (const q of ['', '?', undefined]) {
    const { state, ignored } = parseState(q);
    assert.deepEqual(state, defaultState());
    assert.deepEqual(ignored, []);
  }
});

test('defaults are a network that trains XOR: xor, mlp, lr 0.03, batch 10', () => {
  const s = defaultState();
  assert.equal(s.dataset, 'xor');
  assert.equal(s.model, 'mlp');
  assert.ok(s.hidden.length >= 1);
  assert.equal(s.lr, 0.03);
  assert.equal(s.batch, 10);
});

test('defaultState returns independent copies', () => {
  const a = defaultState();
  a.hidden.push(3);
  assert.notDeepEqual(a.hidden, defaultState().hidden);
});

test('the required parameter names exist', () => {
  for (const k of ['dataset', 'noise', 'ratio', 'model', 'hidden', 'activation', 'loss',
    'optimizer', 'lr', 'batch', 'reg', 'regRate', 'dropout', 'seed', 'autoplay']) {
    assert.ok(PARAMS.includes(k), k);
  }
});

test('serialize then parse gives the same state', () => {
  const s = defaultState();
  Object.assign(s, {
    dataset: 'spiral3', noise: 0.35, ratio: 70, model: 'mlp', hidden: [64, 3, 1, 8, 8, 2],
    activation: 'leaky-relu', loss: 'squared', optimizer: 'adam', lr: 1e-5, batch: 1,
    reg: 'l1', regRate: 0.0003, dropout: 0.25, seed: 123456, autoplay: true,
    schedule: 'plateau', minLr: 1e-7, eps: 1e-10, showTest: false, chart: 'accuracy',
  });
  const q = serializeState(s);
  const { state, ignored } = parseState(q);
  assert.deepEqual(ignored, []);
  assert.deepEqual(state, s);
  assert.deepEqual(parseState('?' + q).state, s);
});

test('a link carries only the settings that differ from their defaults', () => {
  assert.equal(serializeState(defaultState()), '');
  assert.deepEqual(parseState('').state, defaultState());
  const lesson = { ...defaultState(), mode: 'hill', hillLand: 'ravine', autoplay: true };
  assert.equal(serializeState(lesson), 'mode=hill&autoplay=1&hillLand=ravine');
  assert.deepEqual(parseState(serializeState(lesson)).state, lesson);
  // A value typed equal to its default is the default: it is left out too.
  const typed = parseState('lr=' + defaultState().lr + '&hidden=8,8&showTest=1').state;
  assert.equal(serializeState(typed), '');
  // Leaving a per-kind value at "auto" is the default; a typed one travels.
  assert.equal(serializeState({ ...defaultState(), schedule: 'step', scheduleGamma: 0.25 }), 'schedule=step&scheduleGamma=0.25');
  // An omitted key is left out even when it differs.
  assert.equal(serializeState({ ...defaultState(), speed: 10, seed: 7 }, { omit: ['speed'] }), 'seed=7');
});

test('every field round-trips on its own at a boundary value', () => {
  const cases = { lr: 10, noise: 0, ratio: 90, count: 2000, momentum: 0, beta2: 0.99999, seed: 0, patience: 10000 };
  for (const [k, v] of Object.entries(cases)) {
    const s = defaultState();
    s[k] = v;
    assert.equal(parseState(serializeState(s)).state[k], v, k);
  }
});

test('a hand-written link is read', () => {
  const { state, ignored } = parseState('?dataset=circle&hidden=4,2&lr=0.3&batch=25&activation=relu&autoplay=1');
  assert.deepEqual(ignored, []);
  assert.equal(state.dataset, 'circle');
  assert.deepEqual(state.hidden, [4, 2]);
  assert.equal(state.lr, 0.3);
  assert.equal(state.batch, 25);
  assert.equal(state.activation, 'relu');
  assert.equal(state.autoplay, true);
});

test('invalid values fall back to defaults and are listed', () => {
  const d = defaultState();
  const { state, ignored } = parseState(
    'lr=abc&batch=0&dataset=mnist&hidden=8,999&noise=2&seed=-1&activation=softplus&autoplay=maybe&lr2=1');
  assert.equal(state.lr, d.lr);
  assert.equal(state.batch, d.batch);
  assert.equal(state.dataset, d.dataset);
  assert.deepEqual(state.hidden, d.hidden);
  assert.equal(state.noise, d.noise);
  assert.equal(state.seed, d.seed);
  assert.equal(state.activation, d.activation);
  assert.equal(state.autoplay, d.autoplay);
  assert.deepEqual(ignored, ['lr=abc', 'batch=0', 'dataset=mnist', 'hidden=8,999', 'noise=2',
    'seed=-1', 'activation=softplus', 'autoplay=maybe', 'lr2=1']);
});

test('numbers must be whole numbers: no hex, Infinity, NaN, blanks or fractions for integers', () => {
  for (const q of ['lr=0x10', 'lr=Infinity', 'lr=NaN', 'lr=', 'batch=2.5', 'batch=1e2', 'lr=1e-6', 'lr=11']) {
    const { ignored } = parseState(q);
    assert.equal(ignored.length, 1, q);
  }
  assert.equal(parseState('lr=1e-5').state.lr, 1e-5);
  assert.equal(parseState('lr=.5').state.lr, 0.5);
});

test('too many layers or an empty network are refused', () => {
  assert.deepEqual(parseState(`hidden=${Array(dh.limits.maxHiddenLayers + 1).fill(1).join(',')}`).state.hidden, defaultState().hidden);
  assert.deepEqual(parseState(`hidden=${dh.limits.maxUnits}`).state.hidden, [dh.limits.maxUnits]);
  assert.equal(parseState(`hidden=${dh.limits.maxUnits + 1}`).ignored.length, 1);
  const r = parseState('hidden=0&model=mlp');
  assert.deepEqual(r.state.hidden, defaultState().hidden);
  assert.equal(r.ignored.length, 1);
  // Linear models do not need hidden layers.
  const lin = parseState('hidden=&model=logistic');
  assert.deepEqual(lin.state.hidden, []);
  assert.deepEqual(lin.ignored, []);
});

test('repeated keys keep the first and report the rest; bad escapes are reported', () => {
  const { state, ignored } = parseState('lr=0.1&lr=0.2&%E0%A4%A=1');
  assert.equal(state.lr, 0.1);
  assert.deepEqual(ignored, ['lr=0.2', '%E0%A4%A=1']);
});

test('markup in a link stays text and is only reported', () => {
  const { state, ignored } = parseState('dataset=%3Cimg%20src%3Dx%3E');
  assert.equal(state.dataset, 'xor');
  assert.deepEqual(ignored, ['dataset=<img src=x>']);
});

test('parse never throws on random input', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = 'abc=&%,.0123456789-+eE?#lrbatchsd';
  for (let i = 0; i < 2000; i++) {
    let q = '';
    const len = Math.floor(rnd() * 40);
    for (let j = 0; j < len; j++) q += alphabet[Math.floor(rnd() * alphabet.length)];
    const { state } = parseState(q);
    assert.equal(Object.keys(state).length, PARAMS.length);
  }
});

test('validateParam follows the same rules as the URL', () => {
  assert.equal(validateParam('lr', '0.5'), 0.5);
  assert.equal(validateParam('lr', '100'), undefined);
  assert.equal(validateParam('nope', '1'), undefined);
  assert.deepEqual(validateParam('hidden', '3, 4'), [3, 4]);
});

test('trainerConfig matches the downhill.js contract', () => {
  const s = parseState('model=logistic&hidden=8&reg=none&regRate=0.5').state;
  const c = trainerConfig(s);
  assert.equal(c.model, 'logistic');
  assert.deepEqual(c.hidden, []);
  assert.equal(c.regRate, 0);
  for (const k of ['activation', 'loss', 'optimizer', 'momentum', 'rho', 'beta1', 'beta2', 'eps',
    'lr', 'batch', 'schedule', 'scheduleStep', 'scheduleGamma', 'schedulePatience', 'minLr',
    'reg', 'dropout', 'patience', 'seed']) {
    assert.ok(k in c, k);
  }
});

test('dataConfig turns the training share into a test ratio', () => {
  const d = dataConfig(parseState('ratio=70&dataset=and').state);
  assert.ok(Math.abs(d.testRatio - 0.3) < 1e-12);
  assert.equal(d.truthTable, true);
  assert.equal(dataConfig(defaultState()).truthTable, false);
});

test('batch regimes and run labels', () => {
  assert.equal(batchRegime(1, 200), 'stochastic');
  assert.equal(batchRegime(10, 200), 'mini-batch');
  assert.equal(batchRegime(200, 200), 'full batch');
  assert.equal(batchRegime(500, 200), 'full batch');
  const s = defaultState();
  s.lr = 0.3;
  assert.equal(runLabel(s), 'lr 0.3, batch 10');
  assert.equal(formatNumberOrText(1e-5), '1e-5');
  assert.equal(formatNumberOrText(0.001), '0.001');
});

test('schedule γ defaults to the chosen kind\'s own factor ("auto"), and a typed one is kept', () => {
  const s = defaultState();
  assert.equal(s.scheduleGamma, null);
  assert.equal(trainerConfig(s).scheduleGamma, dh.defaults.schedules[s.schedule].scheduleGamma, 'the engine\'s factor for the kind');
  s.schedule = 'exponential';
  assert.equal(trainerConfig(s).scheduleGamma, 0.99);
  assert.equal(effectiveValue(s, 'scheduleGamma'), 0.99);
  assert.doesNotMatch(serializeState(s), /scheduleGamma/, '"auto" is the default, so a link leaves it out');
  assert.equal(parseState(serializeState(s)).state.scheduleGamma, null);
  assert.equal(parseState('scheduleGamma=auto').state.scheduleGamma, null);
  const typed = parseState('schedule=step&scheduleGamma=0.25');
  assert.deepEqual(typed.ignored, []);
  assert.equal(typed.state.scheduleGamma, 0.25);
  assert.equal(trainerConfig(typed.state).scheduleGamma, 0.25);
  assert.equal(parseState(serializeState(typed.state)).state.scheduleGamma, 0.25);
  assert.deepEqual(parseState('scheduleGamma=0').ignored, ['scheduleGamma=0']);
});

test('optimizer hyperparameters default to the chosen optimizer\'s own, from the engine', () => {
  const s = defaultState();
  assert.deepEqual(perKindKeys('optimizer'), ['momentum', 'rho', 'beta1', 'beta2', 'eps']);
  for (const key of perKindKeys('optimizer')) assert.equal(s[key], null, key);
  s.optimizer = 'adam';
  assert.equal(trainerConfig(s).beta2, dh.defaults.optimizers.adam.beta2);
  assert.equal(serializeState(s), 'optimizer=adam', 'the hyperparameters left at "auto" are left out');
  assert.equal(parseState(serializeState(s)).state.beta2, null);
  assert.equal(parseState('beta2=0.9').state.beta2, 0.9);
});

test('dropout reaches the engine\'s own limit, and not past it', () => {
  assert.equal(parseState(`dropout=${dh.limits.maxDropout}`).state.dropout, dh.limits.maxDropout);
  assert.deepEqual(parseState('dropout=0.96').ignored, ['dropout=0.96']);
});
