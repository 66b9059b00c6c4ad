// locks.test.js — a course link's lock on the data set holds on every path:
// the Upload button is disabled and says why, a CSV dropped on the data panel
// or on the plot and a click on the plot do not replace the teacher's data.
// Served and from disk, the full page and the embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const CSV = 'x,y,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n2,2,a\n3,3,b\n';

async function drop(page, selector) {
  await page.evaluate(({ selector, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'mine.csv', { type: 'text/csv' }));
    const target = document.querySelector(selector);
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { selector, text: CSV });
}

const dataNow = (page) => page.evaluate(() => ({
  dataset: window.downhill.app.info.dataset, n: window.downhill.app.info.n, search: location.search + location.hash,
}));

const EMBED_FILE = FILE_URL.replace(/index\.html$/, 'embed.html');
const PAGES = [
  ['served page', () => `${server.url}?dataset=moons&lock=dataset`],
  ['served embed, every part locked', () => `${server.url}embed.html?dataset=moons&show=play,dataset,points,heatmap,export&lock=play,dataset,points,heatmap,export`],
  ['file:// page', () => `${FILE_URL}?dataset=moons&lock=dataset`],
  ['file:// embed', () => `${EMBED_FILE}?dataset=moons&show=play,dataset,points,heatmap&lock=dataset`],
];

for (const [where, url] of PAGES) {
  test(`${where}: a locked data set is not replaced by an upload, a drop or a click`, async () => {
    const { page, errors } = await openPage(browser, url());
    await page.waitForFunction(() => window.downhill.app.info && window.downhill.app.sizes);
    const before = await dataNow(page);
    assert.equal(before.dataset, 'moons');
    // The Upload button is disabled and says why.
    const upload = await page.$('#custom-data button');
    assert.equal(await upload.isDisabled(), true);
    assert.equal(await upload.getAttribute('title'), 'locked by the teacher');
    // Drops on the data panel and on the plot.
    for (const zone of ['.data-panel', '.heat-wrap']) {
      await drop(page, zone);
      await page.waitForFunction(() => /locked by the teacher/.test(document.querySelector('#custom-data').textContent));
      assert.match(await page.textContent('#custom-data'), /The data set is locked by the teacher: mine\.csv cannot replace it\./);
      assert.equal(await page.isVisible('#csv-chooser'), false);
    }
    // A click on the plot adds no point.
    const box = await page.$('#heatmap');
    const b = await box.boundingBox();
    await page.mouse.click(b.x + b.width * 0.3, b.y + b.height * 0.4);
    await page.waitForTimeout(300);
    assert.deepEqual(await dataNow(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
