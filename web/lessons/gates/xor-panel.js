// gates/xor-panel.js — the XOR panel: the perceptron trick run on XOR until it
// gives up, and a 2-2-1 network the user trains, restarts from a new seed or
// sets by hand to XOR = AND(OR, NAND). Every number comes from the worker
// (gates/ops.js); xor-layout.js builds the DOM, xor-draw.js draws.
import { buildXorDom } from './xor-layout.js';
import { drawPerceptronRun, drawNet } from './xor-draw.js';
import { NET_HINT, COMPOSED, TRAINING } from './text.js';
import { createPace } from '../kit/pace.js';

const XOR_EPOCHS = 1000;
const XOR_LR = 0.1;
const TRAIN_EPOCHS = 500;
// Epochs a second while the network trains: 500 take about 7 s. From the
// first start the loss sits near ln 2 for some 90 epochs before the two lines
// swing into place by epoch 140 or so; at this pace that takes well over a
// second to watch, and the rest shows the lines settling as the loss falls.
const TRAIN_PACE = 70;

/** Fill `panel`. s holds the network's seed and the busy flag across visits
 *  to the tab; current() is false once the page has moved on. */
export function showXor(panel, ctx, s, current) {
  const d = buildXorDom({
    epochs: XOR_EPOCHS, lr: XOR_LR, trainLabel: `Train ${TRAIN_EPOCHS} epochs`,
    on: { train, skip: () => pace?.skip(), restart, compose },
  });
  let pace = null;           // while the network trains
  panel.append(...d.nodes);
  runPerceptron();
  showNet(ctx.ops.mlpTrain({ epochs: 0, seed: s.seed }), NET_HINT);

  async function runPerceptron() {
    let r;
    try {
      r = await ctx.ops.xorPerceptron({ epochs: XOR_EPOCHS, lr: XOR_LR });
    } catch (e) {
      if (current()) d.singleText.textContent = `The perceptron run failed: ${e.message}`;
      return;
    }
    if (current()) drawPerceptronRun(d, r);
  }

  async function train() {
    if (s.busy) return;
    const mine = createPace({ perSecond: TRAIN_PACE, total: TRAIN_EPOCHS, fast: ctx.reducedMotion() });
    pace = mine;
    setBusy(true);
    try {
      for (let left = TRAIN_EPOCHS; left > 0;) {
        const n = Math.min(left, await mine.next());
        if (!current() || n === 0) return;
        left -= n;
        if (!await showNet(ctx.ops.mlpTrain({ epochs: n, seed: s.seed }), left > 0 ? TRAINING : undefined)) break;
      }
    } finally {
      mine.stop();
      pace = null;
      setBusy(false);
    }
  }

  async function restart() {
    if (s.busy) return;
    s.seed += 1;
    setBusy(true);
    await showNet(ctx.ops.mlpReset({ seed: s.seed }), `New random start (seed ${s.seed}). Press Train.`);
    setBusy(false);
  }

  async function compose() {
    if (s.busy) return;
    setBusy(true);
    await showNet(ctx.ops.mlpCompose({ seed: s.seed }), COMPOSED);
    setBusy(false);
  }

  function setBusy(on) {
    s.busy = on;
    if (!current()) return;
    for (const b of d.buttons) b.disabled = on;
    d.mlpStatus.setAttribute('aria-busy', String(on));   // read out once, when done
    // Skip to end shows while training (never with reduced motion, which does not animate).
    if (!on && document.activeElement === d.skip) d.buttons[0].focus();
    d.skip.hidden = !on || !pace || pace.fast;
  }

  /** Draw the snapshot a network op resolves with; false when it failed. */
  async function showNet(pending, note) {
    let r;
    try {
      r = await pending;
    } catch (e) {
      if (current()) d.mlpStatus.textContent = `The network could not be updated: ${e.message}`;
      return false;
    }
    if (!current()) return false;
    drawNet(d, r, note);
    return true;
  }
}
