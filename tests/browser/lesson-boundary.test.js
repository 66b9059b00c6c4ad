// lesson-boundary.test.js — "Classification and linear boundaries" on the
// real page and engine, served and from disk: the course's admissions line
// 2·test + grades − 18 = 0 and student 4's score 2·9 + 1·1 − 18 = 1 > 0
// (accept); typed weights and a dragged line move the score; the 3-D view of
// three features and a plane turns from the keyboard and says so in text;
// the course's step=dimensions opens it; the lesson embeds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');
const type = async (page, sel, value) => { await page.fill(sel, value); await page.press(sel, 'Enter'); };

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`boundary lesson (${where})`, () => {
    test('the course\u2019s line and student 4; typed weights from the keyboard change the verdict', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=boundary`);
      await page.waitForFunction(() => /of the 40 students/.test(document.getElementById('bd-line')?.textContent || ''));
      assert.equal(await page.textContent('#bd-line'), 'The line 2·test + grades − 18 = 0: 40 of the 40 students on the side of their decision.');
      assert.equal(await page.textContent('#bd-score'), 'Student 4 (test 9, grades 1): Score = 2·9 + 1·1 − 18 = 1 > 0: accept.');
      await page.focus('#cmp-bdB');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('-20');
      await page.keyboard.press('Enter');
      assert.equal(await page.textContent('#bd-score'), 'Student 4 (test 9, grades 1): Score = 2·9 + 1·1 − 20 = −1 < 0: reject.');
      await type(page, '#cmp-bdW2', 'x');
      assert.match(await page.textContent('#cmp-bdW2-msg'), /^Use a number from -100 to 100; kept 1\.$/);
      await type(page, '#cmp-bdTest', '7');
      await type(page, '#cmp-bdGrades', '3');
      assert.equal(await page.textContent('#bd-score'), 'This student (test 7, grades 3): Score = 2·7 + 1·3 − 20 = −3 < 0: reject.');
      assert.match(await page.evaluate(() => location.search || location.hash), /bdB=-20/);
      await page.click('#bd-course');
      assert.match(await page.textContent('#bd-line'), /^The line 2·test \+ grades − 18 = 0/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('dragging on the picture moves the line through the pointer, keeping its slope', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=boundary`);
      await page.waitForFunction(() => /of the 40 students/.test(document.getElementById('bd-line')?.textContent || ''));
      const box = await page.$eval('#bd-plot svg', (s) => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
      await page.mouse.move(box.x + box.w * 0.3, box.y + box.h * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.w * 0.25, box.y + box.h * 0.5, { steps: 3 });
      await page.mouse.up();
      const b = Number(await page.inputValue('#cmp-bdB'));
      assert.ok(b > -18, `the line moved left: b = ${b}`);
      assert.match(await page.textContent('#bd-line'), /^The line 2·test \+ grades − [\d.]+ = 0/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('higher dimensions: the plane in a view that turns by keys, described in text; step=dimensions opens it', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=boundary&step=dimensions`);
      await page.waitForFunction(() => /through 60 students/.test(document.getElementById('bd-space-summary')?.textContent || ''));
      const first = await page.textContent('#bd-space-summary');
      assert.match(first, /^The plane 2x1 \+ x2 \+ x3 − 23 = 0 through 60 students: \d+ accepted \(score > 0, triangles\) on one side, \d+ rejected \(circles\) on the other\. Turned −34° about x3, tipped 20°\.$/);
      const pixels = () => page.$eval('#bd-space-canvas', (c) => c.toDataURL());
      const before0 = await pixels();
      await page.focus('#bd-space-canvas');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowUp');
      assert.match(await page.textContent('#bd-space-summary'), /Turned −24° about x3, tipped 30°\.$/);
      assert.notEqual(await pixels(), before0, 'the picture turned');
      assert.match(await page.getAttribute('#bd-space-canvas', 'aria-label'), /^Three-feature students in a cube and the plane; The plane/);
      await page.keyboard.press('Home');
      assert.equal(await page.textContent('#bd-space-summary'), first);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('it embeds', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=boundary` : `${EMBED_FILE}?mode=boundary`;
      const { page, errors } = await openPage(browser, url);
      await page.waitForFunction(() => /> 0: accept/.test(document.getElementById('bd-score')?.textContent || ''));
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
