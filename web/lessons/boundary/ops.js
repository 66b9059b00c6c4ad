// boundary/ops.js — worker side of the linear-boundaries lesson: the
// engine's admissions data (test score and grades on 0-10, accepted iff
// 2·test + grades − 18 > 0, core/nn_data.c) and a three-feature set for the
// plane, labelled the same way by 2·test + grades + rank − 23 > 0.
//
// Ops:
//   students({ count, seed }) -> { points: [{ x: [test, grades], y }] }
//   space({ count, seed })    -> { points: [{ x: [test, grades, rank], y }], plane: { w: [w1, w2, w3], b } }
//        test and grades from the engine's admissions generator, the rank
//        from the engine's seeded split of the same points (so the set is
//        reproducible without a second random generator in JS)
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const PLANE = Object.freeze({ w: [2, 1, 1], b: -23 });
const MAX_COUNT = 200;

function admissions(dh, count, seed) {
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_COUNT)) throw new Error(`the number of students must be 1 to ${MAX_COUNT}`);
  const ds = dh.generate('admissions', { count, noise: 0, seed });
  try {
    const x = Array.from(ds.x), y = Array.from(ds.y);
    return y.map((label, i) => ({ x: [x[2 * i], x[2 * i + 1]], y: label }));
  } finally {
    ds.free();
  }
}

export const boundaryOps = defineOps(OPS, {
  students(dh, { count, seed }) {
    return { points: admissions(dh, count, seed) };
  },

  space(dh, { count, seed }) {
    // A third feature from a second admissions draw: its test score, as a rank.
    const a = admissions(dh, count, seed), b = admissions(dh, count, seed + 1);
    const points = a.map((p, i) => {
      const x = [p.x[0], p.x[1], b[i].x[0]];
      const score = PLANE.w.reduce((s, w, j) => s + w * x[j], PLANE.b);
      return { x, y: score > 0 ? 1 : 0 };
    });
    return { points, plane: { w: [...PLANE.w], b: PLANE.b } };
  },
});
