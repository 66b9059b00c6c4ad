// learning-rate/network.js — the second part of "Which learning rate?": one
// network trained three times from the same weights and the same starting
// rate, once with the rate fixed, once reducing it on a plateau and once on a
// schedule (step decay). The loss curves on top, and under them, on the same
// epochs, the rate in force in each epoch. Trained by learning-rate/ops.js
// (setup/advance) at a pace a student can watch, with Skip to end
// (kit/compare-kit.js). Settings in the URL: lrNetLr, lrNetEpochs.
import { el } from '../../dom.js';
import { fmtInt, fmtLoss, fmtRate } from '../../format.js';
import { numberField, createComparison, lineChart, chartFigure, RUN_STYLES } from '../kit/compare-kit.js';
import * as T from './text.js';

// Epochs a second while a run animates: the default 200 take 5 s.
const PACE = 40;
const Y_AXIS_PX = 64;

/** { node, destroy() } of the network part, in `ctx`'s lesson. */
export function createNetworkPart(ctx) {
  const lossFig = chartFigure({ id: 'lr-net-loss-chart', ...T.NET_LOSS_CHART });
  const rateFig = chartFigure({ id: 'lr-net-rate-chart', ...T.NET_RATE_CHART });
  const { v, controls, status, destroy } = createComparison(ctx, {
    fields: [
      numberField(ctx, { key: 'lrNetLr', label: 'Starting rate' }),
      numberField(ctx, { key: 'lrNetEpochs', label: 'Epochs' }),
    ],
    idle: T.NET_IDLE,
    settings: () => ({ lr: ctx.state.lrNetLr, epochs: ctx.state.lrNetEpochs }),
    pace: PACE,
    empty: () => [],
    start: (info) => info.runs.map((r) => ({ ...r, records: [], rates: [], last: null })),
    merge(runs, chunk) {
      chunk.runs.forEach((x, i) => {
        runs[i].records = runs[i].records.concat(x.records);
        runs[i].rates = runs[i].rates.concat(x.rates);
        runs[i].last = x;
      });
    },
    draw,
    doneText: (done) => `Done: ${fmtInt(done.settings.epochs)} epochs each, one training point at a time.`,
    summary: () => `${lossFig.summary.textContent} ${rateFig.summary.textContent}`,
  });

  const node = el('section', { class: 'lr-net', 'aria-labelledby': 'lr-net-h' },
    el('h3', { id: 'lr-net-h' }, T.SELF_TITLE),
    el('p', { class: 'lesson-intro' }, ...T.NET_INTRO),
    controls,
    status,
    lossFig.node,
    rateFig.node);
  const lossChart = lineChart(lossFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'training loss', yLog: true });
  const rateChart = lineChart(rateFig.canvas, ctx.Chart, { xTitle: 'epoch', yTitle: 'learning rate', yLog: true });
  // One width for both y axes, so an epoch sits at the same place in the
  // rate chart as in the loss chart above it.
  for (const c of [lossChart, rateChart]) c.chart.options.scales.y.afterFit = (scale) => { scale.width = Y_AXIS_PX; };
  draw();

  function draw() {
    const epochs = v.settings?.epochs;
    lossChart.setXMax(epochs);
    rateChart.setXMax(epochs);
    lossChart.setSeries(v.runs.map((r, i) => ({
      label: T.NET_NAMES[r.id], style: RUN_STYLES[i],
      points: r.records.map((x) => ({ x: x.epoch, y: x.trainLoss > 0 ? x.trainLoss : null })),
    })));
    rateChart.setSeries(v.runs.map((r, i) => ({
      label: T.NET_NAMES[r.id], style: RUN_STYLES[i],
      points: r.rates.map((x) => ({ x: x.epoch, y: x.lr })),
    })));
    const ran = v.runs.filter((r) => r.last);
    lossFig.summary.textContent = ran.length
      ? `Training loss after ${fmtInt(ran[0].last.epoch)} epochs: `
        + ran.map((r) => `${T.NET_NAMES[r.id]} ${r.last.status === 'diverged' ? 'diverged' : fmtLoss(r.last.trainLoss)}`).join(', ') + '.'
      : 'No runs yet.';
    rateFig.summary.textContent = ran.length
      ? `The rate in force: ${ran.map((r) => rateStory(r)).join('; ')}.`
      : 'No runs yet.';
    for (const r of ran) lossFig.summary.dataset[r.id] = String(r.last.trainLoss);
  }

  return {
    node,
    destroy() {
      destroy();
      lossChart.destroy();
      rateChart.destroy();
    },
  };
}

/** How a run's rate went, from the rates it trained with (the chart's
 *  points): the epochs where it changed (the first few) and the last one. */
function rateStory(r) {
  const changes = [];
  for (let i = 1; i < r.rates.length; i++) if (r.rates[i].lr !== r.rates[i - 1].lr) changes.push(r.rates[i].epoch);
  const name = T.NET_NAMES[r.id];
  if (r.rates.length === 0) return `${name} ${fmtRate(r.last.lrNow)}`;
  const first = r.rates[0].lr, last = r.rates[r.rates.length - 1];
  if (changes.length === 0) return `${name} ${fmtRate(first)} throughout`;
  const shown = changes.slice(0, 4).map((e) => fmtInt(e)).join(', ') + (changes.length > 4 ? ', …' : '');
  return `${name} from ${fmtRate(first)}, lowered ${fmtInt(changes.length)} time${changes.length === 1 ? '' : 's'} `
    + `(at epoch ${shown}), ${fmtRate(last.lr)} in epoch ${fmtInt(last.epoch)}`;
}
