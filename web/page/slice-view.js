// page/slice-view.js — the plot's slice of data with more than two features:
// which two features are the axes, and the value each other feature is held
// at (a slider and a number box each; by default its training mean). The
// model trains on every feature; the map shows its output on that slice.
//
// createSliceView({ box, send }) -> { setData(info), show(slice) }
//   setData(info): new data (the worker resets its slice to the default then);
//   show(slice): a frame's slice, as the worker drew it (Frame.slice): the
//     caption says it ("Slice at rank = 2.5"), the controls follow it.
// Changes go to the worker as 'slice' intents; the plot changes with the
// frame that shows them, so the points and the map never disagree.

import { el } from '../dom.js';
import { defaultSlice } from '../worker/data.js';

/** A held value, short: 3.4, 2.49, 1250, 0.0321. */
export function fmtHeld(v) {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(Math.abs(v) >= 1000 ? 6 : 3)));
}

/** "Slice at rank = 2.5, gpa = 3.4": the features off the axes and their values. */
export function sliceCaption(info, slice) {
  const held = info.featureNames.map((name, j) => `${name} = ${fmtHeld(slice.held[j])}`)
    .filter((_, j) => !slice.axes.includes(j));
  return `Slice at ${held.join(', ')}`;
}

/** @param {{ box: HTMLElement, send: (msg: import('../protocol.types.js').PageMessage) => void }} deps */
export function createSliceView({ box, send }) {
  const v = { info: null, slice: null, shown: '', rendered: '' };
  const caption = el('p', { id: 'slice-caption', class: 'slice-caption', role: 'status' });
  const axisX = el('select', { id: 'slice-x', onchange: () => axisChanged(0) });
  const axisY = el('select', { id: 'slice-y', onchange: () => axisChanged(1) });
  const heldBox = el('div', { id: 'slice-held', class: 'slice-held' });
  box.append(
    caption,
    el('p', { class: 'small' }, 'The model uses every feature; the plot shows two of them, the others held at the values below.'),
    el('div', { class: 'slice-axes' },
      el('label', { class: 'field' }, el('span', {}, 'Across'), axisX),
      el('label', { class: 'field' }, el('span', {}, 'Up'), axisY)),
    heldBox);

  function setData(info) {
    v.info = info;
    v.slice = info && !info.empty ? defaultSlice(info) : null;
    v.shown = '';
    v.rendered = '';
    box.hidden = !v.slice;
    if (!v.slice) return;
    const options = () => info.featureNames.map((name, j) => el('option', { value: String(j) }, name));
    axisX.replaceChildren(...options());
    axisY.replaceChildren(...options());
    render();
  }

  // The worker's slice, as the frame shows it.
  function show(slice) {
    if (!slice || !v.info) return;
    const key = JSON.stringify(slice);
    if (key === v.shown) return;
    v.shown = key;
    const sameAxes = v.rendered === String(slice.axes);
    v.slice = { axes: slice.axes.slice(), held: slice.held.slice() };
    caption.textContent = sliceCaption(v.info, v.slice);
    if (!sameAxes) { render(); return; }
    // The same rows: only their values, and not under the user's hand.
    for (let j = 0; j < v.info.d; j++) {
      for (const id of [`slice-range-${j}`, `slice-value-${j}`]) {
        const input = /** @type {HTMLInputElement | null} */ (heldBox.querySelector(`#${id}`));
        if (!input || input === box.ownerDocument.activeElement) continue;
        input.value = id.startsWith('slice-range') ? String(v.slice.held[j]) : fmtHeld(v.slice.held[j]);
      }
    }
  }

  function render() {
    const { info, slice } = v;
    v.rendered = String(slice.axes);
    caption.textContent = sliceCaption(info, slice);
    axisX.value = String(slice.axes[0]);
    axisY.value = String(slice.axes[1]);
    const rows = [];
    for (let j = 0; j < info.d; j++) {
      if (slice.axes.includes(j)) continue;
      rows.push(heldRow(info, slice, j));
    }
    heldBox.replaceChildren(...rows);
  }

  // One feature's held value: a slider over its range and a box to type it.
  function heldRow(info, slice, j) {
    const [lo, hi] = info.ranges[j];
    const value = String(slice.held[j]);
    const name = info.featureNames[j];
    const slider = el('input', {
      type: 'range', id: `slice-range-${j}`, min: String(lo), max: String(hi), step: 'any', value, 'aria-label': `${name}, held at`,
    });
    const number = el('input', { type: 'number', id: `slice-value-${j}`, step: 'any', value: fmtHeld(slice.held[j]), 'aria-label': `${name} held at` });
    slider.addEventListener('input', () => { number.value = fmtHeld(Number(slider.value)); held(j, Number(slider.value)); });
    number.addEventListener('change', () => {
      const x = Number(number.value);
      if (number.value.trim() === '' || !Number.isFinite(x)) { number.value = fmtHeld(v.slice.held[j]); return; }
      slider.value = String(x);
      held(j, x);
    });
    return el('label', { class: 'slice-row' }, el('span', {}, `${name} held at`), slider, number);
  }

  function held(j, x) {
    const slice = { axes: v.slice.axes.slice(), held: v.slice.held.slice() };
    slice.held[j] = x;
    v.slice = slice;
    send({ type: 'slice', axes: /** @type {[number, number]} */ (slice.axes), held: slice.held });
  }

  // A feature chosen for an axis that the other axis has: the two swap.
  function axisChanged(which) {
    const pick = Number((which ? axisY : axisX).value);
    const axes = /** @type {[number, number]} */ (v.slice.axes.slice());
    if (axes[1 - which] === pick) axes[1 - which] = axes[which];
    axes[which] = pick;
    v.slice = { axes, held: v.slice.held.slice() };
    render();
    send({ type: 'slice', axes, held: v.slice.held });
  }

  return { setData, show };
}
