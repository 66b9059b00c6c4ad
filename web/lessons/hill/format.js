// hill/format.js — how the hill lesson prints a weight and an axis tick.
import { MISSING } from '../../format.js';

/** A coordinate on the map: two decimals, exponent form when huge. */
export function fmtCoord(x) {
  if (!Number.isFinite(x)) return MISSING;
  if (Math.abs(x) >= 1000) return x.toExponential(1).replace('e+', 'e');
  return Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2);
}

/** An axis tick without float noise (0.30000000000000004 -> 0.3). */
export function tickText(t) {
  return String(Number(t.toPrecision(6)));
}
