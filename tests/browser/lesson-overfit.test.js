// lesson-overfit.test.js — "Overfitting" on the real page and engine: the
// early-stopping marker sits at the stopper's best epoch, the test loss at the
// end of the unstopped curve is higher than there, L1 leaves more near-zero
// weights than L2, and dropout draws its own test curve.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { comparisonPaceTests, openReducedPage } from './lesson-pace.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// The run animates at the lesson's pace (300 epochs by default); oEpochs=1000 animates for 16 s.
comparisonPaceTests({
  env: () => ({ browser, server }), lesson: 'overfit', epochs: 300,
  long: 'oEpochs=1000', longSeconds: 16, summary: '#overfit-early-chart-summary',
});

test('overfit: early stopping, L1 vs L2 and dropout', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?mode=overfit&oEpochs=200`);
  await page.click('.cmp-run');
  await page.waitForFunction(() => /^Done/.test(document.querySelector('.cmp-status').textContent), null, { timeout: 120000 });

  const early = await page.evaluate(() => {
    const c = Chart.getChart(document.getElementById('overfit-early-chart'));
    return {
      marks: c.$cmpMarks.map((m) => ({ x: m.x, text: m.text })),
      labels: c.data.datasets.map((d) => d.label),
      test: c.data.datasets[1].data.map((p) => [p.x, p.y]),
      best: document.getElementById('overfit-early-chart-summary').dataset.bestEpoch,
    };
  });
  assert.deepEqual(early.labels, ['training loss', 'test loss']);
  assert.ok(early.marks.length >= 1, 'an early-stopping marker is drawn');
  const best = early.marks[0].x;
  assert.equal(String(best), early.best, 'the marker is at the model\'s bestEpoch');
  assert.match(early.marks[0].text, new RegExp(`early stop: best test loss at epoch ${best}, weights restored`));
  const stop = early.marks[1].x;
  assert.ok(stop > best, `stopped (epoch ${stop}) after the best epoch (${best})`);
  const at = (e) => early.test.find(([x]) => x === e)[1];
  const lossBest = at(best);
  const lossEnd = early.test[early.test.length - 1][1];
  assert.equal(early.test[early.test.length - 1][0], 200, 'the unstopped curve runs to the end');
  assert.ok(lossEnd > lossBest, `test loss at the end (${lossEnd}) above the best epoch's (${lossBest})`);
  for (const [x, y] of early.test) {
    if (x <= stop) assert.ok(y >= lossBest, `epoch ${best} has the lowest test loss up to the stop (epoch ${x}: ${y})`);
  }

  const nearZero = await page.$$eval('#overfit-reg-table tbody tr', (rows) => Object.fromEntries(rows.map((r) => [
    r.children[0].textContent, Number(r.children[1].textContent.split(' ')[0].replace(/,/g, '')),
  ])));
  assert.ok(nearZero.L1 > nearZero.L2, `L1 has more near-zero weights (${nearZero.L1}) than L2 (${nearZero.L2})`);
  const bars = await page.evaluate(() => Chart.getChart(document.getElementById('overfit-reg-chart')).data.datasets
    .map((d) => [d.label, d.data.reduce((a, b) => a + b, 0)]));
  assert.equal(bars.length, 3);
  assert.ok(bars.every(([, total]) => total === bars[0][1] && total > 0), 'every histogram counts every weight');

  const drop = await page.evaluate(() => Chart.getChart(document.getElementById('overfit-drop-chart')).data.datasets
    .map((d) => ({ label: d.label, n: d.data.length })));
  assert.deepEqual(drop.map((d) => d.label), ['no dropout', 'dropout 0.3']);
  assert.ok(drop.every((d) => d.n === 200));

  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  assert.deepEqual(errors, []);
  await page.close();
});

// The two boundaries: the over-fitted network puts every one of the 45 noisy
// training points on its own side (its boundary wraps them), the early-stopped
// one, frozen at its best epoch, does not; both pictures are painted and differ.
for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: overfit: the over-fitted boundary beside the early-stopped one`, async () => {
    const { page, errors, close } = await openReducedPage(browser, `${base()}?mode=overfit&oData=moons`);
    assert.equal(await page.textContent('#overfit-map-plain-summary'), 'No runs yet.');
    await page.click('.cmp-run');
    await page.waitForFunction(() => /^Done/.test(document.querySelector('.cmp-status').textContent), null, { timeout: 120000 });
    const maps = await page.evaluate(() => Object.fromEntries(['plain', 'early'].map((id) => {
      const c = /** @type {HTMLCanvasElement} */ (document.getElementById(`overfit-map-${id}`));
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      for (let i = 0; i < px.length; i += 97) sum = (sum * 31 + px[i]) % 1000003;
      return [id, {
        train: Number(c.dataset.trainRight), test: Number(c.dataset.testRight), hash: sum,
        label: c.getAttribute('aria-label'), text: document.getElementById(`overfit-map-${id}-summary`).textContent,
      }];
    })));
    assert.equal(maps.plain.train, 45, maps.plain.text);
    assert.ok(maps.early.train < 45, maps.early.text);
    assert.notEqual(maps.plain.hash, maps.early.hash, 'the two pictures differ');
    assert.match(maps.plain.text, /^After 300 epochs: 45 of 45 training points and \d+ of 255 test points on their own side\.$/);
    assert.match(maps.early.text, /^Stopped at epoch \d+ with the weights of epoch \d+: \d+ of 45 training points and \d+ of 255 test points on their own side\.$/);
    assert.match(maps.plain.label, /Without stopping \(over-fitted\): the boundary/);
    assert.deepEqual(errors, []);
    await close();
  });
}
