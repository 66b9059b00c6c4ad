// digits/frame-throttle.js — at most one call per animation frame, however
// many times it is asked for: the pad asks on every pointer move (a pen can
// report several hundred a second) and the work (reading the canvas back,
// preparing the 28×28 input, classifying it) need only happen once per frame.
//
//   const t = frameThrottle(fn)   // fn runs in the next frame after t.schedule()
//   t.schedule()                  // ask for a call; repeated asks in a frame are one call
//   t.flush()                     // call now if one is pending (and drop the pending frame)
//   t.cancel()                    // drop a pending call
//
// request/cancel default to requestAnimationFrame/cancelAnimationFrame; the
// tests hand in their own frame clock.

export function frameThrottle(fn, { request = requestAnimationFrame, cancel = cancelAnimationFrame } = {}) {
  let pending = null;
  function run() {
    pending = null;
    fn();
  }
  return {
    schedule() {
      if (pending === null) pending = request(run);
    },
    flush() {
      if (pending === null) return;
      cancel(pending);
      run();
    },
    cancel() {
      if (pending !== null) cancel(pending);
      pending = null;
    },
    get pending() { return pending !== null; },
  };
}
