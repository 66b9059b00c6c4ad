// perceptron.js — the "Perceptron trick" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createPerceptronLesson(container) {
  container.append(el('h2', {}, 'Perceptron trick'));
  return { destroy() {} };
}
