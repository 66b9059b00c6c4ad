// hill/layout.js — the hill lesson's DOM: the map with its scale and legends,
// the settings beside it, the results table and the random-restarts section.
// Handlers come in (`on`), the nodes the view updates go out; the words are
// text.js's.
import { el } from '../../dom.js';
import { fmtRate } from '../../format.js';
import { HILL_LANDSCAPES, HILL_OPTIMIZERS, HILL_RESTARTS } from './landscapes.js';
import { WELL_COLORS } from './map-draw.js';
import { swatch, lineSwatch, markerSwatch, legendItem, scaleBar } from './swatch.js';
import * as T from './text.js';

const LR_LOG = [-4, 1];                     // the slider: 1e-4 .. 10

/** on: { landscape(id), optimizer(id, box), slideLr(lr), slideDone(),
 *  typed(key, input, hint), run(), reset(), restarts(), reseed() }. */
export function buildHillDom({ landId, optimizerOn, on }) {
  const map = mapFigure();
  const side = settingsPanel(landId, optimizerOn, on);
  const restarts = restartsSection(on);
  const root = el('div', { class: 'hill', dataset: { state: 'loading' } },
    el('h2', {}, T.TITLE),
    el('p', { class: 'hill-intro' }, T.INTRO),
    el('div', { class: 'hill-layout' }, map.node, side.node),
    restarts.node);
  return { root, ...map.parts, ...side.parts, ...restarts.parts };
}

// The "■" in the momentum entry stands for the local-well starts' marker, so
// it takes their colour (set through the CSSOM, which the CSP allows).
/** @param {string[]} parts [before, mark, after] */
function momentumLegend(parts) {
  const [before, mark, after] = parts;
  const m = el('span', { class: 'hill-legend-mark' }, mark);
  m.style.color = `rgb(${WELL_COLORS.local.join(', ')})`;
  return el('span', {}, before, m, after);
}

function mapFigure() {
  const canvas = el('canvas', {
    class: 'hill-map', tabindex: '0', role: 'application',
    'aria-roledescription': 'loss map', 'aria-describedby': 'hill-map-help hill-summary',
  });
  const summary = el('p', { id: 'hill-summary', class: 'hill-summary', 'aria-live': 'off' });
  const L = T.RESTARTS_LEGEND;
  const restartLegend = el('div', { class: 'hill-legend', hidden: true },
    legendItem(swatch((g) => markerSwatch(g, 'circle', WELL_COLORS.global)), L.global),
    legendItem(swatch((g) => markerSwatch(g, 'square', WELL_COLORS.local)), L.local),
    legendItem(swatch((g) => lineSwatch(g, HILL_OPTIMIZERS[1])), momentumLegend(L.momentum)),
    legendItem(swatch((g) => lineSwatch(g, { color: [70, 70, 70], dash: [], shape: 'circle' })), L.sgd));
  const node = el('div', { class: 'hill-figure' },
    el('div', { class: 'hill-canvas-wrap' }, canvas),
    el('div', { class: 'hill-scale', 'aria-hidden': 'true' },
      el('span', {}, 'low loss'), scaleBar(), el('span', {}, 'high loss')),
    el('p', { id: 'hill-map-help', class: 'small' }, T.MAP_HELP),
    restartLegend, summary);
  return { node, parts: { canvas, summary, restartLegend } };
}

