// lesson-ops.test.js — the lesson contract: for every lesson the page lists,
// the op names its view is given (names.js, through index.js) are exactly the
// ops its worker side defines (ops.js, through lessons/ops.js), read from the
// real modules; and the contract kit refuses what would let them drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LESSONS } from '../../web/lessons/index.js';
import { LESSON_OPS } from '../../web/lessons/ops.js';
import { MODES } from '../../web/state.js';
import { opNames, defineOps, opsClient, lessonContext } from '../../web/lessons/kit/ops-contract.js';

test('the page and the worker register the same modes (the playground one of them), those of state.js', () => {
  assert.deepEqual(LESSONS.map((l) => l.id), MODES, 'the playground first, then the lessons');
  assert.deepEqual(Object.keys(LESSON_OPS).sort(), LESSONS.map((l) => l.id).sort());
});

for (const lesson of LESSONS) {
  test(`${lesson.id}: the view's ops are the worker's ops`, () => {
    assert.equal(lesson.ops.lesson, lesson.id);
    assert.equal(typeof lesson.create, 'function');
    const worker = LESSON_OPS[lesson.id];
    const defined = Object.keys(worker).filter((k) => k !== 'dispose');
    assert.deepEqual([...defined].sort(), [...lesson.ops.names].sort(),
      `page lists ${lesson.ops.names.join(', ')}; worker defines ${defined.join(', ')}`);
    for (const name of lesson.ops.names) assert.equal(typeof worker[name], 'function', `${lesson.id}.${name}`);
    if ('dispose' in worker) assert.equal(typeof worker.dispose, 'function');
    assert.ok(Object.isFrozen(worker), 'the ops object is frozen');
  });
}

test('a view reaches its ops only through ctx.ops: listed names forward to rpc, others do not exist', async () => {
  const calls = [];
  const page = { rpc: async (op, args) => { calls.push([op, args]); return `${op} done`; }, state: { x: 1 }, announce() {} };
  const ctx = lessonContext(page, opNames('demo', ['load', 'step']));
  assert.equal(await ctx.ops.load({ preset: 'a' }), 'load done');
  assert.equal(await ctx.ops.step(), 'step done');
  assert.deepEqual(calls, [['load', { preset: 'a' }], ['step', undefined]]);
  assert.equal(ctx.state, page.state);
  assert.equal(ctx.announce, page.announce);
  assert.equal(ctx.ops.lod, undefined);
  assert.throws(() => ctx.ops.lod({}), TypeError);
  assert.throws(() => ctx.rpc('load', {}), /ctx\.ops\.<name>\(args\), one of load, step/);
  assert.ok(Object.isFrozen(ctx.ops));
  assert.throws(() => { 'use strict'; ctx.ops.extra = () => {}; }, TypeError);
  assert.deepEqual(Object.keys(opsClient(page.rpc, opNames('demo', ['a', 'b']))), ['a', 'b']);
});

test('defineOps refuses a misspelt, missing or extra op', () => {
  const list = opNames('demo', ['load', 'step']);
  const fn = () => null;
  assert.throws(() => defineOps(list, { lod: fn, step: fn }), /lesson demo: .*missing load; not listed lod/);
  assert.throws(() => defineOps(list, { load: fn }), /missing step/);
  assert.throws(() => defineOps(list, { load: fn, step: fn, more: fn }), /not listed more/);
  assert.throws(() => defineOps(list, { load: fn, step: 1 }), /missing step/);
  assert.throws(() => defineOps(list, { load: fn, step: fn, dispose: 1 }), /dispose must be a function/);
  const ok = defineOps(list, { load: fn, step: fn, dispose: fn });
  assert.deepEqual(Object.keys(ok), ['load', 'step', 'dispose']);
});

test('opNames refuses names that could not be ops', () => {
  assert.throws(() => opNames('demo', ['load', 'load']), /listed twice/);
  assert.throws(() => opNames('demo', ['dispose']), /'dispose' cannot be an op name/);
  assert.throws(() => opNames('demo', ['two words']), /cannot be an op name/);
  assert.ok(Object.isFrozen(opNames('demo', ['a']).names));
});
