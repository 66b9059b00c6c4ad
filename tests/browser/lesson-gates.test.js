// The "Logic gates & XOR" lesson on the real page and engine, served and from
// disk: AND, OR and NOT classify their truth tables, the perceptron does not
// converge on XOR, and a 2-2-1 network does XOR (set by hand, or trained).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, FILE_URL, resultsDir } from './helpers.js';
import { openReducedPage, recordTexts, recordedTexts } from './lesson-pace.js';
import { join } from 'node:path';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openLesson(base, gate) {
  const { page, errors } = await openPage(browser, `${base}?mode=gates&gtGate=${gate}`);
  return { page, errors };
}

/** The displayed output table of a gate: [{ out, target }] per row. */
async function gateTable(page) {
  await page.waitForSelector('#gt-table');
  return page.$$eval('#gt-table tbody tr', (trs) => trs.map((tr) => ({
    out: tr.querySelector('.gt-out').textContent,
    target: tr.querySelector('.gt-target').textContent,
  })));
}

// The network's status line: { text, epoch, skip: Skip to end shown, busy: Train disabled }.
const netState = (page) => page.evaluate(() => {
  const text = document.getElementById('gt-mlp-status').textContent;
  const m = /^Epoch (\d+) /.exec(text);
  return { text, epoch: m ? Number(m[1]) : NaN, skip: !document.getElementById('gt-skip').hidden, busy: document.getElementById('gt-train').disabled };
});
const trained = (page) => page.waitForFunction(() => /^Epoch 500 /.test(document.getElementById('gt-mlp-status').textContent)
  && !document.getElementById('gt-train').disabled, null, { timeout: 30000 });
// What the trained network shows: its status and every row of its table.
const netNumbers = (page) => page.evaluate(() => [document.getElementById('gt-mlp-status').textContent,
  ...[...document.querySelectorAll('#gt-mlp-table tr')].map((tr) => tr.textContent)]);

const rounded = (page) => page.$$eval('#gt-mlp-table tbody tr', (trs) => trs.map((tr) => tr.querySelector('.gt-round').textContent));

