// The page's settings against the engine: every choice list and range the
// page offers (web/state.js) must be the engine's own, or a page choice
// inside the engine's, and every list and limit the engine reports must be
// used by the page or named here with the reason it is not a setting. A list
// or a limit added on one side only fails this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, schemaSources, paramChoices, paramRange, PARAMS } from '../../web/state.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');
useEngine(dh);
const sources = schemaSources();

// Engine lists and limits that are not settings of their own, and why.
const NOT_SETTINGS = {
  names: {
    statuses: 'the run\'s status, shown as text (web/page/run-view.js)',
    landscapes: 'the hill lesson\'s choice, with its "model" landscape (checked below)',
    regressionDatasets: 'which datasets carry a continuous target; the page draws and scores them as regression (web/page/regression-view.js)',
  },
  limits: {
    maxFeatures: 'a CSV\'s columns: the engine refuses more, with its own message',
    maxClasses: 'a CSV\'s labels: likewise',
    maxPoints: 'a CSV\'s rows: likewise',
    maxCsvBytes: 'the upload size check (web/custom-data.js, from ready.engine.limits)',
    historyCap: 'how many epochs the chart can ask for (the engine keeps the rest)',
    chunk: 'the engine\'s batch chunk, internal',
    maxNameLength: 'a CSV\'s column names, internal',
    maxWeight: 'a model file\'s largest weight (web/export.js readModelFile) and a typed one (web/network/weight-editor.js)',
    maxEpochs: 'a model file\'s largest epoch (web/export.js readModelFile)',
  },
};

test('every engine list the page offers is the engine\'s, in the engine\'s order', () => {
  for (const [key, s] of Object.entries(sources)) {
    if (typeof s.list === 'string') assert.deepEqual(paramChoices(key), dh.names[s.list], key);
    if (s.subsetOf) {
      for (const v of paramChoices(key)) assert.ok(dh.names[s.subsetOf].includes(v), `${key}: "${v}" is not an engine ${s.subsetOf} name`);
    }
  }
  const land = paramChoices('hillLand');
  assert.deepEqual(land.filter((v) => v !== 'model'), dh.names.landscapes);
});

test('every engine list is offered by a setting or named as not one', () => {
  const used = new Set(Object.values(sources).flatMap((s) => [typeof s.list === 'string' ? s.list : null, s.subsetOf]));
  for (const table of Object.keys(dh.names)) {
    assert.ok(used.has(table) || table in NOT_SETTINGS.names, `the engine's "${table}" list has no setting on the page`);
  }
  for (const table of Object.keys(NOT_SETTINGS.names)) assert.ok(table in dh.names, `the engine has no "${table}" list`);
});

test('ranges that name an engine limit are that limit; the page\'s own stay inside the engine\'s', () => {
  const limitsUsed = new Set();
  for (const key of PARAMS) {
    const s = sources[key];
    const r = paramRange(key);
    for (const end of ['lo', 'hi']) {
      if (s.bounds && typeof s.bounds[end] === 'string') {
        limitsUsed.add(s.bounds[end]);
        assert.equal(r[end], dh.limits[s.bounds[end]], `${key}.${end}`);
      }
    }
    if (s.within) {
      limitsUsed.add(s.within);
      assert.ok(r.hi <= dh.limits[s.within], `${key}: the page's ${r.hi} is past the engine's ${s.within} ${dh.limits[s.within]}`);
    }
  }
  // The hidden layers are read against maxHiddenLayers and maxUnits (state.js layers()).
  limitsUsed.add('maxHiddenLayers').add('maxUnits');
  for (const name of Object.keys(dh.limits)) {
    assert.ok(limitsUsed.has(name) || name in NOT_SETTINGS.limits, `the engine's limit "${name}" is used by no setting`);
  }
  for (const name of Object.keys(NOT_SETTINGS.limits)) assert.ok(name in dh.limits, `the engine has no limit "${name}"`);
});

test('every setting has a kind the page and the worker know', () => {
  const kinds = new Set(['data', 'model', 'live', 'view', 'page', 'lesson']);
  for (const [key, s] of Object.entries(sources)) assert.ok(kinds.has(s.kind), `${key}: kind ${s.kind}`);
  // Every createTrainer key the page sets is a model or live setting.
  for (const key of Object.keys(dh.defaults).filter((k) => !['schedules', 'optimizers'].includes(k))) {
    if (key in sources) assert.ok(['model', 'live'].includes(sources[key].kind), key);
  }
});
