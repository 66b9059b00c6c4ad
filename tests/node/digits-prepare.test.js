// The Digits pad's MNIST-style preparation (web/digits/prepare.js): worked
// examples on drawings made here, and real MNIST digits from the mnist package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  prepareDigit, inkBounds, centreOfMass, toUnitPixels, upscale, SIDE, BOX, CENTRE,
} from '../../web/digits/prepare.js';

const require = createRequire(import.meta.url);

const sum = (a) => a.reduce((s, v) => s + v, 0);

/** A w × h image with the rectangle [x0, x1) × [y0, y1) set to v. */
function rect(w, h, x0, y0, x1, y1, v = 1) {
  const img = new Float32Array(w * h);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img[y * w + x] = v;
  return img;
}

/** The first `count` digits d of the mnist package (its src/digits/<d>.json is
 *  { data: [...] }: 784 grey levels in [0, 1] per digit, one after another). */
function mnistDigits(d, count) {
  const file = require.resolve(`mnist/src/digits/${d}.json`);
  const { data } = JSON.parse(readFileSync(file, 'utf8'));
  const out = [];
  for (let i = 0; i < count; i++) out.push(Float32Array.from(data.slice(i * 784, (i + 1) * 784)));
  return out;
}

/** The least total |a - b| over shifts of b by up to a pixel each way (28×28 images). */
function shiftedDiff(a, b) {
  let best = Infinity;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      let diff = 0;
      for (let y = 0; y < SIDE; y++) {
        for (let x = 0; x < SIDE; x++) {
          const sx = x - dx, sy = y - dy;
          const v = sx >= 0 && sx < SIDE && sy >= 0 && sy < SIDE ? b[sy * SIDE + sx] : 0;
          diff += Math.abs(a[y * SIDE + x] - v);
        }
      }
      best = Math.min(best, diff);
    }
  }
  return best;
}

test('a blank drawing stays blank', () => {
  const out = prepareDigit(new Float32Array(280 * 280), 280, 280);
  assert.equal(out.length, SIDE * SIDE);
  assert.equal(sum(out), 0);
  assert.equal(inkBounds(out, SIDE, SIDE), null);
  assert.equal(centreOfMass(out, SIDE, SIDE), null);
});

test('a filled square across the whole pad becomes the centred 20×20 box', () => {
  const out = prepareDigit(rect(280, 280, 0, 0, 280, 280), 280, 280);
  // Its centre of mass (index 9.5 within the box) goes to 14 by a whole-pixel
  // shift: the box starts at pixel 5 (4.5 rounds up), centre of mass 14.5.
  assert.deepEqual(inkBounds(out, SIDE, SIDE), { x0: 5, y0: 5, x1: 25, y1: 25 });
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const inside = x >= 5 && x < 25 && y >= 5 && y < 25;
      assert.ok(Math.abs(out[y * SIDE + x] - (inside ? 1 : 0)) < 1e-5, `pixel (${x}, ${y}) is ${out[y * SIDE + x]}`);
    }
  }
  const c = centreOfMass(out, SIDE, SIDE);
  assert.ok(Math.abs(c.x - CENTRE) <= 0.5 && Math.abs(c.y - CENTRE) <= 0.5, `centre of mass (${c.x}, ${c.y})`);
  assert.ok(Math.abs(c.mass - BOX * BOX) < 1e-2, `ink ${c.mass}`);
});

test('a stroke in a corner is moved to the centre and scaled up to 20 pixels', () => {
  // A 10-pixel-wide vertical bar, 60 tall, in the pad's top-left corner.
  const img = rect(280, 280, 5, 5, 15, 65);
  const out = prepareDigit(img, 280, 280);
  const c = centreOfMass(out, SIDE, SIDE);
  assert.ok(Math.abs(c.x - CENTRE) <= 0.5 && Math.abs(c.y - CENTRE) <= 0.5, `centre of mass (${c.x}, ${c.y})`);
  // Before: at (9.5, 34.5) on the pad, far from its centre.
  const before = centreOfMass(img, 280, 280);
  assert.deepEqual([before.x, before.y], [9.5, 34.5]);
  // The taller side fits the box: 60 pixels -> 20, so the 10-pixel width -> 10/3.
  const b = inkBounds(out, SIDE, SIDE);
  assert.equal(b.y1 - b.y0, BOX);
  assert.ok(b.x1 - b.x0 >= 4 && b.x1 - b.x0 <= 5, `width ${b.x1 - b.x0}`);
});

