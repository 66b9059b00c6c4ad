// bad-url.test.js — links with garbage in every kind of parameter: each is
// named in the notice (clipped when huge), the defaults are used, nothing in
// it runs as code, and the page then trains with no NaN on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './helpers.js';
import { openWatched, noInjection, trains, XSS } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const enc = encodeURIComponent;
const notice = (page) => page.evaluate(() => {
  const n = document.getElementById('notice');
  return n.hidden ? '' : n.textContent;
});

// [name, query, what the notice must say, then a check of the state]
const CASES = [
  ['text for a number', 'lr=fast', /lr=fast/, (s) => assert.equal(s.lr, 0.03)],
  ['1e309 (infinite)', 'lr=1e309', /lr=1e309/, (s) => assert.equal(s.lr, 0.03)],
  ['negative rate', 'lr=-0.5', /lr=-0\.5/, (s) => assert.equal(s.lr, 0.03)],
  ['NaN batch', 'batch=NaN', /batch=NaN/, (s) => assert.equal(s.batch, 10)],
  ['fractional batch', 'batch=2.5', /batch=2\.5/, (s) => assert.equal(s.batch, 10)],
  ['huge integer', 'count=1e6&seed=99999999999999999999', /count=1e6.*seed=9{20}/, (s) => assert.equal(s.count, 400)],
  ['duplicated key', 'lr=0.1&lr=0.2', /lr=0\.2/, (s) => assert.equal(s.lr, 0.1)],
  ['unknown keys', 'foo=bar&__proto__=1&constructor=x', /foo=bar.*__proto__=1.*constructor=x/, (s) => assert.equal(s.foo, undefined)],
  ['unknown dataset', 'dataset=mnist', /dataset=mnist/, (s) => assert.equal(s.dataset, 'xor')],
  ['too many layers (the engine takes 8)', 'hidden=8,8,8,8,8,8,8,8,8&activation=swish', /hidden=8,8,8,8,8,8,8,8,8.*activation=swish/, (s) => assert.deepEqual(s.hidden, [8, 8])],
  ['broken percent-encoding', 'mode=%E0%A4%A&noise=%zz', /mode=%E0%A4%A.*noise=%zz/, (s) => assert.equal(s.mode, 'play')],
  ['unknown control names', 'show=play,telemetry&lock=lr,everything', /show=play,telemetry.*lock=lr,everything/, (s) => assert.deepEqual([s.show, s.lock], [[], []])],
  // (in the fragment: the test server, like many, refuses a megabyte of query)
  ['a caption of a million characters', `#caption=${'a'.repeat(1e6)}`, /caption=a{10,}…/, (s) => assert.equal(s.caption, '')],
  ['a flag that is not a flag', 'autoplay=yes&showTest=2', /autoplay=yes.*showTest=2/, (s) => assert.equal(s.autoplay, false)],
  ['empty and bare keys', 'lr=&&batch&=5', /lr=.*batch=/, (s) => assert.equal(s.lr, 0.03)],
];

for (const [name, query, expected, check] of CASES) {
  test(`bad link: ${name}`, async () => {
    const { page, errors } = await openWatched(browser, `${server.url}${query.startsWith('#') ? '' : '?'}${query}`);
    const text = await notice(page);
    assert.match(text, /^Some settings in the link were not used \(defaults kept\): /);
    assert.match(text, expected);
    assert.ok(text.length < 2000, `the notice stays short (${text.length} characters)`);
    check(await page.evaluate(() => window.downhill.state));
    await trains(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('script fragments in every parameter stay text and never run', async () => {
  const keys = ['dataset', 'lr', 'batch', 'hidden', 'mode', 'show', 'lock', 'optimizer', 'chart', 'autoplay'];
  for (const payload of XSS) {
    const query = [...keys.map((k) => `${k}=${enc(payload)}`), `${enc(payload)}=1`].join('&');
    const { page, errors } = await openWatched(browser, `${server.url}?${query}`);
    const text = await notice(page);
    for (const k of keys) assert.ok(text.includes(`${k}=${payload}`.slice(0, 60)), `${k} reported as typed: ${payload}`);
    await noInjection(page);
    await trains(page);
    await noInjection(page);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a caption with markup is shown as text, escaped, on the page and in the embed', async () => {
  for (const path of ['', 'embed.html']) {
    for (const payload of XSS) {
      const { page, errors } = await openWatched(browser, `${server.url}${path}?caption=${enc(payload)}`);
      assert.equal(await page.textContent('#caption'), payload);
      assert.equal(await page.evaluate(() => document.getElementById('caption').children.length), 0);
      assert.equal(await notice(page), '');
      await noInjection(page);
      await trains(page);
      assert.deepEqual(errors, []);
      await page.close();
    }
  }
});
