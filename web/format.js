// format.js — numbers for people. Nothing on screen ever reads "NaN" or
// "Infinity": a value that is not finite prints as an em dash.

export const MISSING = '—';

export function fmtLoss(v) {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  if (Math.abs(v) >= 1000 || Math.abs(v) < 1e-3) return v.toExponential(2).replace('e+', 'e');
  return v.toFixed(Math.abs(v) >= 10 ? 2 : 4);
}

export function fmtPercent(v) {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : MISSING;
}

// One formatter, made once: toLocaleString makes one per call, which showed
// in the page's profile (the epoch and update counts are formatted every frame).
const INT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function fmtInt(v) {
  return Number.isFinite(v) ? INT_FORMAT.format(Math.round(v)) : MISSING;
}

/** A learning rate or other small positive number, short: 0.03, 3e-4, 10. */
export function fmtRate(v) {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3) return Number(v.toPrecision(2)).toExponential().replace('e+', 'e');
  return String(Number(v.toPrecision(3)));
}

/** Any number from a file, at a readable length: 127537, 0.25, 1e+300 as
 *  1e300, 3.14159e38. Whole numbers up to a million print whole. */
export function fmtNumber(v) {
  if (typeof v !== 'number') return String(v);
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) {
    return Number(v.toPrecision(6)).toExponential().replace('e+', 'e');
  }
  return String(Number(v.toPrecision(6)));
}

export function fmtWeight(v) {
  if (!Number.isFinite(v)) return MISSING;
  return (v >= 0 ? '+' : '') + (Math.abs(v) >= 100 ? v.toExponential(2) : v.toFixed(3));
}

export function fmtRate1(v) {
  if (!Number.isFinite(v) || v <= 0) return MISSING;
  if (v >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(1)}k`;
  return v.toFixed(0);
}

/** A rate that may be slow: 0.8, 9.5, 58, 43.2k. */
export function fmtRateSlow(v) {
  if (!Number.isFinite(v) || v <= 0) return MISSING;
  return v < 10 ? v.toFixed(1) : fmtRate1(v);
}
