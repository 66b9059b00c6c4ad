// batch.js — the "Batch vs stochastic" lesson (placeholder until it is written).
import { el } from '../dom.js';

export function createBatchLesson(container) {
  container.append(el('h2', {}, 'Batch vs stochastic'));
  return { destroy() {} };
}
