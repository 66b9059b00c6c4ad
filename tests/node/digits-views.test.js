// The Digits views' pure parts: the probabilities' texts (web/digits/probs-text.js),
// the confusion table's numbers and words (confusion-stats.js), the captions
// under digit pictures (thumb-text.js), the pad's geometry and frame throttle,
// and the digit pictures' pixels (web/draw/digit.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkProbs, probTexts, topDigit, describeProbs } from '../../web/digits/probs-text.js';
import { checkCounts, confusionStats, cellLabel, stripHeading } from '../../web/digits/confusion-stats.js';
import { digitCaption, gallerySummary } from '../../web/digits/thumb-text.js';
import { frameThrottle } from '../../web/digits/frame-throttle.js';
import { padPoint, penWidth, PAD_SIZE } from '../../web/digits/pad-geometry.js';
import { paintDigit, inkFromRgba } from '../../web/draw/digit.js';

const softmax = (z) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

test('the shown probabilities add up to exactly 1 and each is within a unit of its value', () => {
  // Ten equal shares: 0.1 each; a third each of three: 0.334, 0.333, 0.333.
  assert.deepEqual(probTexts(new Array(10).fill(0.1)), new Array(10).fill('0.100'));
  assert.deepEqual(probTexts([1 / 3, 1 / 3, 1 / 3, 0, 0, 0, 0, 0, 0, 0]).slice(0, 4), ['0.334', '0.333', '0.333', '0.000']);
  // Rounded one by one these show 0.101 ×5, 0.100 ×4 and 0.099: 1.004 in all.
  const p = [0.1006, 0.1006, 0.1006, 0.1006, 0.1006, 0.0996, 0.0996, 0.0996, 0.0996, 0.0986];
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-12);
  const alone = p.map((v) => Number(v.toFixed(3))).reduce((a, b) => a + b, 0);
  assert.equal(Math.round(alone * 1000), 1004);
  // Largest remainders: 0.25, 0.25, 0.5 of a unit short -> the 0.5 gets the unit.
  assert.deepEqual(probTexts([0.40025, 0.30025, 0.2995, 0, 0, 0, 0, 0, 0, 0]).slice(0, 3), ['0.400', '0.300', '0.300']);
  for (const probs of [p, softmax([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), softmax([0, 0, 9, 0, 0, 0, 0, 0, 0, 0.5])]) {
    const texts = probTexts(probs);
    const units = texts.map((t) => Math.round(Number(t) * 1000));
    assert.equal(units.reduce((a, b) => a + b, 0), 1000, texts.join(' '));
    texts.forEach((t, d) => assert.ok(Math.abs(Number(t) - probs[d]) < 1e-3, `${d}: ${t} for ${probs[d]}`));
    for (const t of texts) assert.match(t, /^[01]\.\d{3}$/);
  }
  assert.deepEqual(probTexts([0.93, 0.07, 0, 0, 0, 0, 0, 0, 0, 0], 2).slice(0, 2), ['0.93', '0.07']);
});

test('the top digit and the description name the three most likely in words', () => {
  const p = [0.01, 0.04, 0, 0, 0, 0, 0, 0.931, 0, 0.019];
  assert.equal(topDigit(p), 7);
  assert.equal(describeProbs(p), 'Most likely a 7 (0.931), then a 1 (0.040) and a 9 (0.019).');
  assert.equal(topDigit(new Array(10).fill(0.1)), 0);
});

test('bad probabilities are refused in their own terms', () => {
  assert.throws(() => checkProbs([0.5, 0.5]), /expected one for each digit 0-9 \(10 numbers\); got 2 numbers/);
  assert.throws(() => checkProbs(null), /got no list/);
  assert.throws(() => checkProbs([NaN, 1, 0, 0, 0, 0, 0, 0, 0, 0]), /the probability of a 0 is NaN/);
  assert.throws(() => checkProbs([-0.1, 1.1, 0, 0, 0, 0, 0, 0, 0, 0]), /the probability of a 0 is -0.1/);
  assert.throws(() => checkProbs(new Array(10).fill(0.5)), /they add up to 5\.000; probabilities add up to 1/);
  assert.throws(() => probTexts(new Array(10).fill(0)), /add up to 0\.000/);
});

test('the confusion table\'s numbers: total, per-digit accuracy, overall', () => {
  const counts = new Int32Array(100);
  for (let d = 0; d < 10; d++) counts[d * 10 + d] = 90;   // 90 right of each digit...
  counts[4 * 10 + 9] = 10;                               // ...and ten 4s taken for 9s
  counts[7 * 10 + 1] = 30;
  const s = confusionStats(counts);
  assert.equal(s.total, 940);
  assert.equal(s.right, 900);
  assert.equal(s.overall, 900 / 940);
  assert.equal(s.accuracy[4], 0.9);
  assert.equal(s.accuracy[7], 90 / 120);
  assert.equal(s.accuracy[0], 1);
  assert.deepEqual(s.rows.slice(3, 5), [90, 100]);
  const empty = confusionStats(new Array(100).fill(0));
  assert.equal(empty.total, 0);
  assert.ok(Number.isNaN(empty.overall) && Number.isNaN(empty.accuracy[3]));
});

