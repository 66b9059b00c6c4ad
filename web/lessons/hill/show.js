// hill/show.js — putting the hill's results on the page: the paths growing on
// the map step by step (all at once when motion is reduced), then the results
// table and the summary; the random restarts' report and table.
import { outcomeOf, summaryText, restartsReport, restartsMapText } from './outcome.js';
import { resultRow, restartRows } from './results.js';

const PACE = 40;                             // steps drawn per second
const MAX_ANIMATION_S = 6;

/** Draw v.result, animated when asked; draw() repaints the map from v.shown. */
export function showPaths(v, dom, ctx, draw, animate) {
  cancelAnimationFrame(v.raf);
  const longest = Math.max(0, ...v.result.runs.map((r) => r.points.length / 3 - 1));
  if (!animate || ctx.reducedMotion() || longest === 0) {
    v.shown = Infinity;
    draw();
    finish(v, dom, ctx, false);
    return;
  }
  dom.root.dataset.state = 'running';
  dom.tbody.replaceChildren();
  dom.summary.textContent = 'Running…';
  const pace = Math.max(PACE, longest / MAX_ANIMATION_S);
  const t0 = performance.now();
  v.shown = 0;
  const frame = (now) => {
    if (v.destroyed) return;
    v.shown = Math.floor(((now - t0) / 1000) * pace);
    const end = v.shown >= longest;
    if (end) v.shown = Infinity;
    draw();
    if (end) finish(v, dom, ctx, true); else v.raf = requestAnimationFrame(frame);
  };
  v.raf = requestAnimationFrame(frame);
}

function finish(v, dom, ctx, announce) {
  const { runs, minima, args } = v.result;
  const rows = runs.map((r) => ({ run: r, ...outcomeOf(r, minima, args, v.land) }));
  dom.tbody.replaceChildren(...rows.map(resultRow));
  const text = summaryText(rows, args, v.land, v.minima);
  dom.summary.textContent = text;
  dom.root.dataset.state = 'done';
  if (announce) ctx.announce(text);
}

/** The restarts r of seed v.seed: tallies on the section's data-*, the report, the table. */
export function showRestarts(v, dom, ctx, r) {
  const report = restartsReport(r, v.seed);
  Object.assign(dom.restartSection.dataset, {
    state: 'done', seed: String(v.seed), global: String(report.global), local: String(report.local), escaped: String(report.escaped),
  });
  dom.restartSummary.textContent = report.text;
  dom.summary.textContent = restartsMapText(r);
  ctx.announce(report.text);
  dom.restartBody.replaceChildren(...restartRows(r));
  dom.restartDetails.hidden = false;
}
