// batch/view.js — the "Batch vs stochastic" lesson: one click trains the same
// network from the same initial weights on the same data with three batch
// sizes (all n points, a mini-batch, one point) and overlays their training
// loss, against epochs or against weight updates. The worker side is
// batch/ops.js.
import { datasetLabel } from '../../datasets.js';
import { el } from '../../dom.js';
import { fmtLoss, fmtInt, fmtPercent, MISSING } from '../../format.js';
import {
  RUN_STYLES, numberField, selectField, switchField, runButtons, createRunner,
  lineChart, noteStaleSettings, chartFigure, resultTable,
} from '../kit/compare-kit.js';

// The picker's names for them (datasets.js), so a dataset reads the same everywhere.
const DATASETS = ['circle', 'moons', 'xor', 'gauss', 'spiral'].map((id) => [id, datasetLabel(id)]);

export function createBatchLesson(container, ctx) {
  const v = { info: null, runs: [], done: false };

  const status = el('p', { class: 'cmp-status', role: 'status' }, 'Press Run to train all three.');
  const axisNote = el('p', { class: 'cmp-note', id: 'batch-axis-note' });
  const fig = chartFigure({
    id: 'batch-chart', title: 'Training loss of the three runs',
    label: 'Line chart: training loss of full batch, mini-batch and stochastic runs',
  });
  const table = resultTable({
    id: 'batch-table',
    caption: 'Per run (the chart as text)',
    head: ['Run', 'Batch size', 'Updates per epoch', 'Updates done', 'Train loss', 'Test loss', 'Loss went up'],
  });

  const fields = [
    selectField(ctx, { key: 'bData', label: 'Dataset', options: DATASETS }),
    numberField(ctx, { key: 'bLr', label: 'Learning rate', range: 'a number from 0.0001 to 2' }),
    numberField(ctx, { key: 'bEpochs', label: 'Epochs', range: 'a whole number from 1 to 300' }),
    numberField(ctx, { key: 'bMini', label: 'Mini-batch size', range: 'a whole number from 2 to 99' }),
  ];
  const buttons = runButtons({ onRun: run, onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, fields.map((f) => f.node), buttons.node);

  container.append(
    el('h2', {}, 'Batch vs mini-batch vs stochastic'),
    el('p', { class: 'cmp-intro' },
      'The same network starts from the same weights and learns the same 100 points three ways: ',
      'a step after all of them (full batch), after a few (mini-batch), or after every single one (stochastic). ',
      'An epoch is one pass over the data.'),
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
    status.textContent = 'Press Run to train all three.';
    draw();
  }

  function runName(r) {
    if (r.batch === 1) return 'Stochastic';
    return v.info && r.batch >= v.info.n ? 'Full batch' : 'Mini-batch';
  }

  function draw() {
    const byUpdates = ctx.state.bAxis === 'updates';
    chart.setX(byUpdates
      ? { title: 'weight updates (log scale)', log: true }
      : { title: 'epoch', log: false });
    chart.setSeries(v.runs.map((r, i) => ({
      label: `${runName(r)} (batch ${r.batch})`,
      style: RUN_STYLES[i],
      width: r.batch === 1 ? 1.5 : 2.5,
      points: r.samples
        .filter(([u]) => !byUpdates || u > 0)
        .map(([u, loss]) => ({ x: byUpdates ? u : u / r.perEpoch, y: loss })),
    })));
    const [full, mini] = v.runs;
    axisNote.textContent = full
      ? `One epoch is ${full.perEpoch} update for full batch, ${mini.perEpoch} for mini-batches of ${mini.batch} and ${v.info.n} for stochastic: the same data seen, very different numbers of steps.`
      : 'One epoch is 1 weight update for full batch but one update per point for stochastic: the same data seen, very different numbers of steps.';
    table.setRows(v.runs.map((r) => [
      runName(r), fmtInt(r.batch), fmtInt(r.perEpoch),
      r.last ? fmtInt(r.last.updates) : MISSING,
      r.last ? fmtLoss(r.last.trainLoss) : MISSING,
      r.last ? fmtLoss(r.last.testLoss) : MISSING,
      fmtPercent(upShare(r.samples)),
    ]));
    fig.summary.textContent = summary();
  }

  function summary() {
    if (!v.runs.length || !v.runs[0].last) return 'No runs yet.';
    const parts = v.runs.map((r) => {
      const l = r.last;
      if (l.status === 'diverged') return `${runName(r)} diverged in epoch ${fmtInt(l.divergedEpoch)} (learning rate too large for it)`;
      return `${runName(r)} ${fmtLoss(l.trainLoss)} after ${fmtInt(l.updates)} updates (the loss rose at ${fmtPercent(upShare(r.samples))} of samples)`;
    });
    return `Training loss after ${fmtInt(Math.min(...v.runs.map((r) => r.last.epoch)))} epochs: ${parts.join('; ')}. `
      + 'Smaller batches take many more, noisier steps per epoch.';
  }

  return {
    destroy() {
      runner.cancel();
      chart.destroy();
    },
  };
}

// The share of consecutive samples where the loss went up: 0 for a smooth
// descent, large for a jagged one. NaN (shown as a dash) without two samples.
function upShare(samples) {
  let ups = 0;
  let pairs = 0;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1][1];
    const b = samples[i][1];
    if (a === null || b === null) continue;
    pairs++;
    if (b > a) ups++;
  }
  return pairs ? ups / pairs : NaN;
}
