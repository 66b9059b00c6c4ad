// palette.js — colours and the functions that turn Float32Array planes into
// ImageData. Okabe–Ito colours (safe for the common colour-vision
// deficiencies); class is also told apart by marker shape, never by colour
// alone. Binary maps run orange (class 0) through near-white to blue (class 1).

export const CLASS_COLORS = [
  [230, 159, 0],    // orange
  [0, 114, 178],    // blue
  [0, 158, 115],    // bluish green
  [204, 121, 167],  // reddish purple
  [86, 180, 233],   // sky blue
  [213, 94, 0],     // vermillion
];
export const CLASS_SHAPES = ['circle', 'triangle', 'square', 'diamond', 'cross', 'star'];
export const NEGATIVE = [230, 159, 0];
export const POSITIVE = [0, 114, 178];
const PAPER = [247, 247, 244];

export function classColor(k) {
  return CLASS_COLORS[k % CLASS_COLORS.length];
}

export function rgb(c, alpha = 1) {
  return alpha === 1 ? `rgb(${c[0]},${c[1]},${c[2]})` : `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
}

function mix(a, b, t, out, i) {
  out[i] = a[0] + (b[0] - a[0]) * t;
  out[i + 1] = a[1] + (b[1] - a[1]) * t;
  out[i + 2] = a[2] + (b[2] - a[2]) * t;
  out[i + 3] = 255;
}

/** Fill `img` (ImageData of w*h) from a probability map.
 *  planes: Float32Array (nOut, h, w). nOut 1: P(class 1); else one plane per class.
 *  discrete: solid colours of the predicted class. A non-finite value paints grey. */
export function paintDecision(img, planes, nOut, w, h, discrete) {
  const px = img.data;
  const n = w * h;
  if (nOut <= 2) {
    const off = nOut === 2 ? n : 0;
    for (let i = 0; i < n; i++) {
      const p = planes[off + i];
      const o = i * 4;
      if (!(p >= 0 && p <= 1)) { mix(PAPER, [160, 160, 160], 1, px, o); continue; }
      if (discrete) {
        mix(PAPER, p >= 0.5 ? POSITIVE : NEGATIVE, 0.62, px, o);
      } else if (p < 0.5) {
        mix(PAPER, NEGATIVE, Math.min(1, (0.5 - p) * 2) * 0.8, px, o);
      } else {
        mix(PAPER, POSITIVE, Math.min(1, (p - 0.5) * 2) * 0.8, px, o);
      }
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestP = -1;
    for (let c = 0; c < nOut; c++) {
      const p = planes[c * n + i];
      if (p > bestP) { bestP = p; best = c; }
    }
    const o = i * 4;
    if (!(bestP >= 0 && bestP <= 1)) { mix(PAPER, [160, 160, 160], 1, px, o); continue; }
    // Confidence above chance (1/k) sets the strength of the winning colour.
    const t = discrete ? 0.62 : Math.max(0, (bestP - 1 / nOut) / (1 - 1 / nOut)) * 0.8;
    mix(PAPER, classColor(best), t, px, o);
  }
}

/** The colour of a regression value v on the scale lo..hi (lo < 0 < hi):
 *  diverging around 0, NEGATIVE below and POSITIVE above, as the unit maps.
 *  A non-finite value is grey. Writes RGBA into out at i. */
export function valueColorInto(v, lo, hi, out, i) {
  if (!Number.isFinite(v)) { mix(PAPER, [160, 160, 160], 1, out, i); return; }
  if (v < 0) mix(PAPER, NEGATIVE, Math.min(1, v / lo) * 0.9, out, i);
  else mix(PAPER, POSITIVE, Math.min(1, v / hi) * 0.9, out, i);
}

/** valueColorInto as an [r, g, b] triple. */
export function valueColor(v, lo, hi) {
  const c = [0, 0, 0, 0];
  valueColorInto(v, lo, hi, c, 0);
  return [Math.round(c[0]), Math.round(c[1]), Math.round(c[2])];
}

/** Fill img (w*h) from a regression model's predicted values on the scale lo..hi. */
export function paintValue(img, values, lo, hi, w, h) {
  const px = img.data;
  for (let i = 0; i < w * h; i++) valueColorInto(values[i], lo, hi, px, i * 4);
}

/** Fill img from a unit's activation plane (offset into a larger buffer),
 *  diverging around 0 and scaled by the plane's largest magnitude. */
export function paintUnit(img, values, offset, w, h) {
  const px = img.data;
  const n = w * h;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(values[offset + i]);
    if (v > scale && Number.isFinite(v)) scale = v;
  }
  scale = scale > 1e-12 ? scale : 1;
  for (let i = 0; i < n; i++) {
    const v = values[offset + i] / scale;
    const o = i * 4;
    if (!Number.isFinite(v)) { mix(PAPER, [160, 160, 160], 1, px, o); continue; }
    if (v < 0) mix(PAPER, NEGATIVE, Math.min(1, -v) * 0.85, px, o);
    else mix(PAPER, POSITIVE, Math.min(1, v) * 0.85, px, o);
  }
}

/** Trace a marker of `shape` centred at (x, y) with radius r. */
export function markerPath(ctx, shape, x, y, r, begin = true) {
  // begin false adds the marker to the path being built (many points, one fill).
  if (begin) ctx.beginPath();
  switch (shape) {
    case 'triangle':
      ctx.moveTo(x, y - r * 1.15);
      ctx.lineTo(x + r * 1.05, y + r * 0.7);
      ctx.lineTo(x - r * 1.05, y + r * 0.7);
      ctx.closePath();
      break;
    case 'square':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'diamond':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      break;
    case 'cross':
      ctx.rect(x - r, y - r * 0.35, r * 2, r * 0.7);
      ctx.rect(x - r * 0.35, y - r, r * 0.7, r * 2);
      break;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}
