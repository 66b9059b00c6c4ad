// slice.test.js — more than two features: an admissions file of test score,
// grades and rank trains on all three, and the plot shows a slice of them
// (two features on the axes, the third held, by default at its mean). The
// slice's boundary follows the held value: a better rank (1) admits more of
// the plane than the worst (4). Served and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// 400 seeded applicants: admitted when score, grades and a good rank (1 is
// best) add up, so every feature matters and rank the most.
function admissions() {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const rows = ['test score,grades,rank,admit'];
  let rankSum = 0;
  for (let i = 0; i < 400; i++) {
    const score = Math.round(200 + rnd() * 600);
    const grades = Number((2 + rnd() * 2).toFixed(2));
    const rank = 1 + Math.floor(rnd() * 4);
    rankSum += rank;
    const admit = (score - 500) / 150 + (grades - 3) * 2 - (rank - 2.5) * 2 > 0 ? 1 : 0;
    rows.push(`${score},${grades},${rank},${admit}`);
  }
  return { bytes: Buffer.from(`${rows.join('\n')}\n`), rankMean: rankSum / 400 };
}
const FILE = admissions();

const caption = (page) => page.textContent('#slice-caption');
const gridSum = (page) => page.evaluate(() => window.downhill.app.gridSum);

// Type a held value for rank, and wait for the frame that shows it.
async function holdRank(page, value) {
  const before = await gridSum(page);
  await page.fill('#slice-value-2', String(value));
  await page.press('#slice-value-2', 'Enter');
  await page.waitForFunction((text) => document.getElementById('slice-caption').textContent === text, `Slice at rank = ${value}`);
  await page.waitForFunction((b) => window.downhill.app.gridSum !== b, before);
  return gridSum(page);
}

for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: three features train together, and the slice's boundary moves with the held rank`, async () => {
    const { page, errors } = await openPage(browser, url());
    assert.equal(await page.isHidden('#slice'), true, 'two-feature data has no slice');
    await page.setInputFiles('#csv-file', { name: 'admissions.csv', mimeType: 'text/csv', buffer: FILE.bytes });
    await page.waitForFunction(() => /rows, \d+ classes/.test(document.getElementById('csv-verdict').textContent));
    assert.equal(await page.textContent('#csv-verdict'), '400 rows, 2 classes (0, 1). test score across, grades up;'
      + ' the plot shows a slice, rank held at its mean (you can change it under the plot).');
    await page.click('#csv-use');
    await page.waitForFunction(() => window.downhill.app.info?.d === 3 && window.downhill.app.sizes !== null);
    assert.equal((await page.evaluate(() => window.downhill.app.sizes))[0], 3, 'the model takes all three features');
    assert.deepEqual(await page.evaluate(() => window.downhill.app.info.featureNames), ['test score', 'grades', 'rank']);
    assert.equal(await page.isVisible('#slice'), true);
    await page.waitForFunction(() => document.getElementById('slice-caption').textContent.startsWith('Slice at rank = '));
    const mean = Number((await caption(page)).replace('Slice at rank = ', ''));
    assert.ok(Math.abs(mean - FILE.rankMean) < 0.2, `held at the training mean ${FILE.rankMean}: ${mean}`);
    assert.equal(await page.$$eval('#slice-x option', (os) => os.map((o) => o.textContent).join(',')), 'test score,grades,rank');
    assert.equal(await page.inputValue('#slice-x'), '0');
    assert.equal(await page.inputValue('#slice-y'), '1');

    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('test-accuracy').textContent.replace('%', '')) >= 85,
      null, { timeout: 30000 });
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');

    const best = await holdRank(page, 1);
    const worst = await holdRank(page, 4);
    // P(admitted) summed over the slice's cells: rank 1 admits more of it.
    assert.ok(best > worst * 1.2, `rank 1's map (${best.toFixed(0)}) admits more than rank 4's (${worst.toFixed(0)})`);
    assert.equal(await page.inputValue('#slice-value-2'), '4');

    // Rank up instead of grades: grades is then the one held, at its mean.
    await page.selectOption('#slice-y', '2');
    await page.waitForFunction(() => document.getElementById('slice-caption').textContent.startsWith('Slice at grades = '));
    assert.equal(await page.isVisible('#slice-value-1'), true);
    assert.equal(await page.$('#slice-value-2'), null, 'rank is on an axis now');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
