// perceptron.js — the "Perceptron trick" lesson: one misclassified point at a
// time moves the line w1·x1 + w2·x2 + b = 0, with the arithmetic shown as the
// lesson's table (the line, plus or minus a·(x1, x2, 1), the new line).
//
// The page keeps the line (w, b), the step cursor and the counter; the worker
// (perceptron-ops.js) holds the preset's points and runs the engine's
// dh.perceptronStep for each Step. Settings in the URL: pcPreset, pcLr.
import { el } from '../dom.js';
import { validateParam } from '../state.js';
import { createPlot2d, viewAround, num, lineEquation, MINUS } from './plot2d.js';

const PRESETS = {
  lesson: {
    title: 'Lesson example',
    about: 'The lesson\u2019s worked example: the point (4, 5) is labelled 0 but lies on the side of 3x1 + 4x2 \u2212 10 = 0 that predicts 1. One Step moves the line away from it.',
    line: { w: [3, 4], b: -10 },
    view: { x0: -0.5, x1: 6.5, y0: -0.5, y1: 6.5 },
  },
  ten: {
    title: 'Ten steps',
    about: 'The point (1, 1) is labelled 1 but the line 3x1 + 4x2 \u2212 10 = 0 predicts 0 for it. Each Step adds 0.1\u00b7(1, 1, 1), raising the score by 0.3: count the steps until it is classified correctly.',
    line: { w: [3, 4], b: -10 },
    view: { x0: -0.5, x1: 4, y0: -0.5, y1: 4 },
  },
  gauss: {
    title: 'Two clouds',
    about: 'Twenty points in two clouds that a straight line can separate. Step or Run until every point is on its side: on separable data the trick always gets there.',
    line: { w: [1, -1], b: 0.5 },
    view: null,
  },
  xor: {
    title: 'XOR (no line works)',
    about: 'The four XOR points: (0, 1) and (1, 0) are 1, (0, 0) and (1, 1) are 0. No straight line puts them on their sides, so the trick keeps moving the line for ever.',
    line: { w: [1, 1], b: -0.5 },
    view: { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 },
  },
};
const RUN_CAP = 200;          // steps per Run before it stops by itself
const ANIM_MS = 350;
const RUN_DELAY_MS = 420;
const LIMIT = 1000;           // |w1|, |w2|, |b| of a typed starting line
const NUMBER = /^[-+\u2212]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

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
    running: false,
    busy: false,
    timer: 0,
    anim: 0,
    loadGen: 0,             // bumps when the points or the line are reset: late answers are dropped
    destroyed: false,
  };

  // ---- DOM ----------------------------------------------------------------
  const plot = createPlot2d({ label: 'The data and the current line' });
  const summary = el('p', { class: 'pc-summary', id: 'pc-summary', 'aria-live': 'off' });
  const presetSel = el('select', { id: 'pc-preset', onchange: () => choosePreset(presetSel.value) },
    Object.entries(PRESETS).map(([id, p]) => el('option', { value: id }, p.title)));
  const about = el('p', { class: 'pc-about', id: 'pc-about' });
  const stepBtn = el('button', { type: 'button', class: 'pc-btn primary', id: 'pc-step', onclick: () => stepOnce() }, 'Step');
  const runBtn = el('button', { type: 'button', class: 'pc-btn', id: 'pc-run', 'aria-pressed': 'false', onclick: () => toggleRun() }, 'Run');
  const resetBtn = el('button', { type: 'button', class: 'pc-btn', id: 'pc-reset', onclick: () => { stopRun(); reset(); } }, 'Reset');
  const stepsOut = el('output', { id: 'pc-steps' }, '0');
  const wrongOut = el('output', { id: 'pc-wrong' }, '0');
  const message = el('p', { class: 'pc-message', id: 'pc-message', role: 'status', hidden: true });
  const equation = el('p', { class: 'pc-equation', id: 'pc-equation' });
  const work = el('div', { class: 'pc-work', id: 'pc-work' });

  const lrInput = el('input', { type: 'text', inputmode: 'decimal', id: 'pc-lr', 'aria-describedby': 'pc-input-msg', onchange: () => changeLr() });
  const lineInputs = ['w1', 'w2', 'b'].map((name) => el('input', {
    type: 'text', inputmode: 'decimal', id: `pc-${name}`, 'aria-describedby': 'pc-input-msg',
    onchange: () => changeStart(),
  }));
  const inputMsg = el('p', { class: 'pc-input-msg', id: 'pc-input-msg', 'aria-live': 'polite' });

  container.append(
    el('h2', {}, 'The perceptron trick, step by step'),
    el('p', { class: 'lesson-intro' },
      'A perceptron predicts 1 when w1\u00b7x1 + w2\u00b7x2 + b \u2265 0 and 0 otherwise. The trick fixes one misclassified point at a time: ',
      'if it predicted 0 for a point labelled 1, add a\u00b7(x1, x2, 1) to (w1, w2, b); if it predicted 1 for a point labelled 0, subtract it. ',
      'The line moves a little towards (or away from) that point; a is the learning rate.'),
    el('div', { class: 'pc-layout' },
      el('figure', { class: 'pc-figure' },
        plot.node,
        el('figcaption', { class: 'pc-legend' },
          el('span', {}, el('span', { class: 'key key-tri', 'aria-hidden': 'true' }, '\u25b2'), ' label 1'),
          el('span', {}, el('span', { class: 'key key-dot', 'aria-hidden': 'true' }, '\u25cf'), ' label 0'),
          el('span', {}, el('span', { class: 'key key-ring', 'aria-hidden': 'true' }, '\u25cc\u2717'), ' misclassified'),
          el('span', {}, el('span', { class: 'key key-side1', 'aria-hidden': 'true' }), ' side predicted 1 (\u0177 = 1)'),
          el('span', {}, el('span', { class: 'key key-ghost', 'aria-hidden': 'true' }, '\u2504'), ' the line before the last step')),
        summary),
      el('div', { class: 'pc-side' },
        el('div', { class: 'field' }, el('label', { for: 'pc-preset' }, 'Example'), presetSel),
        about,
        el('div', { class: 'pc-buttons' }, stepBtn, runBtn, resetBtn),
        el('dl', { class: 'pc-counts' },
          el('div', {}, el('dt', {}, 'Steps'), el('dd', {}, stepsOut)),
          el('div', {}, el('dt', {}, 'Misclassified'), el('dd', {}, wrongOut))),
        message,
        equation,
        work,
        el('details', { class: 'pc-settings' },
          el('summary', {}, 'Learning rate and starting line'),
          el('div', { class: 'pc-inputs' },
            el('label', { for: 'pc-lr' }, 'a'), lrInput,
            el('label', { for: 'pc-w1' }, 'w1'), lineInputs[0],
            el('label', { for: 'pc-w2' }, 'w2'), lineInputs[1],
            el('label', { for: 'pc-b' }, 'b'), lineInputs[2]),
          el('p', { class: 'small' }, 'A new starting line resets the steps. The learning rate applies from the next step.'),
          inputMsg))),
  );

  choosePreset(s.preset, { keepLr: true });

  // ---- presets, reset, steps ------------------------------------------------

  async function choosePreset(id, { keepLr = false } = {}) {
    stopRun();
    const preset = PRESETS[id];
    s.preset = id;
    presetSel.value = id;
    about.textContent = preset.about;
    ctx.setParam('pcPreset', id);
    if (!keepLr) { s.lr = 0.1; ctx.setParam('pcLr', s.lr); }
    s.start = { w: preset.line.w.slice(), b: preset.line.b };
    fillInputs();
    const gen = ++s.loadGen;
    s.points = [];
    try {
      const data = await ctx.rpc('load', { preset: id });
      if (s.destroyed || gen !== s.loadGen) return;
      s.points = data.points;
      plot.setView(preset.view || viewAround(data.points));
    } catch (e) {
      if (!s.destroyed) say(`Could not load the points: ${e.message}`);
      return;
    }
    await reset();
  }

  async function reset() {
    cancelAnim();
    s.loadGen += 1;
    s.line = { w: s.start.w.slice(), b: s.start.b };
    s.ghost = null;
    s.cursor = 0;
    s.steps = 0;
    s.current = -1;
    work.replaceChildren(el('p', { class: 'small' }, 'Press Step to apply the trick to the next misclassified point.'));
    say('');
    await classify();
  }

  async function classify() {
    if (s.points.length === 0) { s.wrong = []; render(); return; }
    const gen = s.loadGen;
    try {
      const r = await ctx.rpc('classify', { w: s.line.w, b: s.line.b });
      if (s.destroyed || gen !== s.loadGen) return;
      s.wrong = r.wrong;
    } catch (e) {
      if (!s.destroyed) say(`Could not classify the points: ${e.message}`);
    }
    render();
  }

  /** One perceptron-trick step; resolves to 'moved' | 'done' | 'error'. */
  async function stepOnce() {
    if (s.busy || s.destroyed) return 'error';
    if (s.points.length === 0) { say('There are no points to learn from yet: pick an example.'); return 'error'; }
    s.busy = true;
    const gen = s.loadGen;
    try {
      const r = await ctx.rpc('step', { w: s.line.w, b: s.line.b, lr: s.lr, cursor: s.cursor });
      if (s.destroyed || gen !== s.loadGen) return 'error';   // a preset or line changed meanwhile
      if (r.index < 0) {
        s.wrong = r.wrong;
        render();
        say(`Every point is already classified correctly: there is nothing to move (${s.steps} ${s.steps === 1 ? 'step' : 'steps'} so far).`);
        ctx.announce(message.textContent);
        return 'done';
      }
      const before = s.line;
      s.ghost = before;
      s.line = { w: r.w, b: r.b };
      s.cursor = r.cursor;
      s.steps += 1;
      s.wrong = r.wrong;
      s.current = r.index;
      showWork(before, r);
      animate(before, s.line);
      if (s.wrong.length === 0) {
        say(`Converged: every point classified correctly after ${s.steps} ${s.steps === 1 ? 'step' : 'steps'}.`);
        ctx.announce(`${message.textContent} New line ${lineEquation(s.line.w, s.line.b)}.`);
        return 'done';
      }
      say('');
      if (!s.running) ctx.announce(`Step ${s.steps}: new line ${lineEquation(s.line.w, s.line.b)}. ${s.wrong.length} misclassified.`);
      return 'moved';
    } catch (e) {
      if (!s.destroyed) say(`The step failed: ${e.message}`);
      return 'error';
    } finally {
      s.busy = false;
    }
  }

  function toggleRun() {
    if (s.running) { stopRun(); return; }
    s.running = true;
    runBtn.textContent = 'Stop';
    runBtn.setAttribute('aria-pressed', 'true');
    stepBtn.disabled = true;
    const first = s.steps;
    const tick = async () => {
      s.timer = 0;
      if (!s.running) return;
      const result = await stepOnce();
      if (!s.running) return;
      if (result !== 'moved') { stopRun(); return; }
      if (s.steps - first >= RUN_CAP) {
        stopRun();
        say(`Stopped after ${s.steps} steps: ${s.wrong.length} of ${s.points.length} points are still misclassified.`
          + (s.preset === 'xor' ? ' No straight line separates XOR, so the trick never settles.' : ' Press Run to keep going.'));
        ctx.announce(message.textContent);
        return;
      }
      s.timer = setTimeout(tick, ctx.reducedMotion() ? RUN_DELAY_MS / 2 : RUN_DELAY_MS);
    };
    tick();
  }

  function stopRun() {
    s.running = false;
    clearTimeout(s.timer);
    s.timer = 0;
    runBtn.textContent = 'Run';
    runBtn.setAttribute('aria-pressed', 'false');
    stepBtn.disabled = false;
  }

  // ---- settings ---------------------------------------------------------------

  function fillInputs() {
    lrInput.value = String(s.lr);
    lineInputs[0].value = String(s.start.w[0]);
    lineInputs[1].value = String(s.start.w[1]);
    lineInputs[2].value = String(s.start.b);
    for (const i of [lrInput, ...lineInputs]) i.removeAttribute('aria-invalid');
    inputMsg.textContent = '';
  }

  function changeLr() {
    const v = validateParam('pcLr', lrInput.value.replace(MINUS, '-'));
    if (v === undefined) {
      lrInput.setAttribute('aria-invalid', 'true');
      inputMsg.textContent = `The learning rate must be a number from 0.0001 to 10 (kept ${s.lr}).`;
      return;
    }
    lrInput.removeAttribute('aria-invalid');
    inputMsg.textContent = `Learning rate a = ${v} from the next step.`;
    s.lr = v;
    ctx.setParam('pcLr', v);
  }

  function changeStart() {
    const values = lineInputs.map((input) => {
      const text = input.value.trim();
      const v = NUMBER.test(text) ? Number(text.replace(MINUS, '-')) : NaN;
      const ok = Number.isFinite(v) && Math.abs(v) <= LIMIT;
      if (ok) input.removeAttribute('aria-invalid'); else input.setAttribute('aria-invalid', 'true');
      return ok ? v : null;
    });
    if (values.includes(null)) {
      inputMsg.textContent = `w1, w2 and b must be numbers between ${MINUS}${LIMIT} and ${LIMIT}; the line was not changed.`;
      return;
    }
    stopRun();
    s.start = { w: [values[0], values[1]], b: values[2] };
    inputMsg.textContent = `Starting line ${lineEquation(s.start.w, s.start.b)}; steps reset to 0.`;
    reset();
  }

  // ---- drawing ----------------------------------------------------------------

  function say(text) {
    message.textContent = text;
    message.hidden = text === '';
  }

  function drawLine(line) {
    const wrong = new Set(s.wrong);
    plot.draw({
      points: s.points.map((p, i) => ({ x: p.x, y: p.y, label: p.label, wrong: wrong.has(i), current: i === s.current })),
      lines: [
        s.ghost && { ...s.ghost, kind: 'ghost' },
        { ...line, kind: 'main' },
      ].filter(Boolean),
      shade: line,
    });
  }

  function render() {
    drawLine(s.line);
    stepsOut.textContent = String(s.steps);
    wrongOut.textContent = `${s.wrong.length} of ${s.points.length}`;
    equation.replaceChildren('Line: ', el('strong', {}, lineEquation(s.line.w, s.line.b)));
    const listed = s.wrong.slice(0, 6).map((i) => `(${num(s.points[i].x)}, ${num(s.points[i].y)})`);
    const more = s.wrong.length > 6 ? ` and ${s.wrong.length - 6} more` : '';
    summary.textContent = `Line ${lineEquation(s.line.w, s.line.b)}; the shaded side predicts 1. `
      + (s.wrong.length === 0
        ? `All ${s.points.length} ${s.points.length === 1 ? 'point is' : 'points are'} classified correctly.`
        : `Misclassified: ${listed.join(', ')}${more}.`);
  }

  function animate(from, to) {
    cancelAnim();
    render();
    if (ctx.reducedMotion()) return;
    const t0 = performance.now();
    const frame = (now) => {
      const t = Math.min(1, (now - t0) / ANIM_MS);
      const e = t * (2 - t);
      drawLine({ w: [0, 1].map((i) => from.w[i] + (to.w[i] - from.w[i]) * e), b: from.b + (to.b - from.b) * e });
      s.anim = t < 1 ? requestAnimationFrame(frame) : 0;
    };
    s.anim = requestAnimationFrame(frame);
  }

  function cancelAnim() {
    if (s.anim) cancelAnimationFrame(s.anim);
    s.anim = 0;
  }

  /** The lesson's table for the step just taken. */
  function showWork(before, r) {
    const [x1, x2] = r.point;
    const add = r.sign > 0;
    const score = before.w[0] * x1 + before.w[1] * x2 + before.b;
    const delta = [s.lr * x1, s.lr * x2, s.lr];
    const sign = add ? '+' : MINUS;
    const cell = (v) => el('td', {}, num(v));
    work.replaceChildren(
      el('p', { class: 'pc-why' },
        `Point (${num(x1)}, ${num(x2)}), label ${r.label}: ${num(before.w[0])}\u00b7${num(x1)} + ${num(before.w[1])}\u00b7${num(x2)} ${before.b < 0 ? MINUS : '+'} ${num(Math.abs(before.b))} = ${num(score)} `,
        r.predicted ? '\u2265 0' : '< 0',
        // A sum that prints as 0 but predicts 0 is float32 rounding, not a typo.
        !r.predicted && num(score) === '0' ? ' (in 32-bit floats the sum lands a hair below 0)' : '',
        `, so the perceptron predicts ${r.predicted}. Wrong: ${add ? 'add' : 'subtract'} a\u00b7(x1, x2, 1) with a = ${num(s.lr)}.`),
      el('table', { class: 'pc-table', id: 'pc-table' },
        el('caption', { class: 'visually-hidden' }, `Step ${s.steps}: the perceptron trick's arithmetic`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Step')), el('th', { scope: 'col' }, 'w1'), el('th', { scope: 'col' }, 'w2'), el('th', { scope: 'col' }, 'b'))),
        el('tbody', {},
          el('tr', {}, el('th', { scope: 'row' }, 'line'), cell(before.w[0]), cell(before.w[1]), cell(before.b)),
          el('tr', { class: 'pc-delta' },
            el('th', { scope: 'row' }, `${add ? 'plus' : 'minus'} ${num(s.lr)}\u00b7(${num(x1)}, ${num(x2)}, 1)`),
            ...delta.map((v) => el('td', {}, `${sign}${num(v)}`))),
          el('tr', { class: 'pc-new' }, el('th', { scope: 'row' }, 'new line'), cell(r.w[0]), cell(r.w[1]), cell(r.b)))),
      el('p', { class: 'pc-new-eq', id: 'pc-new-eq' },
        `${num(before.w[0])} ${sign} ${num(delta[0])} = ${num(r.w[0])},  `,
        `${num(before.w[1])} ${sign} ${num(delta[1])} = ${num(r.w[1])},  `,
        `${num(before.b)} ${sign} ${num(delta[2])} = ${num(r.b)}  \u2192  `,
        el('strong', {}, lineEquation(r.w, r.b))),
    );
  }

  return {
    destroy() {
      s.destroyed = true;
      stopRun();
      cancelAnim();
    },
  };
}
