// gates/xor-panel.js — the XOR panel: the perceptron trick run on XOR until it
// gives up, and a 2-2-1 network the user trains, restarts from a new seed or
// sets by hand to XOR = AND(OR, NAND). Every number comes from the worker
// (gates/ops.js); xor-layout.js builds the DOM, xor-draw.js draws.
import { buildXorDom } from './xor-layout.js';
import { drawPerceptronRun, drawNet } from './xor-draw.js';
import { NET_HINT, COMPOSED } from './text.js';

const XOR_EPOCHS = 1000;
const XOR_LR = 0.1;
const TRAIN_EPOCHS = 500;
const TRAIN_CHUNK = 50;    // epochs between redraws while training

/** Fill `panel`. s holds the network's seed and the busy flag across visits
 *  to the tab; current() is false once the page has moved on. */
export function showXor(panel, ctx, s, current) {
  const d = buildXorDom({
    epochs: XOR_EPOCHS, lr: XOR_LR, trainLabel: `Train ${TRAIN_EPOCHS} epochs`,
    on: { train, restart, compose },
  });
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
    const chunks = ctx.reducedMotion() ? 1 : TRAIN_EPOCHS / TRAIN_CHUNK;
    const per = TRAIN_EPOCHS / chunks;
    setBusy(true);
    try {
      for (let i = 0; i < chunks; i++) {
        const ok = await showNet(ctx.ops.mlpTrain({ epochs: per, seed: s.seed }));
        if (!ok) break;
        if (i + 1 < chunks) await new Promise((res) => { requestAnimationFrame(res); });
        if (!current()) return;
      }
    } finally {
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
