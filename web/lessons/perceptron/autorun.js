// perceptron/autorun.js — the Run button: Step again and again with a pause
// between, until a step does not move the line (converged, or an error), the
// user stops it, or `cap` steps have gone by.
const DELAY_MS = 420;

/** step() -> Promise of 'moved' | 'done' | 'error'; steps() the step count;
 *  capped() says why a Run that reached the cap stopped. */
export function createAutoRun(d, ctx, { cap, step, steps, capped }) {
  let running = false;
  let timer = 0;
  const stop = () => {
    running = false;
    clearTimeout(timer);
    timer = 0;
    d.runBtn.textContent = 'Run';
    d.runBtn.setAttribute('aria-pressed', 'false');
    d.stepBtn.disabled = false;
  };
  const start = () => {
    running = true;
    d.runBtn.textContent = 'Stop';
    d.runBtn.setAttribute('aria-pressed', 'true');
    d.stepBtn.disabled = true;
    const first = steps();
    const tick = async () => {
      timer = 0;
      if (!running) return;
      const result = await step();
      if (!running) return;
      if (result !== 'moved') { stop(); return; }
      if (steps() - first >= cap) {
        stop();
        capped();
        return;
      }
      timer = setTimeout(tick, ctx.reducedMotion() ? DELAY_MS / 2 : DELAY_MS);
    };
    tick();
  };
  return {
    get running() { return running; },
    toggle() { if (running) stop(); else start(); },
    stop,
  };
}
