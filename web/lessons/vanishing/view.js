// vanishing/view.js — the "Vanishing gradient" lesson: one deep, narrow network
// trained with sigmoid, tanh and ReLU side by side; a log-scale bar chart of
// the gradient's size in each layer at the start, the first layer's share of
// it over the epochs, and the three loss curves. The worker
// side is vanishing/ops.js; draw.js puts the runs on the page, text.js has
// the prose.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import {
  numberField, selectField, createComparison, lineChart, barChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';
import { drawVanishing } from './draw.js';
import { TITLE, INTRO, WHY, IDLE, GRAD_CHART, RATIO_CHART, RELU_NOTE, LOSS_CHART, TABLE_CAPTION } from './text.js';

// Epochs a second while a run animates: the default 100 take 5 s, so the
// loss curves part and the gradient bars settle in view.
const PACE = 20;

export function createVanishingLesson(container, ctx) {
  const depthText = el('span', {});
  const gradFig = chartFigure({ id: 'vanishing-grad-chart', ...GRAD_CHART });
  const ratioFig = chartFigure({ id: 'vanishing-ratio-chart', ...RATIO_CHART });
  const lossFig = chartFigure({ id: 'vanishing-loss-chart', ...LOSS_CHART });
  const table = resultTable({ id: 'vanishing-table', caption: TABLE_CAPTION, head: ['Activation'] });

  const { v, controls, status, destroy } = createComparison(ctx, {
    fields: [
      selectField(ctx, { key: 'vData', label: 'Dataset' }),
      numberField(ctx, { key: 'vDepth', label: 'Hidden layers' }),
      numberField(ctx, { key: 'vLr', label: 'Learning rate' }),
      numberField(ctx, { key: 'vEpochs', label: 'Epochs' }),
    ],
    idle: IDLE,
    settings: () => ({ dataset: ctx.state.vData, depth: ctx.state.vDepth, lr: ctx.state.vLr, epochs: ctx.state.vEpochs }),
    pace: PACE,
    empty: () => [],
    start: (info) => info.runs.map((r) => ({ ...r, records: [], ratios: [], last: null })),
    merge(runs, chunk) {
      chunk.runs.forEach((x, i) => {
        runs[i].records = runs[i].records.concat(x.records);
        runs[i].ratios = runs[i].ratios.concat(x.ratios);
        runs[i].last = x;
      });
    },
    draw,
    doneText: (done) => `Done: ${fmtInt(done.settings.epochs)} epochs each.`,
    summary: () => gradFig.summary.textContent,
  });

  container.append(
    el('h2', {}, TITLE),
    el('p', { class: 'cmp-intro' }, INTRO[0], depthText, INTRO[1]),
    el('p', { class: 'cmp-intro cmp-key' }, ...WHY),
    controls,
    status,
    el('div', { class: 'cmp-grid' }, gradFig.node, ratioFig.node),
    el('p', { class: 'cmp-note' }, ...RELU_NOTE),
    table.node,
    el('div', { class: 'cmp-grid' }, lossFig.node),
  );

  const gradChart = barChart(gradFig.canvas, ctx.Chart, { xTitle: 'layer (input side → output)', yTitle: '‖∂L/∂W‖', yLog: true });
  const ratioChart = lineChart(ratioFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'layer 1 ÷ output', yLog: true });
  const lossChart = lineChart(lossFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'training loss' });
  draw();

  function layerNames() {
    const n = v.info ? v.info.layers : ctx.state.vDepth + 1;
    return Array.from({ length: n }, (_, l) => (l === n - 1 ? 'output' : `layer ${l + 1}`));
  }

  function draw() {
    const depth = v.info ? v.info.layers - 1 : ctx.state.vDepth;
    depthText.textContent = `(${depth} hidden layer${depth === 1 ? '' : 's'} of 8 units)`;
    drawVanishing({ gradChart, ratioChart, lossChart, table, gradFig, ratioFig, lossFig }, v, layerNames());
  }

  return {
    destroy() {
      destroy();
      gradChart.destroy();
      ratioChart.destroy();
      lossChart.destroy();
    },
  };
}
