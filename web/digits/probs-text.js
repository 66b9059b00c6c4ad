// digits/probs-text.js — the ten softmax probabilities as words and numbers
// for the bars (digits/probs.js). Pure.
//
//   checkProbs(probs)             throws, in the probabilities' own terms, unless probs
//                                 is ten finite numbers >= 0 that add up to 1 (± 1e-3)
//   probTexts(probs, decimals=3)  -> string[10], e.g. "0.931", that add up to exactly 1
//   topDigit(probs)               -> the most probable digit (the first on a tie)
//   describeProbs(probs)          -> "Most likely a 7 (0.931), then a 1 (0.040) and a 9 (0.012)."
//
// Why the texts add up to exactly 1: rounding each one on its own can make the
// ten shown numbers add up to 0.998 or 1.003, which a student rightly reads as
// a mistake. Largest remainders (Hamilton's method) round each down, then give
// the units left over to the values that lost the most, so no shown value is
// off by as much as one unit in the last place.

export const DIGITS = 10;

export function checkProbs(probs) {
  if (!probs || typeof probs.length !== 'number' || probs.length !== DIGITS) {
    const got = probs && typeof probs.length === 'number' ? `${probs.length} numbers` : 'no list';
    throw new Error(`digit probabilities: expected one for each digit 0-9 (10 numbers); got ${got}`);
  }
  let total = 0;
  for (let d = 0; d < DIGITS; d++) {
    const p = probs[d];
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0) {
      throw new Error(`digit probabilities: the probability of a ${d} is ${p}; each must be a number from 0 to 1`);
    }
    total += p;
  }
  if (Math.abs(total - 1) > 1e-3) {
    throw new Error(`digit probabilities: they add up to ${total.toPrecision(4)}; probabilities add up to 1`);
  }
}

export function probTexts(probs, decimals = 3) {
  checkProbs(probs);
  const unit = 10 ** decimals;
  let total = 0;
  for (let d = 0; d < DIGITS; d++) total += probs[d];
  const exact = Array.from(probs, (p) => (p / total) * unit);
  const units = exact.map(Math.floor);
  let left = unit - units.reduce((a, b) => a + b, 0);
  // The left-over units to the largest remainders (the lower digit first on a tie).
  const order = exact.map((v, d) => [v - Math.floor(v), d]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; left > 0; i++, left--) units[order[i][1]] += 1;
  return units.map((u) => (u / unit).toFixed(decimals));
}

export function topDigit(probs) {
  let best = 0;
  for (let d = 1; d < probs.length; d++) if (probs[d] > probs[best]) best = d;
  return best;
}

export function describeProbs(probs) {
  const texts = probTexts(probs);
  const order = Array.from({ length: DIGITS }, (_, d) => d)
    .sort((a, b) => probs[b] - probs[a] || a - b);
  const [first, second, third] = order;
  return `Most likely a ${first} (${texts[first]}), then a ${second} (${texts[second]}) and a ${third} (${texts[third]}).`;
}
