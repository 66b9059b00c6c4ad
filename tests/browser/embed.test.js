// embed.test.js — dist/embed.html in a frame's sizes, the parts a link shows
// and locks (exactly those), the "Copy embed code" dialog by keyboard, and a
// copied dist/ folder working offline from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve, DIST } from './helpers.js';
import { openWatched, trains, noNaN } from './checks.js';
import { CONTROLS } from '../../web/state.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// For each part name: is it shown, and are its form controls locked?
const partsState = (page) => page.evaluate((names) => {
  const visible = (n) => !!n && n.offsetParent !== null;
  const probe = {
    play: '#play', reset: '#reset', step: '#step-batch', reseed: '#reseed', speed: '#speed', metrics: '.metrics',
    modes: '#modes', dataset: '#datasets [data-dataset]', noise: '#noise', lr: '#lr', batch: '#batch', optimizer: '#optimizer',
    schedule: '#schedule', reg: '#reg', dropout: '#dropout', patience: '#patience', model: '#model',
    network: '#network', heatmap: '#heatmap', chart: '#chart', points: '#clear-points', export: '#export-model',
    // the Digits mode's parts (hidden in the other modes)
    pad: '#digits-pad-box', weights: '#digit-weights', confusion: '#digits-cell', gallery: '#digits-gallery',
  };
  const out = {};
  for (const name of names) {
    const n = document.querySelector(probe[name]);
    const locked = n.matches('button, input, select') && n.disabled && n.getAttribute('aria-disabled') === 'true'
      && n.title === 'locked by the teacher';
    out[name] = { shown: visible(n), locked };
  }
  return out;
}, CONTROLS);

