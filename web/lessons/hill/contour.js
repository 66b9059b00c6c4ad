// hill/contour.js — a filled contour map of a loss grid, painted into ImageData.
//
// The loss is shown on a log scale above its smallest value, so the floor of a
// valley keeps its detail next to steep walls. The colour scale runs from
// light cream (low loss) through green and teal to navy (high loss), its
// lightness falling steadily so the order reads in greyscale too. Contour
// lines sit where the log loss crosses one of `levels` evenly spaced values.

// Anchors of the scale at t = 0, 0.25, 0.5, 0.75, 1 (low to high loss).
const SCALE = [
  [252, 246, 216],
  [184, 226, 176],
  [92, 184, 170],
  [42, 112, 160],
  [34, 40, 98],
];
const MISSING = [170, 170, 170];

/** The colour of t in [0, 1] on the scale, into out[i..i+3]. */
export function scaleColor(t, out, i) {
  const x = Math.min(1, Math.max(0, t)) * (SCALE.length - 1);
  const j = Math.min(SCALE.length - 2, Math.floor(x));
  const f = x - j;
  const a = SCALE[j], b = SCALE[j + 1];
  out[i] = a[0] + (b[0] - a[0]) * f;
  out[i + 1] = a[1] + (b[1] - a[1]) * f;
  out[i + 2] = a[2] + (b[2] - a[2]) * f;
  out[i + 3] = 255;
}

/** Fill img (w×h ImageData) from values (h*w, row 0 at the top).
 *  Returns { lo, hi } of the finite values. */
export function paintContours(img, values, w, h, levels = 16) {
  const n = w * h;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  }
  const px = img.data;
  if (!(hi >= lo)) {
    for (let i = 0; i < n; i++) { px.set(MISSING, 4 * i); px[4 * i + 3] = 255; }
    return { lo: 0, hi: 0 };
  }
  // t = position of log(v - lo + d) between log(d) and log(hi - lo + d).
  const d = Math.max((hi - lo) * 1e-2, 1e-9);
  const l0 = Math.log(d), span = Math.log(hi - lo + d) - l0 || 1;
  const t = new Float32Array(n);
  const band = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) { t[i] = -1; band[i] = -1; continue; }
    t[i] = (Math.log(v - lo + d) - l0) / span;
    band[i] = Math.min(levels - 1, Math.floor(t[i] * levels));
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x, o = 4 * i;
      if (band[i] < 0) { px.set(MISSING, o); px[o + 3] = 255; continue; }
      scaleColor(t[i], px, o);
      const edge = (x + 1 < w && band[i + 1] !== band[i]) || (y + 1 < h && band[i + w] !== band[i]);
      if (edge) {
        // A line: darker on the light part of the scale, lighter on the dark part.
        const toward = t[i] < 0.55 ? 40 : 255, k = t[i] < 0.55 ? 0.35 : 0.4;
        px[o] += (toward - px[o]) * k;
        px[o + 1] += (toward - px[o + 1]) * k;
        px[o + 2] += (toward - px[o + 2]) * k;
      }
    }
  }
  return { lo, hi };
}
