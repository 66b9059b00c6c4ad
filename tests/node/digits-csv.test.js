// A Kaggle digit-recognizer CSV (label,pixel0,...,pixel783) read into the
// Digits mode's bytes (web/digits/kaggle-csv.js): rows back exactly, CRLF
// and a BOM accepted, and bad files refused with messages that say where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKaggleDigits } from '../../web/digits/kaggle-csv.js';

const HEAD = ['label', ...Array.from({ length: 784 }, (_, i) => `pixel${i}`)].join(',');
const row = (label, k) => [label, ...Array.from({ length: 784 }, (_, i) => (i * k) % 256)].join(',');
const csv = (rows, eol = '\n') => new TextEncoder().encode(HEAD + eol + rows.join(eol) + eol);
const rows = Array.from({ length: 12 }, (_, i) => row(i % 10, i + 1));

test('a Kaggle train.csv-format file reads into labels and grey bytes', () => {
  for (const bytes of [csv(rows), csv(rows, '\r\n'), new Uint8Array([0xef, 0xbb, 0xbf, ...csv(rows)])]) {
    const d = parseKaggleDigits(bytes);
    assert.equal(d.count, 12);
    assert.deepEqual(Array.from(d.labels), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    assert.equal(d.pixels.length, 12 * 784);
    assert.equal(d.pixels[3 * 784 + 100], (100 * 4) % 256);
  }
});

test('bad digit CSV files are refused, saying what and where', () => {
  assert.throws(() => parseKaggleDigits(csv(rows.map((r, i) => (i === 2 ? r.replace(/,(\d+)$/, ',256') : r)))), /^Error: line 4, pixel783: expected a whole number 0-255 at the end of the line$/);
  assert.throws(() => parseKaggleDigits(csv(rows.map((r, i) => (i === 0 ? `12${r.slice(1)}` : r)))), /^Error: line 2, the label: expected a digit 0-9 followed by a comma$/);
  assert.throws(() => parseKaggleDigits(new TextEncoder().encode(`${HEAD.replace('label,', '')}\n`)), /no label column \(Kaggle's test\.csv\?\)/);
  assert.throws(() => parseKaggleDigits(new TextEncoder().encode('a,b,c\n1,2,3\n')), /starts with the header label,pixel0,...,pixel783 \(785 columns\); this one has 3 columns starting "a,b,c"/);
  assert.throws(() => parseKaggleDigits(csv(rows.slice(0, 3))), /the CSV has 3 digit rows; the Digits mode needs at least 10/);
});
