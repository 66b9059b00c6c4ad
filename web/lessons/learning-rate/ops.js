// learning-rate/ops.js — worker side of "Which learning rate": gradient
// descent on one weight with the error E(w) = w², traced by the engine itself.
// The bowl landscape is a² + b² (core/nn_landscape.c); started at b = 0, b
// stays 0 and the path is plain SGD on E(a) = a²: each step is
// w ← w − α·2w = (1 − 2α)·w, so it shrinks for α < 1, lands on 0 at α = 0.5,
// overshoots (changes sign) above 0.5 and grows without end above 1.
//
// Ops:
//   descent({ lr, start, steps }) -> { lr, points: [{ w, e }] (steps + 1, fewer
//        if the weight blew up), verdict: { kind, step, e } }
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const MAX_STEPS = 100;
/** Within this error of the minimum counts as there. */
export const NEAR = 1e-3;

export const learningRateOps = defineOps(OPS, {
  descent(dh, { lr, start, steps }) {
    if (!(Number.isInteger(steps) && steps >= 1 && steps <= MAX_STEPS)) throw new Error(`steps must be a whole number from 1 to ${MAX_STEPS}`);
    const flat = dh.landscapePath('bowl', { optimizer: 'sgd' }, lr, start, 0, steps);
    const points = [];
    for (let i = 0; i < flat.length; i += 3) points.push({ w: flat[i], e: flat[i + 2] });
    return { lr, points, verdict: verdictOf(points, steps) };
  },
});

/** What the path did, decided once: 'there' (within NEAR of the minimum at
 *  `step`), 'diverged' (ended higher than it started, or blew up),
 *  'bouncing' (no lower after all its steps: α = 1 swings between ±w for
 *  ever), else 'crawling' (lower, not there yet). */
export function verdictOf(points, steps) {
  const first = points[0].e, last = points[points.length - 1];
  const at = points.findIndex((p) => p.e < NEAR);
  if (points.length < steps + 1 || last.e > first) return { kind: 'diverged', step: points.length - 1, e: last.e };
  if (at >= 0) return { kind: 'there', step: at, e: points[at].e };
  if (last.e >= first) return { kind: 'bouncing', step: points.length - 1, e: last.e };
  return { kind: 'crawling', step: points.length - 1, e: last.e };
}