test('the total ink is kept, scaled by the square of the scale factor', () => {
  // An L shape: 100 tall, so the scale is 20/100; its ink 100*20 + 60*20 pixels.
  const img = rect(280, 280, 40, 30, 60, 130);
  for (let y = 110; y < 130; y++) for (let x = 60; x < 120; x++) img[y * 280 + x] = 0.5;
  const inkIn = sum(img);
  const out = prepareDigit(img, 280, 280);
  const scale = BOX / 100;
  assert.ok(Math.abs(sum(out) - inkIn * scale * scale) < 1e-3, `ink out ${sum(out)}, expected ${inkIn * scale * scale}`);
  for (const v of out) assert.ok(v >= 0 && v <= 1);
});

test('a wide drawing keeps its aspect ratio: its width fits 20, its height shrinks with it', () => {
  const out = prepareDigit(rect(200, 100, 0, 40, 200, 60), 200, 100);   // 200 × 20 bar
  const b = inkBounds(out, SIDE, SIDE);
  assert.equal(b.x1 - b.x0, BOX);
  assert.ok(b.y1 - b.y0 <= 3, `height ${b.y1 - b.y0}`);
  assert.ok(Math.abs(sum(out) - 200 * 20 * (BOX / 200) ** 2) < 1e-3);
});

test('a single pixel of ink is spread over the 20×20 box at the centre', () => {
  const img = new Float32Array(28 * 28);
  img[3 * 28 + 25] = 1;
  const out = prepareDigit(img, 28, 28);
  assert.deepEqual(inkBounds(out, SIDE, SIDE), { x0: 5, y0: 5, x1: 25, y1: 25 });
  assert.ok(out.every((v) => v === 0 || Math.abs(v - 1) < 1e-5));
});

test('MNIST\'s own digits have their centre of mass within half a pixel of (14, 14)', () => {
  for (let d = 0; d < 10; d++) {
    for (const digit of mnistDigits(d, 50)) {
      const c = centreOfMass(digit, SIDE, SIDE);
      assert.ok(Math.abs(c.x - CENTRE) <= 0.55 && Math.abs(c.y - CENTRE) <= 0.55, `a ${d} at (${c.x}, ${c.y})`);
    }
  }
});

test('real MNIST digits fed back at 28×28 keep their centre of mass within a pixel and most of their shape', () => {
  for (let d = 0; d < 10; d++) {
    for (const digit of mnistDigits(d, 20)) {
      const before = centreOfMass(digit, SIDE, SIDE);
      const out = prepareDigit(digit, SIDE, SIDE);
      const after = centreOfMass(out, SIDE, SIDE);
      const moved = Math.hypot(after.x - before.x, after.y - before.y);
      assert.ok(moved <= 1, `a ${d}: centre of mass moved ${moved.toFixed(2)} px, from (${before.x.toFixed(2)}, ${before.y.toFixed(2)})`);
      // The same picture, not just the same centre: up to a shift of a pixel
      // (the rounding of the centre may differ from MNIST's), pixel by pixel.
      const diff = shiftedDiff(out, digit);
      assert.ok(diff / before.mass < 0.3, `a ${d}: ${(diff / before.mass).toFixed(2)} of its ink differs`);
    }
  }
});

test('nearly every MNIST digit (box 20, already centred) comes back pixel for pixel', () => {
  let same = 0, n = 0;
  for (let d = 0; d < 10; d++) {
    for (const digit of mnistDigits(d, 100)) {
      const out = prepareDigit(digit, SIDE, SIDE);
      n += 1;
      if (out.every((v, i) => Math.abs(v - digit[i]) < 1e-6)) same += 1;
    }
  }
  assert.ok(same / n >= 0.99, `${same} of ${n} unchanged`);
});

