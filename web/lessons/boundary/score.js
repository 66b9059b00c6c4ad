// boundary/score.js — the course's arithmetic for a linear boundary, pure:
// a point's score w1·x1 + w2·x2 + b, its prediction (score > 0: accept), and
// the sentence the lesson prints for it.
import { num, termSum, lineEquation } from '../kit/plot2d.js';

const n = (v) => num(v, 4);

export const scoreOf = (w, b, x) => w.reduce((s, wi, i) => s + wi * x[i], b);
export const accepts = (score) => score > 0;

/** "Score = 2·9 + 1·1 − 18 = 1 > 0: accept." */
export function scoreText(w, b, x) {
  const s = scoreOf(w, b, x);
  const verdict = accepts(s) ? ' > 0: accept' : s === 0 ? ', not > 0: reject' : ' < 0: reject';
  return `Score = ${termSum(w.map((wi, i) => [wi, x[i]]), b, n)} = ${n(s)}${verdict}.`;
}

/** How many of `points` the line classifies as labelled. */
export const agreeing = (w, b, points) => points.filter((p) => (accepts(scoreOf(w, b, p.x)) ? 1 : 0) === p.y).length;

/** "2·test + grades − 18 = 0": the line as the course writes it, a dot
 *  between a weight and a feature's name. */
export const lineText = (w, b, names) => lineEquation(w, b, names, 4).replace(/(\d)([a-z])/g, '$1\u00b7$2');
