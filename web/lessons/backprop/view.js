// backprop/view.js — "Feedforward and backpropagation": the lesson's 2-2-1
// network on one training point, stepped through in six stages (hidden
// layer, output, error, output layer's derivatives, hidden layer's, update),
// every number printed as arithmetic (lines.js, from chain.js) and the update
// set beside the engine's own training step (ops.js). Settings in the URL:
// bpSeed (the starting weights), bpY (the label), bpLr.
import { el } from '../../dom.js';
import { num } from '../kit/plot2d.js';
import { backprop } from './chain.js';
import { stageLines, updateRows } from './lines.js';
import * as T from './text.js';

export function createBackpropLesson(container, ctx) {
  const s = { stage: 0, ex: null, gen: 0, destroyed: false };
  const where = el('p', { id: 'bp-where', role: 'status' });
  const stages = el('ol', { class: 'bp-stages', id: 'bp-stages' });
  const message = el('p', { class: 'pc-message', id: 'bp-message', role: 'alert', hidden: true });
  const button = (id, text, onclick) => el('button', { type: 'button', id, onclick }, text);
  const label = el('select', { id: 'bp-y', onchange: () => { ctx.setParam('bpY', Number(label.value)); load(); } },
    el('option', { value: '1', selected: ctx.state.bpY === 1 }, 'y = 1'), el('option', { value: '0', selected: ctx.state.bpY === 0 }, 'y = 0'));

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    el('p', { class: 'lesson-intro', id: 'bp-point' }),
    el('p', { class: 'lesson-intro' }, T.NAMES),
    el('div', { class: 'bp-controls' },
      button('bp-back', 'Back', () => go(s.stage - 1)),
      button('bp-next', 'Next step', () => go(s.stage + 1)),
      button('bp-all', 'Show all', () => go(T.STAGES.length - 1)),
      button('bp-new', 'New weights', () => { ctx.setParam('bpSeed', ctx.state.bpSeed + 1); load(); }),
      el('label', { for: 'bp-y' }, 'Label '), label),
    where, message, stages,
  );
  load();

  async function load() {
    const gen = ++s.gen;
    try {
      const ex = await ctx.ops.example({ seed: ctx.state.bpSeed, y: ctx.state.bpY, lr: ctx.state.bpLr });
      if (gen !== s.gen || s.destroyed) return;
      s.ex = { ...ex, chain: backprop(ex.before, ex.x, ex.y, ex.lr) };
      message.hidden = true;
      container.querySelector('#bp-point').textContent = `The training point: x = (${ex.x.join(', ')}), label y = ${ex.y}. `
        + `Starting weights: seed ${ctx.state.bpSeed}.`;
      go(s.stage);
    } catch (err) {
      if (gen !== s.gen || s.destroyed) return;
      message.hidden = false;
      message.textContent = err.message;
    }
  }

  function go(k) {
    if (!s.ex) return;
    s.stage = Math.max(0, Math.min(k, T.STAGES.length - 1));
    const { before, x, y, lr, chain } = s.ex;
    const lines = stageLines(before, x, y, lr, chain);
    stages.replaceChildren(...T.STAGES.slice(0, s.stage + 1).map((title, i) => el('li', { class: 'bp-stage', id: `bp-stage-${i}` },
      el('h3', {}, title),
      i === 4 ? el('p', { class: 'lesson-intro' }, T.CHAIN) : null,
      el('ul', { class: 'bp-lines' }, lines[i].map((t) => el('li', {}, t))),
      i === 5 ? update() : null)));
    where.textContent = `Stage ${s.stage + 1} of ${T.STAGES.length}: ${T.STAGES[s.stage]}.`;
    container.querySelector('#bp-back').disabled = s.stage === 0;
    container.querySelector('#bp-next').disabled = s.stage === T.STAGES.length - 1;
  }

  function update() {
    const { before, after, chain, yhat, afterYhat, E, afterE } = s.ex;
    const head = ['Weight', 'Before', '\u2202E/\u2202w', 'After (by hand)', 'After (engine)'];
    return el('div', {},
      el('table', { class: 'bp-table', id: 'bp-update' },
        el('caption', {}, 'One step of gradient descent on the training point'),
        el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, updateRows(before, chain, after).map(([name, ...v]) => el('tr', {}, el('th', { scope: 'row' }, name), v.map((t) => el('td', {}, t)))))),
      el('p', { class: 'lesson-intro' }, T.ENGINE),
      el('p', { class: 'bp-result', id: 'bp-result' },
        `After the step, \u0177 goes from ${num(yhat, 3)} to ${num(afterYhat, 3)} and the error E from ${num(E, 3)} to ${num(afterE, 3)}.`));
  }

  return { destroy() { s.destroyed = true; } };
}
