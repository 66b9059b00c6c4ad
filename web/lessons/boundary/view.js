// boundary/view.js — "Classification and linear boundaries": the course's
// admissions example (test score and grades on 0-10, the line
// 2·test + grades − 18 = 0, score > 0 accept) with the line typed or dragged
// and any student's score worked out (score.js), student 4 (test 9,
// grades 1) to begin with; then "Higher dimensions", three features and a
// plane in a view the student turns (space.js). The students are the
// engine's admissions data (ops.js). Settings in the URL: bdW1, bdW2, bdB,
// bdTest, bdGrades.
import { el } from '../../dom.js';
import { createPlot2d } from '../kit/plot2d.js';
import { plotFrame } from '../kit/plot2d-draw.js';
import { numberField } from '../kit/compare-kit.js';
import { scoreText, scoreOf, accepts, agreeing, lineText } from './score.js';
import { createSpace } from './space.js';
import * as T from './text.js';

const VIEW = { x0: -0.5, x1: 10.5, y0: -0.5, y1: 10.5 };
const NAMES = ['test', 'grades'];
const SIDES = ['reject', 'accept'];

export function createBoundaryLesson(container, ctx) {
  const s = { students: [], destroyed: false, dragging: false };
  const plot = createPlot2d({ label: T.PLOT_LABEL, xName: 'test', yName: 'grades', sides: SIDES });
  plot.setView(VIEW);
  const fields = {};
  const field = (key, label, onChange) => (fields[key] = numberField(ctx, { key, label, onChange })).node;
  const lineOut = el('p', { id: 'bd-line', class: 'bd-line' });
  const queryOut = el('p', { id: 'bd-score', class: 'bd-score', role: 'status' });
  const message = el('p', { class: 'pc-message', id: 'bd-message', role: 'alert', hidden: true });
  const space = createSpace();

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    el('div', { class: 'bd-layout' },
      el('figure', { class: 'bd-figure', id: 'bd-plot' }, el('figcaption', {}, 'Students, the line and the student asked about'), plot.node),
      el('div', { class: 'bd-side' },
        el('h3', {}, T.LINE_TITLE),
        el('p', { class: 'lesson-intro' }, T.LINE_INTRO),
        el('div', { class: 'bd-fields' }, field('bdW1', 'w1 (test)', draw), field('bdW2', 'w2 (grades)', draw), field('bdB', 'b', draw)),
        el('button', { type: 'button', id: 'bd-course', onclick: courseLine }, 'Back to 2\u00b7test + grades \u2212 18 = 0'),
        lineOut,
        el('h3', {}, T.QUERY_TITLE),
        el('p', { class: 'lesson-intro' }, T.QUERY_INTRO),
        el('div', { class: 'bd-fields' }, field('bdTest', 'Test', draw), field('bdGrades', 'Grades', draw)),
        queryOut, message)),
    space.node,
  );
  dragging(plot.node);
  draw();
  load();
  if (ctx.state.step === 'dimensions') space.node.scrollIntoView?.();

  async function load() {
    try {
      const [students, three] = await Promise.all([ctx.ops.students({ count: 40, seed: 4 }), ctx.ops.space({ count: 60, seed: 7 })]);
      if (s.destroyed) return;
      s.students = students.points;
      space.show(three);
      draw();
    } catch (e) {
      if (s.destroyed) return;
      message.hidden = false;
      message.textContent = `Could not make the students: ${e.message}`;
    }
  }

  function line() { return { w: [ctx.state.bdW1, ctx.state.bdW2], b: ctx.state.bdB }; }
  function isStudent4() { return ctx.state.bdTest === 9 && ctx.state.bdGrades === 1; }
  function query() { return [ctx.state.bdTest, ctx.state.bdGrades]; }

  function set(key, v) {
    ctx.setParam(key, v);
    fields[key].input.value = String(v);
  }

  function courseLine() {
    set('bdW1', 2); set('bdW2', 1); set('bdB', -18);
    draw();
  }

  function draw() {
    const { w, b } = line();
    const q = query();
    const score = scoreOf(w, b, q);
    plot.draw({
      points: [
        ...s.students.map((p) => ({ x: p.x[0], y: p.x[1], label: p.y })),
        { x: q[0], y: q[1], label: accepts(score) ? 1 : 0, current: true, wrong: false, name: isStudent4() ? 'student 4' : 'asked' },
      ],
      lines: [{ w, b }],
      shade: { w, b },
    });
    const right = agreeing(w, b, s.students);
    lineOut.textContent = `The line ${lineText(w, b, NAMES)}`
      + (s.students.length ? `: ${right} of the ${s.students.length} students on the side of their decision.` : '.');
    queryOut.textContent = `${isStudent4() ? 'Student 4' : 'This student'} (test ${q[0]}, grades ${q[1]}): ${scoreText(w, b, q)}`;
  }

  /** Dragging on the plot moves the line, keeping w, to pass through the pointer. */
  function dragging(svgNode) {
    const toData = (e) => {
      const m = svgNode.getScreenCTM();
      if (!m) return null;
      const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      const f = plotFrame(VIEW, { oneD: false, xName: 'test', yName: 'grades', sides: SIDES });
      const x = VIEW.x0 + ((pt.x - f.sx(VIEW.x0)) / (f.sx(VIEW.x1) - f.sx(VIEW.x0))) * (VIEW.x1 - VIEW.x0);
      const y = VIEW.y0 + ((pt.y - f.sy(VIEW.y0)) / (f.sy(VIEW.y1) - f.sy(VIEW.y0))) * (VIEW.y1 - VIEW.y0);
      return [x, y];
    };
    const move = (e) => {
      const p = toData(e);
      const { w } = line();
      if (!p || (w[0] === 0 && w[1] === 0)) return;
      // b to one decimal, so the typed value and the arithmetic stay readable.
      set('bdB', Math.round(-(w[0] * p[0] + w[1] * p[1]) * 10) / 10);
      draw();
    };
    svgNode.addEventListener('pointerdown', (e) => { s.dragging = true; svgNode.setPointerCapture(e.pointerId); move(e); });
    svgNode.addEventListener('pointermove', (e) => { if (s.dragging) move(e); });
    svgNode.addEventListener('pointerup', () => { s.dragging = false; });
    svgNode.addEventListener('pointercancel', () => { s.dragging = false; });
  }

  return { destroy() { s.destroyed = true; } };
}
