// heatmap.js — the decision-boundary view: a probability map over the data
// with training points (filled) and test points (hollow), class by colour and
// marker shape, axes in the data's own units.
//
// createHeatmap(canvas) -> { setData, setGrid, setUnitMap, setOptions, draw,
// invalidate, toData, toPixel, setCursor }. toData / toPixel map between CSS
// pixels on the canvas and the data's units (for clicking points in);
// setCursor({ x, y } | null) draws the keyboard editing cursor.
// Maps arrive as Float32Array planes and go through ImageData on an offscreen
// canvas, then scale into the plot; nothing is drawn until draw().

import { paintDecision, paintUnit, classColor, CLASS_SHAPES, markerPath, rgb } from './palette.js';
import { ticks } from './draw/axis.js';

const AXIS_LABELS = { admissions: ['test score', 'grades'] };

export function createHeatmap(canvas) {
  const ctx = canvas.getContext('2d');
  const map = document.createElement('canvas');
  const mapCtx = map.getContext('2d');
  const v = {
    data: null,
    grid: null, gridSize: 0, nOutputs: 1,
    unit: null, unitSize: 0, unitLabel: '',
    showTest: true, discretize: false,
    cursor: null,        // keyboard editing cursor, data units
    last: null,          // the layout of the last draw
    dirty: true,
  };

  function setData(info) { v.data = info; v.dirty = true; }
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

  function paintMap() {
    if (v.unit && v.unitSize) {
      const n = v.unitSize;
      if (map.width !== n) { map.width = n; map.height = n; }
      const img = mapCtx.createImageData(n, n);
      paintUnit(img, v.unit, 0, n, n);
      mapCtx.putImageData(img, 0, 0);
      return true;
    }
    if (!v.grid) return false;
    const n = v.gridSize;
    if (map.width !== n) { map.width = n; map.height = n; }
    const img = mapCtx.createImageData(n, n);
    paintDecision(img, v.grid, v.nOutputs, n, n, v.discretize);
    mapCtx.putImageData(img, 0, 0);
    return true;
  }

  function draw() {
    if (!v.dirty) return;
    v.dirty = false;
    const L = layout();
    v.last = L;
    ctx.setTransform(L.dpr, 0, 0, L.dpr, 0, 0);
    ctx.clearRect(0, 0, L.cssW, L.cssH);
    if (paintMap()) {
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(map, L.x, L.y, L.size, L.size);
    } else {
      ctx.fillStyle = '#f3f3ef';
      ctx.fillRect(L.x, L.y, L.size, L.size);
    }
    ctx.strokeStyle = 'rgba(0,0,0,0.25)';
    ctx.lineWidth = 1;
    ctx.strokeRect(L.x + 0.5, L.y + 0.5, L.size - 1, L.size - 1);
    if (!v.data) return;
    drawAxes(L);
    drawPoints(L, v.data.train, true);
    if (v.showTest) drawPoints(L, v.data.test, false);
    if (v.cursor) drawCursor(L);
    if (v.unit && v.unitLabel) {
      ctx.font = '600 12px system-ui, sans-serif';
      const text = v.unitLabel;
      const tw = ctx.measureText(text).width;
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(L.x + 6, L.y + 6, tw + 12, 20);
      ctx.fillStyle = '#222';
      ctx.fillText(text, L.x + 12, L.y + 20);
    }
  }

  function toPx(L, x, y) {
    const b = v.data.bounds;
    const px = L.x + ((x - b.x0) / (b.x1 - b.x0)) * L.size;
    const py = L.y + (1 - (y - b.y0) / (b.y1 - b.y0)) * L.size;
    return [px, py];
  }

  function drawPoints(L, pts, filled) {
    const d = v.data.d;
    // Truth tables have a handful of points: draw them large.
    const few = v.data.train.n + v.data.test.n <= 16;
    const r = few ? Math.max(6, L.size / 40) : Math.max(2.5, Math.min(5, L.size / 90));
    ctx.save();
    ctx.beginPath();
    ctx.rect(L.x, L.y, L.size, L.size);
    ctx.clip();
    for (let i = 0; i < pts.n; i++) {
      const x = pts.x[i * d];
      const y = d > 1 ? pts.x[i * d + 1] : (v.data.bounds.y0 + v.data.bounds.y1) / 2;
      const k = pts.y[i];
      const [px, py] = toPx(L, x, y);
      markerPath(ctx, CLASS_SHAPES[k % CLASS_SHAPES.length], px, py, r);
      if (filled) {
        ctx.fillStyle = rgb(classColor(k));
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.stroke();
      } else {
        ctx.fillStyle = 'rgba(255,255,255,0.85)';
        ctx.fill();
        ctx.lineWidth = 1.6;
        ctx.strokeStyle = rgb(classColor(k));
        ctx.stroke();
      }
    }
    ctx.restore();
  }

  function drawCursor(L) {
    const [px, py] = toPx(L, v.cursor.x, v.cursor.y);
    ctx.save();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#1d2330';
    ctx.beginPath();
    ctx.arc(px, py, 9, 0, Math.PI * 2);
    ctx.moveTo(px - 14, py); ctx.lineTo(px - 5, py);
    ctx.moveTo(px + 5, py); ctx.lineTo(px + 14, py);
    ctx.moveTo(px, py - 14); ctx.lineTo(px, py - 5);
    ctx.moveTo(px, py + 5); ctx.lineTo(px, py + 14);
    ctx.stroke();
    ctx.restore();
  }

  /** Data coordinates of a CSS-pixel position on the canvas, or null outside the plot. */
  function toData(cssX, cssY) {
    if (!v.data) return null;
    const L = v.last || layout();
    const fx = (cssX - L.x) / L.size;
    const fy = (cssY - L.y) / L.size;
    if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) return null;
    const b = v.data.bounds;
    return { x: b.x0 + fx * (b.x1 - b.x0), y: b.y0 + (1 - fy) * (b.y1 - b.y0) };
  }

  /** CSS-pixel position of a point in data units: [px, py]. */
  function toPixel(x, y) {
    return toPx(v.last || layout(), x, y);
  }

  function drawAxes(L) {
    const b = v.data.bounds;
    const names = AXIS_LABELS[v.data.dataset] || v.data.featureNames;
    ctx.fillStyle = '#555';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of ticks(b.x0, b.x1)) {
      const [px] = toPx(L, t, b.y0);
      ctx.fillRect(px, L.y + L.size, 1, 4);
      ctx.fillText(String(t), px, L.y + L.size + 6);
    }
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText(names[0] || 'x1', L.x + L.size / 2, L.y + L.size + 22);
    if (v.data.d > 1) {
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      for (const t of ticks(b.y0, b.y1)) {
        const [, py] = toPx(L, b.x0, t);
        ctx.fillRect(L.x - 4, py, 4, 1);
        ctx.fillText(String(t), L.x - 6, py);
      }
      ctx.save();
      ctx.translate(12, L.y + L.size / 2);
      ctx.rotate(-Math.PI / 2);
      ctx.textAlign = 'center';
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText(names[1] || 'x2', 0, 0);
      ctx.restore();
    }
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
  }

  return {
    setData, setGrid, setUnitMap, setOptions, draw, invalidate: () => { v.dirty = true; },
    toData, toPixel, setCursor: (c) => { v.cursor = c; v.dirty = true; },
  };
}

