// course/view.js — the Course view (mode=course): the path of course/path.js
// as an ordered list of links, with what this device remembers of the
// student's progress (course/progress.js). Steps that open a lesson link to
// it with `step=` so the lesson's prev/next bar knows where it is.
import { el } from '../../dom.js';
import { STEPS, reachable, stepHref } from './path.js';
import { createProgress, deviceStorage } from './progress.js';
import * as T from './text.js';

export function createCourse(container, ctx) {
  const progress = createProgress(deviceStorage());
  const summary = el('p', { id: 'course-progress', class: 'course-progress' });
  const list = el('ol', { id: 'course-list', class: 'course-list' });
  const clear = el('button', { type: 'button', id: 'course-clear', onclick: () => { progress.clear(); render(); ctx.announce('Progress forgotten.'); } }, T.CLEAR);

  container.append(el('h2', {}, T.TITLE), el('p', { class: 'lesson-intro' }, T.INTRO), summary, list, clear);
  render();

  function render() {
    const places = reachable();
    const seen = places.filter((s) => progress.visited(s.id)).length;
    summary.textContent = `You have visited ${seen} of the ${places.length} steps that have a place on the page.`;
    list.replaceChildren(...STEPS.map((s) => item(s, progress)));
  }

  return { destroy() {} };
}

function item(s, progress) {
  const marks = [];
  if (s.mode && progress.visited(s.id)) marks.push(T.VISITED);
  if (s.mode && progress.answered(s.mode)) marks.push(T.ANSWERED);
  return el('li', { class: s.mode ? 'course-step' : 'course-step course-missing', dataset: { step: s.id } },
    s.mode ? el('a', { href: stepHref(s) }, s.concept) : el('span', { class: 'course-concept' }, s.concept),
    ' \u2014 ', s.what,
    s.mode ? null : el('span', { class: 'course-note' }, ` ${T.NOT_YET}`),
    marks.length ? el('span', { class: 'course-mark' }, ` (\u2713 ${marks.join(', ')})`) : null);
}