test('an MNIST digit drawn ten times larger on the pad comes back as itself', () => {
  const [digit] = mnistDigits(7, 1);
  const big = upscale(digit, SIDE, 10);
  assert.equal(big.length, 280 * 280);
  const out = prepareDigit(big, 280, 280);
  const a = centreOfMass(digit, SIDE, SIDE);
  const b = centreOfMass(out, SIDE, SIDE);
  assert.ok(Math.hypot(a.x - b.x, a.y - b.y) <= 1, `moved from (${a.x}, ${a.y}) to (${b.x}, ${b.y})`);
  const diff = shiftedDiff(out, digit);
  assert.ok(diff / a.mass < 0.3, `${(diff / a.mass).toFixed(2)} of its ink differs`);
});

test('bytes and floats both become grey levels in [0, 1]', () => {
  assert.deepEqual([...toUnitPixels(new Uint8Array([0, 51, 255]))], [0, 0.20000000298023224, 1]);
  assert.deepEqual([...toUnitPixels([-1, 0.5, 2, NaN])], [0, 0.5, 1, 0]);
});

test('an image of the wrong size is refused with the sizes in the message', () => {
  assert.throws(() => prepareDigit(new Float32Array(100), 28, 28), /a 28 × 28 image has 784 pixels; got 100/);
  assert.throws(() => prepareDigit(new Float32Array(784), 0, 784), /positive whole numbers/);
  assert.throws(() => prepareDigit(null, 28, 28), /got none/);
  assert.throws(() => toUnitPixels(5), /expected an array/);
});

/** The digit's ink box drawn onto a 280×280 pad, its longer side `size` pad
 *  pixels, its corner at (tx, ty) (nearest neighbour): a student's drawing of it. */
function drawOnPad(digit, tx, ty, size) {
  const b = inkBounds(digit, SIDE, SIDE);
  const k = size / Math.max(b.x1 - b.x0, b.y1 - b.y0);
  const pad = new Float32Array(280 * 280);
  for (let y = 0; y < 280; y++) {
    for (let x = 0; x < 280; x++) {
      const sx = Math.floor((x - tx) / k) + b.x0, sy = Math.floor((y - ty) / k) + b.y0;
      if (sx >= b.x0 && sx < b.x1 && sy >= b.y0 && sy < b.y1) pad[y * 280 + x] = digit[sy * SIDE + sx];
    }
  }
  return pad;
}

/** The pad shrunk to 28×28 with nothing else done: each 10×10 block averaged. */
function shrinkOnly(pad) {
  const out = new Float32Array(SIDE * SIDE);
  for (let y = 0; y < 280; y++) for (let x = 0; x < 280; x++) out[Math.floor(y / 10) * SIDE + Math.floor(x / 10)] += pad[y * 280 + x] / 100;
  return out;
}

test('digits drawn across the whole pad or small in a corner are recognised as well as MNIST\'s own (1-nearest-neighbour)', () => {
  // A classifier with no training of ours: the nearest of 800 MNIST digits.
  const train = [], held = [];
  for (let d = 0; d < 10; d++) {
    mnistDigits(d, 100).forEach((px, i) => (i % 5 ? train : held).push({ label: d, px }));
  }
  const nearest = (px) => {
    let best = Infinity, label = -1;
    for (const t of train) {
      let s = 0;
      for (let k = 0; k < px.length; k++) { const e = t.px[k] - px[k]; s += e * e; }
      if (s < best) { best = s; label = t.label; }
    }
    return label;
  };
  const accuracy = (input) => held.filter((t) => nearest(input(t.px)) === t.label).length / held.length;
  const own = accuracy((px) => px);
  const big = accuracy((px) => prepareDigit(drawOnPad(px, 10, 10, 260), 280, 280));
  const corner = accuracy((px) => prepareDigit(drawOnPad(px, 5, 5, 90), 280, 280));
  const bigRaw = accuracy((px) => shrinkOnly(drawOnPad(px, 10, 10, 260)));
  assert.ok(own >= 0.8, `MNIST's own held-out digits: ${own}`);
  assert.ok(big >= own - 0.05, `drawn across the pad: ${big} (MNIST's own ${own})`);
  assert.ok(corner >= own - 0.05, `drawn small in a corner: ${corner} (MNIST's own ${own})`);
  // Without the preparation the same big drawings are mostly not recognised.
  assert.ok(bigRaw <= 0.5, `across the pad, only shrunk: ${bigRaw}`);
});
