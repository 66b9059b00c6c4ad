// batch/draw.js — the batch lesson's runs on the page: the three loss curves
// (against epochs or weight updates), the note under the switch, the table
// and the chart's text summary. Pure functions of the lesson's state
// v = { settings, info, runs: [{ batch, perEpoch, samples: [[updates, loss]], last }] }.
import { fmtLoss, fmtInt, fmtPercent, MISSING } from '../../format.js';
import { RUN_STYLES } from '../kit/compare-kit.js';
import { AXIS_NOTE, SUMMARY_MORAL } from './text.js';

/** p: { chart, axisNote, table, summary } (the nodes and charts of view.js). */
export function drawBatch(p, v, byUpdates) {
  // The axis ends where the run will: its epochs, or the stochastic run's updates.
  const end = v.settings && v.info ? { epochs: v.settings.epochs, updates: v.settings.epochs * v.info.n } : {};
  p.chart.setX(byUpdates
    ? { title: 'weight updates (log scale)', log: true, max: end.updates }
    : { title: 'epoch', log: false, max: end.epochs });
  p.chart.setSeries(v.runs.map((r, i) => ({
    label: `${runName(v, r)} (batch ${r.batch})`,
    style: RUN_STYLES[i],
    width: r.batch === 1 ? 1.5 : 2.5,
    points: r.samples
      .filter(([u]) => !byUpdates || u > 0)
      .map(([u, loss]) => ({ x: byUpdates ? u : u / r.perEpoch, y: loss })),
  })));
  const [full, mini] = v.runs;
  p.axisNote.textContent = full
    ? `One epoch is ${full.perEpoch} update for full batch, ${mini.perEpoch} for mini-batches of ${mini.batch} and ${v.info.n} for stochastic: the same data seen, very different numbers of steps.`
    : AXIS_NOTE;
  p.table.setRows(v.runs.map((r) => [
    runName(v, r), fmtInt(r.batch), fmtInt(r.perEpoch),
    r.last ? fmtInt(r.last.updates) : MISSING,
    r.last ? fmtLoss(r.last.trainLoss) : MISSING,
    r.last ? fmtLoss(r.last.testLoss) : MISSING,
    fmtPercent(upShare(r.samples)),
  ]));
  p.summary.textContent = summary(v);
}

function runName(v, r) {
  if (r.batch === 1) return 'Stochastic';
  return v.info && r.batch >= v.info.n ? 'Full batch' : 'Mini-batch';
}

function summary(v) {
  if (!v.runs.length || !v.runs[0].last) return 'No runs yet.';
  const parts = v.runs.map((r) => {
    const l = r.last;
    if (l.status === 'diverged') return `${runName(v, r)} diverged in epoch ${fmtInt(l.divergedEpoch)} (learning rate too large for it)`;
    return `${runName(v, r)} ${fmtLoss(l.trainLoss)} after ${fmtInt(l.updates)} updates (the loss went up over ${fmtPercent(upShare(r.samples))} of the stretches between recorded updates)`;
  });
  return `Training loss after ${fmtInt(Math.min(...v.runs.map((r) => r.last.epoch)))} epochs: ${parts.join('; ')}. `
    + SUMMARY_MORAL;
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
