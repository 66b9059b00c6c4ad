// vanishing/draw.js — the vanishing-gradient lesson's runs on the page: the
// gradient's size per layer as bars (log scale), the three loss curves, the
// table of the bars and both charts' text summaries. Pure functions of the
// lesson's state v = { settings, info, runs: [{ activation, records, last }] }.
import { fmtLoss, fmtInt, MISSING } from '../../format.js';
import { RUN_STYLES } from '../kit/compare-kit.js';
import { STUCK_NOTE } from './text.js';

const NAMES = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };

/** p: { gradChart, lossChart, table, gradFig, lossFig }; names: the layers' names. */
export function drawVanishing(p, v, names) {
  const withNorms = v.runs.filter((r) => r.last && r.last.norms);
  p.gradChart.setBars(withNorms.length ? names : [], withNorms.map((r, i) => ({
    label: NAMES[r.activation], style: RUN_STYLES[i], values: r.last.norms.map((g) => (g > 0 ? g : null)),
  })));
  p.lossChart.setXMax(v.settings?.epochs);
  p.lossChart.setSeries(v.runs.map((r, i) => ({
    label: NAMES[r.activation], style: RUN_STYLES[i],
    points: r.records.map((x) => ({ x: x.epoch, y: x.trainLoss })),
  })));
  p.table.setHead(['Activation', ...names, 'layer 1 ÷ output']);
  p.table.setRows(v.runs.map((r) => {
    const g = r.last && r.last.norms;
    return [NAMES[r.activation], ...names.map((_, l) => (g ? fmtGrad(g[l]) : MISSING)), g ? fmtGrad(g[0] / g[g.length - 1]) : MISSING];
  }));
  p.gradFig.summary.textContent = withNorms.length
    ? 'First layer’s gradient as a fraction of the output layer’s: '
      + withNorms.map((r) => `${NAMES[r.activation]} ${fmtGrad(r.last.norms[0] / r.last.norms[r.last.norms.length - 1])}`).join(', ')
      + ' (averaged over the latest epoch’s updates).'
    : 'No runs yet.';
  p.lossFig.summary.textContent = v.runs.length && v.runs[0].last
    ? `Training loss after ${fmtInt(Math.min(...v.runs.map((r) => r.last.epoch)))} epochs: `
      + v.runs.map((r) => `${NAMES[r.activation]} ${r.last.status === 'diverged' ? 'diverged' : fmtLoss(r.last.trainLoss)}`).join(', ')
      + STUCK_NOTE
    : 'No runs yet.';
}

// A gradient size in short scientific form: 3.2e-5; 0.42 stays readable.
function fmtGrad(v) {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  return v >= 0.01 && v < 100 ? v.toPrecision(2) : v.toExponential(1).replace('e+', 'e');
}
