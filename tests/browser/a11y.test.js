// a11y.test.js — the page by keyboard alone, names for every control, visible
// focus, words for the numbers and pictures, and reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './helpers.js';
import { openWatched, noNaN } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const focused = (page) => page.evaluate(() => document.activeElement?.id || '');
async function tabTo(page, id, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    if (await focused(page) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached #${id} (at #${await focused(page)})`);
}

test('keyboard only: Tab to Play and start, type a learning rate, Tab to Reset', async () => {
  const { page, errors } = await openWatched(browser, server.url);
  await tabTo(page, 'play');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return [document.activeElement.matches(':focus-visible'), s.outlineStyle, s.outlineWidth];
  });
  assert.deepEqual(ring, [true, 'solid', '3px'], 'a visible focus ring');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.downhill.app.epoch >= 3);
  assert.equal(await page.textContent('#status'), 'running');
  assert.equal(await page.getAttribute('#play', 'aria-label'), 'Pause');

  await tabTo(page, 'lr');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.1');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.downhill.state.lr), 0.1);
  const e0 = await page.evaluate(() => window.downhill.app.epoch);
  await page.waitForFunction((e) => window.downhill.app.epoch > e + 2, e0);
  assert.equal(await page.textContent('#status'), 'running', 'the run goes on with the new rate');

  await tabTo(page, 'reset', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '0');
  assert.equal(await page.evaluate(() => window.downhill.state.lr), 0.1);
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

// The file inputs are aria-hidden stand-ins that the visible Upload and Import
// buttons open, so they are skipped here; the buttons are checked instead.
test('every visible control has a name and is reachable by Tab or arrow keys', async () => {
  const { page } = await openWatched(browser, server.url);
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, [role="tab"], [role="radio"]')]
    .filter((n) => n.offsetParent !== null && n.getAttribute('aria-hidden') !== 'true')
    .filter((n) => !(n.getAttribute('aria-label') || n.getAttribute('aria-labelledby') || (n.labels && n.labels.length)
      || n.textContent.trim() || n.title))
    .map((n) => n.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  const unreachable = await page.evaluate(() => [...document.querySelectorAll('button, input, select')]
    .filter((n) => n.offsetParent !== null && n.getAttribute('aria-hidden') !== 'true')
    .filter((n) => !n.disabled && n.tabIndex < 0 && n.getAttribute('role') !== 'radio')
    .map((n) => n.id || n.className));
  assert.deepEqual(unreachable, [], 'only radio-group members leave the Tab order (arrow keys move between them)');
  await page.close();
});

test('a spoken summary of the metrics and descriptions of the canvases', async () => {
  const { page } = await openWatched(browser, server.url);
  assert.equal(await page.getAttribute('#summary', 'aria-live'), 'polite');
  await page.click('#play');
  await page.waitForFunction(() => /^Epoch [\d,]+, test accuracy \d+\.\d%, test loss [\d.e-]+\.$/.test(document.getElementById('summary').textContent));
  const desc = await page.evaluate(() => ({
    heat: document.getElementById('heatmap').getAttribute('aria-describedby').split(' ')
      .map((id) => document.getElementById(id).textContent).join(' '),
    chart: document.getElementById(document.getElementById('chart').getAttribute('aria-describedby')).textContent,
  }));
  assert.match(desc.heat, /XOR data: 200 training points \(filled\) and 200 test points \(hollow\), class 0 as circles, class 1 as triangles/);
  assert.match(desc.chart, /^After [\d,]+ epochs: training loss .*, test accuracy \d+\.\d%\.$/);
  await page.click('#play');
  await page.waitForFunction(() => /Training paused\.$/.test(document.getElementById('summary').textContent));
  await page.close();
});

test('prefers-reduced-motion: no transitions, lessons told, the page still trains', async () => {
  const { page, errors } = await openWatched(browser, server.url, { reducedMotion: 'reduce' });
  const t = await page.evaluate(() => getComputedStyle(document.querySelector('.mode-btn')).transitionDuration);
  assert.equal(t, '0s');
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await page.click('#play');
  await page.waitForFunction(() => window.downhill.app.epoch >= 5);
  await page.click('#mode-hill');
  await page.waitForTimeout(500);
  await page.click('#mode-play');
  await noNaN(page);
  assert.deepEqual(errors, []);
  await page.close();
});

// WCAG relative luminance and contrast of two "rgb(r, g, b)" colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the focus ring contrasts at least 3:1 with the page and the panels', async () => {
  const { page } = await openWatched(browser, server.url);
  const colours = [];
  for (const id of ['play', 'lr', 'heatmap']) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');   // by keyboard, so :focus-visible holds
    colours.push(await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      const panel = document.activeElement.closest('.panel, .topbar');
      return { id: document.activeElement.id, ring: s.outlineColor, width: s.outlineWidth,
        behind: getComputedStyle(panel).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
    }));
  }
  for (const c of colours) {
    assert.equal(c.width, '3px', `${c.id}: a 3 px ring`);
    for (const bg of [c.behind, c.page === 'rgba(0, 0, 0, 0)' ? 'rgb(244, 245, 247)' : c.page]) {
      const ratio = contrast(c.ring, bg);
      assert.ok(ratio >= 3, `${c.id}: ring ${c.ring} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
  }
  await page.close();
});

test('a skip link before the network diagram\'s units takes focus to the plot', async () => {
  const { page } = await openWatched(browser, server.url);
  await page.locator('#layer-editors button').last().focus();
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  assert.equal(order[0], 'skip-to-plot', `the next Tab stop after the layer editor: ${order.join(', ')}`);
  assert.equal(await page.isVisible('#skip-to-plot'), true, 'visible while focused');
  assert.match(await page.textContent('#skip-to-plot'), /plot/);
  await page.focus('#skip-to-plot');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'heatmap');
  assert.doesNotMatch(page.url(), /#heatmap/, 'the address keeps the state, not the fragment');
  await page.close();
});

test('the live region reads current numbers in correct English from the first epochs on', async () => {
  const { page } = await openWatched(browser, server.url);
  await page.click('#step-epoch');
  await page.waitForFunction(() => document.getElementById('epoch').textContent === '1');
  await page.waitForFunction(() => /^After 1 epoch: /.test(document.getElementById('chart-desc').textContent));
  await page.click('#play');
  // Within two seconds of Play the region reads an epoch's numbers, and never
  // says nothing was trained while training runs.
  const said = await page.evaluate(() => new Promise((done) => {
    const seen = [];
    const live = document.getElementById('summary');
    const t0 = performance.now();
    const tick = () => {
      const text = live.textContent;
      if (seen[seen.length - 1] !== text) seen.push(text);
      if (performance.now() - t0 < 2500) requestAnimationFrame(tick); else done({ seen, epoch: window.downhill.app.epoch });
    };
    tick();
  }));
  const last = said.seen[said.seen.length - 1];
  assert.match(last, /^Epoch [\d,]+, test accuracy \d+\.\d%, test loss [\d.e-]+\.$/, `read: ${said.seen.join(' | ')}`);
  const readEpoch = Number(last.match(/^Epoch ([\d,]+)/)[1].replace(/,/g, ''));
  assert.ok(readEpoch >= 10 && readEpoch <= said.epoch, `a current epoch (${readEpoch} of ${said.epoch})`);
  for (const text of said.seen) assert.doesNotMatch(text, /not trained yet|No epochs trained/i);
  const chart = await page.textContent('#chart-desc');
  assert.match(chart, /^After [\d,]+ epochs: /);
  await page.close();
});
