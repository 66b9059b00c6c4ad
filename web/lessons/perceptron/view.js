// perceptron/view.js — the "Perceptron trick" lesson: one misclassified point at a
// time moves the line w1·x1 + w2·x2 + b = 0, with the arithmetic shown as the
// lesson's table (the line, plus or minus a·(x1, x2, 1), the new line).
//
// The page keeps the line (w, b), the step cursor and the counter; the worker
// (perceptron/ops.js) holds the preset's points and runs the engine's
// dh.perceptronStep for each Step. Settings in the URL: pcPreset, pcLr.
// This module holds the state and the steps; layout.js builds the DOM,
// render.js draws, work.js writes out a step, inputs.js reads the settings,
// autorun.js runs Step after Step.
import { el } from '../../dom.js';
import { viewAround, lineEquation, roundTo } from '../kit/plot2d.js';
import { buildPerceptronDom } from './layout.js';
import { render, drawLine, glideLine } from './render.js';
import { workOf, trickDecimals } from './work.js';
import { fillInputs, readLr, readStart } from './inputs.js';
import { createAutoRun } from './autorun.js';
import { PRESET_TEXT, STEP_HINT, NO_LINE_FOR_XOR } from './text.js';

/** Each example's starting line and view (null: fit the points); its words are text.js's. */
const PRESETS = {
  lesson: { line: { w: [3, 4], b: -10 }, view: { x0: -0.5, x1: 6.5, y0: -0.5, y1: 6.5 } },
  ten: { line: { w: [3, 4], b: -10 }, view: { x0: -0.5, x1: 4, y0: -0.5, y1: 4 } },
  gauss: { line: { w: [1, -1], b: 0.5 }, view: null },
  xor: { line: { w: [1, 1], b: -0.5 }, view: { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 } },
};
const RUN_CAP = 200;          // steps per Run before it stops by itself
const ANIM_MS = 350;
const plural = (n) => `${n} ${n === 1 ? 'step' : 'steps'}`;

