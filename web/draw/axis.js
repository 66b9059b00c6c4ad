// draw/axis.js — tick values for every axis the page draws (plots, maps, landscapes).

/** About `count` round tick values (steps of 1, 2 or 5 times a power of ten)
 *  covering [lo, hi], printed without float noise (0.30000000000000004 → 0.3). */
export function ticks(lo, hi, count = 5) {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return [lo];
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) || raw;
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-6; t += step) {
    out.push(Math.abs(t) < step * 1e-6 ? 0 : Number(t.toPrecision(6)));
  }
  return out;
}
