// complexity/view.js — "Underfitting and overfitting": networks of growing
// size trained side by side in the worker (complexity/ops.js, a few epochs
// per call, so the page never waits), the model-complexity graph drawn as
// they train (draw.js), the best size marked, and any size's boundary opened
// from the graph or its row of the table. Settings in the URL: cxNoise,
// cxEpochs.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import { num } from '../kit/plot2d.js';
import { numberField, createComparison } from '../kit/compare-kit.js';
import { graphSvg, paintBoundary } from './draw.js';
import { SIZES } from './ops.js';
import * as T from './text.js';

const PACE = 100;           // epochs a second while animated: the default 400 take 4 s
const CANVAS = 300;
const n3 = (v) => (Number.isFinite(v) ? num(v, 3) : '\u2014');
const pct = (v) => (Number.isFinite(v) ? `${Math.round(v * 100)} %` : '\u2014');

/** The size with the lowest test error, or null. */
export function bestSize(runs) {
  let best = null;
  for (const r of runs) if (Number.isFinite(r.testLoss) && (best === null || r.testLoss < best.testLoss)) best = r;
  return best ? best.size : null;
}

/** Underfitting, best or overfitting, by where a size sits against the best. */
export function verdict(size, best) {
  if (best === null) return '';
  return size < best ? 'underfits' : size > best ? 'overfits' : 'best';
}

export function createComplexityLesson(container, ctx) {
  const s = { shown: null, gen: 0, destroyed: false };
  const graphBox = el('div', { class: 'cx-graph-box', id: 'cx-graph' });
  const graphSummary = el('p', { id: 'cx-summary' });
  const rows = el('tbody');
  const canvas = el('canvas', { id: 'cx-boundary-canvas', width: CANVAS, height: CANVAS, role: 'img', 'aria-label': 'No boundary shown yet' });
  const boundaryText = el('p', { id: 'cx-boundary-text' }, 'Run the networks, then pick a size.');
  graphBox.addEventListener('click', (e) => {
    const g = /** @type {Element} */ (e.target).closest?.('[data-size]');
    if (g) show(Number(g.getAttribute('data-size')));
  });

  const { v, controls, status, destroy } = createComparison(ctx, {
    fields: [numberField(ctx, { key: 'cxNoise', label: 'Noise' }), numberField(ctx, { key: 'cxEpochs', label: 'Epochs' })],
    idle: T.IDLE,
    settings: () => ({ noise: ctx.state.cxNoise, epochs: ctx.state.cxEpochs }),
    pace: PACE,
    empty: () => ({}),
    start: () => ({}),
    merge(runs, chunk) { for (const r of chunk.runs) runs[r.id] = r; },
    draw,
    doneText: (done) => {
      const best = bestSize(list(done.runs));
      return `Done: ${fmtInt(done.settings.epochs)} epochs for each network. The lowest test error is ${best} unit${best === 1 ? '' : 's'} per layer.`;
    },
    summary: () => graphSummary.textContent,
  });

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'cmp-intro' }, ...T.INTRO),
    controls, status,
    el('div', { class: 'cx-layout' },
      el('section', { class: 'cmp-section', 'aria-labelledby': 'cx-graph-h' },
        el('h3', { id: 'cx-graph-h' }, T.GRAPH_TITLE),
        el('p', { class: 'cmp-note' }, T.GRAPH_NOTE),
        graphBox, graphSummary,
        el('table', { class: 'bp-table cx-table', id: 'cx-table' },
          el('caption', {}, T.TABLE_CAPTION),
          el('thead', {}, el('tr', {}, ['Units per layer', 'Training error', 'Test error', 'Test accuracy', 'Verdict', 'Boundary'].map((h) => el('th', { scope: 'col' }, h)))),
          rows)),
      el('section', { class: 'cmp-section', 'aria-labelledby': 'cx-boundary-h' },
        el('h3', { id: 'cx-boundary-h' }, T.BOUNDARY_TITLE),
        el('p', { class: 'cmp-note' }, T.BOUNDARY_NOTE),
        canvas, boundaryText)),
  );
  draw();

  function list(runs) { return SIZES.map((h) => runs[String(h)]).filter(Boolean); }

  function draw() {
    const runs = list(v.runs);
    const best = v.done ? bestSize(runs) : null;
    graphBox.replaceChildren(graphSvg({ sizes: SIZES, runs, best, shown: s.shown, label: T.GRAPH_LABEL }));
    graphSummary.textContent = runs.length === 0 ? 'No networks trained yet.'
      : `${runs.map((r) => `${r.size}: ${n3(r.trainLoss)} / ${n3(r.testLoss)}`).join('; ')} (units: training / test error)`
        + (best === null ? '.' : `. Best: ${best} units, test error ${n3(v.runs[String(best)].testLoss)}.`);
    rows.replaceChildren(...runs.map((r) => el('tr', { class: r.size === best ? 'cx-best-row' : '' },
      el('th', { scope: 'row' }, String(r.size)),
      el('td', {}, n3(r.trainLoss)), el('td', {}, n3(r.testLoss)), el('td', {}, pct(r.testAcc)),
      el('td', {}, verdict(r.size, best)),
      el('td', {}, el('button', { type: 'button', class: 'cx-show', 'data-size': r.size, disabled: !v.done, onclick: () => show(r.size) }, `Show ${r.size}`)))));
    if (!v.done && s.shown !== null) { s.shown = null; clearBoundary(); }
    if (v.done && s.shown === null && best !== null) show(best);
  }

  function clearBoundary() {
    canvas.getContext('2d')?.clearRect(0, 0, CANVAS, CANVAS);
    canvas.setAttribute('aria-label', 'No boundary shown yet');
    boundaryText.textContent = 'Run the networks, then pick a size.';
  }

  async function show(size) {
    if (!v.done) return;
    const gen = ++s.gen;
    try {
      const b = await ctx.ops.boundary({ size, cells: 100 });
      if (s.destroyed || gen !== s.gen) return;
      s.shown = size;
      const ctx2 = canvas.getContext('2d');
      if (ctx2) paintBoundary(ctx2, b, CANVAS);
      const r = v.runs[String(size)];
      const best = bestSize(list(v.runs));
      const text = `${size} unit${size === 1 ? '' : 's'} per layer (${verdict(size, best)}): training error ${n3(r.trainLoss)}, test error ${n3(r.testLoss)}, `
        + `test accuracy ${pct(r.testAcc)}.`;
      boundaryText.textContent = text;
      canvas.setAttribute('aria-label', `The boundary of the network with ${text}`);
      graphBox.replaceChildren(graphSvg({ sizes: SIZES, runs: list(v.runs), best, shown: size, label: T.GRAPH_LABEL }));
      ctx.announce(boundaryText.textContent);
    } catch (e) {
      if (!s.destroyed) boundaryText.textContent = `Could not draw the boundary: ${e.message}`;
    }
  }

  return { destroy() { s.destroyed = true; destroy(); } };
}
