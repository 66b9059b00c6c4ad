// lesson-learning-rate.test.js — the learning-rate lesson's worker op on the
// real engine: the path is w_k = (1 − 2α)^k · w_0 (gradient descent on
// E = w², worked by hand), and the verdict names what the path did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learningRateOps, verdictOf } from '../../web/lessons/learning-rate/ops.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');

test('each step multiplies w by 1 − 2α, as w ← w − α·2w says', () => {
  for (const lr of [0.02, 0.25, 0.3, 0.8, 1, 1.05]) {
    const { points } = learningRateOps.descent(dh, { lr, start: 4, steps: 20 }, {});
    assert.equal(points.length, 21);
    points.forEach((p, k) => {
      const w = 4 * (1 - 2 * lr) ** k;
      assert.ok(Math.abs(p.w - w) <= 1e-5 * Math.max(1, Math.abs(w)), `lr ${lr} step ${k}: ${p.w} vs ${w}`);
      assert.ok(Math.abs(p.e - w * w) <= 1e-4 * Math.max(1, w * w), `lr ${lr} step ${k}: E ${p.e} vs ${w * w}`);
    });
  }
  const half = learningRateOps.descent(dh, { lr: 0.5, start: 4, steps: 3 }, {});
  assert.equal(half.points[1].w, 0, 'α = 0.5 lands on the bottom in one step');
});

test('the verdicts: there, crawling, bouncing, diverged', () => {
  const v = (lr, steps = 20) => learningRateOps.descent(dh, { lr, start: 4, steps }, {}).verdict;
  assert.deepEqual({ ...v(0.3), e: undefined }, { kind: 'there', step: 6, e: undefined });   // 16·0.16^6 = 2.7e-4
  assert.equal(v(0.02).kind, 'crawling');
  assert.equal(v(1).kind, 'bouncing');
  assert.equal(v(1.05).kind, 'diverged');
  assert.equal(v(0.8).kind, 'there', 'overshooting yet settling');
  assert.equal(verdictOf([{ w: 4, e: 16 }, { w: 1e20, e: Infinity }], 5).kind, 'diverged', 'a path cut short blew up');
});

test('bad arguments get a message in the lesson\u2019s terms', () => {
  assert.throws(() => learningRateOps.descent(dh, { lr: 0.1, start: 4, steps: 0 }, {}), /steps must be a whole number from 1 to 100/);
  assert.throws(() => learningRateOps.descent(dh, { lr: 0.1, start: 4, steps: 1.5 }, {}), /steps must be a whole number/);
  assert.throws(() => learningRateOps.descent(dh, { lr: -1, start: 4, steps: 5 }, {}), /lr/);
});
