// vanishing.js — the "Vanishing gradient" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createVanishingLesson(container) {
  container.append(el('h2', {}, 'Vanishing gradient'));
  return { destroy() {} };
}
