// modes.test.js — the mode bar: every lesson is reachable from the page and
// from a URL, and the playground comes back as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage } from './helpers.js';
import { MODES } from '../../web/state.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const shown = (page) => page.evaluate(() => ({
  mode: document.body.dataset.mode,
  lesson: !document.getElementById('lesson').hidden,
  playground: !document.getElementById('playground').hidden,
  current: document.querySelector('.mode-btn[aria-current="page"]')?.dataset.mode,
  url: location.search,
}));

test('?mode= opens each lesson, and the mode bar switches between them', async () => {
  for (const mode of MODES) {
    const { page, errors } = await openPage(browser, `${server.url}?mode=${mode}`);
    const s = await shown(page);
    assert.equal(s.mode, mode);
    assert.equal(s.current, mode);
    // Digits trains the playground's run: it shows the playground's section.
    const onRun = mode === 'play' || mode === 'digits';
    assert.equal(s.lesson, !onRun, `lesson section for ${mode}`);
    assert.equal(s.playground, onRun, `playground for ${mode}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  const { page, errors } = await openPage(browser, `${server.url}?mode=hill`);
  await page.click('#mode-play');
  let s = await shown(page);
  assert.equal(s.mode, 'play');
  assert.ok(s.playground && !s.lesson);
  assert.doesNotMatch(s.url, /mode=/, 'the playground is the default mode, which a link leaves out');
  await page.click('#mode-perceptron');
  s = await shown(page);
  assert.equal(s.mode, 'perceptron');
  assert.match(s.url, /mode=perceptron/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown mode in a link falls back to the playground with a notice', async () => {
  const { page } = await openPage(browser, `${server.url}?mode=%3Cscript%3E`);
  const s = await shown(page);
  assert.equal(s.mode, 'play');
  const notice = await page.textContent('#notice');
  assert.match(notice, /mode=<script>/);
  await page.close();
});
