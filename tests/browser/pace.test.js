// pace.test.js — a pace a student can watch, a chart that keeps the start of
// the run, and one screen: what issue 13 asks, served and from file://.
// Epoch counts after a wait have generous margins: the machine is shared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serve, FILE_URL, resultsDir } from './helpers.js';
import { openWatched, noNaN } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];
const embedUrl = (base) => (base.endsWith('index.html') ? base.replace(/index\.html$/, 'embed.html') : `${base}embed.html`);

/** Click Play, wait `ms` by the page's own clock, and read what it shows then. */
const playFor = (page, ms) => page.evaluate((wait) => new Promise((done) => {
  document.getElementById('play').click();
  setTimeout(() => done({
    epoch: Number(document.getElementById('epoch').textContent.replace(/,/g, '')),
    perf: document.getElementById('perf').textContent,
  }), wait);
}), ms);

/** Which of the selectors' boxes lie wholly inside the window, without scrolling. */
const inView = (page, selectors) => page.evaluate((list) => Object.fromEntries(list.map((s) => {
  const n = document.querySelector(s);
  const b = n && n.getBoundingClientRect();
  const ok = !!b && n.offsetParent !== null && b.width > 0 && b.top >= 0 && b.left >= 0
    && b.bottom <= innerHeight && b.right <= innerWidth;
  return [s, ok ? true : b ? `${Math.round(b.top)}..${Math.round(b.bottom)} x ${Math.round(b.left)}..${Math.round(b.right)}` : 'missing'];
})), selectors);

const allTrue = (obj) => Object.fromEntries(Object.keys(obj).map((k) => [k, true]));

