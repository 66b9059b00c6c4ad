// axe.test.js — axe-core finds no accessibility violations on any page: the
// playground (after a run, with "More" open), embed.html with and without a
// caption, and every lesson after it has shown its work; served and from
// file://. How axe gets into a page under its CSP: checks.js axeViolations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, FILE_URL } from './helpers.js';
import { openWatched, axeViolations } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');

// What each page does before it is checked, so its dynamic parts are there too.
const PAGES = [
  ['the playground', '', async (page) => {
    await page.click('#play');
    await page.waitForFunction(() => window.downhill.app.epoch >= 5);
    await page.click('#play');
    await page.waitForFunction(() => !window.downhill.app.playing);
    await page.click('#more summary');
  }],
  ['embed.html', 'embed', async (page) => {
    await page.click('#play');
    await page.waitForFunction(() => window.downhill.app.epoch >= 3);
  }],
  ['embed.html with a caption', 'embed?caption=Try%20a%20learning%20rate%20of%201', null],
  ['the linear-boundaries lesson', '?mode=boundary', async (page) => {
    await page.waitForFunction(() => /through 60 students/.test(document.getElementById('bd-space-summary')?.textContent || ''));
    await page.fill('#cmp-bdB', 'x');
    await page.press('#cmp-bdB', 'Enter');
  }],
  ['the perceptron lesson', '?mode=perceptron', async (page) => {
    await page.click('#pc-step');
    await page.waitForSelector('#pc-work table');
  }],
  ['the logic-gates lesson', '?mode=gates', null],
  ['the discrete-vs-continuous lesson', '?mode=sigmoid', async (page) => {
    await page.waitForSelector('#sg-quiz-table');
    await page.fill('#sg-scale', '11');
    await page.press('#sg-scale', 'Enter');
  }],
  ['the softmax lesson', '?mode=softmax', async (page) => {
    await page.waitForSelector('#sm-terms tbody tr');
    await page.fill('#sm-p1', '2');
    await page.press('#sm-p1', 'Enter');
  }],
  ['the backpropagation lesson', '?mode=backprop', async (page) => {
    await page.waitForSelector('#bp-stage-0');
    await page.click('#bp-all');
  }],
  ['the gradient-descent lesson', '?mode=gradient', async (page) => {
    await page.waitForSelector('#gd-errors svg');
    await page.click('#gd-step');
    await page.click('#gd-epoch');
    await page.waitForSelector('#gd-epoch-table');
  }],
  ['the hill lesson', '?mode=hill', null],
  ['the batch lesson', '?mode=batch', lessonRun],
  ['the underfitting-and-overfitting lesson', '?mode=complexity&cxEpochs=40', async (page) => {
    await page.click('.cmp-run');
    await page.waitForFunction(() => /per layer \(best\)/.test(document.getElementById('cx-boundary-text')?.textContent || ''), null, { timeout: 30000 });
  }],
  ['the overfitting lesson', '?mode=overfit', lessonRun],
  ['the vanishing-gradient lesson', '?mode=vanishing', lessonRun],
  ['the learning-rate lesson', '?mode=learning-rate&lrAlpha=0.8', async (page) => {
    await page.waitForSelector('#lr-case-large .lr-case-verdict');
    await page.click('#lr-all');
    await page.click('.lr-net .cmp-run');
    await page.waitForFunction(() => /epoch/.test(document.querySelector('.lr-net .cmp-status').textContent), null, { timeout: 30000 });
  }],
  ['the logic-gates lesson with a refused weight', '?mode=gates&gtGate=or', async (page) => {
    await page.waitForSelector('#gt-table');
    await page.fill('#gt-b', '40');
  }],
  ['the hill lesson with a bouncing run', '?mode=hill&hillLand=ravine&hillLr=0.1', async (page) => {
    await page.waitForSelector('.hill[data-state="done"]');
  }],
  ['the course view', '?mode=course', null],
  // Digits trains the playground's run: after an epoch, a unit and a cell chosen.
  ['the Digits mode', '?mode=digits', async (page) => {
    await page.waitForFunction(() => window.downhill.app.info?.digits && window.downhill.app.sizes, null, { timeout: 60000 });
    await page.click('#step-epoch');
    await page.waitForFunction(() => document.getElementById('epoch').textContent === '1', null, { timeout: 60000 });
    await page.click('#digit-weights button');
    await page.waitForSelector('#digit-unit .digit-thumb');
    await page.click('#confusion tbody td');
    await page.waitForSelector('#digits-cell .digit-thumb');
  }],
  ['a course step with its question answered', '?mode=gates&step=logic', async (page) => {
    await page.check('#lesson-question input[value="3"]');
    await page.click('#lesson-question button[type="submit"]');
    await page.waitForFunction(() => /^Right\./.test(document.querySelector('.question-feedback').textContent));
  }],
];

async function lessonRun(page) {
  await page.waitForSelector('.cmp-run');
  await page.click('.cmp-run');
  await page.waitForFunction(() => /epoch|finished|after/i.test(document.querySelector('.cmp-status')?.textContent || ''), null, { timeout: 30000 });
}

const address = (where, path) => {
  const embed = path.startsWith('embed');
  const query = embed ? path.slice('embed'.length) : path;
  if (where === 'served') return `${server.url}${embed ? 'embed.html' : ''}${query}`;
  return `${embed ? EMBED_FILE : FILE_URL}${query}`;
};

for (const where of ['served', 'file://']) {
  for (const [name, path, act] of PAGES) {
    test(`${where}: axe finds no violations on ${name}`, async () => {
      const { page, errors } = await openWatched(browser, address(where, path), { width: 1280, height: 900 });
      if (path.includes('mode=') && !path.includes('mode=digits')) await page.waitForSelector('#lesson:not([hidden]) > *');
      if (act) await act(page);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