for (const where of ['served', 'file://']) {
  const base = () => (where === 'served' ? server.url : FILE_URL);

  describe(`gates lesson (${where})`, () => {
    test('AND: the student\u2019s own bias, from the keyboard, turns the table into OR; a bad value is refused', async () => {
      const { page, errors } = await openLesson(base(), 'and');
      await gateTable(page);
      assert.equal(await page.inputValue('#gt-b'), '-1.5');
      await page.focus('#gt-b');
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() => /^2 of 4 rows/.test(document.getElementById('gt-summary').textContent));
      assert.deepEqual((await gateTable(page)).map((r) => r.out), ['0', '1', '1', '1']);
      const sums = await page.$$eval('#gt-table tbody tr', (trs) => trs.map((tr) => tr.children[2].textContent));
      assert.deepEqual(sums, ['\u22120.5', '0.5', '0.5', '1.5'], 'the sums carry no float residue');
      assert.equal(await page.textContent('#gt-summary'), '2 of 4 rows classified correctly by x1 + x2 \u2212 0.5 = 0. Not yet AND.');
      assert.equal(await page.textContent('#gt-equation'), 'Line: x1 + x2 \u2212 0.5 = 0');
      // Out of range: said so, the table keeps the last good value.
      await page.fill('#gt-w2', '12');
      assert.equal(await page.textContent('#gt-status'), 'w2 must be a number from \u221210 to 10; the table keeps w2 = 1.');
      assert.equal(await page.getAttribute('#gt-w2', 'aria-invalid'), 'true');
      assert.deepEqual((await gateTable(page)).map((r) => r.out), ['0', '1', '1', '1']);
      // Both weights 0: no line, the same answer everywhere.
      await page.fill('#gt-w1', '0');
      await page.fill('#gt-w2', '0');
      await page.waitForFunction(() => /no line/.test(document.getElementById('gt-summary').textContent));
      assert.deepEqual((await gateTable(page)).map((r) => r.out), ['0', '0', '0', '0']);
      await page.click('#gt-reset');
      await page.waitForFunction(() => /^4 of 4 rows/.test(document.getElementById('gt-summary').textContent));
      assert.equal(await page.inputValue('#gt-w2'), '1');
      assert.equal(await page.getAttribute('#gt-w2', 'aria-invalid'), null);
      // Dragging the line on the plot moves it through the pointer: same
      // weights, b = −(x1 + x2) there. Dragged to (0.25, 0.25): b = −0.5, OR's line.
      const box = await page.locator('.gt-figure svg').boundingBox();
      const at = (x, y) => page.evaluate(([px, py]) => {
        const svgNode = document.querySelector('.gt-figure svg');
        // viewBox 320 × 310, frame 34..310 across and 20..280 down, for x1, x2 in [−0.5, 1.5].
        const p = new DOMPoint(34 + ((px + 0.5) / 2) * 276, 280 - ((py + 0.5) / 2) * 260).matrixTransform(svgNode.getScreenCTM());
        return [p.x, p.y];
      }, [x, y]);
      const [ax, ay] = await at(1, 1);
      const [bx, by] = await at(0.25, 0.25);
      assert.ok(box && ax > box.x && bx < ax);
      await page.mouse.move(ax, ay);
      await page.mouse.down();
      await page.mouse.move(bx, by, { steps: 4 });
      await page.mouse.up();
      await page.waitForFunction(() => document.getElementById('gt-b').value === '-0.5');
      await page.waitForFunction(() => /^2 of 4 rows/.test(document.getElementById('gt-summary').textContent));
      assert.equal(await page.textContent('#gt-equation'), 'Line: x1 + x2 \u2212 0.5 = 0');
      // NOT has one weight: flipping its sign breaks it.
      await page.click('#gt-tab-not');
      await page.waitForFunction(() => document.getElementById('gt-table')?.caption.textContent.endsWith('NOT'));
      assert.equal(await page.$('#gt-w2'), null);
      await page.fill('#gt-w1', '1');
      await page.waitForFunction(() => /^1 of 2 rows/.test(document.getElementById('gt-summary').textContent));
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('AND, OR and NOT: the lesson\u2019s lines classify every row of their truth tables', async () => {
      const { page, errors } = await openLesson(base(), 'and');
      const expected = { and: ['0', '0', '0', '1'], or: ['0', '1', '1', '1'], not: ['1', '0'] };
      for (const gate of ['and', 'or', 'not']) {
        if (gate !== 'and') {
          await page.click(`#gt-tab-${gate}`);
          await page.waitForFunction((g) => document.getElementById('gt-table')?.caption.textContent.endsWith(g.toUpperCase()), gate);
        }
        assert.equal(await page.getAttribute(`#gt-tab-${gate}`, 'aria-pressed'), 'true');
        const rows = await gateTable(page);
        assert.deepEqual(rows.map((r) => r.target), expected[gate], `${gate}: truth table`);
        assert.deepEqual(rows.map((r) => r.out), expected[gate], `${gate}: the perceptron's outputs`);
        assert.match(await page.textContent('#gt-summary'), new RegExp(`^${rows.length} of ${rows.length} rows`));
        // AND is the lesson's default, which a link leaves out.
        const q = await page.evaluate(() => location.search);
        if (gate === 'and') assert.doesNotMatch(q, /gtGate/);
        else assert.match(q, new RegExp(`gtGate=${gate}`));
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('XOR: the perceptron does not converge; the OR, NAND -> AND network outputs 0, 1, 1, 0', async () => {
      const { page, errors } = await openLesson(base(), 'xor');
      await page.waitForSelector('#gt-xor-perceptron[data-converged]');
      assert.equal(await page.getAttribute('#gt-xor-perceptron', 'data-converged'), 'false');
      assert.match(await page.textContent('#gt-xor-perceptron'), /Did not converge: after 1000 epochs of the perceptron trick, [1-4] of 4 points are still misclassified/);
      // The last weights name a line, or the text says there is none: never
      // a bare "−0.2 = 0" equation when both weights are 0.
      const xorText = await page.textContent('#gt-xor-perceptron');
      assert.match(xorText, /(Its last line: [^;]*x[12][^;]* = 0|It ends with no line \(every weight is 0, bias −?[\d.]+\));/);
      assert.doesNotMatch(xorText, /: −?[\d.]+ = 0/);
      await page.waitForSelector('#gt-mlp-table');
      await page.click('#gt-train');
      await page.waitForFunction(() => /^Epoch [1-9]/.test(document.getElementById('gt-mlp-status').textContent)
        && document.getElementById('gt-mlp-status').getAttribute('aria-busy') === 'false');
      await page.click('#gt-compose');
      await page.waitForFunction(() => /Weights set by hand/.test(document.getElementById('gt-mlp-status').textContent));
      assert.deepEqual(await rounded(page), ['0', '1', '1', '0']);
      // Hand-set weights restart the count: no stale "Epoch 500" from the training before.
      assert.match(await page.textContent('#gt-mlp-status'), /^Epoch 0 · loss [\d.]+ · 4 of 4 rows right\. Weights set by hand/);
      assert.match(await page.textContent('#gt-unit-1'), /20x1 \+ 20x2 − 10 = 0/);
      assert.match(await page.textContent('#gt-unit-2'), /−20x1 − 20x2 \+ 30 = 0/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('XOR network: Train animates 500 epochs at a watchable pace, then stops', async () => {
      const { page, errors } = await openLesson(base(), 'xor');
      await page.waitForSelector('#gt-mlp-table');
      await recordTexts(page, '#gt-mlp-status');
      await page.click('#gt-train');
      await page.waitForTimeout(1000);
      await page.waitForFunction(() => /^Epoch [1-9]/.test(document.getElementById('gt-mlp-status').textContent));
      const mid = await netState(page);
      if (where === 'served') await page.screenshot({ path: join(resultsDir(), 'lesson-gates-xor-mid-run.png'), fullPage: true });
      assert.ok(mid.epoch > 0 && mid.epoch < 500, `still training after 1 s: "${mid.text}"`);
      assert.match(mid.text, /Training…$/);
      assert.ok(mid.skip && mid.busy, 'Skip to end shows and Train is disabled while it trains');
      await trained(page);
      const end = await netState(page);
      assert.ok(!end.skip && !end.busy, 'Skip to end goes and Train is back when done');
      assert.doesNotMatch(end.text, /Training/);
      assert.ok((await recordedTexts(page)).length >= 5, 'the network was redrawn as it trained');
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('XOR network: Skip to end and reduced motion train at once, to the same weights', async () => {
      const reduced = await openReducedPage(browser, `${base()}?mode=gates&gtGate=xor`);
      await reduced.page.waitForSelector('#gt-mlp-table');
      await recordTexts(reduced.page, '#gt-mlp-status');
      await reduced.page.click('#gt-train');
      assert.equal((await netState(reduced.page)).skip, false, 'no Skip to end without animation');
      await trained(reduced.page);
      assert.equal((await recordedTexts(reduced.page)).length, 2, 'drawn once, at epoch 500');
      const unanimated = await netNumbers(reduced.page);
      assert.deepEqual(reduced.errors, []);
      await reduced.close();

      const { page, errors } = await openLesson(base(), 'xor');
      await page.waitForSelector('#gt-mlp-table');
      await page.click('#gt-train');
      await page.waitForFunction(() => /^Epoch [1-9]/.test(document.getElementById('gt-mlp-status').textContent));
      await recordTexts(page, '#gt-mlp-status', '#gt-skip');
      await page.click('#gt-skip');
      await trained(page);
      // At most the answer already on its way, then epoch 500.
      assert.ok((await recordedTexts(page)).length <= 3, 'after Skip to end, the next drawings are the end');
      assert.deepEqual(await netNumbers(page), unanimated, 'the same network as trained without animation');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'gt-train', 'focus moves from Skip to end to Train');
      assert.deepEqual(errors, []);
      await page.close();
    });

    if (where === 'served') {
      test('XOR: training the 2-2-1 network with Adam solves it from the first start', async () => {
        const { page, errors } = await openLesson(base(), 'xor');
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.waitForSelector('#gt-mlp-table');
        await page.click('#gt-train');
        await page.waitForFunction(() => /^Epoch 500 /.test(document.getElementById('gt-mlp-status').textContent)
          && !document.getElementById('gt-train').disabled, null, { timeout: 30000 });
        assert.match(await page.textContent('#gt-mlp-status'), /Solved/);
        assert.deepEqual(await rounded(page), ['0', '1', '1', '0']);
        // Keyboard: the gate buttons are reachable and work with Enter.
        await page.focus('#gt-tab-not');
        await page.keyboard.press('Enter');
        const rows = await gateTable(page);
        assert.equal(rows.length, 2);
        const t = await page.evaluate(() => document.getElementById('lesson').innerText);
        assert.doesNotMatch(t, /NaN|Infinity|undefined/);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
}
