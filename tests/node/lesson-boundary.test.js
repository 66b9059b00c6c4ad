// lesson-boundary.test.js — the linear-boundaries lesson's arithmetic and
// data against the real engine: the engine's admissions students are
// labelled by the course's line 2·test + grades − 18 > 0, student 4 scores
// 2·9 + 1·1 − 18 = 1 > 0, a score of exactly 0 is not an accept, the
// three-feature students lie on the sides the plane says, and the plane's
// drawn polygon lies in the plane.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreText, scoreOf, agreeing, lineText } from '../../web/lessons/boundary/score.js';
import { boundaryOps, PLANE } from '../../web/lessons/boundary/ops.js';
import { planePolygon } from '../../web/lessons/kit/space3d.js';
import { load } from './wasm-helpers.js';

const dh = await load('simd');

test('the engine\u2019s students are decided by 2·test + grades − 18 > 0', () => {
  const { points } = boundaryOps.students(dh, { count: 40, seed: 4 }, {});
  assert.equal(points.length, 40);
  assert.ok(points.some((p) => p.y === 1) && points.some((p) => p.y === 0), 'both decisions occur');
  assert.equal(agreeing([2, 1], -18, points), 40);
  for (const p of points) assert.ok(p.x.every((v) => v >= 0 && v <= 10), `on 0-10: ${p.x}`);
  assert.throws(() => boundaryOps.students(dh, { count: 0, seed: 4 }, {}), /the number of students must be 1 to 200/);
});

test('student 4 and the course\u2019s arithmetic', () => {
  assert.equal(lineText([2, 1], -18, ['test', 'grades']), '2·test + grades − 18 = 0');
  assert.equal(scoreText([2, 1], -18, [9, 1]), 'Score = 2·9 + 1·1 − 18 = 1 > 0: accept.');
  assert.equal(scoreText([2, 1], -18, [7, 3]), 'Score = 2·7 + 1·3 − 18 = −1 < 0: reject.');
  assert.equal(scoreText([2, 1], -18, [8, 2]), 'Score = 2·8 + 1·2 − 18 = 0, not > 0: reject.');
  assert.equal(scoreText([1.5, -0.5], 2, [4, 6]), 'Score = 1.5·4 − 0.5·6 + 2 = 5 > 0: accept.');
});

test('three features: the students sit on the plane\u2019s sides, and its polygon lies in it', () => {
  const { points, plane } = boundaryOps.space(dh, { count: 60, seed: 7 }, {});
  assert.deepEqual(plane, { w: [...PLANE.w], b: PLANE.b });
  assert.equal(points.length, 60);
  assert.ok(points.some((p) => p.y === 1) && points.some((p) => p.y === 0));
  for (const p of points) assert.equal(p.y, scoreOf(plane.w, plane.b, p.x) > 0 ? 1 : 0);
  const poly = planePolygon(plane.w, plane.b);
  assert.ok(poly.length >= 3, `a polygon: ${poly.length} corners`);
  for (const q of poly) {
    assert.ok(Math.abs(scoreOf(plane.w, plane.b, q)) < 1e-9, `on the plane: ${q}`);
    assert.ok(q.every((v) => v >= -1e-9 && v <= 10 + 1e-9), `in the cube: ${q}`);
  }
  assert.deepEqual(planePolygon([1, 0, 0], -20), [], 'a plane outside the cube has no polygon');
});
