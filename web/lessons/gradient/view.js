// gradient/view.js — "Gradient descent for logistic regression": six points
// and a line, moved one update at a time. A step on one chosen point shows
// ŷ = σ(w·x + b), its error, the gradient −(y − ŷ)(x1, x2, 1) and the update;
// an epoch averages over all six (1/m). Each update is the engine's own SGD
// step (ops.js), with the hand arithmetic (descent.js, lines.js) beside it;
// the plot shows the line moving, draw.js the error curve. Settings in the
// URL: gdLr, gdPoint.
import { el } from '../../dom.js';
import { createPlot2d, viewAround, num, lineEquation } from '../kit/plot2d.js';
import { sliderField } from '../kit/slider-field.js';
import { pointStep, epochStep, predictPoint } from './descent.js';
import { pointLines, epochLines } from './lines.js';
import { errorSvg } from './draw.js';
import { DATA, START } from './ops.js';
import * as T from './text.js';

const RATE = { min: 0.01, max: 2, step: 0.01 };
const n = (v) => num(v, 3);
const pointName = (p, i) => `Point ${i + 1}: (${p.x.map(n).join(', ')}), y = ${p.y}`;

export function createGradientLesson(container, ctx) {
  const s = { w: [...START.w], b: START.b, prev: null, errors: [], busy: false, destroyed: false };
  const plot = createPlot2d({ label: T.PLOT_LABEL });
  plot.setView(viewAround(DATA.map((p) => ({ x: p.x[0], y: p.x[1] }))));
  const lineOut = el('p', { id: 'gd-line', class: 'gd-line' });
  const errorBox = el('div', { class: 'gd-error-box' });
  const errorSummary = el('p', { id: 'gd-error-summary' });
  const status = el('p', { id: 'gd-status', role: 'status' });
  const message = el('p', { class: 'pc-message', id: 'gd-message', role: 'alert', hidden: true });
  const work = el('div', { id: 'gd-work', class: 'gd-work' });
  const select = el('select', { id: 'gd-point', onchange: () => { ctx.setParam('gdPoint', Number(select.value) + 1); draw(); } },
    DATA.map((p, i) => el('option', { value: String(i), selected: ctx.state.gdPoint === i + 1 }, pointName(p, i))));
  const rate = sliderField({ id: 'gd-lr', label: 'Learning rate \u03b1', ...RATE, value: ctx.state.gdLr, onInput: (v) => ctx.setParam('gdLr', v) });
  const button = (id, text, onclick) => el('button', { type: 'button', id, onclick }, text);

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    el('p', { class: 'lesson-intro' }, T.DATA_NOTE),
    el('div', { class: 'gd-layout' },
      el('div', { class: 'gd-figures' },
        el('figure', { class: 'gd-figure', id: 'gd-data' }, el('figcaption', {}, 'The data and the line'), plot.node, lineOut),
        el('figure', { class: 'gd-figure', id: 'gd-errors' }, el('figcaption', {}, T.ERROR_TITLE), errorBox, errorSummary)),
      el('div', { class: 'gd-side' },
        rate.node,
        el('h3', {}, T.ONE_TITLE),
        el('p', { class: 'lesson-intro' }, T.ONE_INTRO),
        el('div', { class: 'gd-controls' },
          el('label', { for: 'gd-point' }, 'Point '), select,
          button('gd-step', 'Step on this point', () => update('point')),
          button('gd-next', 'Step, then the next point', () => update('point', true))),
        el('h3', {}, T.EPOCH_TITLE),
        el('p', { class: 'lesson-intro' }, T.EPOCH_INTRO),
        el('div', { class: 'gd-controls' },
          button('gd-epoch', 'One epoch', () => update('epoch')),
          button('gd-epochs', '10 epochs', () => update('epoch', false, 10)),
          button('gd-reset', 'Start again', reset)),
        status, message,
        el('h3', {}, T.WORK_TITLE), work)),
  );
  reset();

  function reset() {
    s.w = [...START.w]; s.b = START.b; s.prev = null;
    s.errors = [{ E: meanOf(s.w, s.b), kind: 'start' }];
    work.replaceChildren(el('p', {}, 'No update yet: press a step or an epoch button.'));
    status.textContent = `At the start: mean error ${n(s.errors[0].E)}.`;
    draw();
  }

  /** `times` engine updates of one kind; the work shown is the last one's. */
  async function update(kind, advance = false, times = 1) {
    if (s.busy) return;
    s.busy = true;
    const lr = ctx.state.gdLr, index = Number(select.value);
    try {
      for (let t = 0; t < times; t++) {
        const before = { w: s.w, b: s.b };
        const r = kind === 'point'
          ? await ctx.ops.pointStep({ w: s.w, b: s.b, index, lr })
          : await ctx.ops.epoch({ w: s.w, b: s.b, lr });
        if (s.destroyed) return;
        s.prev = before;
        s.w = r.after.w; s.b = r.after.b;
        s.errors.push({ E: r.meanAfter, kind });
        if (t === times - 1) show(kind, index, before, lr, r);
      }
      message.hidden = true;
      if (advance) { select.value = String((index + 1) % DATA.length); ctx.setParam('gdPoint', Number(select.value) + 1); }
      draw();
    } catch (e) {
      if (s.destroyed) return;
      message.hidden = false;
      message.textContent = `Could not take the step: ${e.message}`;
    } finally {
      s.busy = false;
    }
  }

  function show(kind, index, before, lr, r) {
    const { w, b } = before;
    const hand = kind === 'point' ? pointStep(w, b, DATA[index].x, DATA[index].y, lr) : epochStep(w, b, DATA, lr);
    const lines = kind === 'point' ? pointLines(index + 1, w, b, DATA[index].x, DATA[index].y, lr, hand) : epochLines(w, b, lr, hand);
    const same = [...hand.w, hand.b].map(n).join() === [...r.after.w, r.after.b].map(n).join();
    const engine = `The engine\u2019s own step (plain gradient descent, batch ${kind === 'point' ? 1 : DATA.length}) gives w1 = ${n(r.after.w[0])}, `
      + `w2 = ${n(r.after.w[1])}, b = ${n(r.after.b)}${same ? ': the same as by hand.' : '.'}`;
    work.replaceChildren(...[
      kind === 'epoch' ? epochTable(hand) : null,
      el('ul', { class: 'gd-lines', id: 'gd-lines' }, lines.map((t) => el('li', {}, t))),
      el('p', { id: 'gd-engine' }, engine)].filter(Boolean));
    const what = kind === 'point' ? `a step on point ${index + 1}` : 'an epoch over all six points';
    status.textContent = `Update ${s.errors.length - 1}: ${what}. Mean error ${n(r.meanBefore)} \u2192 ${n(r.meanAfter)}.`;
    ctx.announce(status.textContent);
  }

  function draw() {
    const chosen = Number(select.value);
    plot.draw({
      points: DATA.map((p, i) => ({ x: p.x[0], y: p.x[1], label: p.y, name: String(i + 1), current: i === chosen,
        wrong: (predictPoint(s.w, s.b, p.x, p.y).yhat >= 0.5 ? 1 : 0) !== p.y })),
      lines: [...(s.prev ? [{ ...s.prev, kind: 'ghost' }] : []), { w: s.w, b: s.b }],
      shade: { w: s.w, b: s.b },
    });
    const wrong = DATA.filter((p) => (predictPoint(s.w, s.b, p.x, p.y).yhat >= 0.5 ? 1 : 0) !== p.y).length;
    lineOut.textContent = `The line ${lineEquation(s.w, s.b, ['x1', 'x2'], 3)}: `
      + (wrong ? `${wrong} of the six points on the wrong side.` : 'every point on its side.');
    errorBox.replaceChildren(errorSvg({ errors: s.errors, label: T.ERROR_LABEL }));
    const E = s.errors.map((e) => e.E);
    errorSummary.textContent = E.length === 1 ? `Mean error at the start: ${n(E[0])}.`
      : `Mean error: ${n(E[0])} at the start, ${n(E[E.length - 1])} after ${E.length - 1} update${E.length === 2 ? '' : 's'} (lowest ${n(Math.min(...E))}).`;
  }

  return { destroy() { s.destroyed = true; } };
}

const meanOf = (w, b) => DATA.reduce((sum, p) => sum + predictPoint(w, b, p.x, p.y).E, 0) / DATA.length;

function epochTable(r) {
  const head = ['Point', 'x1', 'x2', 'y', '\u0177', 'y \u2212 \u0177', 'E'];
  return el('table', { class: 'bp-table', id: 'gd-epoch-table' },
    el('caption', {}, 'Every point under the line before the epoch'),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, r.rows.map((p, i) => el('tr', {}, el('th', { scope: 'row' }, String(i + 1)),
      [p.x[0], p.x[1], p.y, p.yhat, p.diff, p.E].map((v) => el('td', {}, n(v)))))));
}
