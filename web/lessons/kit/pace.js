// kit/pace.js — a pace a student can watch, for the lessons that train (batch,
// overfit, vanishing and the XOR network of gates). The engine trains a whole
// lesson run in a fraction of a second, too fast to see anything happen. A
// pace hands out epochs at `perSecond` a second on animation frames: the page
// asks the worker for that many, draws the answer and asks the pace again, so
// a run takes a few seconds and the curves grow as it goes. The worker is
// never held up: each of its calls is still one short chunk.
//
// skip() (the lesson's "Skip to end" button) and reduced motion (`fast` from
// the start) make it hand out everything left at once; stop() ends it.

/** A long run animates for at most this long: past that it goes faster. */
export const MAX_ANIMATION_S = 20;
// A frame later than this (a hidden tab, a busy machine) counts as this long,
// so the run slows down instead of jumping ahead.
const MAX_FRAME_MS = 100;

/** A pace of `perSecond` epochs a second (faster when `total` epochs would take
 *  longer than MAX_ANIMATION_S); `fast` skips to the end from the start.
 *  @param {{ perSecond: number, total: number, fast?: boolean }} o */
export function createPace({ perSecond, total, fast = false }) {
  const perMs = Math.max(perSecond, total / MAX_ANIMATION_S) / 1000;
  let due = 1;              // epochs owed; the first is due at once
  let last = -1;            // performance.now() of the previous next()
  let stopped = false;
  let frame = null;         // { id, wake } while waiting for an animation frame

  const wakeUp = () => {
    if (!frame) return;
    cancelAnimationFrame(frame.id);
    const { wake } = frame;
    frame = null;
    wake();
  };
  const nextFrame = () => /** @type {Promise<void>} */ (new Promise((wake) => {
    frame = { wake: () => wake(), id: requestAnimationFrame(() => { frame = null; wake(); }) };
  }));

  return {
    /** True once the pace hands out everything at once (skipped, reduced motion). */
    get fast() { return fast; },
    skip() { fast = true; wakeUp(); },
    stop() { stopped = true; wakeUp(); },
    /** How many epochs to train now: waits for as many frames as the pace
     *  asks, then at least 1; Infinity once fast; 0 once stopped. */
    async next() {
      for (;;) {
        if (stopped) return 0;
        if (fast) return Infinity;
        const now = performance.now();
        if (last >= 0) due += Math.min(now - last, MAX_FRAME_MS) * perMs;
        last = now;
        if (due >= 1) {
          const n = Math.floor(due);
          due -= n;
          return n;
        }
        await nextFrame();
      }
    },
  };
}
