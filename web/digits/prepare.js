// digits/prepare.js — a drawing made into the kind of input the network was
// trained on, the way MNIST's digits were made (LeCun, Cortes and Burges, "The
// MNIST database"): the ink's bounding box scaled, keeping its aspect ratio,
// to fit a 20×20 box with anti-aliasing, then placed in a 28×28 field so
// that its centre of mass sits at the field's centre. Pure functions, no DOM.
//
//   prepareDigit(pixels, width, height)  -> Float32Array(784), grey levels in [0, 1]
//   inkBounds(pixels, width, height)     -> { x0, y0, x1, y1 } (x1, y1 exclusive) or null
//   centreOfMass(pixels, width, height)  -> { x, y, mass } or null
//   toUnitPixels(image)                  -> Float32Array of [0, 1] from bytes or floats
//
// Positions are in pixel indices, as MNIST's description gives them: the
// centre of mass is sum(i * ink) / sum(ink), and MNIST's digits have theirs at
// pixel (14, 14) (within 0.5 on each axis: the 10,000 in the mnist package
// average (14.00, 14.00)), because they were moved by whole pixels. So are
// ours: a shift by whole pixels keeps a scaled edge that fell on a pixel
// boundary sharp, where a fractional one would blur every edge.
//
// Why area averaging: each output pixel is the mean of the drawing over the
// square it covers, so thin strokes shrink to grey rather than vanishing or
// aliasing, and the total ink only scales (by the square of the scale factor,
// as long as nothing is pushed out of the field).

export const SIDE = 28;   // MNIST's field
export const BOX = 20;    // the box the ink is scaled to fit
export const CENTRE = 14; // where the centre of mass goes (pixel index, both axes)

/** A pixel's ink in [0, 1]: NaN and negatives are no ink, above 1 is 1. */
function ink(v) {
  return v > 0 ? (v < 1 ? v : 1) : 0;
}

function checkImage(fn, pixels, width, height) {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`${fn}: the image's width and height must be positive whole numbers (got ${width} × ${height})`);
  }
  if (!pixels || pixels.length !== width * height) {
    const got = pixels && typeof pixels.length === 'number' ? pixels.length : 'none';
    throw new Error(`${fn}: a ${width} × ${height} image has ${width * height} pixels; got ${got}`);
  }
}

/** The smallest rectangle holding every pixel with ink; null for a blank image. */
export function inkBounds(pixels, width, height) {
  checkImage('inkBounds', pixels, width, height);
  let x0 = width, y0 = height, x1 = 0, y1 = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (ink(pixels[row + x]) === 0) continue;
      if (x < x0) x0 = x;
      if (x >= x1) x1 = x + 1;
      if (y < y0) y0 = y;
      y1 = y + 1;
    }
  }
  return x1 > 0 ? { x0, y0, x1, y1 } : null;
}

/** The ink-weighted mean position (pixel indices) and the total ink; null for a blank image. */
export function centreOfMass(pixels, width, height) {
  checkImage('centreOfMass', pixels, width, height);
  let mass = 0, sx = 0, sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ink(pixels[y * width + x]);
      mass += v;
      sx += v * x;
      sy += v * y;
    }
  }
  return mass > 0 ? { x: sx / mass, y: sy / mass, mass } : null;
}

/** Along one axis: for each of the SIDE output pixels, the source pixels it
 *  covers and their weights (overlap length times scale, so a pixel covered
 *  whole by source ink of 1 gets 1). The output coordinate of source
 *  coordinate u is offset + (u - start) * scale. */
function axisWeights(start, end, offset, scale) {
  const out = [];
  for (let j = 0; j < SIDE; j++) {
    const a = start + (j - offset) / scale;     // this output pixel's span in the source
    const b = start + (j + 1 - offset) / scale;
    const from = Math.max(start, Math.floor(a));
    const to = Math.min(end, Math.ceil(b));
    const taps = [];
    for (let i = from; i < to; i++) {
      const overlap = Math.min(b, i + 1) - Math.max(a, i);
      if (overlap > 0) taps.push(i, overlap * scale);
    }
    out.push(taps);
  }
  return out;
}

/** The drawing (width × height grey levels, ink in [0, 1]) as a 28×28 MNIST-style
 *  input: bounding box scaled to fit 20×20 (aspect kept, area-averaged), moved
 *  by whole pixels to put its centre of mass nearest pixel (14, 14). A blank
 *  drawing gives a blank input. */
export function prepareDigit(pixels, width, height) {
  checkImage('prepareDigit', pixels, width, height);
  const out = new Float32Array(SIDE * SIDE);
  const box = inkBounds(pixels, width, height);
  if (!box) return out;
  const com = centreOfMass(pixels, width, height);
  const scale = BOX / Math.max(box.x1 - box.x0, box.y1 - box.y0);
  // Where the box's corner lands (a whole pixel) so that the centre of mass
  // lands nearest the centre. In continuous coordinates pixel i spans
  // [i, i + 1], so a centre of mass at index c sits at c + 0.5.
  const ox = Math.round(CENTRE + 0.5 - (com.x + 0.5 - box.x0) * scale);
  const oy = Math.round(CENTRE + 0.5 - (com.y + 0.5 - box.y0) * scale);
  const wx = axisWeights(box.x0, box.x1, ox, scale);
  const wy = axisWeights(box.y0, box.y1, oy, scale);
  // Separable: first each source row into SIDE columns, then the rows down into SIDE rows.
  const rows = box.y1 - box.y0;
  const across = new Float32Array(rows * SIDE);
  for (let r = 0; r < rows; r++) {
    const src = (box.y0 + r) * width;
    for (let j = 0; j < SIDE; j++) {
      const taps = wx[j];
      let sum = 0;
      for (let t = 0; t < taps.length; t += 2) sum += ink(pixels[src + taps[t]]) * taps[t + 1];
      across[r * SIDE + j] = sum;
    }
  }
  for (let k = 0; k < SIDE; k++) {
    const taps = wy[k];
    for (let t = 0; t < taps.length; t += 2) {
      const r = taps[t] - box.y0;
      const w = taps[t + 1];
      for (let j = 0; j < SIDE; j++) out[k * SIDE + j] += across[r * SIDE + j] * w;
    }
  }
  // Rounding may leave a full pixel a hair above 1.
  for (let i = 0; i < out.length; i++) if (out[i] > 1) out[i] = 1;
  return out;
}

/** An image as grey levels in [0, 1]: bytes (Uint8Array, Uint8ClampedArray) are
 *  divided by 255, other numbers clamped to [0, 1] (NaN is 0). */
export function toUnitPixels(image) {
  if (!image || typeof image.length !== 'number') throw new Error('toUnitPixels: expected an array of grey levels');
  const bytes = image instanceof Uint8Array || image instanceof Uint8ClampedArray;
  const out = new Float32Array(image.length);
  for (let i = 0; i < image.length; i++) out[i] = bytes ? image[i] / 255 : ink(image[i]);
  return out;
}

/** Each pixel of a side × side image as a factor × factor block (nearest neighbour):
 *  how a 28×28 digit is drawn onto the pad. */
export function upscale(pixels, side, factor) {
  checkImage('upscale', pixels, side, side);
  const n = side * factor;
  const out = new Float32Array(n * n);
  for (let y = 0; y < n; y++) {
    const src = Math.floor(y / factor) * side;
    for (let x = 0; x < n; x++) out[y * n + x] = ink(pixels[src + Math.floor(x / factor)]);
  }
  return out;
}
