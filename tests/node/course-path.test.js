// course-path.test.js — the course path's data (web/lessons/course/path.js)
// against the page it points into: every step's link opens a real mode with
// settings the page accepts as they are, the walk visits each reachable step
// once, and the progress store keeps only what it wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STEPS, STEP_IDS, reachable, currentStep, neighbours, stepHref } from '../../web/lessons/course/path.js';
import { createProgress } from '../../web/lessons/course/progress.js';
import { parseState, useEngine, MODES } from '../../web/state.js';
import { load } from './wasm-helpers.js';

useEngine(await load('simd'));

test('every step opens a mode of the page with settings it takes without a notice', () => {
  assert.equal(new Set(STEP_IDS).size, STEP_IDS.length, 'step ids are unique');
  assert.equal(STEPS.length, 25, 'the course\u2019s 24 concepts, the last in two steps');
  for (const s of reachable()) {
    assert.ok(MODES.includes(s.mode), `${s.id}: mode ${s.mode}`);
    const { state, ignored } = parseState(stepHref(s));
    assert.deepEqual(ignored, [], `${s.id}: ${stepHref(s)}`);
    assert.equal(state.mode, s.mode);
    assert.equal(state.step, s.id);
    for (const [k, v] of Object.entries(s.params)) assert.equal(String(state[k]), String(v), `${s.id}: ${k}`);
  }
});

test('the prev/next walk: each reachable step once, in order; a lesson opened alone is its first step', () => {
  const list = reachable();
  let s = list[0];
  const seen = [s.id];
  while (neighbours(s).next) { s = neighbours(s).next; seen.push(s.id); }
  assert.deepEqual(seen, list.map((x) => x.id));
  assert.equal(neighbours(list[0]).prev, null);
  assert.equal(currentStep('', 'softmax').id, 'softmax');
  assert.equal(currentStep('cross-entropy', 'softmax').id, 'cross-entropy');
  assert.equal(currentStep('cross-entropy', 'gates').id, 'logic', 'a step of another mode is not this page\u2019s');
  assert.equal(currentStep('', 'play'), null, 'the free playground is not on the path');
  assert.equal(currentStep('layers', 'play').id, 'layers');
});

test('progress keeps visits and answers, survives a reload, and ignores what it did not write', () => {
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
  const p = createProgress(storage);
  p.visit('trick'); p.visit('trick'); p.answer('gates');
  assert.deepEqual(createProgress(storage).counts(), { visited: 1, answered: 1 });
  assert.ok(createProgress(storage).visited('trick'));
  store.set('downhill-course-v1', '{"visited":["ok",42,"<script>"],"answered":"x"}');
  assert.deepEqual(createProgress(storage).counts(), { visited: 1, answered: 0 });
  store.set('downhill-course-v1', 'not json');
  assert.deepEqual(createProgress(storage).counts(), { visited: 0, answered: 0 });
  const broken = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); } };
  const q = createProgress(broken);
  q.visit('trick');
  assert.ok(q.visited('trick'), 'kept in memory when storage refuses');
  assert.ok(createProgress(null).counts().visited === 0);
});
