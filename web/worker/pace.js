// worker/pace.js — how fast the run trains and when it posts frames.
//
// Training runs in chunks and yields between them (a MessageChannel tick), so
// a pause or a new learning rate is handled at once. At full speed a chunk is
// sized to a time budget and training goes on while the page draws; slower
// speeds train a fixed number of batches per frame and wait for the page's ack.
// A frame is posted only when the page has drawn the previous one (or when
// forced: after a command, so the page always sees its effect).

const BUDGET_MS = 10;          // training time per chunk at full speed
// Batches per chunk for the slower speeds (1..4); speed 5 uses the time budget.
const SPEED_BATCHES = [0, 1, 4, 20, 100];
const FULL_SPEED = 5;

/** train(batches) -> examples trained; frame() posts a frame; canRun() says
 *  whether the model can train on. */
export function createPace({ train, frame, canRun }) {
  const p = {
    playing: false, speed: FULL_SPEED, batchesPerChunk: 8,
    pageReady: true, pendingFrame: false, scheduled: false,
    examples: 0, examplesTime: 0,   // since the last frame, for the rate it reports
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { p.scheduled = false; loop(); };
  const schedule = () => {
    if (!p.scheduled) { p.scheduled = true; channel.port2.postMessage(0); }
  };

  function measure(fn) {
    const t0 = performance.now();
    p.examples += fn();
    const dt = performance.now() - t0;
    p.examplesTime += dt;
    return dt;
  }

  function loop() {
    if (!p.playing || !canRun()) { p.playing = false; return; }
    if (p.speed >= FULL_SPEED) {
      const dt = measure(() => train(p.batchesPerChunk));
      // Adapt the chunk to the budget, smoothly and within sane limits.
      const ideal = p.batchesPerChunk * BUDGET_MS / Math.max(dt, 0.05);
      p.batchesPerChunk = Math.max(1, Math.min(1 << 20, Math.round(0.5 * p.batchesPerChunk + 0.5 * ideal)));
    } else {
      measure(() => train(SPEED_BATCHES[p.speed]));
    }
    if (!canRun()) p.playing = false;
    frame();
    if (p.playing && (p.speed >= FULL_SPEED || p.pageReady)) schedule();
  }

  return {
    get playing() { return p.playing; },
    setSpeed(speed) { p.speed = speed; },
    measure,
    play() { p.playing = true; p.pageReady = true; schedule(); },
    stop() { p.playing = false; },
    /** May a frame go out now? Else one is owed when the page acks. */
    takeFrame(force) {
      if (!p.pageReady && !force) { p.pendingFrame = true; return false; }
      p.pendingFrame = false;
      p.pageReady = false;
      return true;
    },
    ack() {
      p.pageReady = true;
      if (p.pendingFrame) frame();
      if (p.playing) schedule();
    },
    /** Examples per training second since the last call (0 when none). */
    takeRate() {
      const rate = p.examplesTime > 0 ? (p.examples / p.examplesTime) * 1000 : 0;
      p.examples = 0;
      p.examplesTime = 0;
      return rate;
    },
  };
}
