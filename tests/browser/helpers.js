// helpers.js — shared set-up for the browser suites: Debian's Chromium through
// playwright-core, dist/ served by scripts/serve.mjs on a free port, and a page
// that records console errors.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');
export const FILE_URL = pathToFileURL(join(DIST, 'index.html')).href;
/** The page at `base` (the server's URL or FILE_URL) with the query `q`. */
export const withQuery = (base, q) => (base.endsWith('index.html') ? `${base}?${q}` : `${base}index.html?${q}`);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launch() {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'app.js'))) {
    throw new Error('dist/ is not built: run npm run build (or node scripts/build-web.mjs) first');
  }
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function serve() {
  return startServer({ root: DIST, port: 0 });
}

/** A new page that collects console errors and uncaught exceptions. */
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await waitForEngine(page);
  return { page, errors };
}

/** Until the worker has loaded the engine and drawn the first model frame. */
export async function waitForEngine(page) {
  await page.waitForFunction(() => /WebAssembly/.test(document.getElementById('engine').textContent)
    && window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 15000 });
}

export async function metrics(page) {
  return page.evaluate(() => {
    const t = (id) => document.getElementById(id).textContent;
    const pct = (s) => (s.endsWith('%') ? Number(s.slice(0, -1)) : NaN);
    return {
      epoch: Number(t('epoch').replace(/,/g, '')),
      trainLoss: t('train-loss'), testLoss: t('test-loss'),
      trainAcc: pct(t('train-accuracy')), testAcc: pct(t('test-accuracy')),
      status: t('status'),
    };
  });
}

export function resultsDir() {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}
