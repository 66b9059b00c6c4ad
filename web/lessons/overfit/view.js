// overfit/view.js — the "Overfitting" lesson: a big network memorises a small,
// noisy training set while its test loss turns back up; then three cures side
// by side: early stopping (marked on the curves, and the two boundaries: the
// over-fitted one round the noisy points, the early-stopped one), L1 vs L2 (the weights'
// magnitudes as a histogram, with the count of near-zero weights) and dropout
// (test loss with and without). The worker side is overfit/ops.js; draw.js
// puts the runs on the page, text.js has the prose.
import { el } from '../../dom.js';
import { fmtInt, fmtRate } from '../../format.js';
import {
  numberField, selectField, createComparison, lineChart, barChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';
import { drawEarly, drawRegularization, drawDropout } from './draw.js';
import { createBoundaries } from './boundaries.js';
import { TITLE, INTRO, IDLE, EARLY, BOUNDARIES, REGULARIZATION, DROPOUT } from './text.js';

// Epochs a second while a run animates: the default 300 take 5 s, long
// enough to watch the test loss bottom out and turn back up.
const PACE = 60;

export function createOverfitLesson(container, ctx) {
  const early = { fig: chartFigure({ id: 'overfit-early-chart', ...EARLY.chart }) };
  const reg = {
    fig: chartFigure({ id: 'overfit-reg-chart', ...REGULARIZATION.chart }),
    table: resultTable({ id: 'overfit-reg-table', caption: REGULARIZATION.table, head: ['Run', 'Near-zero weights', 'Mean |w|', 'Test loss'] }),
  };
  const drop = { fig: chartFigure({ id: 'overfit-drop-chart', ...DROPOUT.chart }) };
  const maps = createBoundaries(BOUNDARIES);
  const lambdaText = el('span', {});
  const dropText = el('span', {});

  const { v, controls, status, destroy } = createComparison(ctx, {
    fields: [
      selectField(ctx, { key: 'oData', label: 'Dataset' }),
      numberField(ctx, { key: 'oNoise', label: 'Noise' }),
      numberField(ctx, { key: 'oEpochs', label: 'Epochs' }),
      numberField(ctx, { key: 'oPatience', label: 'Patience (epochs)' }),
      numberField(ctx, { key: 'oLambda', label: 'λ (L1 and L2)' }),
      numberField(ctx, { key: 'oDropout', label: 'Dropout rate' }),
    ],
    idle: IDLE,
    settings,
    pace: PACE,
    empty: () => ({}),
    start: () => ({}),
    merge(runs, chunk) {
      // The two boundaries as they are now (not a run: kept beside the runs).
      runs.maps = chunk.maps;
      for (const x of chunk.runs) {
        const prev = runs[x.id];
        runs[x.id] = { ...x, records: prev ? prev.records.concat(x.records) : x.records };
      }
    },
    draw,
    doneText: (done) => `Done: ${fmtInt(done.settings.epochs)} epochs on ${fmtInt(done.info.n)} training points.`,
    summary: () => early.fig.summary.textContent,
  });

  container.append(
    el('h2', {}, TITLE),
    el('p', { class: 'cmp-intro' }, ...INTRO),
    controls,
    status,
    section('overfit-early-h', [EARLY.title], EARLY.note, early.fig.node),
    maps.node,
    el('div', { class: 'cmp-grid' },
      section('overfit-reg-h', [REGULARIZATION.title, lambdaText], REGULARIZATION.note, reg.fig.node, reg.table.node),
      section('overfit-drop-h', [DROPOUT.title, dropText], DROPOUT.note, drop.fig.node)),
  );

  early.chart = lineChart(early.fig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'loss' });
  reg.chart = barChart(reg.fig.canvas, ctx.Chart, { xTitle: '|w|', yTitle: 'weights' });
  drop.chart = lineChart(drop.fig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'test loss' });
  draw();

  function settings() {
    const s = ctx.state;
    return { dataset: s.oData, noise: s.oNoise, epochs: s.oEpochs, patience: s.oPatience, lambda: s.oLambda, dropout: s.oDropout };
  }

  function draw() {
    const s = v.settings || settings();
    lambdaText.textContent = `(λ = ${fmtRate(s.lambda)})`;
    dropText.textContent = `(rate ${fmtRate(s.dropout)})`;
    drawEarly(early, v, s);
    maps.draw(v.runs.maps ?? null);
    drawRegularization(reg, v);
    drawDropout(drop, v, s);
  }

  return {
    destroy() {
      destroy();
      early.chart.destroy();
      reg.chart.destroy();
      drop.chart.destroy();
    },
  };
}

/** One cure's section: its heading (text and live parts), its note, its figures. */
function section(id, heading, note, ...figures) {
  return el('section', { class: 'cmp-section', 'aria-labelledby': id },
    el('h3', { id }, ...heading),
    el('p', { class: 'cmp-note' }, ...note),
    ...figures);
}
