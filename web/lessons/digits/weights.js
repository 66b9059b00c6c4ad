// digits/weights.js — "what the hidden units look for": one 28×28 picture
// of each first-layer unit's 784 incoming weights (#digit-weights, one
// <canvas> per unit, in buttons), redrawn as the weights change; choosing
// one shows it large beside the test digits that excite it most (the
// worker's excite op, drawn from the page's copy of the digits).

import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import { paintWeights } from '../../draw/digit-weights.js';
import { thumbRow } from '../../digits/thumbs.js';
import { DIGIT_PIXELS } from '../../digits/pack.js';

const REDRAW_MS = 100;        // the pictures at most this often while training
const EXCITE_MS = 2000;       // the selected unit's digits at most this often
const TOP = 12;               // how many exciting digits

/** The number of weights and biases of a network of `sizes`. */
export function weightCount(sizes) {
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += sizes[l - 1] * sizes[l] + sizes[l];
  return n;
}

export function createWeightsView(doc, { excite, testDigit }) {
  const $ = (id) => doc.getElementById(id);
  const grid = $('digit-weights');
  const detail = $('digit-unit');
  const v = { units: 0, canvases: [], buttons: [], w: null, selected: -1, drawn: 0, excited: 0, big: null, strip: null };

  function setModel(sizes) {
    $('digits-weight-count').textContent = sizes
      ? `${sizes.join('-')}: ${fmtInt(weightCount(sizes))} weights and biases, ${fmtInt(sizes[0] * sizes[1])} of them in these pictures.`
      : '';
    const units = sizes ? sizes[1] : 0;
    if (units !== v.units) {
      v.units = units;
      v.canvases = [];
      v.buttons = [];
      for (let u = 0; u < units; u++) {
        const c = el('canvas', { width: 28, height: 28, 'aria-hidden': 'true' });
        const b = el('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': `Unit ${u + 1}: its weights, and the test digits that excite it`, onclick: () => select(u === v.selected ? -1 : u) }, c);
        v.canvases.push(c);
        v.buttons.push(b);
      }
      grid.replaceChildren(...v.buttons);
      select(-1);
    }
    v.w = null;
  }

  /** The first layer { in, out, w } of a frame; drawn at most every REDRAW_MS unless forced. */
  function update(layer, force) {
    if (!layer || layer.in !== DIGIT_PIXELS || layer.out !== v.units) return;
    v.w = layer.w;
    const now = performance.now();
    if (!force && now - v.drawn < REDRAW_MS) return;
    v.drawn = now;
    for (let u = 0; u < v.units; u++) paintWeights(v.canvases[u], layer.w, u);
    if (v.selected >= 0) {
      paintWeights(v.big, layer.w, v.selected);
      if (force || now - v.excited >= EXCITE_MS) showExciting();
    }
  }

  function select(u) {
    v.selected = u;
    v.buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === u)));
    detail.hidden = u < 0;
    if (u < 0) { detail.replaceChildren(); return; }
    v.big = el('canvas', { class: 'big', width: 28, height: 28, role: 'img', 'aria-label': `Unit ${u + 1}'s 784 weights` });
    const list = el('div', { class: 'digit-thumbs', role: 'list', 'aria-label': `The test digits that excite unit ${u + 1} most` });
    v.strip = thumbRow(list, 'exciting digits');
    detail.replaceChildren(v.big, el('div', {},
      el('p', { class: 'small' }, `Unit ${u + 1}. The test digits that excite it most (largest weighted sum):`), list,
      el('button', { type: 'button', class: 'mini-text', onclick: () => select(-1) }, 'Close')));
    if (v.w) paintWeights(v.big, v.w, u);
    showExciting();
  }

  function showExciting() {
    const u = v.selected;
    v.excited = performance.now();
    excite(u, TOP).then((res) => {
      if (u !== v.selected || !res) return;
      v.strip.show(res.rows.map((row) => testDigit(row)));
    }, () => {});
  }

  return {
    setModel, update,
    get selected() { return v.selected; },
    clear() { grid.replaceChildren(); detail.replaceChildren(); detail.hidden = true; v.units = 0; },
  };
}
