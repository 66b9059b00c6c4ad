// digits/kaggle-csv.js — a Kaggle digit-recognizer CSV (a header row, then
// per row a label and 784 pixel columns of integers 0-255:
// label,pixel0,...,pixel783) read straight into the Digits mode's bytes
// ({ count, labels, pixels }, as web/digits/pack.js gives the pack). Bytes,
// not floats: Kaggle's train.csv (42,000 rows, 73 MB) is 33 MB of them, where
// the engine's float dataset would be 132 MB. Its test.csv has no labels and
// is refused with a message saying so.

import { DIGIT_PIXELS } from './pack.js';

/** The page's upload limit for such a file: above Kaggle's 73 MB train.csv. */
export const KAGGLE_MAX_BYTES = 100 * 1024 * 1024;

/** @param {Uint8Array} bytes  the file, UTF-8 or ASCII
 *  @returns {{ count: number, labels: Uint8Array, pixels: Uint8Array }} */
export function parseKaggleDigits(bytes) {
  if (bytes.length > KAGGLE_MAX_BYTES) {
    throw new Error(`the file is ${Math.round(bytes.length / 1048576)} MB; the page opens digit CSV files of up to ${KAGGLE_MAX_BYTES / 1048576} MB`);
  }
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;   // a UTF-8 BOM
  const headEnd = bytes.indexOf(10, at);
  const head = new TextDecoder().decode(bytes.subarray(at, headEnd < 0 ? bytes.length : headEnd)).trim().split(',');
  if (head[0] !== 'label' || head.length !== 1 + DIGIT_PIXELS || head[1] !== 'pixel0') {
    throw new Error(head[0] === 'pixel0'
      ? 'this CSV has no label column (Kaggle\'s test.csv?): the Digits mode trains on labelled digits, label,pixel0,...,pixel783'
      : `a digits CSV starts with the header label,pixel0,...,pixel783 (${1 + DIGIT_PIXELS} columns); this one has ${head.length} columns starting "${head.slice(0, 3).join(',')}"`);
  }
  at = headEnd < 0 ? bytes.length : headEnd + 1;
  // Rows are at least 785 values and 784 commas: an upper bound on their count.
  const most = Math.ceil((bytes.length - at) / (2 * (1 + DIGIT_PIXELS)));
  const labels = new Uint8Array(most);
  const pixels = new Uint8Array(most * DIGIT_PIXELS);
  let n = 0;
  let line = 2;
  while (at < bytes.length) {
    if (bytes[at] === 10 || bytes[at] === 13) { at += 1; if (bytes[at - 1] === 10) line += 1; continue; }
    for (let col = 0; col <= DIGIT_PIXELS; col++) {
      let v = 0;
      let digits = 0;
      while (at < bytes.length && bytes[at] >= 48 && bytes[at] <= 57) { v = v * 10 + bytes[at] - 48; at += 1; digits += 1; }
      const end = at < bytes.length ? bytes[at] : 10;
      const want = col < DIGIT_PIXELS ? 44 : 10;   // ',' between values, a line end after the last
      const ok = digits > 0 && (end === want || (col === DIGIT_PIXELS && end === 13)) && v <= (col === 0 ? 9 : 255);
      if (!ok) {
        const what = col === 0 ? 'the label' : `pixel${col - 1}`;
        throw new Error(`line ${line}, ${what}: expected ${col === 0 ? 'a digit 0-9' : 'a whole number 0-255'}${col < DIGIT_PIXELS ? ' followed by a comma' : ' at the end of the line'}`);
      }
      if (col === 0) labels[n] = v; else pixels[n * DIGIT_PIXELS + col - 1] = v;
      at += 1;
    }
    n += 1;
    line += 1;
    if (bytes[at - 1] === 13 && bytes[at] === 10) at += 1;
  }
  if (n < 10) throw new Error(`the CSV has ${n} digit row${n === 1 ? '' : 's'}; the Digits mode needs at least 10`);
  return { count: n, labels: labels.slice(0, n), pixels: pixels.slice(0, n * DIGIT_PIXELS) };
}
