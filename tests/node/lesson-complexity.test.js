// lesson-complexity.test.js — the model-complexity lesson's worker ops on the
// real engine: trained in chunks to the end, the eleven networks draw the
// course's graph (the smallest underfits, the biggest overfits, the best
// lies between), each trained network gives its boundary, and one asked
// for before training is refused in words the student can act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complexityOps, SIZES } from '../../web/lessons/complexity/ops.js';
import { bestSize, verdict } from '../../web/lessons/complexity/view.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');

test('growing networks on the noisy circle: underfitting, a best size, overfitting', () => {
  const store = {};
  try {
    assert.throws(() => complexityOps.boundary(dh, { size: 3, cells: 20 }, store), /no network with 3 units per layer has been trained: press Run first/);
    const info = complexityOps.setup(dh, { noise: 0.6, epochs: 400 }, store);
    assert.deepEqual(info, { n: 100, testN: 100, sizes: SIZES });
    let r, calls = 0;
    do { r = complexityOps.advance(dh, { budgetMs: 20 }, store); calls++; } while (!r.done);
    assert.ok(calls > 1, 'trained over several calls, not in one');
    assert.deepEqual(r.runs.map((x) => x.size), SIZES);
    assert.ok(r.runs.every((x) => x.epoch === 400));
    const best = bestSize(r.runs);
    const b = r.runs.find((x) => x.size === best);
    const first = r.runs[0], last = r.runs[r.runs.length - 1];
    assert.ok(best > SIZES[0] && best < SIZES[SIZES.length - 1], `best ${best} inside the range`);
    assert.ok(first.trainLoss > b.trainLoss && first.testLoss > b.testLoss, `1 unit underfits: ${first.trainLoss} / ${first.testLoss}`);
    assert.ok(last.trainLoss < b.trainLoss && last.testLoss > b.testLoss, `48 units overfit: ${last.trainLoss} / ${last.testLoss}`);
    assert.equal(verdict(1, best), 'underfits');
    assert.equal(verdict(48, best), 'overfits');
    const g = complexityOps.boundary(dh, { size: best, cells: 20 }, store);
    assert.equal(g.probs.length, 400);
    assert.ok(g.probs.every((p) => p >= 0 && p <= 1));
    assert.ok(Math.min(...g.probs) < 0.1 && Math.max(...g.probs) > 0.9, 'both classes appear on the grid');
    assert.equal(g.train.length + g.test.length, 200);
  } finally {
    complexityOps.dispose(dh, store);
  }
});
