// page/equation-view.js — for a linear model, the boundary it learned as an
// equation in the data's units and names (#equation, beside the confusion
// matrix), drawn on the decision map too; with a lesson's line for the data
// set (admissions: 2·test + grades − 18 = 0) written and drawn dashed beside
// it. Hidden for models with a hidden layer. A linear regression shows its
// prediction ŷ = w·x + b instead, with no line.

import { el } from '../dom.js';
import { LESSON_LINES, linearScore, toDataUnits, equationText, predictionText, scaledTo } from './equation.js';

/** @param {HTMLElement} box  @param {{ setLines(lines: object[]): void }} heatmap */
export function createEquationView(box, heatmap) {
  let shown = '';   // the text last written, to leave the DOM alone when it is the same

  /** The weights of a frame (frame.weights) on the data `info`. */
  function show(weights, info) {
    const score = info && !info.empty ? linearScore(weights) : null;
    // With chosen input features (x₁², …) the model's inputs are those, and
    // its boundary is no straight line on the plot: written, not drawn.
    const names = info && info.inputs ? info.inputNames : info && info.featureNames;
    if (!score || score.w.length !== names.length) { hide(); return; }
    const line = toDataUnits(score, info);
    if (info.regression) { showText('Learned plane: ', predictionText(line, names)); return; }
    if (info.inputs) { showText('Learned boundary: ', equationText(line, names)); return; }
    const lesson = LESSON_LINES[info.dataset];
    const lines = [{ ...line, dashed: false }];
    const parts = [el('span', { class: 'eq-title' }, 'Learned boundary: '), el('span', { class: 'eq', id: 'equation-text' }, equationText(line, names))];
    if (lesson && lesson.coef.length === info.d) {
      const last = info.d - 1;
      const scaled = scaledTo(line, last);
      if (scaled) parts.push(el('br'), `scaled like the lesson's: ${equationText(scaled, names)}`);
      parts.push(el('br'), el('span', { class: 'eq-lesson' }, `dashed, ${lesson.label}: ${equationText(lesson, names)}`));
      lines.push({ ...lesson, dashed: true });
    }
    heatmap.setLines(lines);
    const text = parts.map((p) => (typeof p === 'string' ? p : p.textContent)).join('|');
    if (text === shown && !box.hidden) return;
    shown = text;
    box.replaceChildren(...parts);
    box.hidden = false;
  }

  // An equation with no line on the map: a linear regression's fitted plane,
  // or a boundary in chosen input features, in the data's units.
  function showText(title, text) {
    heatmap.setLines([]);
    if (title + text === shown && !box.hidden) return;
    shown = title + text;
    box.replaceChildren(el('span', { class: 'eq-title' }, title), el('span', { class: 'eq', id: 'equation-text' }, text));
    box.hidden = false;
  }

  function hide() {
    if (box.hidden && !shown) return;
    shown = '';
    box.hidden = true;
    box.replaceChildren();
    heatmap.setLines([]);
  }

  return { show, hide };
}
