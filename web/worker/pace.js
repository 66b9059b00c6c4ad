// worker/pace.js — how fast the run trains and when it posts frames.
//
// The pace is a number of epochs per second (state.js SPEEDS) or 'max'.
// Training runs in chunks and yields between them (a MessageChannel tick), so
// a pause or a new learning rate is handled at once.
//
// - A set pace is frame-synchronised: each time the page has drawn a frame
//   (its ack), the run trains the batches that are due by the clock
//   (epochs/s × batches per epoch, batches per epoch = ceil(n / batch)) and
//   posts the next frame. Owed work is capped at MAX_OWED_MS, so a stall
//   (a busy page, a slow net) never comes back as a burst: the run then simply
//   trains slower than asked, and the rate it reports says so. When no batch
//   is due yet (slow paces), a timer waits for the next one.
// - 'max' sizes each chunk to a time budget and trains on while the page draws.
//
// A frame is posted only when the page has drawn the previous one (or when
// forced: after a command, so the page always sees its effect).

const BUDGET_MS = 10;       // training time per chunk at full speed
const FRAME_BUDGET_MS = 14; // at most this much training per frame at a set pace
const MAX_OWED_MS = 100;    // a set pace owes at most this much time's batches
const RATE_WINDOW_MS = 1000; // the achieved rate is measured over about this long

/** train(batches) -> examples trained; batchesPerEpoch() of the current run;
 *  progress() -> epochs trained so far, fractional (for the achieved rate);
 *  frame() posts a frame; canRun() says whether the model can train on. */
export function createPace({ train, batchesPerEpoch, progress, frame, canRun }) {
  const p = {
    playing: false, speed: /** @type {number | 'max'} */ ('max'), batchesPerChunk: 8,
    pageReady: true, pendingFrame: false, scheduled: false, timer: 0,
    owed: 0, clock: 0,               // batches due at a set pace, as of time `clock`
    msPerBatch: 0.05,                // measured, to keep a frame's work in budget
    examples: 0, examplesTime: 0,    // since the last frame, for the examples/s it reports
    samples: [],                     // [time, progress()] while playing, for the achieved rate
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
    if (p.speed === 'max') {
      const dt = measure(() => train(p.batchesPerChunk));
      // Adapt the chunk to the budget, smoothly and within sane limits.
      const ideal = p.batchesPerChunk * BUDGET_MS / Math.max(dt, 0.05);
      p.batchesPerChunk = Math.max(1, Math.min(1 << 20, Math.round(0.5 * p.batchesPerChunk + 0.5 * ideal)));
    } else if (!paced()) {
      return;   // nothing due yet: a timer calls back
    }
    if (!canRun()) p.playing = false;
    frame();
    if (p.playing && (p.speed === 'max' || p.pageReady)) schedule();
  }

  // A set pace: train what the clock says is due. False when nothing was.
  function paced() {
    const perEpoch = batchesPerEpoch();
    const perMs = /** @type {number} */ (p.speed) * perEpoch / 1000;
    const now = performance.now();
    p.owed = Math.min(p.owed + (now - p.clock) * perMs, Math.max(1, MAX_OWED_MS * perMs));
    p.clock = now;
    const fits = Math.max(1, Math.floor(FRAME_BUDGET_MS / p.msPerBatch));
    const due = Math.min(Math.floor(p.owed), fits);
    if (due < 1) {
      clearTimeout(p.timer);
      p.timer = setTimeout(() => { p.timer = 0; loop(); }, Math.max(1, (1 - p.owed) / perMs));
      return false;
    }
    const dt = measure(() => train(due));
    p.owed -= due;
    p.msPerBatch = 0.7 * p.msPerBatch + 0.3 * (dt / due);
    return true;
  }

  /** Epochs per second over the last second or so (0 when not playing). */
  function epochRate() {
    if (!p.playing) { p.samples = []; return 0; }
    const now = performance.now();
    const epochs = progress();
    p.samples.push([now, epochs]);
    while (p.samples.length > 2 && now - p.samples[1][0] >= RATE_WINDOW_MS) p.samples.shift();
    const [t0, e0] = p.samples[0];
    return now - t0 >= 50 ? ((epochs - e0) / (now - t0)) * 1000 : 0;
  }

  function start() {
    p.clock = performance.now();
    p.owed = 1;              // the first batch at once: Play shows its effect
    p.samples = [[p.clock, progress()]];
  }

  return {
    get playing() { return p.playing; },
    setSpeed(speed) {
      if (speed === p.speed) return;
      p.speed = speed;
      if (p.playing) { start(); schedule(); }
    },
    measure,
    play() {
      if (!p.playing) start();
      p.playing = true;
      p.pageReady = true;
      schedule();
    },
    stop() { p.playing = false; clearTimeout(p.timer); p.timer = 0; },
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
      if (p.playing && !p.timer) schedule();
    },
    /** What a frame reports of the pace: examples per training second since
     *  the last call (0 when none), and the epochs per second achieved. */
    takeRates() {
      const examplesPerSecond = p.examplesTime > 0 ? (p.examples / p.examplesTime) * 1000 : 0;
      p.examples = 0;
      p.examplesTime = 0;
      return { examplesPerSecond, epochsPerSecond: epochRate() };
    },
  };
}
