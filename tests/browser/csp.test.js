// csp.test.js — the built pages run under their strict Content-Security-Policy
// (a <meta> tag from scripts/build-web.mjs) served and from disk, with no
// violation while training, in every mode, and with the embed dialog open;
// and the sources have no HTML sinks for text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, FILE_URL, DIST, ROOT } from './helpers.js';
import { openWatched, cspViolations, trains, noInjection } from './checks.js';
import { MODES } from '../../web/state.js';
import { CSP } from '../../scripts/build-web.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the policy is strict and in every built page', () => {
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "default-src 'self'"]) {
    assert.ok(CSP.includes(directive), directive);
  }
  assert.doesNotMatch(CSP, /unsafe-inline|'unsafe-eval'|\*/);
  for (const name of ['index.html', 'embed.html', 'esm/index.html', 'esm/embed.html']) {
    const html = readFileSync(join(DIST, name), 'utf8');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`), `${name} carries the policy`);
    assert.doesNotMatch(html, /\sstyle\s*=/i, `${name}: no style attributes`);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${name}: no inline event handlers`);
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, `${name}: no inline scripts`);
    assert.doesNotMatch(html, /<style/i, `${name}: no style elements`);
  }
});

test('the sources never turn text into HTML', () => {
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) files.push(p);
    }
  };
  walk(join(ROOT, 'web'));
  files.push(join(ROOT, 'wasm', 'downhill.js'));
  for (const f of files) {
    const code = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setAttribute\(\s*['"](style|on\w+|srcdoc)['"]/,
      `${f} has an HTML or code sink`);
  }
});

const pages = (base) => [['index', base], ['embed', base.replace(/index\.html$/, '') + 'embed.html']];

for (const [where, base] of [['served', () => server.url], ['file://', () => FILE_URL]]) {
  test(`${where}: no CSP violation while training, in every mode, and in the embed dialog`, async () => {
    for (const [name, url] of pages(base())) {
      const { page, errors } = await openWatched(browser, url);
      await trains(page);
      if (name === 'index') {
        for (const mode of MODES) {
          await page.click(`#mode-${mode}`);
          await page.waitForFunction((m) => document.body.dataset.mode === m, mode);
          await page.waitForTimeout(800); // let the lesson draw (and its charts build)
        }
        await page.click('#mode-play');
        await page.click('#embed-code');
        await page.fill('#embed-caption', 'Watch the boundary');
        await page.keyboard.press('Escape');
      }
      // Chart.js sizes its canvas through element.style (CSSOM), which the policy allows.
      assert.match(await page.getAttribute('#chart', 'style') ?? '', /height/);
      await trains(page);
      assert.deepEqual(await cspViolations(page), [], `${where} ${name}: violations`);
      assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/i.test(e)), []);
      assert.deepEqual(errors, []);
      await noInjection(page);
      // The policy is really in force: an inline style is refused and reported.
      await page.evaluate(() => document.getElementById('caption').setAttribute('style', 'color: red'));
      await page.waitForFunction(() => window.__csp.length > 0);
      assert.match((await cspViolations(page))[0], /^style-src/);
      await page.close();
    }
  });
}
