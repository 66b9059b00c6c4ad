// gates/xor-layout.js — the XOR panel's DOM: one perceptron's failed line,
// then the 2-2-1 network's two hidden units and its output unit, each a plot,
// with the buttons that train it, restart it or set it by hand, and its table.
import { el } from '../../dom.js';
import { createPlot2d } from '../kit/plot2d.js';
import { legend } from './parts.js';
import * as T from './text.js';

const UNIT_VIEW = { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 };

/** on: { train(), skip(), restart(), compose() }; `trainLabel` names the train
 *  button. d.buttons are disabled while the network trains; d.skip shows then. */
export function buildXorDom({ epochs, lr, trainLabel, on }) {
  const d = {
    single: createPlot2d({ label: 'XOR and the perceptron\u2019s last line' }),
    singleText: el('p', { class: 'gt-message', id: 'gt-xor-perceptron', role: 'status' }, T.XOR_RUNNING),
    unitPlots: [0, 1].map((j) => createPlot2d({
      label: `Hidden unit ${j + 1}: its line over the four points`, sides: [`h${j + 1} \u2248 0`, `h${j + 1} \u2248 1`],
    })),
    outPlot: createPlot2d({ label: 'The output unit: the four points moved to (h1, h2), and its line', xName: 'h1', yName: 'h2', sides: ['out \u2248 0', 'out \u2248 1'] }),
    captions: [0, 1, 2].map((i) => el('figcaption', { class: 'gt-unit-eq', id: `gt-unit-${i + 1}` })),
    buttons: [
      el('button', { type: 'button', class: 'pc-btn primary', id: 'gt-train', onclick: () => on.train() }, trainLabel),
      el('button', { type: 'button', class: 'pc-btn', id: 'gt-new', onclick: () => on.restart() }, 'New start'),
      el('button', { type: 'button', class: 'pc-btn', id: 'gt-compose', onclick: () => on.compose() }, 'Set to OR, NAND \u2192 AND'),
    ],
    skip: el('button', { type: 'button', class: 'pc-btn', id: 'gt-skip', hidden: true, onclick: () => on.skip() }, 'Skip to end'),
    mlpStatus: el('p', { class: 'gt-message', id: 'gt-mlp-status', role: 'status' }),
    tableBox: el('div', { class: 'gt-table-box', tabindex: '0', role: 'region', 'aria-label': 'The network on each row of XOR (scrolls sideways)' }),
  };
  d.single.setView(UNIT_VIEW);
  for (const p of d.unitPlots) p.setView(UNIT_VIEW);
  d.outPlot.setView({ x0: -0.25, x1: 1.25, y0: -0.25, y1: 1.25 });
  const unit = (title, plot, caption) => el('figure', { class: 'gt-unit' }, el('h4', {}, title), plot.node, caption);
  d.nodes = [
    el('section', { class: 'gt-xor-one', 'aria-labelledby': 'gt-h-one' },
      el('h3', { id: 'gt-h-one' }, 'One line is not enough'),
      el('div', { class: 'gt-gate' },
        el('figure', { class: 'gt-figure' }, d.single.node, legend()),
        el('div', {}, el('p', { class: 'gt-about' }, ...T.xorOneLine(epochs, lr)), d.singleText))),
    el('section', { class: 'gt-xor-two', 'aria-labelledby': 'gt-h-two' },
      el('h3', { id: 'gt-h-two' }, 'Two hidden units solve it'),
      el('p', { class: 'gt-about' }, ...T.XOR_TWO_LINES),
      el('div', { class: 'gt-buttons' }, d.buttons, d.skip),
      d.mlpStatus,
      el('div', { class: 'gt-units' },
        unit('Hidden unit 1', d.unitPlots[0], d.captions[0]),
        unit('Hidden unit 2', d.unitPlots[1], d.captions[1]),
        unit('Output, in (h1, h2)', d.outPlot, d.captions[2])),
      legend(),
      d.tableBox),
  ];
  return d;
}
