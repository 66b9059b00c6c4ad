// The loss chart's series (web/loss-chart.js): long runs are thinned to a few
// hundred points but keep the first epochs, so the drop from the start stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSeries, pushRecord, historyStride, KEEP_FIRST } from '../../web/loss-chart.js';

const record = (epoch) => ({ epoch, trainLoss: 0.69 / epoch, testLoss: 0.7 / epoch, trainAcc: 1 - 1 / (epoch + 1), testAcc: 0.5 });

test('a run of 100,000 epochs keeps epochs 1..KEEP_FIRST, the latest, and stays bounded', () => {
  const s = createSeries();
  for (let e = 1; e <= 100000; e++) pushRecord(s, record(e));
  const xs = s.trainLoss.map((p) => p.x);
  for (let e = 1; e <= KEEP_FIRST; e++) assert.ok(xs.includes(e), `epoch ${e} kept`);
  assert.equal(s.trainLoss[0].y, 0.69, 'epoch 1\'s loss is the first point');
  assert.equal(xs[xs.length - 1], 100000, 'the latest epoch is the last point');
  assert.ok(xs.length <= 800 + KEEP_FIRST + 1, `bounded: ${xs.length} points`);
  assert.ok(xs.length > 400, `still detailed: ${xs.length} points`);
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'in epoch order');
  for (const k of ['testLoss', 'trainAcc', 'testAcc']) assert.deepEqual(s[k].map((p) => p.x), xs, `${k} on the same epochs`);
});

test('a short run keeps every epoch', () => {
  const s = createSeries();
  for (let e = 1; e <= 500; e++) pushRecord(s, record(e));
  assert.equal(s.trainLoss.length, 500);
});

test('a run sent thinned by historyStride draws the same points as sent whole', () => {
  // Frames of uneven length, as the worker posts them: each frame's records
  // from `from` on, every historyStride(from)-th epoch and the latest.
  const whole = createSeries();
  const thinned = createSeries();
  let from = 0;
  let sent = 0;
  for (const len of [3, 40, 900, 5000, 17, 20000, 3000, 60000, 1, 120000, 7777]) {
    const to = from + len;
    for (let e = from + 1; e <= to; e++) pushRecord(whole, record(e));
    const every = historyStride(from);
    for (let e = from + 1; e <= to; e++) {
      if (e % every === 0 || e === to) { pushRecord(thinned, record(e)); sent++; }
    }
    from = to;
    for (const k of ['trainLoss', 'testLoss', 'trainAcc', 'testAcc']) assert.deepEqual(thinned[k], whole[k], `${k} after epoch ${to}`);
  }
  assert.ok(historyStride(from) > 64, `a long run is sent thinly (stride ${historyStride(from)})`);
  assert.ok(sent < from / 8, `${sent} of ${from} records sent`);
  assert.equal(historyStride(0), 1);
  assert.equal(historyStride(KEEP_FIRST + 1000), 1, 'the start of a run is sent whole');
});
