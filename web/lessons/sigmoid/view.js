// sigmoid/view.js — the "Discrete vs continuous" lesson: the step function
// beside the sigmoid, the course's quiz (the points (1, 1) and (−1, −1) under
// x1 + x2 = 0 and under 10x1 + 10x2 = 0), and a weight-scale slider that makes
// the same line surer of itself while the two points' cross-entropy error
// falls. Every σ and error comes from the engine through the worker
// (sigmoid/ops.js); draw.js draws the curves, text.js has the prose.
// Setting in the URL: sgScale.
import { el } from '../../dom.js';
import { fmtLoss } from '../../format.js';
import { num, lineEquation } from '../kit/plot2d.js';
import { sliderField } from '../kit/slider-field.js';
import { curveSvg, Z_RANGE } from './draw.js';
import * as T from './text.js';

const SCALE = { min: 0, max: 10, step: 0.1 };
const QUIZ_SCALES = [1, 10];

/** σ as the course prints it: two decimals, "≈ 1.0" and "≈ 0" at the ends. */
export function sigmaText(z, p) {
  const v = p >= 0.995 ? '\u2248 1.0' : p < 0.005 ? '\u2248 0' : `= ${p.toFixed(2)}`;
  return `\u03c3(${num(z, 4)}) ${v}`;
}
const stepOf = (z) => (z >= 0 ? 1 : 0);
const pointName = (x) => `(${num(x[0])}, ${num(x[1])})`;

export function createSigmoidLesson(container, ctx) {
  const s = { scale: ctx.state.sgScale, curve: null, at: null, gen: 0, announce: false, destroyed: false };
  const stepFig = figure('sg-step', T.STEP_FIGURE);
  const sigFig = figure('sg-sigmoid', T.SIGMOID_FIGURE);
  const quizBox = el('div', { class: 'sg-quiz', id: 'sg-quiz' });
  const lineOut = el('p', { class: 'sg-line', id: 'sg-line' });
  const rowsOut = el('ul', { class: 'sg-rows', id: 'sg-rows' });
  const errorOut = el('p', { class: 'sg-error', id: 'sg-error' });
  const message = el('p', { class: 'pc-message', id: 'sg-message', role: 'status', hidden: true });
  const field = sliderField({
    id: 'sg-scale', label: 'Weight scale k', ...SCALE, value: s.scale,
    onInput: (v) => { s.scale = v; ctx.setParam('sgScale', v); update(); },
    onChange: () => { s.announce = true; },
  });

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    el('div', { class: 'sg-figures' }, stepFig.node, sigFig.node),
    el('h3', {}, T.QUIZ_TITLE),
    el('p', { class: 'lesson-intro' }, T.QUIZ_INTRO, T.QUIZ_OUTRO),
    quizBox,
    el('h3', {}, T.SCALE_TITLE),
    el('p', { class: 'lesson-intro' }, T.SCALE_INTRO),
    field.node, lineOut, rowsOut, errorOut, message,
    el('h3', {}, T.TRY_TITLE),
    el('ul', { class: 'try-list' }, T.TRY.map((t) => el('li', {}, t))),
  );
  draw();
  start();

  async function start() {
    try {
      const [curve, ...quiz] = await Promise.all([
        ctx.ops.curve({ lo: Z_RANGE[0], hi: Z_RANGE[1], n: 161 }),
        ...QUIZ_SCALES.map((scale) => ctx.ops.points({ scale })),
      ]);
      if (s.destroyed) return;
      s.curve = curve;
      quizBox.replaceChildren(quizTable(quiz));
      draw();
    } catch (e) {
      fail(e);
    }
    update();
  }

  async function update() {
    const gen = ++s.gen;
    try {
      const at = await ctx.ops.points({ scale: s.scale });
      if (s.destroyed || gen !== s.gen) return;
      s.at = at;
      show(at);
    } catch (e) {
      fail(e);
    }
  }

  function show(at) {
    const k = at.scale;
    lineOut.textContent = k === 0 ? 'k = 0: 0x1 + 0x2 = 0 is no line at all; every point scores 0.'
      : `The line ${lineEquation([k, k], 0, ['x1', 'x2'], 4)}${k === 1 ? '' : ': the same line as x1 + x2 = 0'}.`;
    rowsOut.replaceChildren(...at.rows.map((r) => el('li', {},
      `${pointName(r.x)}, label ${r.label}: score z = ${num(r.z, 4)}, prediction ${sigmaText(r.z, r.p)}`)));
    errorOut.textContent = `Cross-entropy error of the two points: ${fmtLoss(at.error)}`;
    draw();
    if (s.announce) {
      s.announce = false;
      ctx.announce(`Scale ${num(k, 4)}: ${at.rows.map((r) => sigmaText(r.z, r.p)).join(', ')}; error ${fmtLoss(at.error)}.`);
    }
  }

  function draw() {
    const rows = s.at ? s.at.rows : [];
    const marks = rows.map((r) => ({ z: r.z, p: r.p, label: r.label, name: pointName(r.x) }));
    stepFig.box.replaceChildren(curveSvg({ kind: 'step', curve: null, marks: marks.map((m) => ({ ...m, p: stepOf(m.z) })), label: stepFig.label }));
    sigFig.box.replaceChildren(curveSvg({ kind: 'sigmoid', curve: s.curve, marks, label: sigFig.label }));
    stepFig.summary.textContent = rows.map((r) => `${pointName(r.x)}: step(${num(r.z, 4)}) = ${stepOf(r.z)}`).join('; ');
    sigFig.summary.textContent = rows.map((r) => `${pointName(r.x)}: ${sigmaText(r.z, r.p)}`).join('; ');
  }

  function fail(e) {
    if (s.destroyed) return;
    message.textContent = `Could not compute: ${e.message}`;
    message.hidden = false;
  }

  return { destroy() { s.destroyed = true; } };
}

function figure(id, { title, label }) {
  const box = el('div', { class: 'sg-svg-box' });
  const summary = el('p', { class: 'sg-summary', id: `${id}-summary` });
  return { label, box, summary, node: el('figure', { class: 'sg-figure', id }, el('figcaption', {}, title), box, summary) };
}

/** The quiz as a table: one block of rows per line (scale). */
function quizTable(results) {
  const head = ['Line', 'Point', 'Label', 'Score z', 'Step', 'Sigmoid'];
  const body = el('tbody', {}, results.flatMap((at) => at.rows.map((r, i) => el('tr', {},
    i === 0 ? el('th', { scope: 'rowgroup', rowspan: at.rows.length }, lineEquation([at.scale, at.scale], 0)) : null,
    el('td', {}, pointName(r.x)),
    el('td', {}, String(r.label)),
    el('td', {}, num(r.z, 4)),
    el('td', {}, String(stepOf(r.z))),
    el('td', { class: 'sg-sigma' }, sigmaText(r.z, r.p))))));
  return el('table', { class: 'pc-table sg-table', id: 'sg-quiz-table' },
    el('caption', {}, T.QUIZ_CAPTION),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    body);
}
