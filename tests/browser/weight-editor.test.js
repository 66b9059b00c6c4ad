// weight-editor.test.js — typing a connection's weight in the network
// diagram, served and from file://: by keyboard (the connections' one tab
// stop, arrow keys, Enter) and by clicking a link; Enter applies and the
// boundary changes (the model's outputs and the plot's pixels), Escape leaves
// the weight as it was, and "abc", 1e9 and an empty field are refused with
// their messages, the weight unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, FILE_URL, withQuery } from './helpers.js';
import { openWatched, axeViolations } from './checks.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const WHERE = [['served', () => server.url], ['file://', () => FILE_URL]];

/** The model as the worker has it: its weights, a 16² grid of its outputs,
 *  and a digest of the plot's pixels. */
const readModel = (page) => page.evaluate(async () => {
  const snap = await window.downhill.playRpc('snapshot', {});
  const grid = await window.downhill.playRpc('grid', { size: 16 });
  const c = /** @type {HTMLCanvasElement} */ (document.getElementById('heatmap'));
  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let h = 0;
  for (let i = 0; i < px.length; i += 4) h = (h * 31 + px[i] + 7 * px[i + 1] + 13 * px[i + 2]) % 1000000007;
  return { w: Array.from(snap.layers[0].w), b: Array.from(snap.layers[0].b), grid, pixels: h };
});

// Until the worker's weights (and the plot drawn from them) show w[index] = v.
async function waitForWeight(page, index, v) {
  await page.waitForFunction(async ([i, want]) => {
    const snap = await window.downhill.playRpc('snapshot', {});
    return snap.layers[0].w[i] === want;
  }, [index, v]);
  await page.waitForTimeout(250); // the frame it sent is drawn at the next animation frame
}

const fieldState = (page) => page.evaluate(() => ({
  open: !document.querySelector('.weight-editor').hidden,
  title: document.querySelector('.weight-title').textContent,
  value: /** @type {HTMLInputElement} */ (document.getElementById('weight-input')).value,
  message: document.getElementById('weight-msg').textContent,
  focused: document.activeElement?.id || document.activeElement?.className || '',
}));

for (const [where, url] of WHERE) {
  test(`${where}: a typed weight changes the boundary; Escape and bad values leave it`, async () => {
    const { page, errors } = await openWatched(browser, withQuery(url(), 'dataset=gauss&model=logistic'));
    await page.waitForFunction(() => window.downhill?.app?.sizes?.length === 2 && !document.querySelector('.net-link-focus').hidden);
    const start = await readModel(page);

    // Keyboard: the connections' tab stop, the first connection, Enter.
    await page.focus('.net-link-focus');
    assert.match(await page.$eval('.net-link-focus', (e) => e.getAttribute('aria-label')), /^Connection x1 → P\(class 1\), weight [+-]\d/);
    await page.keyboard.press('Enter');
    let f = await fieldState(page);
    assert.ok(f.open, 'Enter opens the field');
    assert.equal(f.title, 'Weight x1 → P(class 1)');
    assert.equal(f.focused, 'weight-input');
    assert.ok(Math.abs(Number(f.value) - start.w[0]) < 1e-5, `the field shows the weight ${start.w[0]}: ${f.value}`);
    await page.fill('#weight-input', '-4');
    await page.keyboard.press('Enter');
    await waitForWeight(page, 0, -4);
    const typed = await readModel(page);
    f = await fieldState(page);
    assert.ok(!f.open, 'Enter closes the field');
    assert.equal(f.focused, 'net-link-focus', 'focus goes back to the connection');
    assert.equal(typed.w[1], start.w[1], 'the other weight is as it was');
    assert.notDeepEqual(typed.grid, start.grid, 'the model\'s outputs changed');
    assert.notEqual(typed.pixels, start.pixels, 'the plot was redrawn');

    // Escape: nothing changes.
    await page.keyboard.press('Enter');
    await page.fill('#weight-input', '2.5');
    await page.keyboard.press('Escape');
    f = await fieldState(page);
    assert.ok(!f.open, 'Escape closes the field');
    await page.waitForTimeout(300);
    assert.deepEqual((await readModel(page)).w, typed.w, 'Escape leaves the weight');

    // Bad values: a message in their own terms, the field stays, the weight stays.
    const bad = [
      ['abc', '"abc" is not a number: type a weight such as 0.5 or -1.2.'],
      ['1e9', '1e9 is too large: a weight must lie between -1e6 and 1e6.'],
      ['', 'Type a number for the weight, such as 0.5 or -1.2.'],
    ];
    await page.keyboard.press('Enter');
    for (const [text, message] of bad) {
      await page.fill('#weight-input', text);
      await page.keyboard.press('Enter');
      f = await fieldState(page);
      assert.equal(f.message, message, `typed "${text}"`);
      assert.ok(f.open, `the field stays open after "${text}"`);
      assert.equal(await page.$eval('#weight-input', (e) => e.getAttribute('aria-invalid')), 'true');
    }
    // The open field with its refusal, and the connections' focus box: still no axe violations.
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    const after = await readModel(page);
    assert.deepEqual(after.w, typed.w, 'bad values leave the weights');
    assert.deepEqual(after.grid, typed.grid, 'bad values leave the boundary');

    // The arrow keys reach the second connection; a click on it opens its field.
    await page.focus('.net-link-focus');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.$eval('.net-link-focus', (e) => e.getAttribute('aria-label')), /^Connection x2 → P\(class 1\)/);
    // Away from it, so the click alone opens the field; the focus box stays on the link.
    await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement).blur());
    const box = await page.$eval('.net-link-focus', (e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
    await page.mouse.click(box.x, box.y);
    f = await fieldState(page);
    assert.ok(f.open && f.title === 'Weight x2 → P(class 1)', `a click opens x2's field: ${JSON.stringify(f)}`);
    await page.fill('#weight-input', '0');
    await page.keyboard.press('Enter');
    await waitForWeight(page, 1, 0);
    assert.deepEqual((await readModel(page)).w, [-4, 0]);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