function settingsPanel(landId, optimizerOn, on) {
  const landSelect = el('select', { id: 'hill-land', onchange: () => on.landscape(landSelect.value) },
    HILL_LANDSCAPES.map((L) => el('option', { value: L.id, selected: L.id === landId }, L.label)));
  const optBoxes = HILL_OPTIMIZERS.map((o) => el('input', {
    type: 'checkbox', id: `hill-opt-${o.id}`, checked: optimizerOn.has(o.id),
    onchange: (ev) => on.optimizer(o.id, ev.target),
  }));
  const lrSlider = el('input', {
    id: 'hill-lr-slider', type: 'range', min: LR_LOG[0], max: LR_LOG[1], step: '0.01',
    'aria-label': 'Learning rate (log scale)', oninput: () => on.slideLr(Number(fmtRate(10 ** Number(lrSlider.value)))),
    onchange: () => on.slideDone(),
  });
  const lrText = el('input', {
    id: 'hill-lr', type: 'text', inputmode: 'decimal', size: '7', 'aria-describedby': 'hill-lr-help',
    onchange: () => on.typed('hillLr', lrText, T.LR_HINT),
  });
  const stepsInput = el('input', {
    id: 'hill-steps', type: 'number', min: '1', max: '1000', step: '1', inputmode: 'numeric',
    onchange: () => on.typed('hillSteps', stepsInput, T.STEPS_HINT),
  });
  const parts = {
    landSelect, optBoxes, lrSlider, lrText, stepsInput,
    about: el('p', { class: 'small hill-about' }),
    message: el('p', { class: 'hill-message', role: 'alert', hidden: true }),
    restartNote: el('p', { class: 'small hill-restart-note', hidden: true }, T.RESTART_NOTE),
    tbody: el('tbody'),
  };
  // Focusable, so a keyboard can scroll it where the table is wider than the page.
  parts.resultsWrap = el('div', {
    class: 'hill-table-wrap hill-results-wrap', tabindex: '0', role: 'region', 'aria-label': 'Where each optimizer ended',
  }, resultsTable(parts.tbody));
  const node = el('div', { class: 'hill-side' },
    el('div', { class: 'hill-field' }, el('label', { for: 'hill-land' }, 'Landscape'), landSelect),
    parts.about,
    el('fieldset', { class: 'hill-opts' },
      el('legend', {}, 'Optimizers'),
      HILL_OPTIMIZERS.map((o, i) => el('label', { class: 'hill-opt', for: `hill-opt-${o.id}` },
        optBoxes[i], swatch((g) => lineSwatch(g, o)), el('span', {}, o.label)))),
    el('div', { class: 'hill-field' },
      el('label', { for: 'hill-lr' }, 'Learning rate'),
      el('div', { class: 'hill-pair' }, lrSlider, lrText),
      el('p', { id: 'hill-lr-help', class: 'small' }, T.LR_HELP)),
    el('div', { class: 'hill-field' }, el('label', { for: 'hill-steps' }, 'Steps'), stepsInput),
    el('div', { class: 'hill-buttons' },
      el('button', { type: 'button', class: 'hill-btn', id: 'hill-run', onclick: () => on.run() }, 'Run'),
      el('button', { type: 'button', class: 'hill-btn secondary', id: 'hill-reset', onclick: () => on.reset() }, 'Reset')),
    parts.message,
    parts.restartNote,
    parts.resultsWrap);
  return { node, parts };
}

function resultsTable(tbody) {
  return el('table', { class: 'hill-table hill-results' },
    el('caption', { class: 'visually-hidden' }, 'Where each optimizer ended'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Optimizer'),
      el('th', { scope: 'col' }, 'Final loss'),
      el('th', { scope: 'col', id: 'hill-steps-col' }, T.STEPS_COLUMN),
      el('th', { scope: 'col' }, 'Ends at'),
      el('th', { scope: 'col' }, 'Outcome'))),
    tbody);
}

function restartsSection(on) {
  const restartBtn = el('button', { type: 'button', class: 'hill-btn', onclick: () => on.restarts() },
    `Try ${HILL_RESTARTS.count} random starts`);
  const reseedBtn = el('button', { type: 'button', class: 'hill-btn secondary', onclick: () => on.reseed() },
    'New random starts');
  const restartSummary = el('p', { class: 'hill-restart-summary' });
  const restartBody = el('tbody');
  const restartDetails = el('details', { class: 'hill-restart-details', hidden: true },
    el('summary', {}, 'Every start'),
    el('div', { class: 'hill-table-wrap' }, el('table', { class: 'hill-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Start (a, b)'),
        el('th', { scope: 'col' }, 'SGD ended in'),
        el('th', { scope: 'col' }, 'Momentum from here'))),
      restartBody)));
  const restartSection = el('section', { class: 'hill-restarts', 'aria-labelledby': 'hill-restarts-h' },
    el('h3', { id: 'hill-restarts-h' }, T.RESTARTS_TITLE),
    el('p', { class: 'small' }, T.RESTARTS_ABOUT),
    el('div', { class: 'hill-buttons' }, restartBtn, reseedBtn),
    restartSummary, restartDetails);
  return {
    node: restartSection,
    parts: { restartBtn, reseedBtn, restartSummary, restartBody, restartDetails, restartSection },
  };
}
