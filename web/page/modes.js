// page/modes.js — the page's modes: the playground and the lessons, all on
// one contract (lessons/index.js): the mode nav, and mounting a mode's view
// into its container with the ctx every lesson gets. Leaving a mode destroys
// its view and tells the worker to free what its ops kept.

import { el } from '../dom.js';
import { LESSONS } from '../lessons/index.js';
import { PLAYGROUND } from '../lessons/playground/index.js';
import { writeUrl } from './settings.js';

const MODES = [PLAYGROUND, ...LESSONS];

export function createModes({ doc, state, client, Chart, notices, playground }) {
  const $ = (id) => doc.getElementById(id);
  let mounted = null;   // { id, view }

  $('modes').replaceChildren(...MODES.map((m) => el('button', {
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
      if (b.dataset.mode === id) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
    }
    const mode = MODES.find((m) => m.id === id);
    const box = mode === PLAYGROUND ? $('playground') : $('lesson');
    $('lesson').replaceChildren();
    $('lesson').hidden = mode === PLAYGROUND;
    $('playground').hidden = mode !== PLAYGROUND;
    const ctx = {
      rpc: (op, args) => client.rpc(id, op, args),
      state,
      setParam: (key, value) => { state[key] = value; writeUrl(state); },
      Chart,
      reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
      announce: notices.announce,
      playground,
    };
    mounted = { id, view: mode.create(box, ctx) };
    writeUrl(state);
  }

  return { setMode };
}
