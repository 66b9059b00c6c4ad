// The "Perceptron trick" lesson on the real page and engine, served and from
// disk: the lesson's worked example, the ten steps for (1, 1), Step after
// convergence, Run on a separable set, the keyboard, bad input and the URL.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const MINUS = '\u2212';
const text = (page, sel) => page.textContent(sel).then((t) => t.trim());

/** Open the lesson and wait until its points are loaded and classified. */
async function openLesson(base, query) {
  const { page, errors } = await openPage(browser, `${base}${base.includes('?') ? '&' : '?'}mode=perceptron&${query}`);
  await page.waitForFunction(() => / of [1-9]/.test(document.getElementById('pc-wrong')?.textContent || ''));
  return { page, errors };
}

/** Click Step and wait until the counter moves or a message says why not. */
async function step(page) {
  const before = Number(await text(page, '#pc-steps'));
  const msgBefore = await text(page, '#pc-message');
  await page.click('#pc-step');
  await page.waitForFunction(([n, m]) => Number(document.getElementById('pc-steps').textContent) !== n
    || (document.getElementById('pc-message').textContent !== m && document.getElementById('pc-message').textContent !== ''),
  [before, msgBefore]);
  return { steps: Number(await text(page, '#pc-steps')), message: await text(page, '#pc-message') };
}

