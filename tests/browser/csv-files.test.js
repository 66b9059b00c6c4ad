// csv-files.test.js — real files' forms through the page's file input: the
// chooser says what the engine read the file as, offers its columns, and the
// data trains. One set of seeded clusters, written the way spreadsheets and
// the course's files write CSV: headerless, semicolons with decimal commas,
// tabs, UTF-16 with a BOM (Excel's "Unicode Text"), Windows-1252, duplicate
// header names. And files that are not CSV at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, metrics } from './helpers.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

// Two well-separated clusters, 40 points each: rows of [x, y, class].
function clusters() {
  let seed = 11;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
  const rows = [];
  for (let i = 0; i < 80; i++) {
    const c = i % 2;
    rows.push([(c ? 3 : -3) + rnd() * 2, (c ? 2 : -2) + rnd() * 2, c]);
  }
  return rows;
}

const num = (v, comma = false) => (comma ? v.toFixed(3).replace('.', ',') : v.toFixed(3));
const lines = (header, rows, fmt) => [...(header ? [header] : []), ...rows.map(fmt)];
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

// [name, file name, bytes, what the chooser says, column names offered, feature names trained]
const FORMS = [
  ['the course\'s headerless file', 'data.csv',
    Buffer.from(`${lines(null, clusters(), ([x, y, c]) => `${num(x)},${num(y)},${c}`).join('\n')}\n`),
    'Read as comma-separated, no header row: columns named x1, x2, ….', ['x1', 'x2', 'x3'], ['x1', 'x2']],
  ['a European export: BOM, CRLF, semicolons, decimal commas', 'export.csv',
    Buffer.from(`\ufeff${lines('Länge;Breite;Art', clusters(), ([x, y, c]) => `${num(x, true)};${num(y, true)};${c ? 'Hund' : 'Katze'}`).join('\r\n')}\r\n`),
    'Read as semicolon-separated, decimal commas, the first row names the columns.', ['Länge', 'Breite', 'Art'], ['Länge', 'Breite']],
  ['tab-separated', 'data.tsv',
    Buffer.from(`${lines('height\tweight\tspecies', clusters(), ([x, y, c]) => `${num(x)}\t${num(y)}\t${c ? 'dog' : 'cat'}`).join('\n')}\n`),
    'Read as tab-separated, the first row names the columns.', ['height', 'weight', 'species'], ['height', 'weight']],
  ['UTF-16 with a BOM (Excel\'s Unicode Text)', 'unicode.txt',
    utf16le(`${lines('größe\tgewicht\tklasse', clusters(), ([x, y, c]) => `${num(x)}\t${num(y)}\t${c}`).join('\r\n')}\r\n`),
    'Read as tab-separated, UTF-16LE with a byte-order mark, the first row names the columns.', ['größe', 'gewicht', 'klasse'], ['größe', 'gewicht']],
  ['Windows-1252 (Excel\'s plain CSV on Windows)', 'ansi.csv',
    // Latin-1 bytes, with Windows-1252's euro sign (0x80), which Latin-1 lacks.
    Buffer.from(`${lines('Größe,Preis \x80,Klasse', clusters(), ([x, y, c]) => `${num(x)},${num(y)},${c}`).join('\r\n')}\r\n`, 'latin1'),
    'Read as comma-separated, Windows-1252, the first row names the columns.', ['Größe', 'Preis €', 'Klasse'], ['Größe', 'Preis €']],
  ['duplicate header names', 'dup.csv',
    Buffer.from(`${lines('x,x,y', clusters(), ([x, y, c]) => `${num(x)},${num(y)},${c}`).join('\n')}\n`),
    'Read as comma-separated, the first row names the columns.', ['x', 'x_2', 'y'], ['x', 'x_2']],
];

async function upload(page, name, buffer) {
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer });
}

const offered = (page) => page.$$eval('#csv-label option', (os) => os.map((o) => o.textContent));
const verdictReady = (page) => page.waitForFunction(() => /rows, \d+ classes/.test(document.getElementById('csv-verdict').textContent));

