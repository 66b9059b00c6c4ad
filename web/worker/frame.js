// worker/frame.js — one frame for the page: metrics, new history records, the
// decision grid, hidden-unit maps and weights, copied out of wasm memory (a
// view would clone the whole heap on postMessage) with their buffers listed
// for transfer.

import { modelBox } from './data.js';

const GRID = 200;              // decision map resolution (cells per side)
const THUMB = 24;              // hidden-unit thumbnail resolution
const MAX_UNIT_FLOATS = 4e6;   // cap on the full-size hidden planes buffer

/** The pictures of model `m` on `info`'s rectangle: { grid, thumbs?, unitMap? }.
 *  Thumbnails only when `thumbs` is asked; the selected unit's full-size map with them. */
export function framePictures(m, info, { thumbs: withThumbs, selectedUnit }) {
  const transfer = [];
  // Digits have 784 inputs, no plane to map: their views draw the weights.
  if (info.digits) {
    return { pictures: { grid: null, gridSize: 0, nOutputs: m.nOutputs, hiddenUnits: m.hiddenUnits, thumbs: null, thumbSize: 0, unitMap: null, unitSize: 0, selectedUnit }, transfer };
  }
  const box = modelBox(info);
  const g = m.evalGrid({ ...box, width: GRID, height: GRID, hidden: false });
  const out = {
    grid: g.output.slice(), gridSize: GRID, nOutputs: g.nOutputs, hiddenUnits: g.hiddenUnits,
    thumbs: null, thumbSize: THUMB, unitMap: null, unitSize: 0, selectedUnit,
  };
  transfer.push(out.grid.buffer);
  if (g.hiddenUnits > 0 && withThumbs) {
    out.thumbs = m.evalGrid({ ...box, width: THUMB, height: THUMB, hidden: true }).hidden.slice();
    transfer.push(out.thumbs.buffer);
    if (selectedUnit >= 0 && selectedUnit < g.hiddenUnits) {
      const size = Math.max(32, Math.min(GRID, Math.floor(Math.sqrt(MAX_UNIT_FLOATS / g.hiddenUnits))));
      const plane = size * size;
      const big = m.evalGrid({ ...box, width: size, height: size, hidden: true });
      out.unitMap = big.hidden.slice(selectedUnit * plane, (selectedUnit + 1) * plane);
      out.unitSize = size;
      transfer.push(out.unitMap.buffer);
    }
  }
  return { pictures: out, transfer };
}

/** The model's weights, copied per layer. */
export function frameWeights(m) {
  return m.layers().map((l) => ({ in: l.in, out: l.out, w: l.w.slice(), b: l.b.slice() }));
}
