// page/regression-view.js — what changes on the page for a regression set
// (the worker's info.regression: plane, gauss-regression): the output is a
// value, not a class, so there is no confusion matrix, no class legend, no
// accuracy, nothing to discretize and no points to click in; the loss is the mean squared error in
// the target's units, and a colour scale under the plot says what the map's
// and the points' colours mean.

import { el } from '../dom.js';
import { fmtCoef } from './equation.js';
import { valueColorInto } from '../palette.js';

const SCALE_W = 120;   // the colour bar's pixels
const SCALE_H = 10;

/** Show or hide the classification-only parts for `info`, and name the loss.
 *  @param {Document} doc  @param {any} info  @param {{ setRegression(on: boolean): void }} chart */
export function regressionView(doc, info, chart) {
  const reg = !!(info && info.regression);
  const $ = (id) => doc.getElementById(id);
  $('confusion').hidden = reg;
  $('tab-accuracy').hidden = reg;
  $('train-accuracy').parentElement.hidden = reg;
  $('test-accuracy').parentElement.hidden = reg;
  $('discretize').parentElement.hidden = reg;
  // Clicked points have classes; a class and the embed's own hiding stay apart.
  $('point-editor').classList.toggle('regression', reg);
  $('train-loss').previousElementSibling.textContent = reg ? 'Train MSE' : 'Train loss';
  $('test-loss').previousElementSibling.textContent = reg ? 'Test MSE' : 'Test loss';
  $('heatmap').setAttribute('aria-label', reg
    ? 'Predicted value over the data on a colour scale, with training and test points coloured by their target'
    : 'Decision boundary: predicted probability over the data, with training and test points');
  chart.setRegression(reg);
}

/** The legend under the plot for a regression set: the colour bar from the
 *  scale's low to its high end, and what filled and hollow mean.
 *  @param {Document} doc  @param {any} info  @param {boolean} showTest */
export function renderScale(doc, info, showTest) {
  const { lo, hi } = info.valueScale;
  const bar = /** @type {HTMLCanvasElement} */ (el('canvas', { class: 'value-scale', width: SCALE_W, height: SCALE_H, 'aria-hidden': 'true' }));
  const g = bar.getContext('2d');
  if (g) {
    const img = g.createImageData(SCALE_W, SCALE_H);
    for (let x = 0; x < SCALE_W; x++) {
      const v = lo + ((x + 0.5) / SCALE_W) * (hi - lo);
      for (let y = 0; y < SCALE_H; y++) valueColorInto(v, lo, hi, img.data, (y * SCALE_W + x) * 4);
    }
    g.putImageData(img, 0, 0);
  }
  const items = [
    el('span', { class: 'legend-item', id: 'value-scale' },
      el('span', {}, `${info.classNames[0] || 'target'}: ${fmtCoef(lo)}`), bar, el('span', {}, fmtCoef(hi))),
    el('span', {}, 'map: predicted value; points: their target'),
    el('span', {}, showTest ? 'filled = training, hollow = test' : 'training points'),
  ];
  doc.getElementById('class-legend').replaceChildren(...items);
}