test('bad confusion counts are refused with the cell named', () => {
  assert.throws(() => checkCounts(new Int32Array(99)), /expected 100 counts \(10 true digits × 10 predicted\); got 99 numbers/);
  const c = new Array(100).fill(0);
  c[49] = 1.5;
  assert.throws(() => checkCounts(c), /the count of true 4 predicted 9 is 1.5/);
  c[49] = -1;
  assert.throws(() => confusionStats(c), /true 4 predicted 9 is -1/);
});

test('a cell and its strip say what they hold in words', () => {
  assert.equal(cellLabel(4, 9, 12), '12 of the 4s predicted as a 9');
  assert.equal(cellLabel(3, 3, 1), '1 of the 3s predicted right');
  assert.equal(stripHeading(4, 9, 12, 12), '4s taken for a 9: 12 digits');
  assert.equal(stripHeading(4, 9, 50, 180), '4s taken for a 9: 180 digits, the first 50 shown');
  assert.equal(stripHeading(2, 2, 0, 0), '2s predicted right: none');
});

test('a wrong prediction is marked by a symbol and words, a right one by its digit', () => {
  assert.deepEqual(digitCaption(2, 7), { text: '✗ 7 (is 2)', wrong: true, description: 'a 2, predicted 7: wrong' });
  assert.deepEqual(digitCaption(7, 7), { text: '7', wrong: false, description: 'a 7, predicted 7' });
  assert.deepEqual(digitCaption(null, 3), { text: '3', wrong: false, description: 'predicted 3' });
  assert.equal(digitCaption(5, null).text, '(is 5)');
  const items = [{ label: 1, predicted: 1 }, { label: 2, predicted: 7 }, { label: 0, predicted: 0 }];
  assert.equal(gallerySummary(items), '3 test digits, 1 predicted wrong (marked ✗)');
  assert.equal(gallerySummary(items.slice(0, 1)), '1 test digit, none predicted wrong');
});

test('the frame throttle makes one call per frame however often it is asked', () => {
  const frames = [];
  const clock = { request: (fn) => frames.push(fn), cancel: (id) => { frames[id - 1] = null; } };
  let calls = 0;
  const t = frameThrottle(() => { calls += 1; }, clock);
  for (let i = 0; i < 50; i++) t.schedule();
  assert.equal(frames.length, 1);
  assert.equal(calls, 0);
  frames[0]();
  assert.equal(calls, 1);
  t.schedule();
  t.schedule();
  assert.equal(frames.length, 2);
  t.flush();                       // now, and the frame asked for is dropped
  assert.equal(calls, 2);
  assert.equal(frames[1], null);
  t.flush();                       // nothing pending: no call
  assert.equal(calls, 2);
  t.schedule();
  t.cancel();
  assert.equal(frames[2], null);
  assert.equal(t.pending, false);
});

test('a pointer lands on the canvas pixel under it at any shown size', () => {
  const rect = { left: 10, top: 20, width: 140, height: 140 };   // shown at half size
  assert.deepEqual(padPoint(10, 20, rect, PAD_SIZE, PAD_SIZE), { x: 0, y: 0 });
  assert.deepEqual(padPoint(80, 90, rect, PAD_SIZE, PAD_SIZE), { x: 140, y: 140 });
  assert.deepEqual(padPoint(160, 20, rect, PAD_SIZE, PAD_SIZE), { x: 300, y: 0 });   // outside: kept
  assert.equal(penWidth(PAD_SIZE), 23);
  assert.equal(penWidth(6), 1);
});

test('digit pictures: grey levels to RGBA and the pad\'s ink back', () => {
  const grey = Float32Array.from([0, 0.5, 1, 2, -1, NaN]);
  const rgba = paintDigit(new Uint8ClampedArray(24), grey);
  assert.deepEqual([...rgba.slice(0, 12)], [255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255]);
  assert.deepEqual([...rgba.slice(12, 24)], [0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255]);
  const ink = inkFromRgba(rgba);
  assert.deepEqual([...ink].map((v) => Math.round(v * 255)), [0, 127, 255, 255, 0, 0]);
  assert.throws(() => paintDigit(new Uint8ClampedArray(4), grey), /6 pixels need 24 RGBA bytes; got 4/);
});
