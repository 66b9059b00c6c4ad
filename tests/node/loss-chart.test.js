// The loss chart's series (web/loss-chart.js): long runs are downsampled to a
// few hundred points but keep their story: the first epochs, the latest, and
// each bucket's lowest and highest point (a spike never drops out). And the
// log axis's tick labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSeries, pushRecord, seriesPoints, logTick, linearTick, KEEP_FIRST, MAX_BUCKETS } from '../../web/loss-chart.js';

const record = (epoch) => ({ epoch, trainLoss: 0.69 / epoch, testLoss: 0.7 / epoch, trainAcc: 1 - 1 / (epoch + 1), testAcc: 0.5 });
const KEYS = ['trainLoss', 'testLoss', 'trainAcc', 'testAcc'];

// A run at full speed for 30 s: about 1.3 million epochs.
test('a run of 1.3 million epochs keeps epochs 1..KEEP_FIRST and the latest, and stays bounded', () => {
  const s = createSeries();
  const last = 1_300_000;
  for (let e = 1; e <= last; e++) pushRecord(s, record(e));
  for (const k of KEYS) {
    const pts = seriesPoints(s, k);
    const xs = pts.map((p) => p.x);
    for (let e = 1; e <= KEEP_FIRST; e++) assert.equal(xs[e - 1], e, `${k}: epoch ${e} kept`);
    assert.equal(xs[xs.length - 1], last, `${k}: the latest epoch is the last point`);
    assert.ok(xs.length <= 2 * MAX_BUCKETS + KEEP_FIRST + 1, `${k}: bounded, ${xs.length} points`);
    // A falling curve keeps two points a bucket, a flat one (testAcc) one.
    assert.ok(xs.length > (k === 'testAcc' ? MAX_BUCKETS / 2 : MAX_BUCKETS), `${k}: still detailed, ${xs.length} points`);
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i] > xs[i - 1], `${k}: in epoch order at ${i}`);
  }
  assert.equal(seriesPoints(s, 'trainLoss')[0].y, 0.69, 'epoch 1\'s loss is the first point');
});

test('each bucket keeps its minimum and maximum: a spike and a dip in the middle survive', () => {
  const s = createSeries();
  for (let e = 1; e <= 200_000; e++) {
    const r = record(e);
    if (e === 77_777) r.trainLoss = 5;       // a spike
    if (e === 123_457) r.trainLoss = 1e-9;   // the lowest loss of the run
    pushRecord(s, r);
  }
  const pts = seriesPoints(s, 'trainLoss');
  assert.ok(pts.some((p) => p.x === 77_777 && p.y === 5), 'the spike is drawn');
  assert.ok(pts.some((p) => p.x === 123_457 && p.y === 1e-9), 'the minimum is drawn');
  const ys = pts.map((p) => p.y);
  assert.equal(Math.max(...ys), 5);
  assert.equal(Math.min(...ys), 1e-9);
});

test('a missing value (a diverged loss) stays a gap; a short run keeps every epoch', () => {
  const s = createSeries();
  for (let e = 1; e <= 500; e++) pushRecord(s, e === 300 ? { ...record(e), trainLoss: NaN } : record(e));
  const pts = seriesPoints(s, 'trainLoss');
  assert.equal(pts.length, 500, 'under MAX_BUCKETS buckets of one epoch: every epoch');
  assert.equal(pts[299].y, null, 'NaN is drawn as a gap');
  const long = createSeries();
  for (let e = 1; e <= 50_000; e++) pushRecord(long, e === 30_000 ? { ...record(e), trainLoss: Infinity } : record(e));
  assert.ok(seriesPoints(long, 'trainLoss').some((p) => p.x === 30_000 && p.y === null), 'the gap survives downsampling');
});

test('log-axis ticks read as numbers people write', () => {
  const cases = [[1, '1'], [2, '2'], [5, '5'], [10, '10'], [0.01, '0.01'], [0.05, '0.05'], [0.002, '0.002'],
    [1e-5, '1e-5'], [2e-5, '2e-5'], [1e-4, '1e-4'], [20000, '20000'], [1e5, '1e5'], [3, ''], [0.07, ''], [0, ''], [-1, '']];
  for (const [v, text] of cases) assert.equal(logTick(v), text, `${v}`);
  // Float noise from Chart.js's tick generation still reads cleanly.
  assert.equal(logTick(0.1 * 3 / 3 * 0.1), '0.01');
  assert.equal(logTick(0.30000000000000004 / 3), '0.1');
});

test('linear-axis ticks carry no float noise', () => {
  assert.equal(linearTick(0.7000000000000001), '0.7');
  assert.equal(linearTick(0.30000000000000004), '0.3');
  assert.equal(linearTick(250), '250');
  assert.equal(linearTick(0), '0');
});
