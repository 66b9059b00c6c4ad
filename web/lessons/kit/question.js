// kit/question.js — what a lesson ends with: a short "Try this" list and one
// multiple-choice question answered on the page, with feedback and no server.
// Both live in the lesson's folder (<id>/closing.js) as plain data:
//
//   export const TRY = ['…', '…'];   // left out where the view shows its own
//   export const QUESTION = { ask: '…', choices: ['…', '…'], answer: 1, why: '…' };
//
// `answer` is the index of the right choice; `why` is the explanation shown
// once it is chosen. A right answer is remembered (course/progress.js).
import { el } from '../../dom.js';

/** The nodes that end lesson `id`: its "Try this" list (if any) and question. */
export function closingBox(id, closing, opts) {
  const tryList = closing.try && [el('h3', {}, 'Try this'), el('ul', { class: 'try-list' }, closing.try.map((t) => el('li', {}, t)))];
  return [...(tryList || []), questionBox(id, closing.question, opts)];
}

/** The question's DOM for lesson `id`; onRight() runs on a right answer. */
export function questionBox(id, q, { onRight, answeredBefore }) {
  const name = `q-${id}`;
  const feedback = el('p', { class: 'question-feedback', id: `${name}-feedback`, role: 'status' });
  const radios = q.choices.map((c, i) => el('label', { class: 'question-choice' },
    el('input', { type: 'radio', name, value: String(i) }), ` ${c}`));
  const check = el('button', { type: 'submit' }, 'Check my answer');
  const form = el('form', { class: 'question', id: 'lesson-question', 'aria-labelledby': `${name}-ask` },
    el('h3', { id: `${name}-ask` }, 'Question'),
    el('fieldset', {}, el('legend', {}, q.ask), ...radios),
    check, feedback);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const picked = /** @type {HTMLInputElement | null} */ (form.querySelector(`input[name="${name}"]:checked`));
    if (!picked) { feedback.textContent = 'Choose one of the answers first.'; return; }
    const right = Number(picked.value) === q.answer;
    feedback.textContent = right ? `Right. ${q.why}` : 'Not quite: look again at what the lesson shows, and try another answer.';
    feedback.className = `question-feedback ${right ? 'right' : 'wrong'}`;
    if (right) onRight();
  });
  if (answeredBefore) feedback.textContent = 'You answered this question right before.';
  return form;
}

/** A question's shape, checked when the lesson list loads (a typo fails fast). */
export function checkQuestion(id, q) {
  const ok = q && typeof q.ask === 'string' && Array.isArray(q.choices) && q.choices.length >= 2
    && Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length && typeof q.why === 'string';
  if (!ok) throw new Error(`lesson ${id}: its closing.js QUESTION needs ask, two or more choices, the right answer's index and why`);
  return q;
}
