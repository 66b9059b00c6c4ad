// gates.js — the "Logic gates & XOR" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createGatesLesson(container) {
  container.append(el('h2', {}, 'Logic gates & XOR'));
  return { destroy() {} };
}
