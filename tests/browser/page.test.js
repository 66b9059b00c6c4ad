// The real page (dist/) in headless Chromium: loading served and from disk,
// training XOR, live changes, links, divergence, and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serve, openPage, metrics, FILE_URL, resultsDir } from './helpers.js';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const noNaN = async (page) => {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, 'the page shows no NaN, Infinity or undefined');
};

async function playUntil(page, predicate, timeout = 15000) {
  await page.click('#play');
  const start = Date.now();
  for (;;) {
    const m = await metrics(page);
    if (predicate(m)) return m;
    if (Date.now() - start > timeout) return m;
    await page.waitForTimeout(50);
  }
}

test('served: the page loads with no console errors', async () => {
  const { page, errors } = await openPage(browser, server.url);
  const m = await metrics(page);
  assert.equal(m.status, 'ready');
  assert.equal(m.epoch, 0);
  assert.equal(await page.locator('#datasets [data-dataset]').count(), 14, 'the 12 classification sets and the 2 regression sets');
  assert.equal(await page.getAttribute('#datasets [data-dataset="xor"]', 'aria-checked'), 'true');
  // This Chromium runs relaxed SIMD; the footer says which build trains.
  assert.equal(await page.textContent('#engine'), 'WebAssembly (relaxed)');
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('file://: the page loads and trains with no console errors', async () => {
  const { page, errors } = await openPage(browser, FILE_URL);
  assert.equal((await metrics(page)).status, 'ready');
  assert.equal(await page.textContent('#engine'), 'WebAssembly (relaxed)', 'the inlined relaxed build');
  const m = await playUntil(page, (x) => x.epoch >= 20);
  assert.ok(m.epoch >= 20, `trained from disk (epoch ${m.epoch})`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('served ES-module build (dist/esm) loads and trains with no console errors', async () => {
  const { page, errors } = await openPage(browser, `${server.url}esm/`);
  const m = await playUntil(page, (x) => x.epoch >= 20);
  assert.ok(m.epoch >= 20);
  assert.deepEqual(errors, []);
  await page.close();
});

test('XOR trains to at least 95% test accuracy after Play; screenshots saved', async () => {
  const { page, errors } = await openPage(browser, server.url, { width: 1440, height: 900 });
  const t0 = Date.now();
  const m = await playUntil(page, (x) => x.testAcc >= 95);
  const ms = Date.now() - t0;
  assert.ok(m.testAcc >= 95, `test accuracy ${m.testAcc}% after ${ms} ms`);
  assert.equal(m.status, 'running');
  await page.waitForTimeout(400);
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
  const dir = resultsDir();
  await page.screenshot({ path: join(dir, 'xor-trained-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(dir, 'xor-trained-phone.png'), fullPage: true });
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing the learning rate mid-run keeps training and marks the chart', async () => {
  // 30 epochs per second: a reset would show.
  const { page, errors } = await openPage(browser, `${server.url}?speed=30`);
  const m1 = await playUntil(page, (x) => x.epoch >= 3);
  assert.ok(m1.epoch >= 3);
  await page.fill('#lr', '0.1');
  await page.press('#lr', 'Enter');
  // The epoch counter never goes back (a reset would take it to 0).
  let last = m1.epoch;
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(50);
    const e = (await metrics(page)).epoch;
    assert.ok(e >= last, `epoch went back: ${last} -> ${e}`);
    last = e;
  }
  const m2 = await metrics(page);
  assert.equal(m2.status, 'running');
  assert.ok(m2.epoch > m1.epoch, `epoch went on: ${m1.epoch} -> ${m2.epoch}`);
  assert.equal(await page.evaluate(() => window.downhill.chart.previousCount()), 0, 'no new run began');
  assert.equal(await page.evaluate(() => window.downhill.chart.markCount()), 1);
  assert.match(page.url(), /[?&]lr=0\.1(&|$)/);
  // Batch size too.
  await page.fill('#batch', '25');
  await page.press('#batch', 'Enter');
  await page.waitForTimeout(400);
  const m3 = await metrics(page);
  assert.ok(m3.epoch >= m2.epoch);
  assert.equal(await page.evaluate(() => window.downhill.chart.markCount()), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Play and Pause hold: once the worker says it runs (or pauses), no later frame says otherwise', async () => {
  // The worker owns the run: the page shows what its frames say. Frames in
  // flight when the user clicks may still show the old state for a frame or
  // two, but once one shows the new state no later one may flip it back.
  const { page, errors } = await openPage(browser, `${server.url}?speed=max`);
  const watch = (what) => page.evaluate((w) => new Promise((done) => {
    document.getElementById('play').click();
    // Watch 12 frames past the first that shows it (a loaded machine may take
    // a few frames to get the worker's answer), at most 120 in all.
    const seen = [];
    const tick = () => {
      seen.push(w === 'pause' ? !window.downhill.app.playing : document.getElementById('status').textContent === 'running');
      const first = seen.indexOf(true);
      if ((first < 0 || seen.length < first + 12) && seen.length < 120) requestAnimationFrame(tick); else done(seen);
    };
    requestAnimationFrame(tick);
  }), what);
  for (let k = 0; k < 10; k++) {
    for (const what of ['play', 'pause']) {
      const seen = await watch(what);
      const first = seen.indexOf(true);
      assert.ok(first >= 0, `${what} ${k}: not shown within 120 frames`);
      assert.ok(seen.slice(first).every(Boolean), `${what} ${k}: flipped back after it showed: ${seen}`);
      await page.waitForTimeout(what === 'play' ? 150 : 100);
    }
  }
  await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
  assert.ok((await metrics(page)).epoch > 0, 'it trained');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link with settings reproduces them, and the same run', async () => {
  const link = `${server.url}?dataset=circle&hidden=4,3&activation=relu&optimizer=adam&lr=0.01&batch=25&noise=0.2&seed=7&reg=l2&regRate=0.003`;
  const runs = [];
  for (let i = 0; i < 2; i++) {
    const { page, errors } = await openPage(browser, link);
    assert.equal(await page.getAttribute('#datasets [data-dataset="circle"]', 'aria-checked'), 'true');
    assert.equal(await page.inputValue('#lr'), '0.01');
    assert.equal(await page.inputValue('#batch'), '25');
    assert.equal(await page.inputValue('#activation'), 'relu');
    assert.equal(await page.inputValue('#optimizer'), 'adam');
    assert.equal(await page.inputValue('#reg'), 'l2');
    assert.deepEqual(await page.locator('.layer-ed .units').allTextContents(), ['4', '3']);
    assert.equal(await page.textContent('#seed-text'), '7');
    assert.equal(await page.isHidden('#notice'), true);
    for (let e = 0; e < 5; e++) await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '5');
    runs.push(await metrics(page));
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.equal(runs[0].trainLoss, runs[1].trainLoss);
  assert.equal(runs[0].testLoss, runs[1].testLoss);
  assert.notEqual(runs[0].trainLoss, '—');
});

test('invalid link values fall back to defaults with a visible notice', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?lr=banana&dataset=%3Cb%3Ex%3C%2Fb%3E&batch=10`);
  assert.equal(await page.isVisible('#notice'), true);
  const notice = await page.textContent('#notice');
  assert.match(notice, /lr=banana/);
  assert.match(notice, /dataset=<b>x<\/b>/, 'shown as text, not markup');
  assert.equal(await page.locator('#notice b').count(), 0);
  assert.equal(await page.inputValue('#lr'), '0.03');
  assert.deepEqual(errors, []);
  await page.close();
});

test('lr 10 on spiral shows diverged with a hint, and Reset recovers', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?dataset=spiral&lr=10`);
  const m = await playUntil(page, (x) => x.status === 'diverged', 10000);
  assert.equal(m.status, 'diverged');
  assert.equal(await page.isVisible('#hint'), true);
  assert.match(await page.textContent('#hint'), /learning rate too large\?/i);
  await noNaN(page);
  await page.fill('#lr', '0.03');
  await page.press('#lr', 'Enter');
  await page.click('#reset');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  assert.equal(await page.isHidden('#hint'), true);
  const r = await playUntil(page, (x) => x.epoch >= 5);
  assert.equal(r.status, 'running');
  assert.notEqual(r.trainLoss, '—');
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('reset keeps the previous run as a faded curve; clear removes it', async () => {
  const { page } = await openPage(browser, `${server.url}?speed=300`);
  await playUntil(page, (x) => x.epoch >= 3);
  await page.click('#reset');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  assert.equal(await page.evaluate(() => window.downhill.chart.previousCount()), 1);
  await page.click('#clear-runs');
  assert.equal(await page.evaluate(() => window.downhill.chart.previousCount()), 0);
  await page.close();
});

test('every dataset and model builds and trains a little without errors', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?speed=300`);
  const names = await page.locator('#datasets [data-dataset]').evaluateAll((els) => els.map((e) => e.dataset.dataset));
  for (const name of names) {
    await page.click(`#datasets [data-dataset="${name}"]`);
    await page.waitForFunction((n) => window.downhill.app.info && window.downhill.app.info.dataset === n, name);
    await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  }
  for (const model of ['perceptron', 'logistic', 'softmax', 'mlp']) {
    await page.click('#datasets [data-dataset="moons"]');
    await page.selectOption('#model', model);
    await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  }
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a hidden unit can be selected to show its own map', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.click('.net-node.hidden >> nth=0');
  assert.equal(await page.getAttribute('.net-node.hidden >> nth=0', 'aria-pressed'), 'true');
  await page.waitForFunction(() => !document.getElementById('unit-back').hidden);
  await page.keyboard.press('Escape');
  assert.equal(await page.getAttribute('.net-node.hidden >> nth=0', 'aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await page.close();
});

test('early stopping shows early-stopped with an explanation', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?patience=5&autoplay=1&speed=max`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'early-stopped', null, { timeout: 15000 });
  assert.match(await page.textContent('#hint'), /Stopped early/);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a model that cannot fit the data says why instead of training', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}?dataset=blobs3&model=logistic`);
  await page.waitForFunction(() => !document.getElementById('hint').hidden, null, { timeout: 15000 });
  assert.match(await page.textContent('#hint'), /separates 2 classes but the data has 3/);
  assert.equal((await metrics(page)).status, 'ready');
  await page.selectOption('#model', 'softmax');
  await page.waitForFunction(() => document.getElementById('hint').hidden);
  await page.click('#step-epoch');
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Share copies the link, or shows it selected to copy by hand', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?lr=0.3&batch=5`);
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share').textContent === 'Link copied'
    || !document.getElementById('share-box').hidden);
  if (!(await page.isHidden('#share-box'))) {
    const link = await page.inputValue('#share-url');
    // Only what differs from the defaults: the seed (1) is the default, so it is left out.
    assert.equal(new URL(link).search, '?lr=0.3&batch=5');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('touch: a phone-sized page plays and pauses by tapping', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null);
  await page.tap('#play');
  await page.waitForFunction(() => Number(document.getElementById('epoch').textContent.replace(/,/g, '')) > 10);
  await page.tap('#play');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (overflow ${overflow}px)`);
  await ctx.close();
});

// The exponential schedule used to take the factor 0.5 that the page gave every
// kind, so the rate halved each epoch (0.03 → 2.8e-11 after 30). The core's own
// factor for it is 0.99.
for (const [where, url] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: choosing the exponential schedule decays the rate by the core's 0.99 an epoch`, async () => {
    // 60 epochs per second (the default), so the pause lands near epoch 30.
    const { page, errors } = await openPage(browser, `${url()}?speed=60`);
    await page.click('#more > summary');   // the schedule is among the settings under "More"
    await page.selectOption('#schedule', 'exponential');
    assert.equal(await page.inputValue('#scheduleGamma'), '0.99');
    // "auto" (the kind's own factor) is the default, so the link leaves it out.
    assert.match(await page.evaluate(() => location.search), /schedule=exponential/);
    assert.doesNotMatch(await page.evaluate(() => location.search), /scheduleGamma/);
    await playUntil(page, (x) => x.epoch >= 30);
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'paused');
    const { epoch } = await metrics(page);
    const shown = await page.textContent('#perf');
    const rate = Number(/learning rate now (\S+)/.exec(shown)?.[1]);
    // The rate in force during epoch e is 0.03·0.99^e; allow the frame to be one epoch either side.
    const lo = 0.03 * 0.99 ** (epoch + 1);
    const hi = 0.03 * 0.99 ** Math.max(0, epoch - 1);
    assert.ok(epoch >= 30, `trained 30 epochs (${epoch})`);
    assert.ok(rate >= lo * 0.995 && rate <= hi * 1.005, `after ${epoch} epochs "${shown}" should show about 0.03·0.99^${epoch} = ${(0.03 * 0.99 ** epoch).toPrecision(3)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a dataset and its classes read the same on the picker, the legend and in the lessons', async () => {
  const { page, errors } = await openPage(browser, `${server.url}?dataset=admissions`);
  await page.waitForFunction(() => document.getElementById('class-legend').textContent.includes('accepted'));
  const legend = await page.textContent('#class-legend');
  assert.match(legend, /rejected.*accepted/, 'the core\'s class names, not a copy');
  const picker = await page.getAttribute('#datasets [data-dataset="gauss"]', 'aria-label')
    ?? await page.textContent('#datasets [data-dataset="gauss"]');
  assert.match(picker, /Gaussians/);
  await page.goto(`${server.url}?mode=batch`);
  await page.waitForSelector('select option[value="gauss"]', { state: 'attached' });
  assert.equal((await page.textContent('select option[value="gauss"]')).trim(), 'Gaussians');
  assert.deepEqual(errors, []);
  await page.close();
});
