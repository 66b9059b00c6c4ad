// course.test.js — the course path on the real page, served and from disk:
// the Course view lists every concept in the course's order, the Next links
// walk from the first step to the last, progress is remembered on the device,
// every lesson ends with a question answered on the page (keyboard too), and
// embeds carry the question but not the path's bar.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';
import { STEPS, reachable } from '../../web/lessons/course/path.js';
import { LESSONS } from '../../web/lessons/index.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`the course path (${where})`, () => {
    test('the Course view lists every concept in order, linking those the page has', async () => {
      const { page, errors } = await openPage(browser, `${base()}?mode=course`);
      await page.waitForSelector('#course-list li');
      const items = await page.$$eval('#course-list li', (lis) => lis.map((li) => ({
        step: li.dataset.step, link: li.querySelector('a')?.textContent ?? null, text: li.textContent,
      })));
      assert.deepEqual(items.map((i) => i.step), STEPS.map((s) => s.id));
      for (const [i, s] of STEPS.entries()) {
        assert.equal(items[i].link, s.mode ? s.concept : null, s.id);
        if (!s.mode) assert.match(items[i].text, /No place on the page yet\./);
      }
      assert.match(await page.textContent('#course-progress'), new RegExp(`visited 0 of the ${reachable().length} steps`));
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('Next walks from the first step to the last, and the Course view remembers the visits', async () => {
      const context = await browser.newContext();   // its own storage
      const { page, errors } = await openPage(context, `${base()}?mode=course`);
      await page.click(`#course-list a >> nth=0`);
      const walked = [];
      for (;;) {
        await page.waitForSelector('#course-nav');
        const where = await page.evaluate(() => ({
          mode: document.body.dataset.mode, step: new URLSearchParams(location.search || location.hash.slice(1)).get('step'),
          text: document.querySelector('.course-where').textContent,
        }));
        walked.push(where.step ?? where.mode);
        assert.match(where.text, new RegExp(`Step ${walked.length} of ${reachable().length}: `));
        const next = await page.$('#course-next');
        if (!next) break;
        await next.click();
        await page.waitForLoadState('load');
      }
      assert.deepEqual(walked, reachable().map((s) => s.id));
      await page.click('#course-home');
      await page.waitForSelector('#course-list li');
      assert.match(await page.textContent('#course-progress'), new RegExp(`visited ${walked.length} of the ${walked.length} steps`));
      assert.equal(await page.$$eval('#course-list .course-mark', (m) => m.length), walked.length);
      await page.click('#course-clear');
      assert.match(await page.textContent('#course-progress'), /visited 0 of/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('every lesson ends with a question; a wrong answer says so, the right one (by keyboard) explains and is remembered', async () => {
      const context = await browser.newContext();
      const lessons = LESSONS.filter((l) => l.closing);
      // The two modes that are the playground's own page (play, digits: a tool,
      // not a step of the course) and the Course view end with no question.
      assert.deepEqual(LESSONS.filter((l) => !l.closing).map((l) => l.id), ['play', 'digits', 'course'], 'all but the playground, Digits and the Course view');
      for (const l of lessons) {
        const { page, errors } = await openPage(context, `${base()}?mode=${l.id}`);
        await page.waitForSelector('#lesson-question');
        assert.equal(await page.textContent('#lesson-question legend'), l.closing.question.ask);
        assert.ok(await page.$$eval('.try-list li', (li) => li.length) >= 2, `${l.id}: a "Try this" list`);
        const wrong = l.closing.question.answer === 0 ? 1 : 0;
        await page.check(`#lesson-question input[value="${wrong}"]`);
        await page.click('#lesson-question button[type="submit"]');
        assert.match(await page.textContent('.question-feedback'), /^Not quite/);
        // The right one from the keyboard: focus its radio, Space, then Enter submits.
        await page.focus(`#lesson-question input[value="${l.closing.question.answer}"]`);
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        assert.equal(await page.textContent('.question-feedback'), `Right. ${l.closing.question.why}`);
        assert.deepEqual(errors, []);
        await page.close();
      }
      const { page } = await openPage(context, `${base()}?mode=course`);
      await page.waitForSelector('#course-list li');
      const marked = await page.$$eval('#course-list li', (lis) => lis.filter((li) => /question answered/.test(li.textContent)).map((li) => li.dataset.step));
      assert.deepEqual(marked, STEPS.filter((s) => lessons.some((l) => l.id === s.mode)).map((s) => s.id));
      await context.close();
    });

    test('an embedded lesson has its question but not the course bar', async () => {
      const url = where === 'served' ? `${server.url}embed.html?mode=softmax` : `${EMBED_FILE}?mode=softmax`;
      const { page, errors } = await openPage(browser, url);
      await page.waitForSelector('#lesson-question');
      assert.equal(await page.$('#course-nav'), null);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
