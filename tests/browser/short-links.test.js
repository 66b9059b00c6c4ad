// Links and embed codes carry only the settings that differ from the defaults,
// and still open the exact state: the playground and a lesson, served and
// from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const stateOf = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.downhill.state)));
// The page's own query: in the address bar, or in the fragment where a
// file:// page refuses a changed query.
const linkOf = (page) => page.evaluate(() => (location.search.length > 1 ? location.search : location.hash).replace(/^[?#]/, ''));
const keysOf = (query) => [...new URLSearchParams(query).keys()];

async function snippetSrc(page) {
  await page.click('#embed-code');
  const code = await page.inputValue('#embed-snippet');
  await page.keyboard.press('Escape');
  return { code, src: code.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&') };
}

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  const embedBase = () => base().replace(/index\.html$/, '') + 'embed.html';

  test(`${where}: the playground's link says only what changed, and reopens the same state`, async () => {
    const { page, errors } = await openPage(browser, `${base()}?dataset=circle&hidden=4,2&lr=0.1`);
    await page.click('#more > summary');
    await page.selectOption('#optimizer', 'adam');
    await page.waitForFunction(() => /optimizer=adam/.test(location.search + location.hash));
    const link = await linkOf(page);
    assert.deepEqual(keysOf(link).sort(), ['dataset', 'hidden', 'lr', 'optimizer'], link);
    const state = await stateOf(page);
    const again = await openPage(browser, `${base()}?${link}`);
    assert.deepEqual(await stateOf(again.page), state);
    assert.deepEqual([...errors, ...again.errors], []);
    await again.page.close();
    await page.close();
  });

  test(`${where}: a lesson's embed code is a few parameters and opens the lesson's exact state`, async () => {
    const { page, errors } = await openPage(browser, `${base()}?mode=hill&hillLand=ravine&hillSteps=50`);
    const { code, src } = await snippetSrc(page);
    const query = new URL(src).search.slice(1);
    assert.deepEqual(keysOf(query), ['mode', 'hillLand', 'hillSteps'], query);
    assert.ok(code.length < 300, `the whole snippet is ${code.length} characters`);
    const state = await stateOf(page);
    const embed = await openPage(browser, `${embedBase()}?${query}`, { width: 800, height: 640 });
    assert.deepEqual(await stateOf(embed.page), state);
    assert.deepEqual([...errors, ...embed.errors], []);
    await embed.page.close();
    await page.close();
  });

  test(`${where}: the playground at its defaults links with no settings at all`, async () => {
    const { page, errors } = await openPage(browser, `${base()}?mode=hill`);
    await page.click('#mode-play');
    await page.waitForFunction(() => document.body.dataset.mode === 'play');
    assert.equal(await linkOf(page), '');
    const { src } = await snippetSrc(page);
    assert.equal(new URL(src).search, '');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
