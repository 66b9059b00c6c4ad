// page/modes.js — the page's modes: the playground and the lessons, all on
// one contract (lessons/index.js): the mode nav, and mounting a mode's view
// into the lesson box with the ctx every mode gets. Leaving a mode destroys
// its view and tells the worker to free what its ops kept.

import { el } from '../dom.js';
import { LESSONS } from '../lessons/index.js';
import { writeUrl } from './settings.js';

export function createModes({ doc, state, client, Chart, notices, playground }) {
  const $ = (id) => doc.getElementById(id);
  let mounted = null;   // { id, view }

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
    box.replaceChildren();
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
    mounted = { id, view: LESSONS.find((m) => m.id === id).create(box, ctx) };
    writeUrl(state);
  }

  return { setMode };
}
