// overfit/draw.js — the overfitting lesson's runs on the page: the plain
// run's two curves with the early stopper's marks, the weight histograms and
// table of L1 vs L2, and the test loss with and without dropout, each with
// its text summary. Pure functions of the lesson's state
// v = { settings, info, runs: { plain, early, l1, l2, dropout }, done } and the settings s
// (the run's, or the fields' before any).
import { fmtLoss, fmtInt, fmtRate, fmtPercent, MISSING } from '../../format.js';
import { RUN_STYLES } from '../kit/compare-kit.js';

const BAR_RUNS = [['plain', 'No regularization'], ['l1', 'L1'], ['l2', 'L2']];

const curve = (run, key) => (run ? run.records.map((r) => ({ x: r.epoch, y: r[key] })) : []);

/** p: { chart, fig } of the early-stopping section. */
export function drawEarly(p, v, s) {
  const { plain, early } = v.runs;
  p.chart.setXMax(v.settings?.epochs);
  p.chart.setSeries(plain ? [
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
  p.chart.setMarks(marks);
  const f = p.fig.summary;
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

/** p: { chart, fig, table } of the L1-vs-L2 section. */
export function drawRegularization(p, v) {
  const edges = v.info ? v.info.binEdges : [];
  const labels = edges.length
    ? [`< ${edges[0]}`, ...edges.slice(1).map((e, i) => `${edges[i]}–${e}`), `≥ ${edges[edges.length - 1]}`]
    : [];
  const present = BAR_RUNS.filter(([id]) => v.runs[id]);
  p.chart.setBars(labels, present.map(([id, name], i) => ({
    label: name, values: v.runs[id].weights.bins, style: RUN_STYLES[i],
  })));
  p.table.setRows(present.map(([id, name]) => {
    const w = v.runs[id].weights;
    return [name, `${fmtInt(w.nearZero)} of ${fmtInt(w.total)} (${fmtPercent(w.nearZero / w.total)})`,
      fmtLoss(w.meanAbs), fmtLoss(v.runs[id].testLoss)];
  }));
  const { l1, l2 } = v.runs;
  p.fig.summary.textContent = l1 && l2 && v.info
    ? `Weights below ${v.info.nearZero} in size: L1 ${fmtInt(l1.weights.nearZero)} of ${fmtInt(l1.weights.total)}, `
      + `L2 ${fmtInt(l2.weights.nearZero)}, none ${fmtInt(v.runs.plain.weights.nearZero)}. `
      + `Test loss: L1 ${fmtLoss(l1.testLoss)}, L2 ${fmtLoss(l2.testLoss)}, none ${fmtLoss(v.runs.plain.testLoss)}.`
    : 'No runs yet.';
}

/** p: { chart, fig } of the dropout section. */
export function drawDropout(p, v, s) {
  const { plain, dropout } = v.runs;
  p.chart.setXMax(v.settings?.epochs);
  p.chart.setSeries(plain && dropout ? [
    { label: 'no dropout', points: curve(plain, 'testLoss'), style: RUN_STYLES[0] },
    { label: `dropout ${fmtRate(s.dropout)}`, points: curve(dropout, 'testLoss'), style: RUN_STYLES[1] },
  ] : []);
  p.fig.summary.textContent = plain && dropout
    ? `Test loss at epoch ${fmtInt(plain.epoch)}: ${fmtLoss(plain.testLoss)} without dropout, `
      + `${dropout.status === 'diverged' ? MISSING : fmtLoss(dropout.testLoss)} with dropout ${fmtRate(s.dropout)}.`
    : 'No runs yet.';
}
