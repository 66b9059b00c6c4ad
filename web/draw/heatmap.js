// draw/heatmap.js — the decision-boundary view's pixels: the map, the data's
// points (training filled, test hollow; class by colour and marker shape),
// the axes, the keyboard cursor and the hidden unit's label.
//
//   paintMap(mapCtx, maps) -> whether there was a map to paint
//     maps: { unit, unitSize } (a hidden unit's plane, shown when set) or
//     { grid, gridSize, nOutputs, discretize, data } (the model's outputs: for a
//     regression set, data.regression, the predicted value on data.valueScale);
//     mapCtx's canvas is resized to the plane's size.
//   drawHeatmap(ctx, L, scene)
//     L: { dpr, cssW, cssH, x, y, size }, the plot's square in CSS px;
//     scene: { map: canvas | null, data, showTest, cursor, unitLabel, axisNames,
//     points?: canvas (drawPointLayer's, drawn instead of the points) }
//     data: the worker's description of the data ({ bounds, d, train, test },
//     and axes [i, j]: the features across and up, for a slice; else 0 and 1);
//     a regression set's points are circles coloured by their target (t).
//     cursor: { x, y } in data units, or null.
//   drawPointLayer(ctx, L, data, showTest): the points alone, to keep and reuse.
//   plotPixel(L, bounds, x, y) -> [px, py]: a point in data units in CSS px.

import { paintDecision, paintUnit, paintValue, valueColor, classColor, CLASS_SHAPES, markerPath, rgb } from '../palette.js';
import { ticks } from './axis.js';

export function paintMap(mapCtx, maps) {
  const map = mapCtx.canvas;
  const fit = (n) => { if (map.width !== n) { map.width = n; map.height = n; } };
  if (maps.unit && maps.unitSize) {
    const n = maps.unitSize;
    fit(n);
    const img = mapCtx.createImageData(n, n);
    paintUnit(img, maps.unit, 0, n, n);
    mapCtx.putImageData(img, 0, 0);
    return true;
  }
  if (!maps.grid) return false;
  const n = maps.gridSize;
  fit(n);
  const img = mapCtx.createImageData(n, n);
  const scale = maps.data && maps.data.regression ? maps.data.valueScale : null;
  if (scale) paintValue(img, maps.grid, scale.lo, scale.hi, n, n);
  else paintDecision(img, maps.grid, maps.nOutputs, n, n, maps.discretize);
  mapCtx.putImageData(img, 0, 0);
  return true;
}

export function drawHeatmap(ctx, L, scene) {
  ctx.setTransform(L.dpr, 0, 0, L.dpr, 0, 0);
  ctx.clearRect(0, 0, L.cssW, L.cssH);
  if (scene.map) {
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(scene.map, L.x, L.y, L.size, L.size);
  } else {
    ctx.fillStyle = '#f3f3ef';
    ctx.fillRect(L.x, L.y, L.size, L.size);
  }
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = 1;
  ctx.strokeRect(L.x + 0.5, L.y + 0.5, L.size - 1, L.size - 1);
  const { data } = scene;
  if (!data) return;
  drawAxes(ctx, L, data, scene.axisNames);
  if (scene.points) {
    // The points drawn once (drawPointLayer), copied pixel for pixel.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(scene.points, 0, 0);
    ctx.setTransform(L.dpr, 0, 0, L.dpr, 0, 0);
  } else {
    drawAllPoints(ctx, L, data, scene.showTest);
  }
  if (scene.lines && data.d === 2) drawLines(ctx, L, data.bounds, scene.lines);
  if (scene.cursor) drawCursor(ctx, plotPixel(L, data.bounds, scene.cursor.x, scene.cursor.y));
  if (scene.unitLabel) drawLabel(ctx, L, scene.unitLabel);
}

/** The data's points alone on a transparent canvas of the plot's size (its
 *  pixels, L.dpr), for drawHeatmap's scene.points: a few thousand markers
 *  cost more to rasterize than a frame has, and they only move when the data
 *  or the layout does. */
export function drawPointLayer(ctx, L, data, showTest) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(L.dpr, 0, 0, L.dpr, 0, 0);
  drawAllPoints(ctx, L, data, showTest);
}

function drawAllPoints(ctx, L, data, showTest) {
  drawPoints(ctx, L, data, data.train, true);
  if (showTest) drawPoints(ctx, L, data, data.test, false);
}

/** A point in data units -> its pixel on the plot.
 *  @returns {[number, number]} */
export function plotPixel(L, bounds, x, y) {
  const b = bounds;
  const px = L.x + ((x - b.x0) / (b.x1 - b.x0)) * L.size;
  const py = L.y + (1 - (y - b.y0) / (b.y1 - b.y0)) * L.size;
  return [px, py];
}

/** At most this many points are drawn, training and test together: past it
 *  a frame's drawing would outlast the frame, and the plot is a cloud anyway. */
export const MAX_DRAWN_POINTS = 5000;

/** Every how-many-th point is drawn, the same stride for training and test
 *  points (the split shuffled them, so a stride is a fair sample). */
export function drawStride(data) {
  return Math.max(1, Math.ceil((data.train.n + data.test.n) / MAX_DRAWN_POINTS));
}

/** How many points a stride draws: { drawn, total }. */
export function drawnCount(data) {
  const s = drawStride(data);
  return { drawn: Math.ceil(data.train.n / s) + Math.ceil(data.test.n / s), total: data.train.n + data.test.n };
}

