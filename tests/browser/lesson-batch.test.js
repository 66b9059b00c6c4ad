// lesson-batch.test.js — "Batch vs stochastic" on the real page and engine:
// three curves from one click, the stochastic run's n-fold updates, the x-axis
// switch, typed and URL values checked, served and from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { comparisonPaceTests } from './lesson-pace.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// The run animates at the lesson's pace (50 epochs by default); bEpochs=200 animates for 20 s.
comparisonPaceTests({
  env: () => ({ browser, server }), lesson: 'batch', epochs: 50,
  long: 'bEpochs=200', longSeconds: 20, summary: '#batch-chart-summary',
});

const done = (page) => page.waitForFunction(
  () => /^Done/.test(document.querySelector('.cmp-status')?.textContent || ''), null, { timeout: 60000 });

const chartInfo = (page) => page.evaluate(() => {
  const c = Chart.getChart(document.getElementById('batch-chart'));
  return {
    xTitle: c.options.scales.x.title.text,
    sets: c.data.datasets.map((d) => ({ label: d.label, n: d.data.length, dash: d.borderDash, finite: d.data.every((p) => p.y === null || Number.isFinite(p.y)) })),
  };
});

// Rows of the per-run table: { run, batch, perEpoch, updates }.
const tableRows = (page) => page.$$eval('#batch-table tbody tr', (rows) => rows.map((r) => {
  const c = [...r.children].map((x) => x.textContent);
  const num = (s) => Number(s.replace(/,/g, ''));
  return { run: c[0], batch: num(c[1]), perEpoch: num(c[2]), updates: num(c[3]), train: c[4], test: c[5] };
}));

async function checkRun(page) {
  const info = await chartInfo(page);
  assert.equal(info.sets.length, 3, 'three curves');
  for (const s of info.sets) {
    assert.ok(s.n > 0, `${s.label} has points`);
    assert.ok(s.finite, `${s.label} has only finite points`);
  }
  assert.equal(new Set(info.sets.map((s) => JSON.stringify(s.dash))).size, 3, 'each curve has its own dash');
  const [full, mini, sgd] = await tableRows(page);
  assert.match(full.run, /Full batch/);
  assert.match(sgd.run, /Stochastic/);
  assert.equal(sgd.batch, 1);
  assert.equal(full.perEpoch, 1);
  assert.equal(sgd.updates, full.batch * full.updates, 'stochastic did n times the updates of full batch');
  assert.ok(mini.updates > full.updates && mini.updates < sgd.updates);
  return info;
}

const noNaN = async (page) => {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
};

test('batch: one keyboard Run trains three runs; the x-axis switches to updates', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?mode=batch&bEpochs=6`);
  await page.focus('.cmp-run');
  await page.keyboard.press('Enter');
  await done(page);
  const info = await checkRun(page);
  assert.equal(info.xTitle, 'epoch');
  await page.click('#cmp-bAxis-updates');
  const after = await chartInfo(page);
  assert.match(after.xTitle, /updates/);
  assert.equal(await page.getAttribute('#cmp-bAxis-updates', 'aria-pressed'), 'true');
  assert.match(page.url(), /bAxis=updates/);
  assert.match(await page.textContent('#batch-chart-summary'), /Stochastic .* after 600 updates/);
  // The jaggedness is counted over updates, not over data points.
  const said = await page.textContent('#batch-chart-summary');
  assert.match(said, /Stochastic [\d.]+ after 600 updates \(the loss went up over \d+\.\d% of the stretches between recorded updates\)/);
  assert.doesNotMatch(said, /of samples/);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('batch: a typed value out of range is refused with a message; a bad URL value is reported', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?mode=batch&bMini=500&bLr=abc`);
  assert.match(await page.textContent('#notice'), /bMini=500/);
  assert.match(await page.textContent('#notice'), /bLr=abc/);
  assert.equal(await page.inputValue('#cmp-bMini'), '16');
  await page.fill('#cmp-bEpochs', '-3');
  await page.press('#cmp-bEpochs', 'Enter');
  assert.equal(await page.getAttribute('#cmp-bEpochs', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#cmp-bEpochs-msg'), /1 to 300.*kept 50/);
  await page.fill('#cmp-bEpochs', '4');
  await page.press('#cmp-bEpochs', 'Enter');
  assert.equal(await page.getAttribute('#cmp-bEpochs', 'aria-invalid'), null);
  assert.match(page.url(), /bEpochs=4/);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('batch from disk (file://): the comparison runs with no console errors', async () => {
  const { page, errors } = await openPage(browser, `${FILE_URL}?mode=batch&bEpochs=3&bAxis=updates`);
  await page.click('.cmp-run');
  await done(page);
  const info = await checkRun(page);
  assert.match(info.xTitle, /updates/);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});
