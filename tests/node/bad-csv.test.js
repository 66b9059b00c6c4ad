// The catalogue of bad CSV text, through dh.parseCSV on the real wasm build.
// Each case checks the message a user can act on (what is wrong, where, what
// is allowed) and that the same module parses a good file right afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load } from './wasm-helpers.js';

const GOOD = 'test,grades,admitted\n9,8,1\n1,2,0\n3,4,0\n';

/** parseCSV(text, opts) throws an Error matching re; then GOOD still parses. */
function refused(dh, text, opts, re) {
  assert.throws(() => dh.parseCSV(text, opts), (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.match(e.message, re);
    return true;
  });
  const ds = dh.parseCSV(GOOD, { label: 'admitted' });
  assert.deepEqual([ds.n, ds.d, ds.k], [3, 2, 2], 'a good file right after the bad one');
  ds.free();
}

/** "a,b\n" then `rows` lines made by row(i). */
function table(header, rows, row) {
  return `${header}\n${Array.from({ length: rows }, (_, i) => row(i)).join('\n')}\n`;
}

const CASES = [
  // [name, text, options, message]
  ['empty text', '', undefined, /^the CSV text is empty$/],
  ['only blank lines', '  \n\r\n\t\n', undefined, /^the CSV text is empty$/],
  ['header only', 'a,b,label\n', undefined, /^the CSV has a header row but no data rows$/],
  ['ragged: a short row', 'a,b,y\n1,2,0\n1,2\n', undefined, /^row 3 has 2 fields but the header has 3 columns$/],
  ['ragged: a long row', 'a,b,y\n1,2,0\n1,2,0,7\n', undefined, /^row 3 has 4 fields but the header has 3 columns$/],
  ['a word in a number column', 'test,grades,y\n1,2,0\n3,abc,1\n', undefined, /^row 3, column "grades": "abc" is not a number$/],
  ['an empty number cell', 'a,b,y\n1,,0\n2,3,1\n', undefined, /^row 2, column "b": the cell is empty, expected a number$/],
  ['an empty label', 'a,b,y\n1,2,\n2,3,1\n', undefined, /^row 2, column "y": the label is empty$/],
  ['one class only (text)', 'a,y\n1,yes\n2,yes\n', undefined, /the label column "y" has only one class \("yes"\); need at least 2/],
  ['one class only (one row)', 'a,y\n1,1\n', undefined, /the label column "y" has only one class \("1"\); need at least 2/],
  ['more than 1000 classes', table('a,y', 1001, (i) => `${i},c${i}`), undefined,
    /the label column "y" has more than 100 different values \(row 102 adds one more\); is it really a class label\?/],
  ['an integer label past the class limit', 'a,y\n1,0\n2,1000\n', undefined,
    /row 3, column "y": integer label 1000 is too large; integer labels are class ids 0 to 99/],
  ['1e39 overflows a float', 'a,y\n1e39,0\n2,1\n', undefined, /^row 2, column "a": 1e39 is out of range \(32-bit floats reach about 3\.4e38\)$/],
  ['-1e39 overflows a float', 'a,y\n1,0\n-1e39,1\n', undefined, /^row 3, column "a": -1e39 is out of range/],
  ['a NaN cell', 'a,y\nNaN,0\n2,1\n', undefined, /^row 2, column "a": "NaN" is not a finite number$/],
  ['an inf cell', 'a,b,y\n1,inf,0\n2,3,1\n', undefined, /^row 2, column "b": "inf" is not a finite number$/],
  ['a -Infinity cell', 'a,y\n1,0\n-Infinity,1\n', undefined, /^row 3, column "a": "-Infinity" is not a finite number$/],
  ['a decimal comma', 'a,y\n"1,5",0\n2,1\n', undefined, /^row 2, column "a": "1,5" is not a number$/],
  ['a hexadecimal number', 'a,y\n0x10,0\n2,1\n', undefined, /^row 2, column "a": "0x10" is not a number$/],
  ['duplicate header names, chosen by name', 'a,a,y\n1,2,0\n3,4,1\n', { features: 'a' },
    /the header has two columns named "a" \(indices 0 and 1\); choose the feature column by its 0-based index/],
  ['duplicate label names', 'a,y,y\n1,0,1\n3,1,0\n', { label: 'y' }, /two columns named "y" \(indices 1 and 2\); choose the label column/],
  ['missing label column', 'a,b\n1,0\n2,1\n', { label: 'y' }, /^unknown label column "y"; the header's columns are: "a", "b"$/],
  ['label index past the last column', 'a,b\n1,0\n2,1\n', { label: 5 },
    /^label column index 5 is out of range; the header has 2 columns \(indices 0 to 1\)$/],
  ['a misspelt feature', 'test,grades,y\n1,2,0\n', { features: 'test,gardes' }, /unknown feature column "gardes"; the header's columns are: "test", "grades", "y"/],
  ['a feature listed twice', 'a,b,y\n1,2,0\n', { features: 'a,a' }, /column "a" is listed twice as a feature/],
  ['the label as a feature', 'a,b,y\n1,2,0\n', { features: 'a,y', label: 'y' }, /column "y" is the label, so it cannot also be a feature/],
  ['1,025 feature columns', `${Array.from({ length: 1026 }, (_, j) => `f${j}`).join(',')}\n${Array(1026).fill(1).join(',')}\n`, undefined,
    /the CSV has 1025 feature columns; the limit is 1024 \(choose some with the features option\)/],
  ['one column', 'label\n1\n0\n', undefined,
    /^the CSV needs at least 2 columns \(features and a label\), but the first row has 1 \("label"\); columns are separated by commas, semicolons or tabs$/],
  ['a pipe-separated file', 'a|b|y\n1|2|0\n', undefined, /but the first row has 1 \("a\|b\|y"\)/],
  ['an unclosed quote', 'a,y\n"1,0\n2,1\n', undefined, /^row 2: a quoted field is never closed \(missing '"'\)$/],
  ['text after a closing quote', 'a,y\n"1"2,0\n', undefined, /row 2, field 1: unexpected text after a closing quote/],
  ['a NUL character', 'x,y,label\n1,2,0\n3,4\u0000,1\n', undefined, /^this file is not text: row 3 holds the control byte 0x00, which CSV text never does/],
  ['a ZIP (an .xlsx) renamed .csv', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0]), undefined,
    /^this file is not text but a ZIP archive \(an \.xlsx or \.ods workbook is one\); save the sheet as CSV and open that$/],
  ['a UTF-16 file cut mid-character', new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62]), undefined,
    /^this UTF-16 file ends in the middle of a character/],
  ['thousands separators', 'a;y\n1.234,5;0\n2;1\n', undefined,
    /^row 2, column "a": "1\.234,5" is not a number \(write numbers without thousands separators\)$/],
  ['a label longer than 255 bytes', `a,y\n1,${'b'.repeat(300)}\n2,c\n`, undefined,
    /^row 2, column "y": the label is longer than 255 bytes; is it really a class label\?$/],
  ['a name that is also an index', ',0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n', { label: '2' },
    /^label column "2" is ambiguous: it names the column at index 3 and is the index of column "1"; write #3 or #2 to say which$/],
  ['a name two columns share, matched ignoring case', 'Test,TEST,y\n1,2,0\n', { features: 'test' },
    /feature column "test" matches "Test" and "TEST" when case is ignored/],
  ['no header over text', 'a,b,y\n1,2,0\n3,4,1\n', { header: false }, /^row 1, column "x1": "a" is not a number$/],
  ['a header over the only row', '1,2,0\n', { header: true }, /^the CSV has a header row but no data rows$/],
  ['a header option typo', GOOD, { header: 'yes' }, /^header must be 'auto', true \(the first row names the columns\) or false, got "yes"$/],
  ['a delimiter the reader does not take', GOOD, { delimiter: '|' }, /^delimiter must be 'auto', ',', ';' or '\\t', got "\|"$/],
  ['minClasses 0', GOOD, { minClasses: 0 }, /^minClasses must be an integer in 1\.\.100, got 0$/],
  ['a column list entry holding a comma', GOOD, { features: ['test,grades'] }, /features\[0\] "test,grades" holds a comma/],
  ['an index past the last column, as a number', GOOD, { features: [0, 7] }, /^feature column index 7 is out of range; the header has 3 columns \(indices 0 to 2\)$/],
  ['more than 100000 rows', table('a,y', 100001, (i) => `${i % 7},${i % 2}`), undefined, /^the CSV has more than 100000 data rows$/],
  ['an options typo', GOOD, { lable: 'admitted' },
    /^unknown parseCSV option key "lable" \(did you mean "label"\?\); valid keys: features, label, header, delimiter, minClasses$/],
  ['a number instead of text', 42, undefined, /^CSV text must be a string or the file's bytes \(a Uint8Array or ArrayBuffer\), got 42$/],
  ['an array instead of bytes', [97, 44, 98], undefined, /^CSV text must be a string or the file's bytes/],
];

for (const variant of VARIANTS) {
  describe(`bad CSV (${variant})`, () => {
    for (const [name, text, opts, re] of CASES) {
      test(name, async () => refused(await load(variant), text, opts, re));
    }

    test('a 50 MB file is refused before it reaches wasm memory', async () => {
      const dh = await load(variant);
      const row = '1.2345,2.3456,1\n2.5,0.5,0\n';
      const text = `a,b,y\n${row.repeat(Math.ceil(50e6 / row.length))}`;
      const before = dh.heapBytes();
      refused(dh, text, undefined, new RegExp(`^the CSV text is ${text.length} bytes; the limit is 16777216 bytes$`));
      assert.equal(dh.heapBytes(), before, 'the heap did not grow to hold it');
    });

    test('accepted with care: a byte-order mark, CRLF, spaces, quotes', async () => {
      const dh = await load(variant);
      const ds = dh.parseCSV('\ufeff test , "grades" ,admitted\r\n 9 , "8" ,1\r\n1,2,0\r\n\r\n');
      assert.deepEqual(ds.featureNames, ['test', 'grades'], 'the BOM is not part of the first name');
      assert.deepEqual(Array.from(ds.x), [9, 8, 1, 2]);
      ds.free();
    });
  });
}
