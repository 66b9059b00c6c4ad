// regression.test.js — the regression data sets on the real page, served and
// from file://: ?dataset=plane trains to a test MSE far below the targets'
// variance, the map is the continuous predicted value (many colours, a colour
// bar, no confusion matrix, no accuracy), the perceptron refuses in words, and
// the embed draws gauss-regression.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, FILE_URL, withQuery } from './helpers.js';
import { openWatched, noNaN } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];

/** What the page shows: metrics, the variance of the test targets it drew, and
 *  the number of distinct colours inside the heatmap's plot square. */
const readPage = (page) => page.evaluate(() => {
  const $ = (id) => document.getElementById(id);
  const t = window.downhill.app.info.test.t;
  let mean = 0;
  for (const v of t) mean += v;
  mean /= t.length;
  let variance = 0;
  for (const v of t) variance += (v - mean) ** 2;
  variance /= t.length;
  const c = /** @type {HTMLCanvasElement} */ ($('heatmap'));
  const g = c.getContext('2d');
  const dpr = window.devicePixelRatio || 1;
  // The plot square starts 44 px from the left and 10 from the top (heatmap.js layout).
  const img = g.getImageData(Math.round(50 * dpr), Math.round(16 * dpr), Math.round(120 * dpr), Math.round(120 * dpr)).data;
  const colours = new Set();
  for (let i = 0; i < img.length; i += 4) colours.add(`${img[i]},${img[i + 1]},${img[i + 2]}`);
  return {
    variance,
    testLoss: $('test-loss').textContent,
    trainLoss: $('train-loss').textContent,
    testLabel: $('test-loss').previousElementSibling.textContent,
    metrics: document.querySelector('.metrics').textContent,
    accuracyHidden: $('test-accuracy').parentElement.hidden,
    confusionHidden: $('confusion').hidden,
    confusionVisible: $('confusion').offsetParent !== null,
    accuracyTabHidden: $('tab-accuracy').hidden,
    scale: !!$('value-scale'),
    legend: $('class-legend').textContent,
    colours: colours.size,
  };
});

for (const [where, url] of WHERE) {
  test(`${where}: ?dataset=plane trains to a test MSE far below the targets' variance`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=plane&speed=max'));
    await page.waitForFunction(() => window.downhill?.app?.info?.regression === true);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= 100, null, { timeout: 60000 });
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    await page.waitForTimeout(300);
    const s = await readPage(page);
    const mse = Number(s.testLoss);
    console.log(`${where}: plane test MSE ${s.testLoss} (train ${s.trainLoss}), target variance ${s.variance.toFixed(4)}, ${s.colours} colours`);
    // The plane's targets (2 x1 + x2) / 9 on [-6, 6]² have variance 60/81 ≈ 0.74;
    // always guessing the mean scores that. A tenth of it is a model that
    // learned the plane (the noise floor at the default noise is far lower).
    assert.ok(s.variance > 0.5, `target variance ${s.variance}`);
    assert.ok(Number.isFinite(mse) && mse < 0.1 * s.variance, `test MSE ${s.testLoss} vs variance ${s.variance}`);
    assert.ok(Number.isFinite(Number(s.trainLoss)), `train MSE ${s.trainLoss}`);
    assert.doesNotMatch(s.metrics, /NaN/);
    await noNaN(page);
    assert.equal(s.testLabel, 'Test MSE');
    assert.ok(s.accuracyHidden, 'no accuracy for a regression');
    assert.ok(s.confusionHidden && !s.confusionVisible, 'no confusion table');
    assert.ok(s.accuracyTabHidden, 'no accuracy chart');
    assert.ok(s.scale, 'a colour bar instead of the class legend');
    assert.match(s.legend, /target: [−-]?\d/);
    assert.ok(s.colours > 20, `a continuous map: ${s.colours} colours in the plot`);
    const chartTitle = await page.evaluate(() => window.Chart.getChart('chart').options.scales.y.title.text);
    assert.equal(chartTitle, 'squared error');
    assert.match(await page.textContent('#data-summary'), /a continuous target to predict/);
    // Clicking the plot adds no class point to a regression set: it stays the plane.
    const box = await page.locator('#heatmap').boundingBox();
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
    await page.evaluate(() => window.downhill.playRpc('history'));
    assert.equal(await page.evaluate(() => window.downhill.app.info.dataset), 'plane');
    assert.match(await page.textContent('#announcer'), /cannot be added to a regression data set/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: the perceptron refuses a regression set, saying why`, async () => {
    const { page } = await openWatched(browser, withQuery(url(), 'dataset=gauss-regression&model=perceptron'), { wait: false });
    await page.waitForFunction(() => /continuous target/.test(document.getElementById('hint').textContent));
    const hint = await page.textContent('#hint');
    assert.match(hint, /perceptron sorts points into 2 classes, but this data set has a continuous target/);
    await page.close();
  });
}

test('the picker offers both regression sets by the engine\'s labels; the embed draws one', async () => {
  const { page, errors } = await openWatched(browser, withQuery(server.url, 'dataset=gauss-regression'));
  await page.waitForFunction(() => window.downhill?.app?.info?.regression === true);
  const labels = await page.evaluate(() => document.getElementById('datasets').textContent);
  assert.match(labels, /Plane \(regression\)/);
  assert.match(labels, /Gaussians \(regression\)/);
  await page.close();
  const e = await openWatched(browser, `${server.url}embed.html?dataset=gauss-regression&show=play,heatmap`, { width: 800, height: 640 });
  await e.page.waitForFunction(() => window.downhill?.app?.info?.dataset === 'gauss-regression');
  await e.page.click('#play');
  await e.page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) >= 20, null, { timeout: 60000 });
  const s = await readPage(e.page);
  assert.ok(s.colours > 20, `${s.colours} colours`);
  assert.deepEqual([...errors, ...e.errors], []);
  await e.page.close();
});
