// batch/view.js — the "Batch vs stochastic" lesson: one click trains the same
// network from the same initial weights on the same data with three batch
// sizes (all n points, a mini-batch, one point) and overlays their training
// loss, against epochs or against weight updates. The worker side is
// batch/ops.js; draw.js puts the runs on the page, text.js has the prose.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import {
  numberField, selectField, switchField, createComparison, lineChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';
import { drawBatch } from './draw.js';
import { TITLE, INTRO, IDLE, CHART, TABLE_CAPTION } from './text.js';

// Epochs a second while a run animates: the default 50 take 5 s, and each
// epoch is a visible step of the full-batch curve.
const PACE = 10;

export function createBatchLesson(container, ctx) {
  const axisNote = el('p', { class: 'cmp-note', id: 'batch-axis-note' });
  const fig = chartFigure({ id: 'batch-chart', ...CHART });
  const table = resultTable({
    id: 'batch-table',
    caption: TABLE_CAPTION,
    head: ['Run', 'Batch size', 'Updates per epoch', 'Updates done', 'Train loss', 'Test loss', 'Loss went up'],
  });

  const { v, controls, status, destroy } = createComparison(ctx, {
    fields: [
      selectField(ctx, { key: 'bData', label: 'Dataset' }),
      numberField(ctx, { key: 'bLr', label: 'Learning rate' }),
      numberField(ctx, { key: 'bEpochs', label: 'Epochs' }),
      numberField(ctx, { key: 'bMini', label: 'Mini-batch size' }),
    ],
    idle: IDLE,
    settings: () => ({ dataset: ctx.state.bData, lr: ctx.state.bLr, epochs: ctx.state.bEpochs, mini: ctx.state.bMini }),
    pace: PACE,
    empty: () => [],
    start: (info) => info.runs.map((r) => ({ ...r, samples: [], last: null })),
    merge(runs, chunk) {
      chunk.runs.forEach((x, i) => {
        for (const s of x.samples) runs[i].samples.push(s);
        runs[i].last = x;
      });
    },
    draw,
    doneText: (done) => `Done: ${fmtInt(done.settings.epochs)} epochs each.`,
    summary: () => fig.summary.textContent,
  });

  container.append(
    el('h2', {}, TITLE),
    el('p', { class: 'cmp-intro' }, ...INTRO),
    controls,
    status,
    switchField(ctx, {
      key: 'bAxis', label: 'x-axis:', options: [['epochs', 'Epochs'], ['updates', 'Weight updates']],
      onChange: draw,
    }),
    axisNote,
    fig.node,
    table.node,
  );

  const chart = lineChart(fig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'training loss' });
  draw();

  function draw() {
    drawBatch({ chart, axisNote, table, summary: fig.summary }, v, ctx.state.bAxis === 'updates');
  }

  return {
    destroy() {
      destroy();
      chart.destroy();
    },
  };
}
