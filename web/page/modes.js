// page/modes.js — the page's modes: the playground and the lessons, all on
// one contract (lessons/index.js): the mode nav, and mounting a mode's view
// into the lesson box with the ctx every mode gets, between the course bar
// (where the mode is on the course path; not in embeds) and what the lesson
// ends with (its "Try this" list and question). Leaving a mode destroys its view and tells the worker to
// free what its ops kept.

import { el } from '../dom.js';
import { LESSONS } from '../lessons/index.js';
import { writeUrl } from './settings.js';
import { courseNav } from '../lessons/kit/course-nav.js';
import { closingBox } from '../lessons/kit/question.js';
import { createProgress, deviceStorage } from '../lessons/course/progress.js';

export function createModes({ doc, state, client, Chart, notices, playground }) {
  const $ = (id) => doc.getElementById(id);
  let mounted = null;   // { id, view }
  let first = true;     // the first mode is the link's: its step= counts
  const progress = createProgress(deviceStorage());
  const embed = doc.body.dataset.layout === 'embed';

  $('modes').replaceChildren(...LESSONS.map((m) => el('button', {
    type: 'button', class: 'mode-btn', id: `mode-${m.id}`, dataset: { mode: m.id },
    onclick: () => setMode(m.id),
  }, m.title)));

  function setMode(id) {
    if (mounted && mounted.id === id) return;
    if (mounted) {
      mounted.view.destroy();
      client.send({ type: 'leave', lesson: mounted.id });
      mounted = null;
    }
    state.mode = id;
    doc.body.dataset.mode = id;
    for (const b of $('modes').children) {
      if (/** @type {HTMLElement} */ (b).dataset.mode === id) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
    }
    // Every mode mounts into the lesson box; the playground's view shows the
    // page's own section instead (lessons/playground/view.js).
    const box = $('lesson');
    const entry = LESSONS.find((m) => m.id === id);
    const inner = el('div', { class: 'lesson-body' });
    // Where on the course path: the step the link named, else the mode's own.
    const bar = embed ? null : courseNav(first ? state.step : '', id, progress);
    state.step = bar && bar.step.id === state.step ? state.step : '';
    first = false;
    const nav = bar ? bar.node : null;
    box.replaceChildren(...[nav, inner].filter(Boolean));
    box.hidden = false;
    playground.section.hidden = true;
    const ctx = {
      rpc: (op, args) => client.rpc(id, op, args),
      state,
      setParam: (key, value) => { state[key] = value; writeUrl(state); },
      Chart,
      reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
      announce: notices.announce,
      playground,
    };
    mounted = { id, view: entry.create(inner, ctx) };
    if (entry.closing) {
      box.append(...closingBox(id, entry.closing, { answeredBefore: progress.answered(id), onRight: () => progress.answer(id) }));
    }
    // The playground shows its own section: the box stays only for the bar.
    box.hidden = inner.hidden && !nav;
    box.classList.toggle('bar-only', inner.hidden);
    writeUrl(state);
  }

  return { setMode };
}