for (const [name, file, bytes, format, columns, features] of FORMS) {
  test(`${name}: the chooser says how it was read, and the data trains`, async () => {
    const { page, errors } = await openPage(browser, server.url);
    await upload(page, file, bytes);
    await page.waitForSelector('#csv-chooser:not([hidden])');
    assert.equal(await page.textContent('#csv-format'), format);
    assert.deepEqual(await offered(page), columns);
    await verdictReady(page);
    assert.match(await page.textContent('#csv-verdict'), /^80 rows, 2 classes/);
    await page.click('#csv-use');
    await page.waitForFunction(() => window.downhill.app.info?.dataset === 'custom' && window.downhill.app.sizes !== null);
    const info = await page.evaluate(() => window.downhill.app.info);
    assert.deepEqual(info.featureNames, features);
    assert.equal(info.n, 80);
    assert.match(await page.textContent('#data-summary'), new RegExp(`${file}: 40 training and 40 test points`));
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('test-accuracy').textContent.replace('%', '')) >= 90,
      null, { timeout: 20000 });
    await page.click('#play');
    assert.ok((await metrics(page)).testAcc >= 90);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the header switch: a headerless file read with its first row as names, and back', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await upload(page, 'data.csv', FORMS[0][2]);
  await page.waitForSelector('#csv-chooser:not([hidden])');
  await verdictReady(page);
  assert.equal(await page.isChecked('#csv-header'), false);
  await page.check('#csv-header');
  await page.waitForFunction(() => /\(as chosen\)/.test(document.getElementById('csv-format').textContent));
  assert.equal(await page.textContent('#csv-format'), 'Read as comma-separated, the first row names the columns (as chosen).');
  const first = FORMS[0][2].toString().split('\n')[0].split(',');
  assert.deepEqual(await offered(page), first, 'the first row names the columns');
  await verdictReady(page);
  assert.match(await page.textContent('#csv-verdict'), /^79 rows/);
  await page.uncheck('#csv-header');
  await page.waitForFunction(() => document.getElementById('csv-format').textContent.includes('no header row (as chosen)'));
  assert.deepEqual(await offered(page), ['x1', 'x2', 'x3']);
  await verdictReady(page);
  assert.match(await page.textContent('#csv-verdict'), /^80 rows/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('choosing features: any number up to the engine\'s 1,024 (the plot draws two, a slice of more); the label is never one of them', async () => {
  const { page, errors } = await openPage(browser, server.url);
  const rows = clusters().map(([x, y, c], i) => `${i},${num(x)},${num(y)},${num(x + y)},${c}`);
  await upload(page, 'four.csv', Buffer.from(`id,a,b,c,y\n${rows.join('\n')}\n`));
  await page.waitForSelector('#csv-chooser:not([hidden])');
  await verdictReady(page);
  const state = () => page.$$eval('#csv-features input', (bs) => bs.map((b) => (b.checked ? 'on' : b.disabled ? 'off' : '-')).join(' '));
  assert.equal(await state(), '- on on on off', 'a, b and c chosen (not the id); y is the label');
  assert.equal(await page.textContent('#csv-features-title'), 'Features (up to 1,024; the first two are drawn across and up, any more held in a slice)');
  assert.match(await page.textContent('#csv-verdict'), /a across, b up; the plot shows a slice, c held at its mean \(you can change it under the plot\)\.$/);
  await page.uncheck('#csv-feature-3');
  await verdictReady(page);
  assert.match(await page.textContent('#csv-verdict'), /a across, b up\.$/);
  await page.uncheck('#csv-feature-1');
  assert.equal(await state(), '- - on - off');
  await page.uncheck('#csv-feature-2');
  await page.waitForFunction(() => document.getElementById('csv-verdict').textContent === 'Choose at least one feature.');
  assert.equal(await page.isDisabled('#csv-use'), true);
  await page.check('#csv-feature-3');
  await verdictReady(page);
  assert.equal(await page.isDisabled('#csv-use'), false);
  // Making c the label takes it out of the features.
  await page.selectOption('#csv-label', '3');
  assert.equal(await state(), '- - - off -');
  await page.waitForFunction(() => document.getElementById('csv-verdict').textContent === 'Choose at least one feature.');
  await page.check('#csv-feature-1');
  await verdictReady(page);
  assert.match(await page.textContent('#csv-verdict'), /^80 rows, 80 classes/, 'c is a number per row: as many classes');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a ZIP (an .xlsx) renamed .csv, and a binary file, are refused as not text; no columns are offered', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await upload(page, 'book.csv', Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 0x9c, 0xff, 0x00, 0x12]));
  await page.waitForSelector('#csv-error:not([hidden])');
  assert.equal(await page.textContent('#csv-error'),
    'book.csv cannot be used: this file is not text but a ZIP archive (an .xlsx or .ods workbook is one); save the sheet as CSV and open that');
  assert.equal(await page.isHidden('#csv-chooser'), true);
  await upload(page, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await page.waitForFunction(() => document.getElementById('csv-error').textContent.includes('photo.csv'));
  assert.match(await page.textContent('#csv-error'), /^photo\.csv cannot be used: this file is not text: row 2 holds the control byte 0x1A/);
  assert.equal(await page.isHidden('#csv-chooser'), true);
  assert.equal(await page.evaluate(() => window.downhill.app.info.dataset), 'xor', 'the run keeps its data');
  assert.deepEqual(errors, []);
  await page.close();
});
