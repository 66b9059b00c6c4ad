// digits/confusion-stats.js — what the Digits confusion table shows beside its
// counts, and the words for a cell. Pure.
//
//   checkCounts(counts)        throws unless counts is 100 whole numbers >= 0
//                              (row-major: counts[true * 10 + predicted])
//   confusionStats(counts)     -> { total, right, overall, accuracy: number[10], rows: number[10] }
//                              accuracy[d]: the share of true d predicted d (NaN: no d);
//                              overall: right / total (NaN when total is 0)
//   cellLabel(t, p, count)     -> "12 of the 4s predicted as a 9" (a cell button's name)
//   stripHeading(t, p, shown, count) -> the heading over a cell's digits

import { perClassAccuracy } from '../worker/confusion.js';

export const K = 10;

export function checkCounts(counts) {
  if (!counts || typeof counts.length !== 'number' || counts.length !== K * K) {
    const got = counts && typeof counts.length === 'number' ? `${counts.length} numbers` : 'no list';
    throw new Error(`confusion matrix: expected 100 counts (10 true digits × 10 predicted); got ${got}`);
  }
  for (let i = 0; i < K * K; i++) {
    const c = counts[i];
    if (!Number.isInteger(c) || c < 0) {
      throw new Error(`confusion matrix: the count of true ${Math.floor(i / K)} predicted ${i % K} is ${c}; counts are whole numbers from 0`);
    }
  }
}

export function confusionStats(counts) {
  checkCounts(counts);
  const rows = [];
  let total = 0, right = 0;
  for (let t = 0; t < K; t++) {
    let row = 0;
    for (let p = 0; p < K; p++) row += counts[t * K + p];
    rows.push(row);
    total += row;
    right += counts[t * K + t];
  }
  return { total, right, overall: total ? right / total : NaN, accuracy: perClassAccuracy(counts, K), rows };
}

const digits = (n) => (n === 1 ? '1 digit' : `${n} digits`);

export function cellLabel(t, p, count) {
  return t === p ? `${count} of the ${t}s predicted right` : `${count} of the ${t}s predicted as a ${p}`;
}

export function stripHeading(t, p, shown, count) {
  const what = t === p ? `${t}s predicted right` : `${t}s taken for a ${p}`;
  if (count === 0) return `${what}: none`;
  return shown < count ? `${what}: ${digits(count)}, the first ${shown} shown` : `${what}: ${digits(count)}`;
}
