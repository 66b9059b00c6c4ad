// digits-views.test.js — the Digits views (web/digits/) in Chromium, on a test
// page of their own (tests/browser/digits-demo/, bundled here into
// test-results/, never into dist/) under the real pages' CSP, served and from
// file://: strokes drawn with mouse, pen and touch reach onInput as inked,
// centred 28×28 inputs; a keyboard user loads a test digit; the bars, the
// confusion table (cells chosen by click and by keyboard) and the gallery show
// what they are given; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS, resultsDir, ROOT } from './helpers.js';
import { axeViolations } from './checks.js';
import { startServer } from '../../scripts/serve.mjs';
import { CSP } from '../../scripts/build-web.mjs';

const require = createRequire(import.meta.url);
const SEVEN = JSON.parse(readFileSync(require.resolve('mnist/src/digits/7.json'), 'utf8')).data.slice(0, 784);

let browser;
let server;
let dir;

/** The demo page as one classic script (so it runs from file:// as well). */
function buildDemo() {
  const src = join(ROOT, 'tests', 'browser', 'digits-demo');
  const out = join(resultsDir(), 'digits-demo');
  mkdirSync(out, { recursive: true });
  esbuild.buildSync({ entryPoints: [join(src, 'demo.js')], bundle: true, format: 'iife', target: 'es2022', outfile: join(out, 'demo.js'), logLevel: 'error' });
  const html = readFileSync(join(src, 'demo.html'), 'utf8')
    .replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  writeFileSync(join(out, 'demo.html'), html);
  copyFileSync(join(ROOT, 'web', 'styles.css'), join(out, 'styles.css'));
  return out;
}

before(async () => {
  dir = buildDemo();
  // Not helpers.launch: this page needs no dist/.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  server = await startServer({ root: dir, port: 0 });
});
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => `${server.url}demo.html`], ['file://', () => pathToFileURL(join(dir, 'demo.html')).href]];

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.digitsDemo);
  return { page, context, errors };
}

/** The last input onInput had, with its ink, bounding box and centre of mass. */
async function lastInput(page, after = 0) {
  await page.waitForFunction((n) => window.digitsDemo.inputs.length > n, after);
  return page.evaluate(() => {
    const all = window.digitsDemo.inputs;
    const { input, ink, width, height } = all[all.length - 1];
    let x0 = 28, y0 = 28, x1 = -1, y1 = -1, sx = 0, sy = 0;
    input.forEach((v, i) => {
      if (v <= 0) return;
      const x = i % 28, y = Math.floor(i / 28);
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      sx += v * x; sy += v * y;
    });
    return { count: all.length, ink, width, height, input, box: { w: x1 - x0 + 1, h: y1 - y0 + 1 }, com: ink ? [sx / ink, sy / ink] : null };
  });
}

async function padBox(page) {
  return page.locator('#digit-pad').boundingBox();
}

function assertCentred(r, what) {
  assert.ok(r.ink > 3, `${what}: the input has ink (${r.ink})`);
  assert.ok(Math.abs(r.com[0] - 14) <= 0.6 && Math.abs(r.com[1] - 14) <= 0.6, `${what}: centre of mass ${r.com}`);
  assert.equal(Math.max(r.box.w, r.box.h), 20, `${what}: fits the 20×20 box (${r.box.w} × ${r.box.h})`);
  assert.ok(r.input.every((v) => v >= 0 && v <= 1));
}

for (const [where, url] of WHERE) {
  test(`${where}: mouse strokes become a centred, inked 28×28 input, once a frame; Clear empties it`, async () => {
    const { page, context, errors } = await open(url());
    const b = await padBox(page);
    // A "7" in the pad's top-left quarter: a bar across, then down to the left.
    await page.mouse.move(b.x + 20, b.y + 20);
    await page.mouse.down();
    await page.mouse.move(b.x + 120, b.y + 20, { steps: 12 });
    await page.mouse.move(b.x + 60, b.y + 130, { steps: 16 });
    await page.mouse.up();
    await page.waitForTimeout(100);   // let the last frame's report land (not a timing assertion)
    const r = await lastInput(page);
    assert.equal(r.width, 280);
    assert.equal(r.height, 280);
    assertCentred(r, 'the 7');
    // A press, 28 moves and a release: at most one report for each.
    assert.ok(r.count >= 1 && r.count <= 30, `${r.count} reports`);
    // The preview shows the same input.
    const preview = await page.evaluate(() => {
      const c = document.getElementById('digit-input');
      const d = c.getContext('2d').getImageData(0, 0, 28, 28).data;
      return Array.from({ length: 784 }, (_, i) => 1 - d[i * 4] / 255);
    });
    preview.forEach((v, i) => assert.ok(Math.abs(v - r.input[i]) < 0.01, `preview pixel ${i}`));
    // A second stroke, outside the pad and back (captured): still one drawing.
    await page.mouse.move(b.x + 200, b.y + 200);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width + 60, b.y + 200, { steps: 5 });
    await page.mouse.move(b.x + 220, b.y + 250, { steps: 5 });
    await page.mouse.up();
    const r2 = await lastInput(page, r.count);
    assertCentred(r2, 'the 7 with a second stroke');
    // A hundred moves within one task (a fast pen's worth): one report, in the next frame.
    await page.evaluate(() => {
      const pad = document.getElementById('digit-pad');
      pad.addEventListener('pointerdown', (e) => { window.padPointer = e.pointerId; }, { once: true });
    });
    await page.mouse.move(b.x + 100, b.y + 200);
    await page.mouse.down();
    const burst = await page.evaluate(() => new Promise((resolve) => {
      const pad = document.getElementById('digit-pad');
      const r = pad.getBoundingClientRect();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const before = window.digitsDemo.inputs.length;
        for (let i = 0; i < 100; i++) {
          pad.dispatchEvent(new PointerEvent('pointermove', {
            pointerId: window.padPointer, pointerType: 'mouse', clientX: r.left + 100 + i, clientY: r.top + 200 + i / 2, buttons: 1, bubbles: true,
          }));
        }
        const during = window.digitsDemo.inputs.length - before;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ during, after: window.digitsDemo.inputs.length - before })));
      }));
    }));
    assert.deepEqual(burst, { during: 0, after: 1 });
    await page.mouse.up();
    await page.click('text=Clear');
    const r3 = await lastInput(page, r2.count + 1);
    assert.equal(r3.ink, 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    await context.close();
  });
}

