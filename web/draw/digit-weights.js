// draw/digit-weights.js — one first-layer unit's 784 incoming weights as a
// 28×28 picture, in the colour-blind-safe diverging palette (palette.js:
// blue positive, orange negative, paper at 0, scaled by the unit's largest
// |w|), so a unit that "looks for" ink in a stroke shows that stroke in blue.
// The canvas is 28×28 pixels; CSS scales it up, pixelated.

import { paintUnit } from '../palette.js';

const SIDE = 28;

/** Row `unit` of a layer's (out, 784) weight matrix into a 28×28 canvas.
 *  @param {HTMLCanvasElement} canvas  @param {Float32Array} w  @param {number} unit */
export function paintWeights(canvas, w, unit) {
  if (canvas.width !== SIDE) canvas.width = SIDE;
  if (canvas.height !== SIDE) canvas.height = SIDE;
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(SIDE, SIDE);
  paintUnit(img, w, unit * SIDE * SIDE, SIDE, SIDE);
  ctx.putImageData(img, 0, 0);
}
