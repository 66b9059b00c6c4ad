// overfit.js — the "Overfitting" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createOverfitLesson(container) {
  container.append(el('h2', {}, 'Overfitting'));
  return { destroy() {} };
}
