// gates/view.js — the "Logic gates & XOR" lesson. AND, OR and NOT are one
// perceptron each: the lesson's lines drawn over the truth table with the
// perceptron's outputs beside them. XOR is not: the perceptron trick runs on
// it for many epochs and never converges, while a 2-2-1 network trained in the
// worker (or set by hand to XOR = AND(OR, NAND)) gets all four rows right.
// Setting in the URL: gtGate.
//
// This module holds the tabs; gate-panel.js and xor-panel.js fill the panel,
// and text.js has the prose.
import { el } from '../../dom.js';
import { showGate } from './gate-panel.js';
import { showXor } from './xor-panel.js';
import { TITLE, INTRO, GATE_TEXT } from './text.js';

const FIRST_SEED = 5;      // a start from which the 2-2-1 network solves XOR

export function createGatesLesson(container, ctx) {
  const s = {
    gate: ctx.state.gtGate in GATE_TEXT ? ctx.state.gtGate : 'and',
    seed: FIRST_SEED,
    busy: false,
    destroyed: false,
    gen: 0,               // bumps when the panel changes, so late answers are dropped
  };

  const tabs = Object.entries(GATE_TEXT).map(([id, g]) => el('button', {
    type: 'button', class: 'gt-tab', id: `gt-tab-${id}`, 'aria-pressed': 'false', onclick: () => show(id),
  }, g.title));
  const panel = el('div', { class: 'gt-panel', id: 'gt-panel' });
  container.append(
    el('h2', {}, TITLE),
    el('p', { class: 'lesson-intro' }, ...INTRO),
    el('div', { class: 'gt-tabs', role: 'group', 'aria-label': 'Gate' }, tabs),
    panel,
  );
  show(s.gate);

  function show(id) {
    s.gate = id;
    const gen = ++s.gen;
    const current = () => !s.destroyed && gen === s.gen;
    ctx.setParam('gtGate', id);
    for (const t of tabs) t.setAttribute('aria-pressed', String(t.id === `gt-tab-${id}`));
    panel.replaceChildren();
    if (id === 'xor') showXor(panel, ctx, s, current); else showGate(panel, ctx, id, current);
  }

  return {
    destroy() {
      s.destroyed = true;
    },
  };
}
