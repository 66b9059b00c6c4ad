// softmax/scores.js — the lesson's first part: a slider and a box for each
// animal's score Z, the softmax probabilities as a table with bars (the bars
// are decoration, the numbers beside them the text), the one-hot label
// picked with radio buttons, and the cross-entropy of that one prediction.
// Settings in the URL: smZ1, smZ2, smZ3, smLabel.
import { el } from '../../dom.js';
import { sliderField } from '../kit/slider-field.js';
import * as T from './text.js';
import { two, short, vector } from './format.js';

const KEYS = ['smZ1', 'smZ2', 'smZ3'];
const RANGE = { min: -5, max: 5, step: 0.1 };
const name = (j) => T.CLASSES[j][1].toLowerCase();

/** -> { node, destroy() } */
export function createScores(ctx) {
  const found = T.CLASSES.findIndex(([id]) => id === ctx.state.smLabel);
  const s = { z: KEYS.map((k) => ctx.state[k]), label: Math.max(0, found), gen: 0, announce: false, destroyed: false };
  const fields = KEYS.map((key, j) => sliderField({
    id: `sm-z${j + 1}`, label: `Score Z${j + 1} (${name(j)})`, ...RANGE, value: s.z[j],
    onInput: (v) => { s.z[j] = v; ctx.setParam(key, v); update(); },
    onChange: () => { s.announce = true; },
  }));
  const probBody = el('tbody', {});
  const formula = el('p', { class: 'sm-formula', id: 'sm-formula' });
  const oneHotBody = el('tbody', {});
  const ceOut = el('p', { class: 'sm-ce', id: 'sm-ce' });
  const message = el('p', { class: 'pc-message', id: 'sm-scores-message', role: 'status', hidden: true });
  const radios = T.CLASSES.map(([id], j) => el('input', {
    type: 'radio', name: 'sm-label', id: `sm-label-${id}`, value: id, checked: j === s.label,
    onchange: () => { s.label = j; ctx.setParam('smLabel', id); s.announce = true; update(); },
  }));

  const node = el('section', { class: 'sm-part', 'aria-labelledby': 'sm-scores-title' },
    el('h3', { id: 'sm-scores-title' }, T.SCORES_TITLE),
    fields.map((f) => f.node),
    el('div', { class: 'sm-table-box' }, el('table', { class: 'pc-table sm-table', id: 'sm-prob-table' },
      el('caption', {}, T.PROB_CAPTION),
      el('thead', {}, el('tr', {}, ['Animal', 'Score Z', 'e^Z', 'Probability'].map((h) => el('th', { scope: 'col' }, h)))),
      probBody)),
    formula,
    el('fieldset', { class: 'sm-labels' }, el('legend', {}, T.LABEL_LEGEND),
      radios.map((r, j) => el('span', { class: 'sm-radio' }, r, el('label', { for: r.id }, T.CLASSES[j][1])))),
    el('h4', {}, T.ONE_HOT_TITLE),
    el('p', { class: 'small' }, T.ONE_HOT_NOTE),
    el('div', { class: 'sm-table-box' }, el('table', { class: 'pc-table sm-table', id: 'sm-onehot' },
      el('caption', {}, T.ONE_HOT_CAPTION),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Animal'), T.CLASSES.map(([, n]) => el('th', { scope: 'col' }, `${n}?`)))),
      oneHotBody)),
    ceOut,
    message);
  update();

  async function update() {
    const gen = ++s.gen;
    try {
      const r = await ctx.ops.softmax({ z: s.z.slice(), label: s.label });
      if (s.destroyed || gen !== s.gen) return;
      show(r);
      message.hidden = true;
    } catch (e) {
      if (s.destroyed) return;
      message.textContent = `Could not compute the softmax: ${e.message}`;
      message.hidden = false;
    }
  }

  function show(r) {
    probBody.replaceChildren(...r.p.map((p, j) => {
      const bar = el('span', { class: `sm-bar sm-bar${j}` });
      bar.style.width = `${(p * 100).toFixed(1)}%`;
      return el('tr', { class: j === s.label ? 'sm-current' : null },
        el('th', { scope: 'row' }, T.CLASSES[j][1]),
        el('td', {}, short(s.z[j])),
        el('td', {}, two(r.exps[j])),
        el('td', { class: 'sm-prob' }, el('span', { class: 'sm-track', 'aria-hidden': 'true' }, bar), el('span', { class: 'sm-p' }, two(p))));
    }));
    const l = s.label;
    formula.textContent = `P(${name(l)}) = e^${short(s.z[l])} / (${s.z.map((z) => `e^${short(z)}`).join(' + ')}) = ${two(r.exps[l])} / ${two(r.sum)} = ${two(r.p[l])}`;
    oneHotBody.replaceChildren(...T.CLASSES.map(([, n], i) => el('tr', { class: i === l ? 'sm-current' : null },
      el('th', { scope: 'row' }, n), T.CLASSES.map((_, j) => el('td', {}, i === j ? '1' : '0')))));
    const y = T.CLASSES.map((_, j) => (j === l ? 1 : 0));
    ceOut.textContent = `Cross-entropy with the one-hot label ${vector(y)}: \u2212(${y.map((yj, j) => `${yj}\u00b7ln ${two(r.p[j])}`).join(' + ')}) = \u2212ln ${two(r.p[l])} = ${two(r.ce)}`;
    if (s.announce) {
      s.announce = false;
      ctx.announce(`${r.p.map((p, j) => `P(${name(j)}) = ${two(p)}`).join(', ')}; the label is ${name(l)}, cross-entropy ${two(r.ce)}.`);
    }
  }

  return { node, destroy() { s.destroyed = true; } };
}
