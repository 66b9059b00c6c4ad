// heatmap.js — the decision-boundary view: a probability map over the data
// with training points (filled) and test points (hollow), class by colour and
// marker shape, axes in the data's own units.
//
// createHeatmap(canvas) -> { setData, setSlice, setGrid, setUnitMap, setOptions,
// draw, invalidate, toData, toPixel, setCursor, setLines }. setSlice(slice)
// draws data of more than two features along slice.axes (Frame.slice). toData / toPixel map between CSS
// pixels on the canvas and the data's units (for clicking points in);
// setCursor({ x, y } | null) draws the keyboard editing cursor; setLines(lines)
// straight lines (a linear model's boundary, a lesson's line) over the map.
// Maps arrive as Float32Array planes and go through ImageData on an offscreen
// canvas, then scale into the plot; nothing is drawn until draw().
//
// The pixels are drawn by draw/heatmap.js; this module keeps the view's state,
// its layout and the mapping between pixels and data units.

import { paintMap, drawHeatmap, drawPointLayer, plotPixel, drawnCount } from './draw/heatmap.js';

const AXIS_LABELS = { admissions: ['test score', 'grades'] };
// From this many drawn points on, they are drawn once into a layer of their
// own and copied each frame: the map changes every frame, the points do not.
const LAYER_FROM = 500;

export function createHeatmap(canvas) {
  const ctx = canvas.getContext('2d');
  const map = document.createElement('canvas');
  const mapCtx = map.getContext('2d');
  const layer = document.createElement('canvas');
  const layerCtx = layer.getContext('2d');
  let layerKey = null;   // what the layer shows: [data, showTest, layout...]
  const v = {
    data: null,
    slice: null,         // the axes of a slice of many-feature data, or null
    shown: null,         // the data as drawn: v.data, or its slice (setSlice)
    grid: null, gridSize: 0, nOutputs: 1,
    unit: null, unitSize: 0, unitLabel: '',
    showTest: true, discretize: false,
    cursor: null,        // keyboard editing cursor, data units
    lines: [],           // straight lines over the map (draw/heatmap.js drawLines)
    last: null,          // the layout of the last draw
    dirty: true,
  };

  function setData(info) { v.data = info; v.slice = null; v.shown = info; v.dirty = true; }
  // Data of more than two features is drawn along the slice's two axes: the
  // same description with those features' ranges as its rectangle.
  function setSlice(slice) {
    const axes = slice && v.data && v.data.ranges ? slice.axes : null;
    if (String(axes) === String(v.slice)) return;
    v.slice = axes;
    const d = v.data;
    v.shown = !axes ? d : {
      ...d, axes,
      bounds: { x0: d.ranges[axes[0]][0], x1: d.ranges[axes[0]][1], y0: d.ranges[axes[1]][0], y1: d.ranges[axes[1]][1] },
    };
    v.dirty = true;
  }
  function setGrid(grid, size, nOutputs) {
    v.grid = grid; v.gridSize = size; v.nOutputs = nOutputs; v.dirty = true;
  }
  function setUnitMap(plane, size, label) {
    v.unit = plane; v.unitSize = size; v.unitLabel = label || ''; v.dirty = true;
  }
  function setOptions(o) { Object.assign(v, o); v.dirty = true; }

  function layout() {
    const dpr = window.devicePixelRatio || 1;
    const cssW = canvas.clientWidth || 300;
    const cssH = canvas.clientHeight || cssW;
    const W = Math.round(cssW * dpr);
    const H = Math.round(cssH * dpr);
    if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
    const pad = { l: 44, r: 10, t: 10, b: 40 };
    const size = Math.max(40, Math.min(cssW - pad.l - pad.r, cssH - pad.t - pad.b));
    return { dpr, cssW, cssH, x: pad.l, y: pad.t, size };
  }

  function draw() {
    if (!v.dirty) return;
    v.dirty = false;
    const L = layout();
    v.last = L;
    const data = v.shown;
    drawHeatmap(ctx, L, {
      map: paintMap(mapCtx, v) ? map : null,
      data, showTest: v.showTest, points: pointLayer(L, data), cursor: v.cursor, lines: v.unit ? [] : v.lines,
      unitLabel: v.unit ? v.unitLabel : '',
      axisNames: !data ? [] : data.axes ? data.axes.map((j) => data.featureNames[j]) : AXIS_LABELS[data.dataset] || data.featureNames,
    });
  }

  // The points' layer for this data and layout, redrawn only when they
  // change; null for few points (drawn straight onto the plot).
  function pointLayer(L, data) {
    if (!data || drawnCount(data).drawn < LAYER_FROM) return null;
    const key = [data, v.showTest, canvas.width, canvas.height, L.dpr, L.x, L.y, L.size];
    if (!layerKey || key.some((k, i) => k !== layerKey[i])) {
      if (layer.width !== canvas.width || layer.height !== canvas.height) {
        layer.width = canvas.width;
        layer.height = canvas.height;
      }
      drawPointLayer(layerCtx, L, data, v.showTest);
      layerKey = key;
    }
    return layer;
  }

  /** Data coordinates of a CSS-pixel position on the canvas, or null outside the plot. */
  function toData(cssX, cssY) {
    if (!v.shown) return null;
    const L = v.last || layout();
    const fx = (cssX - L.x) / L.size;
    const fy = (cssY - L.y) / L.size;
    if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) return null;
    const b = v.shown.bounds;
    return { x: b.x0 + fx * (b.x1 - b.x0), y: b.y0 + (1 - fy) * (b.y1 - b.y0) };
  }

  /** CSS-pixel position of a point in data units: [px, py]. */
  function toPixel(x, y) {
    return plotPixel(v.last || layout(), v.shown.bounds, x, y);
  }

  return {
    setData, setSlice, setGrid, setUnitMap, setOptions, draw, invalidate: () => { v.dirty = true; },
    toData, toPixel, setCursor: (c) => { v.cursor = c; v.dirty = true; },
    setLines: (lines) => { v.lines = lines; v.dirty = true; },
  };
}
