#!/usr/bin/env node
// readme-shots.mjs — the README's pictures for teachers, taken from the real
// built page (dist/) in headless Chromium: node scripts/readme-shots.mjs
// Writes docs/screenshots/{embed-frame,embed-phone,embed-dialog}.png, and
// digits.png (the Digits mode after training, a digit drawn on the pad);
// `node scripts/readme-shots.mjs digits` takes that one alone.
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

// The Digits mode at 1440×900: trained until 90 % test accuracy, a 3 drawn
// on the pad, a unit and a confusion cell chosen.
async function digitsShot() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}?mode=digits&autoplay=1`);
  await page.waitForFunction(() => parseFloat(document.getElementById('test-accuracy').textContent) >= 90, null, { timeout: 180000, polling: 250 });
  await page.click('#play');
  await page.waitForTimeout(500);
  const box = await page.locator('#digit-pad').boundingBox();
  const at = (fx, fy, steps = 1) => page.mouse.move(box.x + fx * box.width, box.y + fy * box.height, { steps });
  await at(0.3, 0.2);
  await page.mouse.down();
  for (const [fx, fy] of [[0.6, 0.15], [0.7, 0.3], [0.45, 0.48], [0.72, 0.65], [0.55, 0.85], [0.28, 0.8]]) await at(fx, fy, 8);
  await page.mouse.up();
  await page.click('#digit-weights button:nth-child(3)');
  await page.click('#confusion tbody tr:nth-child(5) td:nth-of-type(10)');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'digits.png') });
  await page.close();
  console.log('docs/screenshots/digits.png');
}

try {
  await digitsShot();
  if (process.argv[2] !== 'digits') await otherShots();
} finally {
  await browser.close();
  await server.close();
}

async function otherShots() {
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
}
