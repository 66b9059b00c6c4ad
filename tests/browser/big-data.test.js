// big-data.test.js — a 100,000-row CSV through the page's file input, served
// and from file://: the chooser and the Data panel say how many points are
// drawn and that each epoch's test loss is estimated on a sample; the data
// trains; Pause stops the epoch counter, and every number shown is finite.
// (How fast is the browser benchmark's business: npm run bench:browser --
// --only bigdata; nothing here times anything.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, metrics, FILE_URL } from './helpers.js';
import { bigCsv } from '../../bench/workload.js';

const ROWS = 100000;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const BYTES = Buffer.from(bigCsv(ROWS));

// Two animation frames of the page, so at least one more frame from the
// worker could have been drawn.
const twoFrames = (page) => page.evaluate(() => new Promise((ok) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 100)));
}));

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: 100,000 rows train, the view says what it samples, and Pause stops the epochs`, async () => {
    const { page, errors } = await openPage(browser, url());
    await page.setInputFiles('#csv-file', { name: 'big.csv', mimeType: 'text/csv', buffer: BYTES });
    await page.waitForFunction(() => /rows, \d+ classes/.test(document.getElementById('csv-verdict').textContent), null, { timeout: 60000 });
    assert.equal(await page.textContent('#csv-verdict'), '100,000 rows, 2 classes (0, 1). x1 across, x2 up.'
      + ' The plot will show about 5,000 of the 100,000 points; each epoch\'s test loss and accuracy are estimated on at most 5,000 test points.');
    await page.click('#csv-use');
    await page.waitForFunction((n) => window.downhill.app.info?.n === n && window.downhill.app.sizes !== null, ROWS, { timeout: 60000 });
    const info = await page.evaluate(() => {
      const i = window.downhill.app.info;
      return { trainN: i.train.n, testN: i.testN, evalN: i.evalN };
    });
    assert.equal(info.trainN + info.testN, ROWS);
    assert.equal(info.evalN, 5000, 'the trainer evaluates a 5,000-row sample of the test set');
    const fmt = (v) => v.toLocaleString('en-US');
    assert.match(await page.textContent('#data-summary'), new RegExp(`big\\.csv: ${fmt(info.trainN)} training and ${fmt(info.testN)} test points, 2 classes\\.`
      + ` Read as comma-separated, the first row names the columns\\. The plot shows 5,000 of 100,000 points\\.`
      + ` Each epoch's test loss and accuracy are estimated on a sample of 5,000 of the ${fmt(info.testN)} test points\\.$`));

    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= 2, null, { timeout: 90000 });
    assert.equal((await metrics(page)).status, 'running');
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent !== 'running', null, { timeout: 10000 });
    const paused = await metrics(page);
    assert.equal(paused.status, 'paused');
    await twoFrames(page);
    await twoFrames(page);
    const later = await metrics(page);
    assert.equal(later.epoch, paused.epoch, 'the epoch counter stopped at Pause');
    assert.equal(later.status, 'paused');
    assert.equal(await page.evaluate(() => window.downhill.app.playing), false);
    for (const key of ['trainLoss', 'testLoss']) assert.ok(Number.isFinite(Number(later[key])), `${key} ${later[key]} is a finite number`);
    for (const key of ['trainAcc', 'testAcc']) assert.ok(Number.isFinite(later[key]) && later[key] >= 0 && later[key] <= 100, `${key} ${later[key]}`);
    assert.ok(later.testAcc > 50, `a disc in a ring is learned past chance: ${later.testAcc} %`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
