// learning-rate/view.js — "Which learning rate?": gradient descent on one
// weight, E(w) = w², drawn step by step. Three fixed rates side by side (too
// small, good, too large), then the student's own rate walked one step at a
// time with each step's arithmetic; then a network trained with a fixed rate
// against reduce on plateau and step decay, the rate in force drawn under the
// loss (network.js). Every path is the engine's (learning-rate/ops.js);
// draw.js draws, text.js has the prose. Settings in the URL: lrAlpha, lrSteps
// (and network.js's lrNetLr, lrNetEpochs).
import { el } from '../../dom.js';
import { num } from '../kit/plot2d.js';
import { sliderField } from '../kit/slider-field.js';
import { descentSvg } from './draw.js';
import { createNetworkPart } from './network.js';
import { NEAR } from './ops.js';
import * as T from './text.js';

const START = 4;
const RATE = { min: 0.01, max: 1.2, step: 0.01 };

/** The verdict as a sentence (ops.js decides it). */
export function verdictText(v, steps) {
  if (v.kind === 'there') return `Reaches the bottom (E < ${NEAR}) in ${v.step} step${v.step === 1 ? '' : 's'}.`;
  if (v.kind === 'crawling') return `Still on the way after ${steps} steps: E = ${num(v.e, 3)}.`;
  if (v.kind === 'bouncing') return `Never gets any lower: E is still ${num(v.e, 3)} after ${steps} steps.`;
  return `Climbs away from the bottom: E = ${num(v.e, 3)} after ${v.step} steps.`;
}

export function createLearningRateLesson(container, ctx) {
  const s = { alpha: ctx.state.lrAlpha, steps: ctx.state.lrSteps, path: null, shown: 0, gen: 0, destroyed: false };
  const cases = el('div', { class: 'lr-cases', id: 'lr-cases' });
  const yours = { pic: el('div', { class: 'lr-pic', id: 'lr-yours' }), verdict: el('p', { id: 'lr-verdict', role: 'status' }), rows: el('tbody') };
  const field = sliderField({
    id: 'lr-alpha', label: 'Learning rate \u03b1', ...RATE, value: s.alpha,
    onInput: (v) => { s.alpha = v; ctx.setParam('lrAlpha', v); walk(); },
  });
  const button = (id, text, onclick) => el('button', { type: 'button', id, onclick }, text);
  const network = createNetworkPart(ctx);

  container.append(
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    cases,
    el('h3', {}, T.YOURS_TITLE),
    el('p', { class: 'lesson-intro' }, T.YOURS_INTRO),
    field.node,
    el('div', { class: 'lr-buttons' },
      button('lr-step', 'Step', () => show(s.shown + 1)),
      button('lr-all', 'All steps', () => show(s.steps)),
      button('lr-reset', 'Start again', () => show(0))),
    el('div', { class: 'lr-yours' }, yours.pic,
      el('table', { class: 'lr-table', id: 'lr-table' },
        el('caption', {}, T.TABLE_CAPTION),
        el('thead', {}, el('tr', {}, ...['Step', 'w before', 'slope 2w', '\u03b1\u00b7slope', 'w after', 'E after'].map((h) => el('th', { scope: 'col' }, h)))),
        yours.rows)),
    yours.verdict,
    network.node,
    el('p', { class: 'lesson-intro' }, T.SELF_TEXT, ' ',
      el('a', { href: '?mode=play&dataset=spiral&schedule=plateau&lr=0.3', id: 'lr-playground' }, T.SELF_LINK), '.'),
  );
  drawCases();
  walk();
  // The course's self-adjusting step opens this lesson at its second part.
  if (ctx.state.step === 'self-adjusting') network.node.scrollIntoView?.();

  async function drawCases() {
    const runs = await Promise.all(T.CASES.map((c) => ctx.ops.descent({ lr: c.lr, start: START, steps: s.steps })));
    if (s.destroyed) return;
    cases.replaceChildren(...T.CASES.map((c, i) => {
      const r = runs[i];
      const sentence = verdictText(r.verdict, s.steps);
      return el('figure', { class: 'lr-case', id: `lr-case-${c.id}` },
        el('figcaption', {}, el('strong', {}, `${c.title}: \u03b1 = ${c.lr}.`), ` ${c.note}`),
        descentSvg({ points: r.points, label: `E(w) = w\u00b2 with ${r.points.length - 1} steps of rate ${c.lr} from w = ${START}. ${sentence}` }),
        el('p', { class: 'lr-case-verdict' }, sentence));
    }));
  }

  async function walk() {
    const gen = ++s.gen;
    try {
      const r = await ctx.ops.descent({ lr: s.alpha, start: START, steps: s.steps });
      if (gen !== s.gen || s.destroyed) return;
      s.path = r;
      show(Math.min(s.shown, r.points.length - 1), false);
    } catch (err) {
      if (gen === s.gen && !s.destroyed) yours.verdict.textContent = err.message;
    }
  }

  function show(k, announce = true) {
    if (!s.path) return;
    const p = s.path.points;
    s.shown = Math.max(0, Math.min(k, p.length - 1));
    yours.pic.replaceChildren(descentSvg({ points: p.slice(0, s.shown + 1), label: `Your descent with rate ${num(s.alpha)}: ${s.shown} steps shown.` }));
    yours.rows.replaceChildren(...p.slice(1, s.shown + 1).map((q, i) => stepRow(i + 1, p[i].w, q, s.alpha)));
    const now = p[s.shown];
    const text = s.shown === 0 ? `Start: w = ${START}, E = ${num(now.e, 3)}. Press Step.`
      : s.shown === p.length - 1 ? `After ${s.shown} steps: w = ${num(now.w, 3)}. ${verdictText(s.path.verdict, s.steps)}`
        : `After ${s.shown} step${s.shown === 1 ? '' : 's'}: w = ${num(now.w, 3)}, E = ${num(now.e, 3)}.`;
    yours.verdict.textContent = text;
    if (announce) ctx.announce(text);
  }

  return {
    destroy() {
      s.destroyed = true;
      network.destroy();
    },
  };
}

function stepRow(k, before, after, alpha) {
  const slope = 2 * before;
  return el('tr', {}, el('th', { scope: 'row' }, String(k)),
    ...[before, slope, alpha * slope, after.w, after.e].map((v) => el('td', {}, num(v, 3))));
}
