// worker/frame.js — one frame for the page: metrics, new history records, the
// decision grid, hidden-unit maps and weights, copied out of wasm memory (a
// view would clone the whole heap on postMessage) with their buffers listed
// for transfer.

import { modelBox } from './data.js';

const GRID = 200;              // decision map resolution (cells per side), at most
const GRID_MIN = 50;           // ... and at least
const GRID_STEP = 25;          // sizes go in steps of this, so the map does not shimmer
const THUMB = 24;              // hidden-unit thumbnail resolution
const MAX_UNIT_FLOATS = 4e6;   // cap on the full-size hidden planes buffer
// The decision map's time per frame: a big net's 200 × 200 map costs hundreds
// of milliseconds, which would hold up training and the answer to Pause. While
// the run trains its map is coarser; a paused frame may take longer.
const GRID_MS_PLAYING = 6;
const GRID_MS_PAUSED = 20;

/** The decision map's resolution, sized to a time budget from the measured
 *  cost of the last maps: size(playing) -> cells per side; took(cells, ms). */
export function createGridSizer() {
  let msPerCell = 0;
  return {
    size(playing) {
      if (!msPerCell) return GRID;
      const side = Math.sqrt((playing ? GRID_MS_PLAYING : GRID_MS_PAUSED) / msPerCell);
      return Math.max(GRID_MIN, Math.min(GRID, Math.floor(side / GRID_STEP) * GRID_STEP));
    },
    took(cells, ms) {
      const v = ms / cells;
      msPerCell = msPerCell ? 0.7 * msPerCell + 0.3 * v : v;
    },
  };
}

/** The pictures of model `m` on `info`'s rectangle: { grid, thumbs?, unitMap? },
 *  the map `grid` cells per side. Thumbnails only when `thumbs` is asked; the
 *  selected unit's map with them, at most as fine as the decision map. */
export function framePictures(m, info, { thumbs: withThumbs, selectedUnit, grid: side = GRID, sizer = null, slice = null }) {
  const transfer = [];
  // Digits have 784 inputs, no plane to map: their views draw the weights.
  if (info.digits) {
    return { pictures: { grid: null, gridSize: 0, nOutputs: m.nOutputs, hiddenUnits: m.hiddenUnits, thumbs: null, thumbSize: 0, unitMap: null, unitSize: 0, selectedUnit }, transfer };
  }
  const evalGrid = gridOf(m, info, slice);
  const t0 = performance.now();
  const g = evalGrid({ width: side, height: side, hidden: false });
  if (sizer) sizer.took(side * side, performance.now() - t0);
  const out = {
    grid: g.output.slice(), gridSize: side, nOutputs: g.nOutputs, hiddenUnits: g.hiddenUnits,
    thumbs: null, thumbSize: THUMB, unitMap: null, unitSize: 0, selectedUnit,
  };
  transfer.push(out.grid.buffer);
  if (g.hiddenUnits > 0 && withThumbs) {
    out.thumbs = evalGrid({ width: THUMB, height: THUMB, hidden: true }).hidden.slice();
    transfer.push(out.thumbs.buffer);
    if (selectedUnit >= 0 && selectedUnit < g.hiddenUnits) {
      const size = Math.max(32, Math.min(side, Math.floor(Math.sqrt(MAX_UNIT_FLOATS / g.hiddenUnits))));
      const plane = size * size;
      const big = evalGrid({ width: size, height: size, hidden: true });
      out.unitMap = big.hidden.slice(selectedUnit * plane, (selectedUnit + 1) * plane);
      out.unitSize = size;
      transfer.push(out.unitMap.buffer);
    }
  }
  return { pictures: out, transfer };
}

// The grid function of the picture: the plain map of two features over the
// data's rectangle (in model units); chosen input features (info.inputs)
// through evalGridMap, which expands each cell as the points were expanded;
// or, for more than two features, the slice along slice.axes with the others
// held (worker/data.js defaultSlice), its rectangle the axes' ranges in the
// data's units, standardized there as the training data was.
function gridOf(m, info, slice) {
  if (slice) {
    const [i, j] = slice.axes;
    const map = {
      x0: info.ranges[i][0], x1: info.ranges[i][1], y0: info.ranges[j][0], y1: info.ranges[j][1],
      nRaw: info.d, axisX: i, axisY: j, held: slice.held, mean: info.mean, std: info.std,
    };
    return (size) => m.evalGridMap({ ...map, ...size });
  }
  if (info.inputs) {
    const b = info.bounds;
    const map = { x0: b.x0, x1: b.x1, y0: b.y0, y1: b.y1, features: info.inputs, mean: info.mean, std: info.std };
    return (size) => m.evalGridMap({ ...map, ...size });
  }
  const box = modelBox(info);
  return (size) => m.evalGrid({ ...box, ...size });
}

/** Model `m` over the picture's rectangle (no slice), size cells a side. */
export function pictureGrid(m, info, size, hidden) {
  return gridOf(m, info, null)({ width: size, height: size, hidden });
}

/** The model's weights, copied per layer. */
export function frameWeights(m) {
  return m.layers().map((l) => ({ in: l.in, out: l.out, w: l.w.slice(), b: l.b.slice() }));
}
