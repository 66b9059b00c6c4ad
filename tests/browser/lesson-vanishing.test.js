// lesson-vanishing.test.js — "Vanishing gradient" on the real page and engine:
// from the numbers the page shows, sigmoid's first-layer gradient is a far
// smaller share of its output layer's than tanh's or ReLU's. Run with reduced
// motion, so only the end state is drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage } from './helpers.js';
import { comparisonPaceTests } from './lesson-pace.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// The run animates at the lesson's pace (100 epochs by default); vEpochs=400 animates for 20 s.
comparisonPaceTests({
  env: () => ({ browser, server }), lesson: 'vanishing', epochs: 100,
  long: 'vEpochs=400', longSeconds: 20, summary: '#vanishing-grad-chart-summary',
});

test('vanishing: sigmoid\'s early layers get the smallest share of the gradient', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?mode=vanishing&vEpochs=15`);
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
  assert.deepEqual(table.head, ['Activation', 'layer 1', 'layer 2', 'layer 3', 'layer 4', 'layer 5', 'layer 6', 'output', 'layer 1 ÷ output']);
  const ratio = {};
  for (const row of table.rows) {
    const first = Number(row[1]);
    const last = Number(row[7]);
    assert.ok(first > 0 && last > 0, `${row[0]} shows positive gradient sizes (${row[1]}, ${row[7]})`);
    ratio[row[0]] = first / last;
  }
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
    };
  });
  assert.equal(charts.yType, 'logarithmic');
  assert.deepEqual(charts.bars, [7, 7, 7]);
  assert.deepEqual(charts.loss, [15, 15, 15]);
  assert.match(await page.textContent('#vanishing-grad-chart-summary'), /sigmoid .*tanh .*ReLU/);

  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  assert.deepEqual(errors, []);
  await page.close();
});
