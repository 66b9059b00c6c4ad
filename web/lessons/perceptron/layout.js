// perceptron/layout.js — the perceptron lesson's DOM: the plot with its legend
// and text summary, the example picker, Step / Run / Reset, the counters, the
// arithmetic of the last step, and the learning-rate and starting-line
// inputs. Handlers come in (`on`), the nodes the view updates go out.
import { el } from '../../dom.js';
import { createPlot2d } from '../kit/plot2d.js';
import * as T from './text.js';

/** on: { preset(id), step(), run(), reset(), lr(), start() }. */
export function buildPerceptronDom(on) {
  const d = {
    plot: createPlot2d({ label: 'The data and the current line' }),
    summary: el('p', { class: 'pc-summary', id: 'pc-summary', 'aria-live': 'off' }),
    presetSel: el('select', { id: 'pc-preset', onchange: () => on.preset(d.presetSel.value) },
      Object.entries(T.PRESET_TEXT).map(([id, p]) => el('option', { value: id }, p.title))),
    about: el('p', { class: 'pc-about', id: 'pc-about' }),
    stepBtn: el('button', { type: 'button', class: 'pc-btn primary', id: 'pc-step', onclick: () => on.step() }, 'Step'),
    runBtn: el('button', { type: 'button', class: 'pc-btn', id: 'pc-run', 'aria-pressed': 'false', onclick: () => on.run() }, 'Run'),
    resetBtn: el('button', { type: 'button', class: 'pc-btn', id: 'pc-reset', onclick: () => on.reset() }, 'Reset'),
    stepsOut: el('output', { id: 'pc-steps' }, '0'),
    wrongOut: el('output', { id: 'pc-wrong' }, '0'),
    message: el('p', { class: 'pc-message', id: 'pc-message', role: 'status', hidden: true }),
    equation: el('p', { class: 'pc-equation', id: 'pc-equation' }),
    work: el('div', { class: 'pc-work', id: 'pc-work' }),
    lrInput: el('input', { type: 'text', inputmode: 'decimal', id: 'pc-lr', 'aria-describedby': 'pc-input-msg', onchange: () => on.lr() }),
    lineInputs: ['w1', 'w2', 'b'].map((name) => el('input', {
      type: 'text', inputmode: 'decimal', id: `pc-${name}`, 'aria-describedby': 'pc-input-msg',
      onchange: () => on.start(),
    })),
    inputMsg: el('p', { class: 'pc-input-msg', id: 'pc-input-msg', 'aria-live': 'polite' }),
  };
  d.nodes = [
    el('h2', {}, T.TITLE),
    el('p', { class: 'lesson-intro' }, ...T.INTRO),
    el('div', { class: 'pc-layout' },
      el('figure', { class: 'pc-figure' },
        d.plot.node,
        el('figcaption', { class: 'pc-legend' }, T.LEGEND.map(([cls, glyph, text]) => el('span', {},
          el('span', { class: cls, 'aria-hidden': 'true' }, glyph), text))),
        d.summary),
      sidePanel(d)),
  ];
  return d;
}

function sidePanel(d) {
  const [w1, w2, b] = d.lineInputs;
  return el('div', { class: 'pc-side' },
    el('div', { class: 'field' }, el('label', { for: 'pc-preset' }, 'Example'), d.presetSel),
    d.about,
    el('div', { class: 'pc-buttons' }, d.stepBtn, d.runBtn, d.resetBtn),
    el('dl', { class: 'pc-counts' },
      el('div', {}, el('dt', {}, 'Steps'), el('dd', {}, d.stepsOut)),
      el('div', {}, el('dt', {}, 'Misclassified'), el('dd', {}, d.wrongOut))),
    d.message,
    d.equation,
    d.work,
    el('details', { class: 'pc-settings' },
      el('summary', {}, T.SETTINGS_TITLE),
      el('div', { class: 'pc-inputs' },
        el('label', { for: 'pc-lr' }, 'a'), d.lrInput,
        el('label', { for: 'pc-w1' }, 'w1'), w1,
        el('label', { for: 'pc-w2' }, 'w2'), w2,
        el('label', { for: 'pc-b' }, 'b'), b),
      el('p', { class: 'small' }, T.SETTINGS_NOTE),
      d.inputMsg));
}