// pts: { n, x (n*d), y (n) }, drawn inside the plot only, every stride-th one.
function drawPoints(ctx, L, data, pts, filled) {
  const d = data.d;
  // Truth tables have a handful of points: draw them large.
  const few = data.train.n + data.test.n <= 16;
  const r = few ? Math.max(6, L.size / 40) : Math.max(2.5, Math.min(5, L.size / 90));
  ctx.save();
  ctx.beginPath();
  ctx.rect(L.x, L.y, L.size, L.size);
  ctx.clip();
  const stride = drawStride(data);
  if (pts.n / stride > BATCH_FROM) {
    drawPointsBatched(ctx, L, data, pts, filled, r, stride);
    ctx.restore();
    return;
  }
  const [ax, ay] = data.axes || [0, 1];
  for (let i = 0; i < pts.n; i += stride) {
    const x = pts.x[i * d + ax];
    const y = d > 1 ? pts.x[i * d + ay] : (data.bounds.y0 + data.bounds.y1) / 2;
    const k = pts.y[i];
    const colour = pts.t && data.valueScale ? valueColor(pts.t[i], data.valueScale.lo, data.valueScale.hi) : classColor(k);
    const [px, py] = plotPixel(L, data.bounds, x, y);
    markerPath(ctx, CLASS_SHAPES[k % CLASS_SHAPES.length], px, py, r);
    if (filled) {
      ctx.fillStyle = rgb(colour);
      ctx.fill();
      ctx.lineWidth = 1;
      // On a map of the same colours a regression point needs a dark rim to stand out.
      ctx.strokeStyle = pts.t ? 'rgba(29,35,48,0.55)' : 'rgba(255,255,255,0.9)';
      ctx.stroke();
    } else {
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fill();
      ctx.lineWidth = 1.6;
      ctx.strokeStyle = rgb(colour);
      ctx.stroke();
    }
  }
  ctx.restore();
}

// Many points: one path per class, filled and stroked once (a fill per
// point costs more than a frame has, past a few thousand).
const BATCH_FROM = 500;
function drawPointsBatched(ctx, L, data, pts, filled, r, stride) {
  const d = data.d;
  const yMid = (data.bounds.y0 + data.bounds.y1) / 2;
  const [ax, ay] = data.axes || [0, 1];
  const classes = new Set();
  for (let i = 0; i < pts.n; i += stride) classes.add(pts.y[i]);
  for (const k of [...classes].sort((a, b) => a - b)) {
    const shape = CLASS_SHAPES[k % CLASS_SHAPES.length];
    ctx.beginPath();
    for (let i = 0; i < pts.n; i += stride) {
      if (pts.y[i] !== k) continue;
      const [px, py] = plotPixel(L, data.bounds, pts.x[i * d + ax], d > 1 ? pts.x[i * d + ay] : yMid);
      markerPath(ctx, shape, px, py, r, false);
    }
    ctx.fillStyle = filled ? rgb(classColor(k)) : 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.lineWidth = filled ? 1 : 1.6;
    ctx.strokeStyle = filled ? 'rgba(255,255,255,0.9)' : rgb(classColor(k));
    ctx.stroke();
  }
}

/** Straight lines a1·x + a2·y + c = 0 in data units across the plot, clipped
 *  to it: lines [{ coef: [a1, a2], c, dashed }] (the learned boundary solid,
 *  a lesson's line dashed), each on a white underlay to read on any colour. */
export function drawLines(ctx, L, bounds, lines) {
  const b = bounds;
  ctx.save();
  ctx.beginPath();
  ctx.rect(L.x, L.y, L.size, L.size);
  ctx.clip();
  for (const { coef: [a1, a2], c, dashed } of lines) {
    if (!Number.isFinite(a1) || !Number.isFinite(a2) || !Number.isFinite(c) || (a1 === 0 && a2 === 0)) continue;
    // Solve for the coordinate with the larger coefficient: a steady line either way.
    const ends = Math.abs(a2) >= Math.abs(a1)
      ? [b.x0, b.x1].map((x) => [x, -(a1 * x + c) / a2])
      : [b.y0, b.y1].map((y) => [-(a2 * y + c) / a1, y]);
    const [p, q] = ends.map(([x, y]) => plotPixel(L, b, x, y));
    for (const [width, colour] of [[4.5, 'rgba(255,255,255,0.85)'], [2, dashed ? '#7a1f5c' : '#1d2330']]) {
      ctx.setLineDash(dashed ? [7, 5] : []);
      ctx.lineWidth = width;
      ctx.strokeStyle = colour;
      ctx.beginPath();
      ctx.moveTo(p[0], p[1]);
      ctx.lineTo(q[0], q[1]);
      ctx.stroke();
    }
  }
  ctx.restore();
}

// A ring with cross hairs at [px, py].
function drawCursor(ctx, [px, py]) {
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

// Ticks in the data's units below (and, with two features, left of) the plot;
// names: the axes' titles.
function drawAxes(ctx, L, data, names) {
  const b = data.bounds;
  ctx.fillStyle = '#555';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of ticks(b.x0, b.x1)) {
    const [px] = plotPixel(L, b, t, b.y0);
    ctx.fillRect(px, L.y + L.size, 1, 4);
    ctx.fillText(String(t), px, L.y + L.size + 6);
  }
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(names[0] || 'x1', L.x + L.size / 2, L.y + L.size + 22);
  if (data.d > 1) {
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of ticks(b.y0, b.y1)) {
      const [, py] = plotPixel(L, b, b.x0, t);
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

// The shown unit's name in a box at the plot's top left.
function drawLabel(ctx, L, text) {
  ctx.font = '600 12px system-ui, sans-serif';
  const tw = ctx.measureText(text).width;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(L.x + 6, L.y + 6, tw + 12, 20);
  ctx.fillStyle = '#222';
  ctx.fillText(text, L.x + 12, L.y + 20);
}
