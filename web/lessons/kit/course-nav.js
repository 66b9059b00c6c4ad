// kit/course-nav.js — the bar inside a lesson that places it on the course
// path (course/path.js): "Step 5 of 22", previous and next links and a link
// back to the Course view. Opening a step marks it visited on this device.
import { el } from '../../dom.js';
import { currentStep, neighbours, stepHref } from '../course/path.js';

/** { node, step }: the bar for the page at (stepId, mode), or null when it is not on the path. */
export function courseNav(stepId, mode, progress) {
  const s = currentStep(stepId, mode);
  if (!s) return null;
  progress.visit(s.id);
  const { prev, next, index, count } = neighbours(s);
  const link = (to, rel, text) => el('a', { href: stepHref(to), rel, id: `course-${rel}` }, text);
  const node = el('nav', { class: 'course-nav', id: 'course-nav', 'aria-label': 'Course path' },
    el('a', { href: '?mode=course', id: 'course-home' }, 'Course'),
    el('span', { class: 'course-where' }, ` Step ${index + 1} of ${count}: ${s.concept} `),
    prev ? link(prev, 'prev', `\u2190 Previous: ${prev.concept}`) : null,
    next ? link(next, 'next', `Next: ${next.concept} \u2192`) : null);
  return { node, step: s };
}