for (const [where, url] of WHERE) {
  test(`${where}: Play on XOR with the defaults gives under 200 epochs after 3 s, and the chart shows epoch 1`, async () => {
    const { page, errors } = await openWatched(browser, url(), { width: 1440, height: 900 });
    assert.equal(await page.evaluate(() => window.downhill.state.speed), 60, 'the default pace');
    const seen = await playFor(page, 3000);
    assert.ok(seen.epoch < 200, `a watchable pace: ${seen.epoch} epochs after 3 s`);
    assert.ok(seen.epoch >= 20, `but it trains: ${seen.epoch} epochs after 3 s`);
    assert.match(seen.perf, /^[\d.]+k? epochs\/s \(set 60\) · /, `the rate reached, against the pace set: "${seen.perf}"`);
    await page.waitForTimeout(200);   // the chart redraws at most every 80 ms
    const chart = await page.evaluate(() => window.downhill.chart.data());
    assert.equal(chart.trainLoss[0].x, 1, 'the chart starts at epoch 1');
    assert.ok(chart.trainLoss[0].y > 0.3, `epoch 1's loss, near the start's ln 2: ${chart.trainLoss[0].y}`);
    assert.ok(chart.trainLoss.length >= seen.epoch - 1, 'every epoch of a short run is drawn');
    await noNaN(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: at max speed the chart still shows epoch 1's loss, a few hundred points long`, async () => {
    // 6 s at max is some 10^5 epochs here: far past the chart's 400 buckets,
    // so it has downsampled many times (tests/node/loss-chart.test.js runs 1.3M).
    const { page, errors } = await openWatched(browser, url());
    await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
    const first = await page.evaluate(() => window.downhill.app.lastRecord.trainLoss);
    await page.evaluate(() => { const s = document.getElementById('speed'); s.value = s.max; s.dispatchEvent(new Event('input')); });
    assert.equal(await page.evaluate(() => window.downhill.state.speed), 'max');
    assert.match(page.url(), /[?&#]speed=max(&|$)/);
    const seen = await playFor(page, 6000);
    assert.ok(seen.epoch > 5000, `max is fast: ${seen.epoch} epochs`);
    assert.match(seen.perf, /epochs\/s \(max\)/);
    await page.click('#play');
    await page.waitForFunction(() => !window.downhill.app.playing);
    await page.waitForTimeout(200);
    const chart = await page.evaluate(() => window.downhill.chart.data());
    assert.deepEqual(chart.trainLoss[0], { x: 1, y: first }, 'epoch 1\'s loss is still the first point');
    assert.ok(chart.trainLoss.length <= 817, `bounded: ${chart.trainLoss.length} points`);
    const epoch = await page.evaluate(() => window.downhill.app.epoch);
    assert.equal(chart.trainLoss[chart.trainLoss.length - 1].x, epoch, 'the last point is the latest epoch');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: at 1440×900 the controls, the plot, the metrics and the loss chart fit the first screen`, async () => {
    const { page, errors } = await openWatched(browser, url(), { width: 1440, height: 900 });
    const parts = ['#epoch', '#test-loss', '#heatmap', '#chart', '#play', '#speed', '#datasets', '#noise', '#lr', '#batch',
      '#optimizer', '#more > summary', '#model', '#layers'];
    const seen = await inView(page, parts);
    assert.deepEqual(seen, allTrue(seen));
    assert.equal(await page.evaluate(() => document.getElementById('more').open), false, '"More" starts closed');
    assert.equal(await page.isVisible('#schedule'), false);
    assert.match(await page.textContent('#about'), /Press Play/);
    await page.click('#play');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(resultsDir(), `one-screen-1440x900-${where === 'served' ? 'served' : 'file'}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${where}: the embed at 800×640 and 360×640 shows its parts without scrolling`, async () => {
    const cases = [
      [800, 640, ['#play', '#speed', '#epoch', '#test-loss', '#heatmap', '#chart', '#lr']],
      [360, 640, ['#play', '#speed', '#epoch', '#test-loss', '#heatmap', '#chart']],
    ];
    for (const [width, height, parts] of cases) {
      const { page, errors } = await openWatched(browser, embedUrl(url()), { width, height });
      const seen = await inView(page, parts);
      assert.deepEqual(seen, allTrue(seen), `${width}×${height}`);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `no sideways scroll at ${width} px`);
      assert.equal(await page.evaluate(() => window.downhill.state.speed), 60, 'an embed\'s own pace is the watchable default');
      await page.click('#play');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(resultsDir(), `embed-${width}x${height}-${where === 'served' ? 'served' : 'file'}.png`) });
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
}

test('the Speed slider: a log scale of epochs per second, its words, and links old and new', async () => {
  const { page, errors } = await openWatched(browser, `${server.url}?speed=10`);
  assert.equal(await page.textContent('#speed-text'), '10/s');
  assert.equal(await page.getAttribute('#speed', 'aria-valuetext'), '10 epochs per second');
  const steps = await page.evaluate(() => {
    const s = document.getElementById('speed');
    const out = [];
    for (let i = 0; i <= Number(s.max); i++) {
      s.value = String(i);
      s.dispatchEvent(new Event('input'));
      out.push(window.downhill.state.speed);
    }
    return out;
  });
  assert.deepEqual(steps, [1, 3, 10, 30, 60, 100, 300, 1000, 'max']);
  assert.equal(await page.getAttribute('#speed', 'aria-valuetext'), 'as fast as possible');
  await page.close();
  // A link from before the epochs-per-second pace: speed=5 was "max".
  const old = await openWatched(browser, `${server.url}?speed=5`);
  assert.equal(await old.page.evaluate(() => window.downhill.state.speed), 60);
  assert.match(await old.page.textContent('#notice'), /speed=5/);
  await old.page.close();
  const slow = await openWatched(browser, `${server.url}?speed=3`);
  const seen = await playFor(slow.page, 2500);
  assert.ok(seen.epoch >= 2 && seen.epoch <= 12, `3 epochs a second: ${seen.epoch} after 2.5 s`);
  await slow.page.close();
  assert.deepEqual(errors, []);
});

test('"More" opens by itself when a link sets one of its settings', async () => {
  for (const [query, open] of [['', false], ['?reg=l2', true], ['?dropout=0.2', true], ['?schedule=step', true],
    ['?optimizer=adam', false], ['?optimizer=adam&beta1=0.8', true], ['?show=play,heatmap,lr,reg', true]]) {
    const { page, errors } = await openWatched(browser, `${server.url}${query}`);
    assert.equal(await page.evaluate(() => document.getElementById('more').open), open, query || 'no settings');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
