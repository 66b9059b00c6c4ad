// softmax/format.js — the lesson's numbers as the course prints them: two
// decimals and a true minus sign.
export const MINUS = '\u2212';

export function two(v) {
  if (!Number.isFinite(v)) return '\u2014';
  const s = v.toFixed(2);
  return s.startsWith('-') && Number(s) !== 0 ? MINUS + s.slice(1) : s.replace(/^-/, '');
}

/** A probability or score as typed: 0.8, −1.5 (up to 4 significant digits). */
export function short(v) {
  if (!Number.isFinite(v)) return '\u2014';
  const s = String(Number(v.toPrecision(4)));
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

export const vector = (xs) => `(${xs.map(short).join(', ')})`;
