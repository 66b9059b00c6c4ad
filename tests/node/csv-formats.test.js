// The CSV forms real files come in, through dh.sniffCSV and dh.parseCSV on the
// real wasm build: what the core's reader detects (encoding, delimiter,
// decimal commas, header), the names it gives, and the dataset it makes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, load } from './wasm-helpers.js';

const utf16 = (text, le = true, bom = true) => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};

// [name, bytes or text, sniff options, expected facts, expected column names, { n, d, k, x0 }]
const FORMS = [
  ['the course\'s headerless file', '0.78051,-0.063669,1\n0.28774,0.29139,1\n0.40714,0.17878,0\n', {},
    { delimiter: ',', decimalComma: false, header: false, headerDetected: true, encoding: 'UTF-8', bom: false, rows: 3,
      description: 'comma-separated, no header row: columns named x1, x2, …' },
    ['x1', 'x2', 'x3'], { n: 3, d: 2, k: 2, x0: 0.78051 }],
  ['a European export: semicolons, decimal commas, CRLF, a BOM', '\ufeffLänge;Breite;Klasse\r\n1,5;2;nein\r\n3;4,25;ja\r\n', {},
    { delimiter: ';', decimalComma: true, header: true, encoding: 'UTF-8', bom: true, rows: 2,
      description: 'semicolon-separated, decimal commas, the first row names the columns' },
    ['Länge', 'Breite', 'Klasse'], { n: 2, d: 2, k: 2, x0: 1.5 }],
  ['semicolons and decimal commas, headerless', '0,78;-0,06;1\n0,28;0,29;0\n', {},
    { delimiter: ';', decimalComma: true, header: false, rows: 2,
      description: 'semicolon-separated, decimal commas, no header row: columns named x1, x2, …' },
    ['x1', 'x2', 'x3'], { n: 2, d: 2, k: 2, x0: 0.78 }],
  ['tab-separated', 'a\tb\tclass\n1\t2\tcat\n3\t4\tdog\n', {},
    { delimiter: '\t', decimalComma: false, header: true, description: 'tab-separated, the first row names the columns' },
    ['a', 'b', 'class'], { n: 2, d: 2, k: 2, x0: 1 }],
  ['UTF-16LE with a BOM (Excel\'s "Unicode text")', utf16('x\ty\tlabel\r\n1\t2\t0\r\n3\t4\t1\r\n'), {},
    { delimiter: '\t', header: true, encoding: 'UTF-16LE', bom: true,
      description: 'tab-separated, UTF-16LE with a byte-order mark, the first row names the columns' },
    ['x', 'y', 'label'], { n: 2, d: 2, k: 2, x0: 1 }],
  ['UTF-16BE with a BOM', utf16('größe,y\n1,0\n2,1\n', false), {},
    { encoding: 'UTF-16BE', bom: true, header: true }, ['größe', 'y'], { n: 2, d: 1, k: 2, x0: 1 }],
  ['UTF-16LE without a BOM', utf16('a,b,y\n1,2,0\n3,4,1\n', true, false), {},
    { encoding: 'UTF-16LE', bom: false }, ['a', 'b', 'y'], { n: 2, d: 2, k: 2, x0: 1 }],
  ['Windows-1252 (Excel\'s plain CSV on Windows)', Buffer.from('Gr\xf6\xdfe,Preis \x80,y\n1,2,0\n3,4,1\n', 'latin1'), {},
    { encoding: 'Windows-1252', description: 'comma-separated, Windows-1252, the first row names the columns' },
    ['Größe', 'Preis €', 'y'], { n: 2, d: 2, k: 2, x0: 1 }],
  ['duplicate and empty header names', 'x,x,,y\n1,2,3,0\n4,5,6,1\n', {},
    { header: true }, ['x', 'x_2', 'column 3', 'y'], { n: 2, d: 3, k: 2, x0: 1 }],
  ['a header forced onto numbers', '0.5,0.25,1\n1,2,0\n3,4,1\n', { header: true },
    { header: true, headerDetected: false, rows: 2, description: 'comma-separated, the first row names the columns (as chosen)' },
    ['0.5', '0.25', '1'], { n: 2, d: 2, k: 2, x0: 1 }],
];

