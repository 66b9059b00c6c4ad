// a11y.js — words for what the pictures and numbers show, for screen readers.
//
// createSummary(doc) -> { update({ epoch, record, status, info }) }
// keeps three texts current: a polite live region (#summary) that reads
// "Epoch 120, test accuracy 97.0%, test loss 0.0812." at most every few
// seconds while training (and at once when the status changes), and the
// descriptions the heatmap and chart canvases point to (aria-describedby).

import { fmtInt, fmtLoss, fmtPercent } from './format.js';
import { datasetLabel } from './datasets.js';
import { CLASS_SHAPES } from './palette.js';

export function createSummary(doc, { everyMs = 4000 } = {}) {
  const live = doc.getElementById('summary');
  const heat = doc.getElementById('heatmap-desc');
  const chart = doc.getElementById('chart-desc');
  let lastTime = -Infinity;
  let lastStatus = '';

  function update({ epoch, record, status, info }) {
    const t = performance.now();
    if (status === lastStatus && t - lastTime < everyMs) return;
    const changed = status !== lastStatus;
    lastTime = t;
    lastStatus = status;
    const numbers = record
      ? `test accuracy ${fmtPercent(record.testAcc)}, test loss ${fmtLoss(record.testLoss)}`
      : 'not trained yet';
    const said = `Epoch ${fmtInt(epoch)}, ${numbers}.${changed && status !== 'running' ? ` Training ${status}.` : ''}`;
    if (live.textContent !== said) live.textContent = said;
    if (info) {
      const shapes = Array.from({ length: info.k }, (_, k) => `class ${info.classNames[k]} as ${CLASS_SHAPES[k % CLASS_SHAPES.length]}s`);
      const points = info.truthTable ? `${info.n} rows` : `${info.train.n} training points (filled) and ${info.test.n} test points (hollow)`;
      heat.textContent = `${datasetLabel(info.dataset)} data: ${points}, ${shapes.join(', ')}. `
        + `The background shades show the class the model predicts at each place${record ? `; it classifies ${fmtPercent(record.testAcc)} of the test points correctly` : ''}.`;
    }
    chart.textContent = record
      ? `After ${fmtInt(epoch)} epochs: training loss ${fmtLoss(record.trainLoss)}, test loss ${fmtLoss(record.testLoss)}, `
        + `training accuracy ${fmtPercent(record.trainAcc)}, test accuracy ${fmtPercent(record.testAcc)}.`
      : 'No epochs trained yet.';
  }

  return { update };
}
