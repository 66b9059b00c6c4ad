// lesson-vanishing.test.js — "Vanishing gradient" on the real page and engine:
// from the numbers the page shows (measured at the initial weights), sigmoid's
// first-layer gradient is a far smaller share of its output layer's than
// tanh's or ReLU's, and the share is followed epoch by epoch. Run with reduced
// motion, so only the end state is drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { comparisonPaceTests } from './lesson-pace.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// The run animates at the lesson's pace (100 epochs by default); vEpochs=400 animates for 20 s.
comparisonPaceTests({
  env: () => ({ browser, server }), lesson: 'vanishing', epochs: 100,
  long: 'vEpochs=400', longSeconds: 20, summary: '#vanishing-ratio-chart-summary',
});

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) test(`${where}: vanishing: sigmoid's early layers get the smallest share of the gradient, measured at the start`, async () => {
  const { page, errors } = await openPage(browser, `${base()}?mode=vanishing&vEpochs=15`);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.click('.cmp-run');
  await page.waitForFunction(() => /^Done/.test(document.querySelector('.cmp-status').textContent), null, { timeout: 60000 });

  const table = await page.evaluate(() => {
    const t = document.getElementById('vanishing-table');
    return {
      head: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent)),
    };
  });
  assert.deepEqual(table.head, ['Activation', 'layer 1', 'layer 2', 'layer 3', 'layer 4', 'layer 5', 'layer 6', 'output',
    'layer 1 ÷ output at the start', 'layer 1 ÷ output at epoch 15']);
  // The gradient sizes shown are the start's: the initial weights, before any
  // run has converged; the ratio column is those two cells divided.
  const ratio = {};
  for (const row of table.rows) {
    const first = Number(row[1]);
    const last = Number(row[7]);
    assert.ok(first > 0 && last > 0, `${row[0]} shows positive gradient sizes (${row[1]}, ${row[7]})`);
    ratio[row[0]] = first / last;
    const shown = Number(row[8]);
    assert.ok(Math.abs(shown - ratio[row[0]]) <= 0.06 * ratio[row[0]], `${row[0]}: the ratio ${row[8]} is ${row[1]} ÷ ${row[7]}`);
    assert.ok(Number(row[9]) > 0, `${row[0]} at epoch 15: ${row[9]}`);
  }
  // ReLU passes the error back at slope 1: at the start its first layer gets
  // about as much as the output layer (the note under the charts says why).
  assert.ok(ratio.ReLU > 0.3 && ratio.ReLU < 3, `ReLU's start ratio ${ratio.ReLU} is near 1`);
  assert.match(await page.textContent('.cmp-note'), /ReLU’s ratio sits near 1 at the start/);
  assert.deepEqual(Object.keys(ratio), ['sigmoid', 'tanh', 'ReLU']);
  assert.ok(ratio.sigmoid < ratio.tanh / 10, `sigmoid ${ratio.sigmoid} vs tanh ${ratio.tanh}`);
  assert.ok(ratio.sigmoid < ratio.ReLU / 10, `sigmoid ${ratio.sigmoid} vs ReLU ${ratio.ReLU}`);

  const charts = await page.evaluate(() => {
    const bars = Chart.getChart(document.getElementById('vanishing-grad-chart'));
    const loss = Chart.getChart(document.getElementById('vanishing-loss-chart'));
    return {
      yType: bars.options.scales.y.type,
      bars: bars.data.datasets.map((d) => d.data.length),
      loss: loss.data.datasets.map((d) => d.data.length),
      ratio: Chart.getChart(document.getElementById('vanishing-ratio-chart')).data.datasets.map((d) => d.data.length),
    };
  });
  assert.equal(charts.yType, 'logarithmic');
  assert.deepEqual(charts.bars, [7, 7, 7]);
  assert.deepEqual(charts.loss, [15, 15, 15]);
  assert.deepEqual(charts.ratio, [15, 15, 15], 'the ratio is followed every epoch');
  assert.match(await page.textContent('#vanishing-grad-chart-summary'), /^At the start, before any learning, .*sigmoid .*tanh .*ReLU/);
  assert.match(await page.textContent('#vanishing-ratio-chart-summary'), /at epoch 15: sigmoid .*tanh .*ReLU/);

  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  assert.deepEqual(errors, []);
  await page.close();
});
