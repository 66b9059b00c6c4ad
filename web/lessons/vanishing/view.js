// vanishing/view.js — the "Vanishing gradient" lesson: one deep, narrow network
// trained with sigmoid, tanh and ReLU side by side; a log-scale bar chart of
// the gradient's size in each layer and the three loss curves. The worker
// side is vanishing/ops.js.
import { datasetLabel } from '../../datasets.js';
import { el } from '../../dom.js';
import { fmtLoss, fmtInt, MISSING } from '../../format.js';
import {
  RUN_STYLES, numberField, selectField, runButtons, createRunner,
  lineChart, noteStaleSettings, barChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';

// The picker's names for them (datasets.js), so a dataset reads the same everywhere.
const DATASETS = ['circle', 'moons', 'xor', 'gauss'].map((id) => [id, datasetLabel(id)]);
const NAMES = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };

export function createVanishingLesson(container, ctx) {
  const v = { info: null, runs: [], done: false };

  const status = el('p', { class: 'cmp-status', role: 'status' }, 'Press Run to train the three networks.');
  const depthText = el('span', {});
  const gradFig = chartFigure({
    id: 'vanishing-grad-chart', title: 'Gradient size per layer (log scale)',
    label: 'Bar chart on a log scale: size of the weight gradient in each layer, for sigmoid, tanh and ReLU',
  });
  const lossFig = chartFigure({
    id: 'vanishing-loss-chart', title: 'Training loss',
    label: 'Line chart: training loss per epoch for sigmoid, tanh and ReLU',
  });
  const table = resultTable({ id: 'vanishing-table', caption: 'Gradient size ‖∂L/∂W‖ per layer (the bar chart as text)', head: ['Activation'] });

  const fields = [
    selectField(ctx, { key: 'vData', label: 'Dataset', options: DATASETS }),
    numberField(ctx, { key: 'vDepth', label: 'Hidden layers', range: 'a whole number from 1 to 8' }),
    numberField(ctx, { key: 'vLr', label: 'Learning rate', range: 'a number from 0.0001 to 2' }),
    numberField(ctx, { key: 'vEpochs', label: 'Epochs', range: 'a whole number from 1 to 500' }),
  ];
  const buttons = runButtons({ onRun: run, onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, fields.map((f) => f.node), buttons.node);

  container.append(
    el('h2', {}, 'Vanishing gradient'),
    el('p', { class: 'cmp-intro' },
      'A deep, narrow network ', depthText, ' learns the same data three times, once per activation function, from the same start, with plain gradient descent.'),
    el('p', { class: 'cmp-intro cmp-key' },
      'The error signal travels back from the output one layer at a time and is multiplied by the activation’s slope at each: ',
      'sigmoid’s slope is at most 0.25, so the gradient shrinks layer by layer and the first layers barely learn; ',
      'tanh (slope up to 1) and ReLU (slope 1 where active) pass it on.'),
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
    status.textContent = 'Press Run to train the three networks.';
    draw();
  }

  function layerNames() {
    const n = v.info ? v.info.layers : ctx.state.vDepth + 1;
    return Array.from({ length: n }, (_, l) => (l === n - 1 ? 'output' : `layer ${l + 1}`));
  }

  function draw() {
    const depth = v.info ? v.info.layers - 1 : ctx.state.vDepth;
    depthText.textContent = `(${depth} hidden layer${depth === 1 ? '' : 's'} of 8 units)`;
    const names = layerNames();
    const withNorms = v.runs.filter((r) => r.last && r.last.norms);
    gradChart.setBars(withNorms.length ? names : [], withNorms.map((r, i) => ({
      label: NAMES[r.activation], style: RUN_STYLES[i], values: r.last.norms.map((g) => (g > 0 ? g : null)),
    })));
    lossChart.setSeries(v.runs.map((r, i) => ({
      label: NAMES[r.activation], style: RUN_STYLES[i],
      points: r.records.map((x) => ({ x: x.epoch, y: x.trainLoss })),
    })));
    table.setHead(['Activation', ...names, 'layer 1 ÷ output']);
    table.setRows(v.runs.map((r) => {
      const g = r.last && r.last.norms;
      return [NAMES[r.activation], ...names.map((_, l) => (g ? fmtGrad(g[l]) : MISSING)), g ? fmtGrad(g[0] / g[g.length - 1]) : MISSING];
    }));
    gradFig.summary.textContent = withNorms.length
      ? 'First layer’s gradient as a fraction of the output layer’s: '
        + withNorms.map((r) => `${NAMES[r.activation]} ${fmtGrad(r.last.norms[0] / r.last.norms[r.last.norms.length - 1])}`).join(', ')
        + ' (averaged over the latest epoch’s updates).'
      : 'No runs yet.';
    lossFig.summary.textContent = v.runs.length && v.runs[0].last
      ? `Training loss after ${fmtInt(Math.min(...v.runs.map((r) => r.last.epoch)))} epochs: `
        + v.runs.map((r) => `${NAMES[r.activation]} ${r.last.status === 'diverged' ? 'diverged' : fmtLoss(r.last.trainLoss)}`).join(', ')
        + '. A loss stuck near 0.69 (ln 2) means the network still guesses 50/50.'
      : 'No runs yet.';
  }

  return {
    destroy() {
      runner.cancel();
      gradChart.destroy();
      lossChart.destroy();
    },
  };
}

// A gradient size in short scientific form: 3.2e-5; 0.42 stays readable.
function fmtGrad(v) {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  return v >= 0.01 && v < 100 ? v.toPrecision(2) : v.toExponential(1).replace('e+', 'e');
}
