// vanishing/draw.js — the vanishing-gradient lesson's runs on the page: the
// gradient's size per layer at the start as bars (log scale), the first
// layer's share of it over the epochs, the three loss curves, the table of
// the bars and the charts' text summaries. Pure functions of the lesson's
// state v = { settings, info, runs: [{ activation, start, ratios, records, last }] }.
import { fmtLoss, fmtInt, MISSING } from '../../format.js';
import { RUN_STYLES } from '../kit/compare-kit.js';
import { STUCK_NOTE } from './text.js';

const NAMES = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };

/** p: { gradChart, ratioChart, lossChart, table, gradFig, ratioFig, lossFig };
 *  names: the layers' names. The bars are the gradient at the start (the
 *  initial weights, every training point); the ratio chart follows the first
 *  layer's share of the output layer's gradient epoch by epoch. */
export function drawVanishing(p, v, names) {
  const started = v.runs.filter((r) => r.start);
  p.gradChart.setBars(started.length ? names : [], started.map((r, i) => ({
    label: NAMES[r.activation], style: RUN_STYLES[i], values: r.start.map((g) => (g > 0 ? g : null)),
  })));
  p.ratioChart.setXMax(v.settings?.epochs);
  p.ratioChart.setSeries(v.runs.map((r, i) => ({
    label: NAMES[r.activation], style: RUN_STYLES[i],
    points: (r.ratios || []).map((x) => ({ x: x.epoch, y: x.ratio > 0 ? x.ratio : null })),
  })));
  p.lossChart.setXMax(v.settings?.epochs);
  p.lossChart.setSeries(v.runs.map((r, i) => ({
    label: NAMES[r.activation], style: RUN_STYLES[i],
    points: r.records.map((x) => ({ x: x.epoch, y: x.trainLoss })),
  })));
  const epoch = v.runs.length && v.runs[0].last ? v.runs[0].last.epoch : 0;
  p.table.setHead(['Activation', ...names, 'layer 1 ÷ output at the start', epoch ? `layer 1 ÷ output at epoch ${fmtInt(epoch)}` : 'layer 1 ÷ output later']);
  p.table.setRows(v.runs.map((r) => {
    const g = r.start;
    return [NAMES[r.activation], ...names.map((_, l) => (g ? fmtGrad(g[l]) : MISSING)), g ? fmtGrad(share(g)) : MISSING, latest(r)];
  }));
  p.gradFig.summary.textContent = started.length
    ? 'At the start, before any learning, the first layer’s gradient as a fraction of the output layer’s: '
      + started.map((r) => `${NAMES[r.activation]} ${fmtGrad(share(r.start))}`).join(', ') + '.'
    : 'No runs yet.';
  const ratioRuns = v.runs.filter((r) => r.ratios && r.ratios.length);
  p.ratioFig.summary.textContent = ratioRuns.length
    ? `The same fraction, averaged over each epoch’s updates, at epoch ${fmtInt(epoch)}: `
      + ratioRuns.map((r) => `${NAMES[r.activation]} ${latest(r)}`).join(', ') + '.'
    : 'No runs yet.';
  p.lossFig.summary.textContent = v.runs.length && v.runs[0].last
    ? `Training loss after ${fmtInt(Math.min(...v.runs.map((r) => r.last.epoch)))} epochs: `
      + v.runs.map((r) => `${NAMES[r.activation]} ${r.last.status === 'diverged' ? 'diverged' : fmtLoss(r.last.trainLoss)}`).join(', ')
      + STUCK_NOTE
    : 'No runs yet.';
}

/** The first layer's gradient as a fraction of the output layer's. */
const share = (g) => g[0] / g[g.length - 1];

/** That fraction in the latest epoch, as shown. */
function latest(r) {
  const x = r.ratios && r.ratios[r.ratios.length - 1];
  return x ? fmtGrad(x.ratio) : MISSING;
}

// A gradient size in short scientific form: 3.2e-5; 0.42 stays readable.
function fmtGrad(v) {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  return v >= 0.01 && v < 100 ? v.toPrecision(2) : v.toExponential(1).replace('e+', 'e');
}
