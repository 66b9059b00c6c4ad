#!/usr/bin/env node
// readme-shots.mjs — the README's pictures for teachers, taken from the real
// built page (dist/) in headless Chromium: node scripts/readme-shots.mjs
// Writes docs/screenshots/{embed-frame,embed-phone,embed-dialog}.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: join(ROOT, 'dist'), port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/**
 * @param {string} name
 * @param {string} path
 * @param {{ width: number, height: number, train?: number, after?: (page: import('playwright-core').Page) => Promise<void> }} opts
 */
async function shot(name, path, { width, height, train = 2500, after }) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.downhill && window.downhill.app && window.downhill.app.sizes !== null, null, { timeout: 20000 });
  if (train) {
    await page.click('#play');
    await page.waitForTimeout(train);
    await page.click('#play');
    await page.waitForTimeout(300);
  }
  if (after) await after(page);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}

try {
  const caption = encodeURIComponent('Batch size is locked at 10. Try learning rates from 0.003 to 3: which one learns fastest?');
  await shot('embed-frame', `embed.html?dataset=spiral&hidden=8,8,8&show=play,reset,step,speed,metrics,lr,batch,heatmap,chart&lock=batch&caption=${caption}`,
    { width: 800, height: 640, train: 4000 });
  await shot('embed-phone', 'embed.html?dataset=circle&show=play,reset,metrics,lr,heatmap&caption=Watch%20the%20boundary%20form',
    { width: 360, height: 640 });
  await shot('embed-dialog', '?dataset=moons', {
    width: 1280, height: 900, train: 0,
    after: async (page) => {
      await page.click('#embed-code');
      await page.click('input[aria-label="Lock Batch size"]');
      await page.fill('#embed-caption', 'Find a learning rate that separates the moons');
    },
  });
} finally {
  await browser.close();
  await server.close();
}
