// checks.js — what the embed, accessibility, security and bad-input suites
// share: a page that records CSP violations and injected-script flags from its
// first moment, and "the page still trains, with no NaN on screen".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { waitForEngine } from './helpers.js';

/** Payloads that must stay text: each would set window.__xss if it ran. */
export const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  "'><svg onload=window.__xss=3>",
  'javascript:window.__xss=4',
];

/** Open url in a new page that records errors, CSP violations and __xss. */
export async function openWatched(browser, url, { width = 1280, height = 900, wait = true, reducedMotion } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(url);
  if (wait) await waitForEngine(page);
  return { page, errors };
}

export async function noNaN(page) {
  // The notice, caption and field message repeat what was typed (maybe "NaN").
  const text = await page.evaluate(() => {
    let t = document.body.innerText;
    for (const id of ['notice', 'caption', 'field-msg']) {
      const n = document.getElementById(id);
      if (n && n.innerText) t = t.replace(n.innerText, '');
    }
    return t;
  });
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, 'no NaN, Infinity or undefined on screen');
}

/** Nothing injected ran or became markup: no flag, no new img/script/iframe. */
export async function noInjection(page) {
  const r = await page.evaluate(() => ({
    flag: window.__xss,
    imgs: document.querySelectorAll('img').length,
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
    frames: document.querySelectorAll('iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
  assert.equal(r.flag, undefined, 'no payload ran');
  assert.equal(r.imgs, 0, 'no <img> was created');
  // The Digits mode adds its pack (dist/digits.js) when it opens: one of the page's own files too.
  assert.deepEqual(r.scripts.filter((s) => s !== 'digits.js'), ['vendor/chart.umd.js', 'app.js'], 'only the page\'s own scripts');
  assert.equal(r.frames, 0);
  assert.equal(r.handlers, 0, 'no inline event-handler attributes');
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp);
}

/** Play trains (the epoch moves on, status running), then pause. */
export async function trains(page) {
  const before = await page.evaluate(() => window.downhill.app.epoch);
  if (!(await page.evaluate(() => window.downhill.app.playing))) await page.click('#play');
  await page.waitForFunction((e0) => window.downhill.app.epoch >= e0 + 2
    && document.getElementById('train-loss').textContent !== '—', before, { timeout: 20000 });
  assert.equal(await page.textContent('#status'), 'running');
  await noNaN(page);
  await page.click('#play');
  // Wait for the worker's paused frame: a frame it sent before the pause still
  // says "running", and a next call would otherwise take it for training.
  await page.waitForFunction(() => !window.downhill.app.playing
    && document.getElementById('status').textContent !== 'running');
}

// axe-core (npm devDependency), evaluated into the page. The pages' CSP
// refuses inline scripts, so page.addScriptTag({ content }) is blocked; code
// evaluated through the DevTools protocol (page.evaluate) is not subject to
// the page's CSP, so axe runs on the real page, served and from file://, with
// its CSP in force (no bypassCSP context needed). Its preload (fetching the
// stylesheets again, for one rule on orientation locks) is off: from file://
// that fetch is refused and would show as the page's console error.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now: ["rule (impact): target, …"].
 *  Fails if axe checked almost nothing (a guard against a run that saw no page). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(async () => {
    const r = await window.axe.run(document, { preload: false });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    };
  });
  assert.ok(passes >= 15, `axe checked the page (${passes} rules passed)`);
  return violations;
}
