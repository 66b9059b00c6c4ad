// overfit/view.js — the "Overfitting" lesson: a big network memorises a small,
// noisy training set while its test loss turns back up; then three cures side
// by side: early stopping (marked on the curves), L1 vs L2 (the weights'
// magnitudes as a histogram, with the count of near-zero weights) and dropout
// (test loss with and without). The worker side is overfit/ops.js.
import { datasetLabel } from '../../datasets.js';
import { el } from '../../dom.js';
import { fmtLoss, fmtInt, fmtRate, fmtPercent, MISSING } from '../../format.js';
import {
  RUN_STYLES, numberField, selectField, runButtons, createRunner,
  lineChart, noteStaleSettings, barChart, chartFigure, resultTable,
} from '../kit/compare-kit.js';

// The picker's names for them (datasets.js), so a dataset reads the same everywhere.
const DATASETS = ['circle', 'moons', 'xor'].map((id) => [id, datasetLabel(id)]);
const BAR_RUNS = [['plain', 'No regularization'], ['l1', 'L1'], ['l2', 'L2']];

export function createOverfitLesson(container, ctx) {
  const v = { info: null, runs: {}, done: false };

  const status = el('p', { class: 'cmp-status', role: 'status' }, 'Press Run to train the five networks.');
  const earlyFig = chartFigure({
    id: 'overfit-early-chart', title: 'Training and test loss, with the early-stopping point',
    label: 'Line chart: training loss and test loss per epoch, with a vertical marker at the early-stopping epoch',
  });
  const regFig = chartFigure({
    id: 'overfit-reg-chart', title: 'How big the weights end up: |w|',
    label: 'Bar chart: how many weights fall in each size range, without regularization, with L1 and with L2',
  });
  const regTable = resultTable({
    id: 'overfit-reg-table', caption: 'Weights after training',
    head: ['Run', 'Near-zero weights', 'Mean |w|', 'Test loss'],
  });
  const dropFig = chartFigure({
    id: 'overfit-drop-chart', title: 'Test loss with and without dropout',
    label: 'Line chart: test loss per epoch without dropout and with dropout',
  });
  const lambdaText = el('span', {});
  const dropText = el('span', {});

  const fields = [
    selectField(ctx, { key: 'oData', label: 'Dataset', options: DATASETS }),
    numberField(ctx, { key: 'oNoise', label: 'Noise', range: 'a number from 0 to 1' }),
    numberField(ctx, { key: 'oEpochs', label: 'Epochs', range: 'a whole number from 20 to 1000' }),
    numberField(ctx, { key: 'oPatience', label: 'Patience (epochs)', range: 'a whole number from 1 to 500' }),
    numberField(ctx, { key: 'oLambda', label: 'λ (L1 and L2)', range: 'a number from 0.00001 to 0.1' }),
    numberField(ctx, { key: 'oDropout', label: 'Dropout rate', range: 'a number from 0.05 to 0.9' }),
  ];
  const buttons = runButtons({ onRun: run, onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, fields.map((f) => f.node), buttons.node);

  container.append(
    el('h2', {}, 'Overfitting'),
    el('p', { class: 'cmp-intro' },
      'A network with two hidden layers of 32 units (over a thousand weights) learns only 45 noisy points. ',
      'It can memorise them: the training loss heads for zero while the loss on 255 unseen test points turns back up. ',
      'Below, three cures trained from the same starting weights.'),
    controls,
    status,
    el('section', { class: 'cmp-section', 'aria-labelledby': 'overfit-early-h' },
      el('h3', { id: 'overfit-early-h' }, 'Early stopping'),
      el('p', { class: 'cmp-note' },
        'Watch the test loss; when it has not improved for “patience” epochs, stop and go back to the best weights.'),
      earlyFig.node),
    el('div', { class: 'cmp-grid' },
      el('section', { class: 'cmp-section', 'aria-labelledby': 'overfit-reg-h' },
        el('h3', { id: 'overfit-reg-h' }, 'L1 vs L2, same λ ', lambdaText),
        el('p', { class: 'cmp-note' },
          'Both add a penalty for big weights. L1 pulls every weight toward zero by the same amount, so many end up at zero (sparse); ',
          'L2 pulls in proportion to the size, so all get small but few reach zero.'),
        regFig.node, regTable.node),
      el('section', { class: 'cmp-section', 'aria-labelledby': 'overfit-drop-h' },
        el('h3', { id: 'overfit-drop-h' }, 'Dropout ', dropText),
        el('p', { class: 'cmp-note' },
          'In training, each hidden unit is switched off at random, so the network cannot lean on any single one to memorise a point.'),
        dropFig.node)),
  );

  const earlyChart = lineChart(earlyFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'loss' });
  const regChart = barChart(regFig.canvas, ctx.Chart, { xTitle: '|w|', yTitle: 'weights' });
  const dropChart = lineChart(dropFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'test loss' });

  const runner = createRunner(ctx, {
    onStart(info) {
      v.info = info;
      v.runs = {};
    },
    onChunk(r) {
      for (const x of r.runs) {
        const prev = v.runs[x.id];
        v.runs[x.id] = { ...x, records: prev ? prev.records.concat(x.records) : x.records };
      }
      const e = v.runs.plain ? v.runs.plain.epoch : 0;
      status.textContent = `Training… epoch ${fmtInt(e)} of ${fmtInt(v.settings.epochs)}.`;
      if (!ctx.reducedMotion() || r.done) draw();
    },
    onDone() {
      v.done = true;
      status.textContent = `Done: ${fmtInt(v.settings.epochs)} epochs on ${fmtInt(v.info.n)} training points.`;
      draw();
      ctx.announce(earlyFig.summary.textContent);
    },
    onError(e) {
      status.textContent = `Could not train: ${e.message}`;
    },
  });
  noteStaleSettings(controls, status, settings, () => v.settings);
  draw();

  function settings() {
    const s = ctx.state;
    return { dataset: s.oData, noise: s.oNoise, epochs: s.oEpochs, patience: s.oPatience, lambda: s.oLambda, dropout: s.oDropout };
  }

  function run() {
    v.done = false;
    v.runs = {};
    v.settings = settings();
    draw();
    status.textContent = 'Training…';
    runner.run(v.settings);
  }

  function reset() {
    runner.cancel();
    v.settings = null;
    v.runs = {};
    v.done = false;
    ctx.ops.reset().catch(() => {});
    status.textContent = 'Press Run to train the five networks.';
    draw();
  }

  const curve = (run, key) => (run ? run.records.map((r) => ({ x: r.epoch, y: r[key] })) : []);

  function draw() {
    const s = v.settings || settings();
    lambdaText.textContent = `(λ = ${fmtRate(s.lambda)})`;
    dropText.textContent = `(rate ${fmtRate(s.dropout)})`;
    drawEarly(s);
    drawRegularization();
    drawDropout(s);
  }

  function drawEarly(s) {
    const { plain, early } = v.runs;
    earlyChart.setSeries(plain ? [
      { label: 'training loss', points: curve(plain, 'trainLoss'), style: RUN_STYLES[0] },
      { label: 'test loss', points: curve(plain, 'testLoss'), style: RUN_STYLES[1] },
    ] : []);
    const stopped = early && early.status === 'early-stopped';
    const marks = [];
    if (early && early.bestEpoch > 0 && (stopped || v.done)) {
      marks.push({
        x: early.bestEpoch,
        text: stopped
          ? `early stop: best test loss at epoch ${early.bestEpoch}, weights restored`
          : `best test loss at epoch ${early.bestEpoch} (patience never ran out)`,
      });
      if (stopped) marks.push({ x: early.epoch, text: `stopped at epoch ${early.epoch} (patience ${s.patience})`, color: '#7a8190', dash: [2, 3] });
    }
    earlyChart.setMarks(marks);
    const f = earlyFig.summary;
    if (!plain || !plain.records.length) {
      f.textContent = 'No runs yet.';
      delete f.dataset.bestEpoch;
      return;
    }
    const last = plain.records[plain.records.length - 1];
    const min = plain.records.reduce((a, r) => (r.testLoss !== null && r.testLoss < a.testLoss ? r : a), { testLoss: Infinity });
    let text = `Without stopping, after ${fmtInt(last.epoch)} epochs: training loss ${fmtLoss(last.trainLoss)}, test loss ${fmtLoss(last.testLoss)} `
      + `(its lowest was ${fmtLoss(min.testLoss)} at epoch ${fmtInt(min.epoch)}).`;
    if (stopped) {
      text += ` Early stopping kept the weights of epoch ${fmtInt(early.bestEpoch)}, test loss ${fmtLoss(early.testLoss)}, and stopped at epoch ${fmtInt(early.epoch)}.`;
      f.dataset.bestEpoch = String(early.bestEpoch);
    } else if (early && v.done) {
      text += ` The test loss was still improving within the last ${fmtInt(s.patience)} epochs, so early stopping never triggered.`;
    }
    f.textContent = text;
  }

  function drawRegularization() {
    const edges = v.info ? v.info.binEdges : [];
    const labels = edges.length
      ? [`< ${edges[0]}`, ...edges.slice(1).map((e, i) => `${edges[i]}–${e}`), `≥ ${edges[edges.length - 1]}`]
      : [];
    const present = BAR_RUNS.filter(([id]) => v.runs[id]);
    regChart.setBars(labels, present.map(([id, name], i) => ({
      label: name, values: v.runs[id].weights.bins, style: RUN_STYLES[i],
    })));
    regTable.setRows(present.map(([id, name]) => {
      const w = v.runs[id].weights;
      return [name, `${fmtInt(w.nearZero)} of ${fmtInt(w.total)} (${fmtPercent(w.nearZero / w.total)})`,
        fmtLoss(w.meanAbs), fmtLoss(v.runs[id].testLoss)];
    }));
    const { l1, l2 } = v.runs;
    regFig.summary.textContent = l1 && l2 && v.info
      ? `Weights below ${v.info.nearZero} in size: L1 ${fmtInt(l1.weights.nearZero)} of ${fmtInt(l1.weights.total)}, `
        + `L2 ${fmtInt(l2.weights.nearZero)}, none ${fmtInt(v.runs.plain.weights.nearZero)}. `
        + `Test loss: L1 ${fmtLoss(l1.testLoss)}, L2 ${fmtLoss(l2.testLoss)}, none ${fmtLoss(v.runs.plain.testLoss)}.`
      : 'No runs yet.';
  }

  function drawDropout(s) {
    const { plain, dropout } = v.runs;
    dropChart.setSeries(plain && dropout ? [
      { label: 'no dropout', points: curve(plain, 'testLoss'), style: RUN_STYLES[0] },
      { label: `dropout ${fmtRate(s.dropout)}`, points: curve(dropout, 'testLoss'), style: RUN_STYLES[1] },
    ] : []);
    dropFig.summary.textContent = plain && dropout
      ? `Test loss at epoch ${fmtInt(plain.epoch)}: ${fmtLoss(plain.testLoss)} without dropout, `
        + `${dropout.status === 'diverged' ? MISSING : fmtLoss(dropout.testLoss)} with dropout ${fmtRate(s.dropout)}.`
      : 'No runs yet.';
  }

  return {
    destroy() {
      runner.cancel();
      earlyChart.destroy();
      regChart.destroy();
      dropChart.destroy();
    },
  };
}
