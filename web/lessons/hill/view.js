// hill/view.js — the "hill" lesson: a contour map of the loss over two weights and
// the paths of SGD, momentum, Nesterov, RMSProp and Adam walking down it from
// the same start at the same learning rate. The start can be dragged (pointer)
// or moved with the arrow keys; a results table is the text alternative of the
// picture. On the two-wells landscape, random restarts of plain SGD show which
// well a start leads to, and momentum escaping the shallow one.
//
// All numbers come from the worker (hill/ops.js). This module holds the
// lesson's state and wires its parts: layout.js (the DOM), settings.js (the
// controls), map.js (the canvas, drawn by map-draw.js), runs.js (the worker
// calls) and show.js (the results on the page, in words from outcome.js and
// tables from results.js).
import { HILL_RESTARTS, hillLandscape, hillValue } from './landscapes.js';
import { buildHillDom } from './layout.js';
import { createHillSettings, showMessage } from './settings.js';
import { createHillMap } from './map.js';
import { createHillRuns } from './runs.js';
import { showPaths, showRestarts } from './show.js';
import { fmtCoord } from './format.js';

export function createHillLesson(container, ctx) {
  const st = ctx.state;
  const land = hillLandscape(st.hillLand);
  const v = {
    land,
    // The link's start, rate and steps, or (left out) the landscape's own.
    start: [hillValue(st, land, 'hillA'), hillValue(st, land, 'hillB')],
    base: null,            // canvas holding the painted contour map
    minima: [],
    result: null,          // { land, runs, minima, args } of the last path request
    shown: Infinity,       // steps of each path drawn so far
    raf: 0,
    mode: 'compare',       // or 'restarts'
    restarts: null,
    seed: HILL_RESTARTS.seed,
    destroyed: false,
  };
  const optimizerOn = new Set(st.hillOpts);
  // The parts below call each other through these; none runs before all exist.
  const rerun = (animate) => runs.paths(animate);
  const compareAndRun = () => { set.toCompare(); rerun(true); };
  const restarts = () => runRestarts(ctx, v, dom, { sync: () => set.sync(), draw });

  const dom = buildHillDom({
    landId: v.land.id, optimizerOn,
    on: {
      landscape: (id) => set.landscape(id),
      optimizer: (id, box) => set.optimizer(id, box),
      slideLr: (lr) => set.slideLr(lr),
      slideDone: () => set.slideDone(),
      typed: (key, input, hint) => set.typed(key, input, hint),
      run: compareAndRun,
      reset: () => set.landscape(v.land.id),
      restarts,
      reseed: () => { v.seed += 1; restarts(); },
    },
  });
  container.append(dom.root);
  const set = createHillSettings(ctx, v, dom, optimizerOn, { reload: loadSurface, rerun });
  const map = createHillMap(dom.canvas, {
    scene, land: () => v.land, start: () => v.start,
    on: {
      move: moveTo,
      dragEnd: () => set.start(v.start[0], v.start[1], true),
      run: compareAndRun,
      stop: () => cancelAnimationFrame(v.raf),
      keyMoved: () => ctx.announce(`Start ${v.land.a.name} ${fmtCoord(v.start[0])}, ${v.land.b.name} ${fmtCoord(v.start[1])}`),
      // Repaint the map finer or coarser; the paths stay as they are.
      resized: () => runs.surface().then((s) => { if (s) draw(); }).catch(() => { /* keep the old picture */ }),
    },
  });
  const runs = createHillRuns(ctx, v, {
    plot: map.plot,
    settings: () => ({ lr: hillValue(st, v.land, 'hillLr'), steps: hillValue(st, v.land, 'hillSteps'), optimizers: optimizerOn }),
    on: {
      paths: (r, animate) => {
        v.result = r;
        if (v.mode === 'compare') showPaths(v, dom, ctx, draw, animate);
      },
      error: (text) => showMessage(dom, text),
    },
  });

  /** What the map shows now (map-draw.js). */
  function scene() {
    const starts = v.mode === 'restarts' ? v.restarts : null;
    const paths = !starts && v.result && v.result.land === v.land.id ? v.result.runs : [];
    return {
      land: v.land, base: v.base, minima: v.minima, restarts: starts, runs: paths, shown: v.shown,
      start: v.mode !== 'restarts' ? v.start : null,
    };
  }

  function draw() {
    if (!v.destroyed) map.draw();
  }

  function moveTo(a, b, commit) {
    v.mode = 'compare';
    set.start(a, b, commit);   // syncs the controls
    draw();
    rerun(false);
  }

  async function loadSurface() {
    map.layout();
    dom.root.dataset.state = 'loading';
    try {
      if (!(await runs.surface())) return;
      v.result = null;
      draw();
      if (v.mode === 'restarts') restarts(); else rerun(true);
    } catch (e) {
      if (!v.destroyed) showMessage(dom, `The landscape could not be computed: ${e.message}`);
    }
  }

  // ---- start ---------------------------------------------------------------------
  set.keepStartOnMap();
  set.sync();
  loadSurface();

  return {
    destroy() {
      v.destroyed = true;
      cancelAnimationFrame(v.raf);
      map.destroy();
    },
  };
}

/** Plain SGD from the seeded random starts, and momentum from the stuck ones
 *  (two wells only), shown on the map in place of the comparison. */
async function runRestarts(ctx, v, dom, { sync, draw }) {
  if (v.land.id !== 'two-wells') return;
  cancelAnimationFrame(v.raf);
  v.mode = 'restarts';
  dom.restartBtn.disabled = true;
  dom.reseedBtn.disabled = true;
  dom.restartSection.dataset.state = 'running';
  try {
    const r = await ctx.ops.restarts({ seed: v.seed });
    if (v.destroyed || v.mode !== 'restarts') return;
    v.restarts = r;
    sync();
    draw();
    showRestarts(v, dom, ctx, r);
  } catch (e) {
    if (!v.destroyed) showMessage(dom, `The restarts could not be computed: ${e.message}`);
  } finally {
    dom.restartBtn.disabled = false;
    dom.reseedBtn.disabled = false;
  }
}