test('embed.html at 320 px: the default parts, no sideways scroll, trains', async () => {
  const { page, errors } = await openWatched(browser, `${server.url}embed.html`, { width: 320, height: 560 });
  const s = await partsState(page);
  const shown = CONTROLS.filter((n) => s[n].shown);
  assert.deepEqual(shown, ['play', 'reset', 'step', 'speed', 'metrics', 'dataset', 'lr', 'batch', 'heatmap', 'chart']);
  assert.equal(await page.isVisible('#share'), false);
  assert.equal(await page.isVisible('#open-full'), true);
  await trains(page);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `no sideways scroll at 320 px (${scroll} > ${client})`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('show= and lock= show and lock exactly the named parts; the lock outlives re-renders', async () => {
  const show = ['play', 'reset', 'lr', 'batch', 'dataset', 'model', 'heatmap', 'chart'];
  const lock = ['lr', 'batch', 'dataset', 'model'];
  const { page, errors } = await openWatched(browser,
    `${server.url}embed.html?show=${show.join(',')}&lock=${lock.join(',')}&caption=Batch%20size%201%20vs%2010`, { width: 800, height: 640 });
  const check = async () => {
    const s = await partsState(page);
    for (const name of CONTROLS) {
      assert.equal(s[name].shown, show.includes(name), `${name} shown`);
      if (s[name].shown) assert.equal(s[name].locked, lock.includes(name), `${name} locked`);
    }
    // every control inside a locked part, not only the first
    const open = await page.evaluate(() => [...document.querySelectorAll('.locked button, .locked input, .locked select, button.locked')]
      .filter((n) => !n.disabled || n.getAttribute('aria-disabled') !== 'true').map((n) => n.id || n.className));
    assert.deepEqual(open, []);
  };
  await check();
  assert.equal(await page.textContent('#caption'), 'Batch size 1 vs 10');
  await trains(page);           // frames and data re-render the controls
  await page.click('#reset');
  await check();
  assert.deepEqual(await page.evaluate(() => [window.downhill.state.lr, window.downhill.state.batch]), [0.03, 10]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('point editing follows show= and lock=: hidden or locked, a click on the plot adds nothing', async () => {
  const clickPlot = async (page) => {
    const before = await page.evaluate(() => window.downhill.app.info.n);
    const box = await page.locator('#heatmap').boundingBox();
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.evaluate(() => window.downhill.playRpc('history'));   // the worker has seen every message
    return (await page.evaluate(() => window.downhill.app.info.n)) - before;
  };
  const base = `${server.url}embed.html?dataset=gauss&show=play,heatmap`;
  for (const [query, added, describes] of [['', 0, false], [',points&lock=points', 0, true], [',points', 1, true]]) {
    const { page, errors } = await openWatched(browser, base + query, { width: 800, height: 640 });
    assert.equal(await clickPlot(page), added, `${query || 'default'}: points added`);
    const ids = await page.getAttribute('#heatmap', 'aria-describedby');
    assert.equal(ids.split(' ').includes('point-help'), describes, `${query || 'default'}: the plot's description says how to edit`);
    if (query.includes('lock')) {
      await page.waitForFunction(() => /locked by the teacher/.test(document.getElementById('announcer').textContent));
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('lock= on the main page (a course link) locks Play and the dataset too', async () => {
  const { page } = await openWatched(browser, `${server.url}?lock=play,dataset`);
  const s = await partsState(page);
  assert.ok(s.play.locked && s.dataset.shown && s.lr.shown && !s.lr.locked);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#datasets button')].every((b) => b.disabled)), true);
  await page.close();
});

test('the Copy embed code dialog: keyboard only, builds the snippet, Esc returns focus', async () => {
  const { page, errors } = await openWatched(browser, `${server.url}?dataset=circle&lr=0.1`);
  await page.focus('#embed-code');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('embed-dialog').open), true);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Show Play / pause');
  // Tick "show network" and "lock learning rate" with the keyboard.
  await page.focus('input[aria-label="Show Network diagram"]');
  await page.keyboard.press('Space');
  await page.focus('input[aria-label="Lock Learning rate"]');
  await page.keyboard.press('Space');
  await page.focus('#embed-caption');
  await page.keyboard.type('Is "0.1" too <big>?');
  await page.fill('#embed-width', '12');
  await page.press('#embed-width', 'Enter');
  assert.match(await page.textContent('#embed-status'), /width must be a whole number from 280 to 2400; kept 800/);
  await page.click('#embed-autoplay');
  const code = await page.inputValue('#embed-snippet');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?|^<iframe src="http:\/\/localhost:\d+\/embed\.html\?/);
  assert.match(code, /title="Is &quot;0\.1&quot; too &lt;big&gt;\?"/);
  assert.match(code, /width="800" height="640"/);
  const src = code.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const q = new URL(src).searchParams;
  assert.equal(q.get('dataset'), 'circle');
  assert.equal(q.get('lr'), '0.1');
  assert.equal(q.get('show'), 'play,reset,step,speed,metrics,dataset,lr,batch,network,heatmap,chart');
  assert.equal(q.has('speed'), false, 'the default pace is left to the embed');
  assert.equal(q.get('lock'), 'lr');
  assert.equal(q.get('caption'), 'Is "0.1" too <big>?');
  assert.equal(q.get('autoplay'), '1');
  // Tab wraps inside the dialog.
  await page.focus('#embed-close');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.getElementById('embed-dialog').contains(document.activeElement)), true);
  await page.click('#embed-copy');
  // The clipboard answers asynchronously (and headless Chromium may refuse it).
  await page.waitForFunction(() => /Copied|Selected: press Ctrl\+C/.test(document.getElementById('embed-status').textContent));
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.getElementById('embed-dialog').open), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'embed-code');
  assert.deepEqual(errors, []);

  // The snippet's page: the chosen parts, the lock, the caption, training on its own.
  const embed = await openWatched(browser, src, { width: 800, height: 640 });
  const s = await partsState(embed.page);
  assert.ok(s.network.shown && s.lr.locked && !s.batch.locked && !s.optimizer.shown);
  assert.equal(await embed.page.textContent('#caption'), 'Is "0.1" too <big>?');
  await embed.page.waitForFunction(() => window.downhill.app.epoch > 2);
  await noNaN(embed.page);
  await embed.page.close();
  await page.close();
});

test('a copied dist/ folder works offline from file://, index.html and embed.html', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-copy-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    for (const name of ['index.html', 'embed.html']) {
      const url = pathToFileURL(join(dir, name)).href;
      const page = await browser.newPage();
      const outside = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!(u.startsWith(pathToFileURL(dir).href) || u.startsWith('blob:') || u.startsWith('data:'))) outside.push(u);
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 20000 });
      await trains(page);
      assert.deepEqual(outside, [], `${name} asked for nothing outside the folder`);
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the embed code carries the page\'s pace only when the teacher changed it', async () => {
  const { page, errors } = await openWatched(browser, `${server.url}?speed=10`);
  await page.click('#embed-code');
  const src = (await page.inputValue('#embed-snippet')).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  assert.equal(new URL(src).searchParams.get('speed'), '10');
  await page.keyboard.press('Escape');
  // Back to the default: the snippet leaves the pace out again.
  await page.evaluate(() => { const s = document.getElementById('speed'); s.value = '4'; s.dispatchEvent(new Event('input')); });
  assert.equal(await page.evaluate(() => window.downhill.state.speed), 60);
  await page.click('#embed-code');
  const again = (await page.inputValue('#embed-snippet')).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  assert.equal(new URL(again).searchParams.has('speed'), false);
  const embed = await openWatched(browser, again, { width: 800, height: 640 });
  assert.equal(await embed.page.evaluate(() => window.downhill.state.speed), 60);
  assert.equal(await embed.page.isVisible('#speed'), true, 'students can change the pace');
  await embed.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});