for (const variant of VARIANTS) {
  describe(`CSV forms (${variant})`, () => {
    for (const [name, input, format, facts, columns, shape] of FORMS) {
      test(name, async () => {
        const dh = await load(variant);
        const sniff = dh.sniffCSV(input, format);
        for (const [key, value] of Object.entries(facts)) assert.equal(sniff[key], value, `sniff.${key}`);
        assert.deepEqual(sniff.columns.map((c) => c.name), columns);
        const ds = dh.parseCSV(input, format);
        try {
          assert.deepEqual([ds.n, ds.d, ds.k], [shape.n, shape.d, shape.k]);
          assert.equal(ds.x[0], Math.fround(shape.x0));
          assert.deepEqual(ds.csv, sniff, 'the dataset carries the same facts');
        } finally {
          ds.free();
        }
      });
    }

    test('numeric columns: which can be features', async () => {
      const dh = await load(variant);
      const s = dh.sniffCSV('id,height,note,species\n1,1.5,"a, b",cat\n2,NA,x,dog\n3,2.5,y,cat\n');
      assert.deepEqual(s.columns.map((c) => c.numeric), [true, false, false, false]);
    });

    test('columns by index (numbers), by name, by digit strings; the headerless course file', async () => {
      const dh = await load(variant);
      const course = '0.78,-0.06,1\n0.28,0.29,1\n0.40,0.17,0\n0.1,0.9,0\n';
      for (const opts of [{ features: [0, 1], label: 2 }, { features: '0,1', label: '2' }, { features: ['x1', 'x2'], label: 'x3' }]) {
        const ds = dh.parseCSV(course, opts);
        assert.deepEqual([ds.n, ds.d, ds.k], [4, 2, 2], JSON.stringify(opts));
        assert.deepEqual(ds.featureNames, ['x1', 'x2']);
        ds.free();
      }
      // A number is always an index, even where a column's name is a digit.
      const ds = dh.parseCSV(',0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n', { features: [1, 2], label: 3 });
      assert.deepEqual(ds.featureNames, ['0', '1']);
      assert.deepEqual(Array.from(ds.x), [0.5, 0.25, 0.75, 0.5]);
      ds.free();
    });

    test('bytes as a Uint8Array, an ArrayBuffer or a Buffer read alike', async () => {
      const dh = await load(variant);
      const bytes = utf16('a,y\n1,0\n2,1\n');
      for (const input of [bytes, new Uint8Array(bytes), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)]) {
        const ds = dh.parseCSV(input);
        assert.deepEqual([ds.n, ds.csv.encoding], [2, 'UTF-16LE']);
        ds.free();
      }
    });

    test('one point of one class, with minClasses 1 (the perceptron trick)', async () => {
      const dh = await load(variant);
      assert.throws(() => dh.parseCSV('4,5,0\n'), /only one class \("0"\); need at least 2/);
      const ds = dh.parseCSV('4,5,0\n', { minClasses: 1 });
      assert.deepEqual([ds.n, ds.d, ds.k, ...ds.x], [1, 2, 1, 4, 5]);
      ds.free();
    });

    test('labels that differ only after the name limit stay two classes', async () => {
      const dh = await load(variant);
      const long = 'a'.repeat(40);
      const ds = dh.parseCSV(`x,y\n1,${long}-1\n2,${long}-2\n3,${long}-1\n`);
      assert.equal(ds.k, 2);
      assert.deepEqual(Array.from(ds.y), [0, 1, 0]);
      assert.equal(new Set(ds.classNames).size, 2, `distinct names: ${ds.classNames}`);
      assert.ok(ds.classNames.every((c) => Buffer.byteLength(c) < dh.limits.maxNameLength));
      ds.free();
    });

    test('sniffing and parsing leave the heap as it was', async () => {
      const dh = await load(variant);
      const text = utf16('x;y;label\n1,5;2;0\n3;4;1\n');
      dh.parseCSV(text).free();          // let the allocator reach its working size
      const top = dh.heapTop();
      for (let i = 0; i < 50; i++) {
        dh.sniffCSV(text);
        dh.parseCSV(text).free();
        assert.throws(() => dh.parseCSV('a,b,y\n1,x,0\n2,1,1\n'), /row 2, column "b"/);
      }
      assert.equal(dh.heapTop(), top);
    });
  });
}