export function createPerceptronLesson(container, ctx) {
  const s = {
    preset: ctx.state.pcPreset in PRESETS ? ctx.state.pcPreset : 'lesson',
    lr: ctx.state.pcLr,
    points: [],
    start: null,            // { w, b } the line Reset returns to
    line: null,             // the current line
    ghost: null,            // the line before the last step (drawn dashed)
    cursor: 0,
    steps: 0,
    wrong: [],
    current: -1,            // index of the point the last step used
    busy: false,
    stopGlide: () => {},
    loadGen: 0,             // bumps when the points or the line are reset: late answers are dropped
    destroyed: false,
  };
  const d = buildPerceptronDom({
    preset: (id) => choosePreset(id),
    step: () => stepOnce(),
    run: () => run.toggle(),
    reset: () => { run.stop(); reset(); },
    lr: () => {
      const v = readLr(d, s.lr);
      if (v !== undefined) { s.lr = v; ctx.setParam('pcLr', v); }
    },
    start: () => {
      const start = readStart(d);
      if (!start) return;
      run.stop();
      s.start = start;
      reset();
    },
  });
  container.append(...d.nodes);
  const say = (text) => { d.message.textContent = text; d.message.hidden = text === ''; };
  const fail = (what, e) => { if (!s.destroyed) say(`${what}: ${e.message}`); };
  const run = createAutoRun(d, ctx, {
    cap: RUN_CAP,
    step: stepOnce,
    steps: () => s.steps,
    capped: () => {
      say(`Stopped after ${s.steps} steps: ${s.wrong.length} of ${s.points.length} points are still misclassified.`
        + (s.preset === 'xor' ? NO_LINE_FOR_XOR : ' Press Run to keep going.'));
      ctx.announce(d.message.textContent);
    },
  });

  choosePreset(s.preset, { keepLr: true });

  async function choosePreset(id, { keepLr = false } = {}) {
    run.stop();
    s.preset = id;
    d.presetSel.value = id;
    d.about.textContent = PRESET_TEXT[id].about;
    ctx.setParam('pcPreset', id);
    if (!keepLr) { s.lr = 0.1; ctx.setParam('pcLr', s.lr); }
    s.start = { w: PRESETS[id].line.w.slice(), b: PRESETS[id].line.b };
    fillInputs(d, s.lr, s.start);
    const gen = ++s.loadGen;
    s.points = [];
    try {
      const data = await ctx.ops.load({ preset: id });
      if (s.destroyed || gen !== s.loadGen) return;
      s.points = data.points;
      d.plot.setView(PRESETS[id].view || viewAround(data.points));
    } catch (e) {
      fail('Could not load the points', e);
      return;
    }
    await reset();
  }

  async function reset() {
    s.stopGlide();
    s.loadGen += 1;
    Object.assign(s, { line: { w: s.start.w.slice(), b: s.start.b }, ghost: null, cursor: 0, steps: 0, current: -1 });
    d.work.replaceChildren(el('p', { class: 'small' }, STEP_HINT));
    say('');
    if (s.points.length === 0) { s.wrong = []; render(d, s); return; }
    const gen = s.loadGen;
    try {
      const r = await ctx.ops.classify({ w: s.line.w, b: s.line.b });
      if (s.destroyed || gen !== s.loadGen) return;
      s.wrong = r.wrong;
    } catch (e) {
      fail('Could not classify the points', e);
    }
    render(d, s);
  }

  /** One perceptron-trick step; resolves to 'moved' | 'done' | 'error'. */
  async function stepOnce() {
    if (s.busy || s.destroyed) return 'error';
    if (s.points.length === 0) { say('There are no points to learn from yet: pick an example.'); return 'error'; }
    s.busy = true;
    const gen = s.loadGen;
    try {
      const r = await ctx.ops.step({ w: s.line.w, b: s.line.b, lr: s.lr, cursor: s.cursor });
      if (s.destroyed || gen !== s.loadGen) return 'error';   // a preset or line changed meanwhile
      return moved(s, d, ctx, r, { say, running: run.running });
    } catch (e) {
      fail('The step failed', e);
      return 'error';
    } finally {
      s.busy = false;
    }
  }

  return {
    destroy() {
      s.destroyed = true;
      run.stop();
      s.stopGlide();
    },
  };
}

/** Take in a step's answer r: the new line, the table, the glide, the news.
 *  Returns what stepOnce resolves to. */
function moved(s, d, ctx, r, { say, running }) {
  s.wrong = r.wrong;
  if (r.index < 0) {
    render(d, s);
    say(`Every point is already classified correctly: there is nothing to move (${plural(s.steps)} so far).`);
    ctx.announce(d.message.textContent);
    return 'done';
  }
  const before = s.line;
  // The trick's numbers are decimals: keep the line at the decimals they
  // justify, so float32 residue (2.1999998) never reaches the page or the
  // next step.
  const dec = trickDecimals(s.start, s.lr, s.points);
  const line = { w: r.w.map((v) => roundTo(v, dec)), b: roundTo(r.b, dec) };
  Object.assign(s, { ghost: before, line, cursor: r.cursor, steps: s.steps + 1, current: r.index });
  d.work.replaceChildren(...workOf(before, { ...r, ...line }, s.lr, s.steps, dec));
  s.stopGlide();
  render(d, s);
  if (!ctx.reducedMotion()) s.stopGlide = glideLine(before, s.line, ANIM_MS, (line) => drawLine(d.plot, s, line));
  const now = lineEquation(s.line.w, s.line.b);
  if (s.wrong.length === 0) {
    say(`Converged: every point classified correctly after ${plural(s.steps)}.`);
    ctx.announce(`${d.message.textContent} New line ${now}.`);
    return 'done';
  }
  say('');
  if (!running) ctx.announce(`Step ${s.steps}: new line ${now}. ${s.wrong.length} misclassified.`);
  return 'moved';
}
