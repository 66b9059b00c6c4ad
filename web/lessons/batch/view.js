// batch/view.js — the "Batch vs stochastic" lesson: one click trains the same
// network from the same initial weights on the same data with three batch
// sizes (all n points, a mini-batch, one point) and overlays their training
// loss, against epochs or against weight updates. The worker side is
// batch/ops.js; draw.js puts the runs on the page, text.js has the prose.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import {
  numberField, selectField, switchField, runButtons, createRunner,
  lineChart, noteStaleSettings, chartFigure, resultTable,
} from '../kit/compare-kit.js';
import { drawBatch } from './draw.js';
import { TITLE, INTRO, IDLE, CHART, TABLE_CAPTION } from './text.js';

// The picker's names for them (datasets.js), so a dataset reads the same everywhere.

export function createBatchLesson(container, ctx) {
  const v = { info: null, runs: [], done: false };

  const status = el('p', { class: 'cmp-status', role: 'status' }, IDLE);
  const axisNote = el('p', { class: 'cmp-note', id: 'batch-axis-note' });
  const fig = chartFigure({ id: 'batch-chart', ...CHART });
  const table = resultTable({
    id: 'batch-table',
    caption: TABLE_CAPTION,
    head: ['Run', 'Batch size', 'Updates per epoch', 'Updates done', 'Train loss', 'Test loss', 'Loss went up'],
  });

  const fields = [
    selectField(ctx, { key: 'bData', label: 'Dataset' }),
    numberField(ctx, { key: 'bLr', label: 'Learning rate' }),
    numberField(ctx, { key: 'bEpochs', label: 'Epochs' }),
    numberField(ctx, { key: 'bMini', label: 'Mini-batch size' }),
  ];
  const buttons = runButtons({ onRun: run, onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, fields.map((f) => f.node), buttons.node);

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
  const runner = createRunner(ctx, {
    onStart(info) {
      v.info = info;
      v.runs = info.runs.map((r) => ({ ...r, samples: [], last: null }));
    },
    onChunk(r) {
      r.runs.forEach((x, i) => {
        const run = v.runs[i];
        for (const s of x.samples) run.samples.push(s);
        run.last = x;
      });
      const e = Math.min(...r.runs.map((x) => x.epoch));
      status.textContent = `Training… epoch ${fmtInt(e)} of ${fmtInt(v.settings.epochs)}.`;
      if (!ctx.reducedMotion() || r.done) draw();
    },
    onDone() {
      v.done = true;
      status.textContent = `Done: ${fmtInt(v.settings.epochs)} epochs each.`;
      draw();
      ctx.announce(fig.summary.textContent);
    },
    onError(e) {
      status.textContent = `Could not train: ${e.message}`;
    },
  });
  noteStaleSettings(controls, status, settings, () => v.settings);
  draw();

  function settings() {
    const s = ctx.state;
    return { dataset: s.bData, lr: s.bLr, epochs: s.bEpochs, mini: s.bMini };
  }

  function run() {
    v.done = false;
    v.runs = [];
    draw();
    status.textContent = 'Training…';
    v.settings = settings();
    runner.run(v.settings);
  }

  function reset() {
    runner.cancel();
    v.settings = null;
    v.info = null;
    v.runs = [];
    v.done = false;
    ctx.ops.reset().catch(() => {});
    status.textContent = IDLE;
    draw();
  }

  function draw() {
    drawBatch({ chart, axisNote, table, summary: fig.summary }, v, ctx.state.bAxis === 'updates');
  }

  return {
    destroy() {
      runner.cancel();
      chart.destroy();
    },
  };
}
