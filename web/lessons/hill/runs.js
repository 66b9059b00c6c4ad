// hill/runs.js — the hill's calls to its worker ops (hill/ops.js): the loss
// grid, painted into an offscreen canvas, and the optimizers' paths, one
// request at a time with the newest wish winning (dragging asks often). A
// request that a newer one (or leaving the lesson) has overtaken is dropped.
import { HILL_OPTIMIZERS } from './landscapes.js';
import { paintContours } from './contour.js';

const GRID_MAX = 320;                        // loss grid cells per side at most

/** on: { paths(r, animate) — a path result for the current landscape,
 *  error(text) }. settings() -> { lr, steps, optimizers: Set }. */
export function createHillRuns(ctx, v, { plot, settings, on }) {
  let surfaceToken = 0;
  let want = null;
  let busy = false;

  async function pump() {
    while (want && !v.destroyed) {
      const { animate } = want;
      want = null;
      busy = true;
      const s = settings();
      const args = {
        land: v.land.id, lr: s.lr, a: v.start[0], b: v.start[1], steps: s.steps,
        optimizers: HILL_OPTIMIZERS.map((o) => o.id).filter((o) => s.optimizers.has(o)),
      };
      try {
        const r = await ctx.ops.paths(args);
        if (!v.destroyed && r.land === v.land.id) {
          r.args = args;
          on.paths(r, animate && !want);
        }
      } catch (e) {
        if (!v.destroyed) on.error(`The paths could not be computed: ${e.message}`);
      }
      busy = false;
    }
  }

  return {
    /** The loss grid at the plot's size, painted: sets v.base and v.minima;
     *  null when a newer request has replaced this one. */
    async surface() {
      const P = plot();
      const token = ++surfaceToken;
      const side = (x) => Math.min(GRID_MAX, Math.max(16, Math.round(x)));
      const s = await ctx.ops.surface({ land: v.land.id, width: side(P.w), height: side(P.h) });
      if (v.destroyed || token !== surfaceToken) return null;
      v.base = paintedCanvas(s);
      v.minima = s.minima;
      return s;
    },
    paths(animate) {
      want = { animate };
      if (!busy) pump();
    },
  };
}

/** An offscreen canvas holding the contour map of a surface answer. */
function paintedCanvas(s) {
  const off = document.createElement('canvas');
  off.width = s.width;
  off.height = s.height;
  const g = off.getContext('2d');
  const img = g.createImageData(s.width, s.height);
  paintContours(img, s.values, s.width, s.height);
  g.putImageData(img, 0, 0);
  return off;
}