test('a pen stroke and a touch stroke draw too (pointer events)', async () => {
  const { page, context, errors } = await open(WHERE[0][1](), { hasTouch: true });
  const b = await padBox(page);
  const cdp = await context.newCDPSession(page);
  // Which kinds of pointer the pad saw go down: the events below are a real pen's and finger's.
  await page.evaluate(() => {
    window.downTypes = [];
    document.getElementById('digit-pad').addEventListener('pointerdown', (e) => window.downTypes.push(e.pointerType));
  });
  const pen = (type, x, y) => cdp.send('Input.dispatchMouseEvent', {
    type, x: b.x + x, y: b.y + y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen', force: 0.5,
  });
  await pen('mousePressed', 140, 30);
  for (let y = 40; y <= 250; y += 15) await pen('mouseMoved', 140, y);
  await pen('mouseReleased', 140, 250);
  assert.deepEqual(await page.evaluate(() => window.downTypes), ['pen']);
  const r = await lastInput(page);
  assertCentred(r, 'the pen\'s 1');
  assert.ok(r.box.h === 20 && r.box.w <= 6, `a tall thin 1: ${r.box.w} × ${r.box.h}`);

  await page.click('text=Clear');
  const cleared = await lastInput(page, r.count);
  assert.equal(cleared.ink, 0);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: b.x + x, y: b.y + y, id: 1 }],
  });
  await touch('touchStart', 40, 140);
  for (let x = 55; x <= 240; x += 15) await touch('touchMove', x, 140);
  await touch('touchEnd', 240, 140);
  const t = await lastInput(page, cleared.count);
  assertCentred(t, 'the finger\'s dash');
  assert.ok(t.box.w === 20 && t.box.h <= 6, `a wide flat dash: ${t.box.w} × ${t.box.h}`);
  assert.deepEqual(await page.evaluate(() => window.downTypes), ['pen', 'touch']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard user loads a test digit into the pad, and it comes back as itself', async () => {
  const { page, context, errors } = await open(WHERE[1][1]());
  await page.evaluate((pixels) => { window.digitsDemo.testDigits = [{ pixels: Uint8Array.from(pixels, (v) => Math.round(v * 255)), label: 7 }]; }, SEVEN);
  // No 3 to load: said in words, nothing drawn.
  await page.focus('select[aria-label="Which test digit to load"]');
  await page.keyboard.press('ArrowDown');   // "a 0"
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.value), '3');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Load a test digit');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.digit-pad-status'), 'No test digit 3 is loaded yet.');
  assert.equal(await page.evaluate(() => window.digitsDemo.inputs.length), 0);
  await page.selectOption('select[aria-label="Which test digit to load"]', '7');
  await page.focus('text=Load a test digit');
  await page.keyboard.press('Enter');
  const r = await lastInput(page);
  assert.equal(await page.textContent('.digit-pad-status'), 'Loaded a test digit: a 7.');
  // Bytes drawn 10× larger and prepared again: the digit, pixel for pixel within a byte's step.
  let diff = 0;
  r.input.forEach((v, i) => { diff = Math.max(diff, Math.abs(v - SEVEN[i])); });
  assert.ok(diff <= 0.01, `largest difference ${diff}`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [where, url] of WHERE) {
  test(`${where}: bars, confusion table and gallery show what they are given; axe finds nothing`, async () => {
    const { page, context, errors } = await open(url());
    const probs = await page.evaluate(() => {
      const z = [0.1, 2, 0.3, 0.2, 0.1, 0.5, 0.4, 6, 0.3, 1];
      const e = z.map(Math.exp);
      const s = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / s);
      window.digitsDemo.probs.show(p);
      const items = [...document.querySelectorAll('#digit-probs > *')];
      return {
        p,
        texts: items.map((li) => li.textContent),
        widths: items.map((li) => li.querySelector('.digit-prob-bar').getBoundingClientRect().width),
        top: items.map((li) => li.getAttribute('aria-current')),
        desc: document.getElementById(document.getElementById('digit-probs').getAttribute('aria-describedby')).textContent,
      };
    });
    assert.equal(probs.texts.length, 10);
    assert.equal(probs.texts.map(Number).reduce((a, b) => a + b, 0).toFixed(6), '1.000000');
    probs.texts.forEach((t, d) => assert.ok(Math.abs(Number(t) - probs.p[d]) < 1e-3, `${d}: ${t}`));
    assert.deepEqual(probs.top.map((v, d) => (v === 'true' ? d : null)).filter((d) => d !== null), [7]);
    assert.ok(probs.widths[7] > probs.widths[1] && probs.widths[1] > probs.widths[0], probs.widths.join(' '));
    assert.match(probs.desc, /^Most likely a 7 \(0\.\d{3}\), then a 1/);
    // Bad probabilities: a message, and the bars as they were.
    const bad = await page.evaluate(() => {
      try { window.digitsDemo.probs.show([0.5, 0.5]); return 'accepted'; } catch (e) { return e.message; }
    });
    assert.match(bad, /expected one for each digit 0-9/);
    assert.deepEqual(await page.$$eval('#digit-probs > *', (li) => li.map((x) => x.textContent)), probs.texts);

    // Confusion: 100 cells, the headers, the total; a cell chosen by click and by keyboard.
    await page.evaluate(() => {
      const c = new Int32Array(100);
      for (let d = 0; d < 10; d++) c[d * 10 + d] = 190;
      c[4 * 10 + 9] = 12;
      window.digitsDemo.confusion.show(c);
    });
    const table = await page.evaluate(() => {
      const t = document.getElementById('confusion');
      return {
        total: t.dataset.total,
        cols: t.querySelectorAll('thead th[scope="col"]').length,
        rows: t.querySelectorAll('tbody th[scope="row"]').length,
        cells: t.querySelectorAll('tbody td button').length,
        c49: t.querySelector('td[data-true="4"][data-predicted="9"] button').textContent,
        acc4: t.querySelectorAll('tbody tr')[4].lastElementChild.textContent,
        foot: t.querySelector('tfoot').textContent,
      };
    });
    assert.deepEqual(table, { total: '1912', cols: 12, rows: 10, cells: 100, c49: '12', acc4: '94.1%', foot: 'total1,912 digits99.4%' });
    await page.click('td[data-true="4"][data-predicted="9"] button');
    await page.focus('td[data-true="2"][data-predicted="2"] button');
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.evaluate(() => window.digitsDemo.cells), [[4, 9], [2, 2]]);
    // A live update changes the numbers and keeps the focus where it was.
    await page.evaluate(() => window.digitsDemo.confusion.show(new Int32Array(100).fill(1)));
    const focus = await page.evaluate(() => ({
      pressed: document.activeElement.getAttribute('aria-pressed'),
      label: document.activeElement.getAttribute('aria-label'),
      total: document.getElementById('confusion').dataset.total,
    }));
    assert.deepEqual(focus, { pressed: 'true', label: '1 of the 2s predicted right', total: '100' });

    // Gallery and a cell's strip: one wrong digit marked in words.
    const gallery = await page.evaluate((seven) => {
      const px = Float32Array.from(seven);
      window.digitsDemo.gallery.show([{ pixels: px, label: 7, predicted: 7 }, { pixels: px, label: 2, predicted: 7 }]);
      window.digitsDemo.strip.show([{ pixels: px, label: 4, predicted: 9 }], '4s taken for a 9: 1 digit');
      const g = document.getElementById('digit-gallery');
      const canvas = g.querySelector('canvas');
      const d = canvas.getContext('2d').getImageData(0, 0, 28, 28).data;
      return {
        captions: [...g.querySelectorAll('.digit-thumb-label')].map((f) => f.textContent),
        wrong: [...g.children].map((f) => f.classList.contains('wrong')),
        names: [...g.querySelectorAll('canvas')].map((c) => c.getAttribute('aria-label')),
        ink: Array.from({ length: 784 }, (_, i) => 1 - d[i * 4] / 255),
        summary: document.querySelector('.digit-gallery-summary').textContent,
        strip: document.querySelector('.digit-strip-heading').textContent,
      };
    }, SEVEN);
    assert.deepEqual(gallery.captions, ['7', '✗ 7 (is 2)']);
    assert.deepEqual(gallery.wrong, [false, true]);
    assert.deepEqual(gallery.names, ['a 7, predicted 7', 'a 2, predicted 7: wrong']);
    assert.equal(gallery.summary, '2 test digits, 1 predicted wrong (marked ✗)');
    assert.equal(gallery.strip, '4s taken for a 9: 1 digit');
    gallery.ink.forEach((v, i) => assert.ok(Math.abs(v - SEVEN[i]) < 0.01, `gallery pixel ${i}`));

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    await context.close();
  });
}