async function noNaN(page) {
  const t = await page.evaluate(() => document.getElementById('lesson').innerText);
  assert.doesNotMatch(t, /NaN|Infinity|undefined/);
}

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`perceptron lesson (${where})`, () => {
    test('"Lesson example": one Step turns 3x1 + 4x2 − 10 = 0 into 2.6x1 + 3.5x2 − 10.1 = 0', async () => {
      const { page, errors } = await openLesson(base(), 'pcPreset=lesson');
      assert.equal(await page.inputValue('#pc-preset'), 'lesson');
      assert.equal(await text(page, '#pc-equation'), `Line: 3x1 + 4x2 ${MINUS} 10 = 0`);
      assert.equal(await text(page, '#pc-wrong'), '1 of 1');
      const r = await step(page);
      assert.equal(r.steps, 1);
      const rows = await page.$$eval('#pc-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
      assert.deepEqual(rows[0], ['line', '3', '4', `${MINUS}10`]);
      assert.deepEqual(rows[1], ['minus 0.1·(4, 5, 1)', `${MINUS}0.4`, `${MINUS}0.5`, `${MINUS}0.1`]);
      assert.deepEqual(rows[2], ['new line', '2.6', '3.5', `${MINUS}10.1`]);
      assert.match(await text(page, '#pc-new-eq'), /3 − 0\.4 = 2\.6,\s+4 − 0\.5 = 3\.5,\s+−10 − 0\.1 = −10\.1/);
      assert.equal(await text(page, '#pc-equation'), `Line: 2.6x1 + 3.5x2 ${MINUS} 10.1 = 0`);
      assert.match(await text(page, '#pc-work'), /predicts 1/);
      await noNaN(page);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the arithmetic as the course writes it: no float residue, one sign per term', async () => {
      const { page, errors } = await openLesson(base(), 'pcPreset=lesson');
      await step(page);
      await step(page);
      // 2.6 − 0.4 is 2.1999998 in float32; the course writes 2.2.
      assert.match(await text(page, '#pc-new-eq'), /2\.6 − 0\.4 = 2\.2,\s+3\.5 − 0\.5 = 3,\s+−10\.1 − 0\.1 = −10\.2/);
      assert.equal(await text(page, '#pc-equation'), `Line: 2.2x1 + 3x2 ${MINUS} 10.2 = 0`);
      assert.match(await text(page, '.pc-why'), /^Point \(4, 5\), label 0: 2\.6·4 \+ 3\.5·5 − 10\.1 = 17\.8 ≥ 0/);
      await page.close();
      // XOR's points and a line that crosses zero: negative weights, zero
      // inputs, many steps. No residue (a run of five decimals) and never two
      // signs together.
      const x = await openLesson(base(), 'pcPreset=xor');
      for (let i = 0; i < 12; i++) {
        await step(x.page);
        const t = await text(x.page, '#pc-work') + await text(x.page, '#pc-equation');
        assert.doesNotMatch(t, /\d\.\d{5,}/, `step ${i + 1}: ${t}`);
        assert.doesNotMatch(t, /[−+-]\s*[−-]|[−-]\s*\+/, `step ${i + 1}: ${t}`);
      }
      assert.deepEqual([...errors, ...x.errors], []);
      await x.page.close();
    });

    test('"Ten steps": (1, 1) is classified after exactly 10 steps; another Step changes nothing', async () => {
      const { page, errors } = await openLesson(base(), 'pcPreset=ten');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      let r;
      for (let i = 0; i < 20; i++) {
        r = await step(page);
        if (/Converged/.test(r.message)) break;
      }
      assert.equal(r.steps, 10);
      assert.match(r.message, /after 10 steps/);
      assert.equal(await text(page, '#pc-wrong'), '0 of 1');
      const line = await text(page, '#pc-equation');
      assert.equal(line, `Line: 4x1 + 5x2 ${MINUS} 9 = 0`);
      // Step on a converged set: a message, and nothing moves.
      r = await step(page);
      assert.match(r.message, /nothing to move/);
      assert.equal(r.steps, 10);
      assert.equal(await text(page, '#pc-equation'), line);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('keyboard: Tab reaches Step and Enter applies it', async () => {
      const { page, errors } = await openLesson(base(), 'pcPreset=lesson');
      await page.focus('#pc-preset');
      for (let i = 0; i < 5 && await page.evaluate(() => document.activeElement.id) !== 'pc-step'; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'pc-step');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('pc-steps').textContent === '1');
      assert.match(await text(page, '#pc-equation'), /2\.6x1 \+ 3\.5x2 − 10\.1 = 0/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    if (where === 'served') {
      test('Run converges on the two clouds; settings come from and go to the URL; bad input is refused', async () => {
        const { page, errors } = await openLesson(base(), 'pcPreset=gauss&pcLr=0.2');
        await page.emulateMedia({ reducedMotion: 'reduce' });
        assert.equal(await page.inputValue('#pc-preset'), 'gauss');
        assert.equal(await page.inputValue('#pc-lr'), '0.2');
        await page.click('#pc-run');
        assert.equal(await page.getAttribute('#pc-run', 'aria-pressed'), 'true');
        await page.waitForFunction(() => /Converged/.test(document.getElementById('pc-message').textContent), null, { timeout: 60000 });
        assert.equal(await page.getAttribute('#pc-run', 'aria-pressed'), 'false');
        assert.match(await text(page, '#pc-wrong'), /^0 of 20$/);
        // One sign per term: never "− −0.17", "·−1.7" or "−−0.17" in the arithmetic
        // (this run's last step has x2 = −0.8: "− 0.84·0.8", "0.84 + 0.16").
        const work = await text(page, '#pc-work');
        assert.doesNotMatch(work, /[−+] −|·−|−−/, work);
        // A bad learning rate is refused with a message and the old one kept.
        await page.click('summary');
        await page.fill('#pc-lr', 'fast');
        await page.press('#pc-lr', 'Tab');
        assert.equal(await page.getAttribute('#pc-lr', 'aria-invalid'), 'true');
        assert.match(await text(page, '#pc-input-msg'), /from 0\.0001 to 10 \(kept 0\.2\)/);
        await page.fill('#pc-lr', '0.5');
        await page.press('#pc-lr', 'Tab');
        assert.equal(await page.getAttribute('#pc-lr', 'aria-invalid'), null);
        assert.match(await page.evaluate(() => location.search), /pcLr=0\.5/);
        // A bad starting line is refused; a good one resets the steps.
        await page.fill('#pc-w1', '1e999');
        await page.press('#pc-w1', 'Tab');
        assert.equal(await page.getAttribute('#pc-w1', 'aria-invalid'), 'true');
        assert.match(await text(page, '#pc-input-msg'), /not changed/);
        await page.fill('#pc-w1', '-2');
        await page.press('#pc-w1', 'Tab');
        await page.waitForFunction(() => document.getElementById('pc-steps').textContent === '0');
        assert.match(await text(page, '#pc-equation'), /^Line: −2x1 − x2 \+ 0\.5 = 0$/);
        // Choosing a preset goes into the URL.
        await page.selectOption('#pc-preset', 'xor');
        await page.waitForFunction(() => /of 4$/.test(document.getElementById('pc-wrong').textContent));
        assert.match(await page.evaluate(() => location.search), /pcPreset=xor/);
        await noNaN(page);
        assert.deepEqual(errors, []);
        await page.close();
      });

      test('a bad preset or learning rate in the link falls back to the defaults', async () => {
        const { page, errors } = await openLesson(base(), 'pcPreset=%3Cb%3E&pcLr=-3');
        assert.equal(await page.inputValue('#pc-preset'), 'lesson');
        assert.equal(await page.inputValue('#pc-lr'), '0.1');
        assert.match(await page.textContent('#notice'), /pcPreset=<b>/);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
}
