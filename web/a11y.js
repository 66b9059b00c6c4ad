// a11y.js — words for what the pictures and numbers show, for screen readers.
//
// createSummary(doc) -> { update({ epoch, record, status, info }) }
// keeps three texts current: a polite live region (#summary) that reads
// "Epoch 120, test accuracy 97.0%, test loss 0.0812." at most every few
// seconds while training ("Training started." on Play, the first numbers a
// second later, the status at once when it changes), and the descriptions the heatmap and chart
// canvases point to (aria-describedby), which follow every frame.
//
// The texts themselves are pure functions (liveText, chartText), so their
// English is tested without a page.

import { fmtInt, fmtLoss, fmtPercent } from './format.js';
import { label } from './state.js';
import { CLASS_SHAPES } from './palette.js';

const FIRST_NUMBERS_MS = 1000;   // the first epoch's numbers are read this soon after the start

/** "1 epoch", "2 epochs", "1,000 epochs". */
export const epochs = (n) => `${fmtInt(n)} epoch${n === 1 ? '' : 's'}`;

/** What the live region reads: the current numbers, and the status when it changed. */
export function liveText({ epoch, record, status }, statusChanged) {
  // Play: say so; the numbers follow a moment later, once they have moved.
  if (statusChanged && status === 'running') return 'Training started.';
  const said = statusChanged && status !== 'running' && status !== 'ready' ? ` Training ${status}.` : '';
  if (record) return `Epoch ${fmtInt(epoch)}, test accuracy ${fmtPercent(record.testAcc)}, test loss ${fmtLoss(record.testLoss)}.${said}`;
  if (status === 'ready') return 'Not trained yet.';
  if (status === 'running') return 'Training started; the first epoch is not finished yet.';
  return `No epoch finished yet.${said}`;
}

/** What the chart's description says. */
export function chartText({ epoch, record, status }) {
  if (record) {
    return `After ${epochs(epoch)}: training loss ${fmtLoss(record.trainLoss)}, test loss ${fmtLoss(record.testLoss)}, `
      + `training accuracy ${fmtPercent(record.trainAcc)}, test accuracy ${fmtPercent(record.testAcc)}.`;
  }
  return status === 'ready' ? 'No epochs trained yet.' : 'Training has started; no epoch has finished yet.';
}

export function createSummary(doc, { everyMs = 4000 } = {}) {
  const live = doc.getElementById('summary');
  const heat = doc.getElementById('heatmap-desc');
  const chart = doc.getElementById('chart-desc');
  let lastTime = -Infinity;
  let lastStatus = '';
  let waiting = false;   // a run started with no epoch finished: read its first numbers soon

  const set = (node, text) => { if (node.textContent !== text) node.textContent = text; };

  function update({ epoch, record, status, info }) {
    describe({ epoch, record, status, info });
    const t = performance.now();
    const changed = status !== lastStatus;
    // The first numbers of a run come soon after it starts, not a full period later.
    const first = waiting && !!record && t - lastTime >= FIRST_NUMBERS_MS;
    if (!changed && !first && t - lastTime < everyMs) return;
    lastTime = t;
    lastStatus = status;
    waiting = status === 'running' && (changed || (waiting && !record));
    set(live, liveText({ epoch, record, status }, changed));
  }

  function describe({ epoch, record, status, info }) {
    if (info) {
      const shapes = Array.from({ length: info.k }, (_, k) => `class ${info.classNames[k]} as ${CLASS_SHAPES[k % CLASS_SHAPES.length]}s`);
      const points = info.truthTable ? `${info.n} rows` : `${info.train.n} training points (filled) and ${info.test.n} test points (hollow)`;
      set(heat, `${label('datasets', info.dataset)} data: ${points}, ${shapes.join(', ')}. `
        + `The background shades show the class the model predicts at each place${record ? `; it classifies ${fmtPercent(record.testAcc)} of the test points correctly` : ''}.`);
    }
    set(chart, chartText({ epoch, record, status }));
  }

  return { update };
}
