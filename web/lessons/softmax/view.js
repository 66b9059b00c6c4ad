// softmax/view.js — the "Softmax and cross-entropy" lesson: scores Z1..Z3 of
// a duck, a beaver and a walrus turned into softmax probabilities with a
// one-hot label (scores.js), then the cross-entropy of a set of predictions
// term by term with the course's two examples (events.js). The worker side is
// softmax/ops.js; text.js has the prose.
import { el } from '../../dom.js';
import { createScores } from './scores.js';
import { createEvents } from './events.js';
import * as T from './text.js';

export function createSoftmaxLesson(container, ctx) {
  const scores = createScores(ctx);
  const events = createEvents(ctx);
  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    scores.node,
    events.node,
    el('h3', {}, T.TRY_TITLE),
    el('ul', { class: 'try-list' }, T.TRY.map((t) => el('li', {}, t))),
  );
  return {
    destroy() {
      scores.destroy();
      events.destroy();
    },
  };
}
