// hill.js — the "The hill" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createHillLesson(container) {
  container.append(el('h2', {}, 'The hill'));
  return { destroy() {} };
}
