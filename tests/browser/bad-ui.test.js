// bad-ui.test.js — garbage typed into the settings: a message under the field
// says exactly what was wrong and what was kept (or, for a number out of
// range, what it was set to), training goes on, and no NaN reaches the screen.
// (Stepping with no data is not covered: this branch has no no-data state.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './helpers.js';
import { openWatched, noNaN, noInjection, XSS } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

async function type(page, id, text) {
  // A field under the closed "More" section: open it, as a user would.
  if (await page.evaluate((k) => !!document.getElementById(k).closest('details:not([open])'), id)) await page.click('#more > summary');
  const isNumber = await page.getAttribute(`#${id}`, 'type') === 'number';
  if (isNumber) {
    await page.fill(`#${id}`, '');
    await page.focus(`#${id}`);
    await page.keyboard.type(text);
  } else {
    await page.fill(`#${id}`, text);
  }
  await page.press(`#${id}`, 'Enter');
}

async function keepsTraining(page) {
  const e0 = await page.evaluate(() => window.downhill.app.epoch);
  await page.waitForFunction((e) => window.downhill.app.epoch >= e + 2, e0, { timeout: 20000 });
  assert.equal(await page.textContent('#status'), 'running');
  await noNaN(page);
}

// [query, field, typed, message, the state value after, what the box shows]
const CASES = [
  ['', 'lr', 'abc', 'Learning rate “abc” is not a number: type a number from 1e-5 to 10. Kept 0.03.', 0.03, '0.03'],
  ['', 'lr', '', 'Learning rate needs a value: type a number from 1e-5 to 10. Kept 0.03.', 0.03, '0.03'],
  ['', 'batch', '1e309', 'Batch size: 1e309 is above the largest allowed value, so it is set to 100000.', 100000, '100000'],
  ['', 'lr', '-1', 'Learning rate: -1 is below the smallest allowed value, so it is set to 1e-5.', 1e-5, '1e-5'],
  ['', 'lr', '0.1.2', 'Learning rate “0.1.2” is not a number: type a number from 1e-5 to 10. Kept 0.03.', 0.03, '0.03'],
  ['', 'batch', '2.5', 'Batch size 2.5 is not a whole number: type a whole number from 1 to 100000. Kept 10.', 10, '10'],
  ['', 'batch', 'ten', 'Batch size “ten” is not a number: type a whole number from 1 to 100000. Kept 10.', 10, '10'],
  ['', 'batch', '0', 'Batch size: 0 is below the smallest allowed value, so it is set to 1.', 1, '1'],
  ['?optimizer=adam', 'eps', 'tiny', 'ε “tiny” is not a number: type a number from 1e-12 to 1. Kept 1e-8.', null, '1e-8'], // null: Adam's own ε, as the engine reports it
  ['?reg=l2', 'regRate', 'NaN', 'Rate λ “NaN” is not a number: type a number from 0 to 1. Kept 0.001.', 0.001, '0.001'],
  ['?reg=l2', 'regRate', '1e999', 'Rate λ: 1e999 is above the largest allowed value, so it is set to 1.', 1, '1'],
  ['', 'dropout', '-0.5', 'Dropout: -0.5 is below the smallest allowed value, so it is set to 0.', 0, '0'],
  ['', 'dropout', '1e', 'Dropout needs a value: type a number from 0 to 0.95. Kept 0.', 0, '0'],
  ['', 'lr', XSS[0], `Learning rate “${XSS[0].slice(0, 21)}…” is not a number: type a number from 1e-5 to 10. Kept 0.03.`, 0.03, '0.03'],
];

for (const [query, id, typed, message, value, shown] of CASES) {
  test(`typed ${id} = ${JSON.stringify(typed)}`, async () => {
    const { page, errors } = await openWatched(browser, `${server.url}${query}`);
    await page.click('#play');
    await type(page, id, typed);
    assert.equal(await page.textContent('#field-msg'), message);
    assert.equal(await page.isVisible('#field-msg'), true);
    assert.equal(await page.evaluate((k) => window.downhill.state[k], id), value);
    assert.equal(await page.inputValue(`#${id}`), shown);
    await keepsTraining(page);
    await noInjection(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a valid value after a bad one clears the message and marks', async () => {
  const { page } = await openWatched(browser, server.url);
  await type(page, 'lr', 'oops');
  assert.equal(await page.getAttribute('#lr', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#lr', 'aria-describedby'), 'field-msg');
  await type(page, 'lr', '0.1');
  assert.equal(await page.isVisible('#field-msg'), false);
  assert.equal(await page.getAttribute('#lr', 'aria-invalid'), null);
  assert.equal(await page.evaluate(() => window.downhill.state.lr), 0.1);
  await page.close();
});

test('typing 1e9 as the learning rate on the spiral: set to 10, diverges, says why, no NaN', async () => {
  const { page, errors } = await openWatched(browser, `${server.url}?dataset=spiral`);
  await page.click('#play');
  await type(page, 'lr', '1e9');
  assert.match(await page.textContent('#field-msg'), /1e9 is above the largest allowed value, so it is set to 10/);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'diverged', null, { timeout: 20000 });
  assert.match(await page.textContent('#hint'), /diverged.*Learning rate too large\? Lower it, then press Reset/);
  await noNaN(page);
  await type(page, 'lr', '0.03');
  await page.click('#reset');
  await page.click('#play');
  await keepsTraining(page);
  assert.deepEqual(errors, []);
  await page.close();
});
