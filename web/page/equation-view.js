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
    if (!score || score.w.length !== info.d) { hide(); return; }
    const line = toDataUnits(score, info);
    const names = info.featureNames;
    if (info.regression) { showPrediction(line, names); return; }
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

  // A linear regression has no boundary: its fitted plane, in the data's units.
  function showPrediction(line, names) {
    heatmap.setLines([]);
    const text = predictionText(line, names);
    if (text === shown && !box.hidden) return;
    shown = text;
    box.replaceChildren(el('span', { class: 'eq-title' }, 'Learned plane: '), el('span', { class: 'eq', id: 'equation-text' }, text));
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
