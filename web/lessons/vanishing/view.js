// vanishing/view.js — the "Vanishing gradient" lesson: one deep, narrow network
// trained with sigmoid, tanh and ReLU side by side; a log-scale bar chart of
// the gradient's size in each layer and the three loss curves. The worker
// side is vanishing/ops.js; draw.js puts the runs on the page, text.js has
// the prose.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import {
  numberField, selectField, runButtons, createRunner,
  lineChart, noteStaleSettings, barChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';
import { drawVanishing } from './draw.js';
import { TITLE, INTRO, WHY, IDLE, GRAD_CHART, LOSS_CHART, TABLE_CAPTION } from './text.js';

// The picker's names for them (datasets.js), so a dataset reads the same everywhere.

export function createVanishingLesson(container, ctx) {
  const v = { info: null, runs: [], done: false };

  const status = el('p', { class: 'cmp-status', role: 'status' }, IDLE);
  const depthText = el('span', {});
  const gradFig = chartFigure({ id: 'vanishing-grad-chart', ...GRAD_CHART });
  const lossFig = chartFigure({ id: 'vanishing-loss-chart', ...LOSS_CHART });
  const table = resultTable({ id: 'vanishing-table', caption: TABLE_CAPTION, head: ['Activation'] });

  const fields = [
    selectField(ctx, { key: 'vData', label: 'Dataset' }),
    numberField(ctx, { key: 'vDepth', label: 'Hidden layers' }),
    numberField(ctx, { key: 'vLr', label: 'Learning rate' }),
    numberField(ctx, { key: 'vEpochs', label: 'Epochs' }),
  ];
  const buttons = runButtons({ onRun: run, onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, fields.map((f) => f.node), buttons.node);

  container.append(
    el('h2', {}, TITLE),
    el('p', { class: 'cmp-intro' }, INTRO[0], depthText, INTRO[1]),
    el('p', { class: 'cmp-intro cmp-key' }, ...WHY),
    controls,
    status,
    el('div', { class: 'cmp-grid' }, gradFig.node, lossFig.node),
    table.node,
  );

  const gradChart = barChart(gradFig.canvas, ctx.Chart, { xTitle: 'layer (input side → output)', yTitle: '‖∂L/∂W‖', yLog: true });
  const lossChart = lineChart(lossFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'training loss' });

  const runner = createRunner(ctx, {
    onStart(info) {
      v.info = info;
      v.runs = info.runs.map((r) => ({ ...r, records: [], last: null }));
    },
    onChunk(r) {
      r.runs.forEach((x, i) => {
        const run = v.runs[i];
        run.records = run.records.concat(x.records);
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
      ctx.announce(gradFig.summary.textContent);
    },
    onError(e) {
      status.textContent = `Could not train: ${e.message}`;
    },
  });
  noteStaleSettings(controls, status, settings, () => v.settings);
  draw();

  function settings() {
    const s = ctx.state;
    return { dataset: s.vData, depth: s.vDepth, lr: s.vLr, epochs: s.vEpochs };
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
    v.runs = [];
    v.done = false;
    ctx.ops.reset().catch(() => {});
    status.textContent = IDLE;
    draw();
  }

  function layerNames() {
    const n = v.info ? v.info.layers : ctx.state.vDepth + 1;
    return Array.from({ length: n }, (_, l) => (l === n - 1 ? 'output' : `layer ${l + 1}`));
  }

  function draw() {
    const depth = v.info ? v.info.layers - 1 : ctx.state.vDepth;
    depthText.textContent = `(${depth} hidden layer${depth === 1 ? '' : 's'} of 8 units)`;
    drawVanishing({ gradChart, lossChart, table, gradFig, lossFig }, v, layerNames());
  }

  return {
    destroy() {
      runner.cancel();
      gradChart.destroy();
      lossChart.destroy();
    },
  };
}
