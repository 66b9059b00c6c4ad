// hill/map-draw.js — the hill's map, drawn: (g, P, scene) -> pixels. g is the
// canvas's 2D context, P the plot rectangle (map-geometry.js) and the scene
// plain data:
//   { land, base,      the landscape and its painted contour map (a canvas, or null)
//     minima,          [{ a, b, global }]
//     start,           [a, b], ringed; null to leave it out
//     runs, shown,     the optimizers' paths [{ id, points }] and how many steps of each to draw
//     restarts }       { sgd: [{ start, points, well }], momentum: [...] }, or null
import { rgb, markerPath } from '../../palette.js';
import { ticks } from '../../draw/axis.js';
import { HILL_OPTIMIZERS } from './landscapes.js';
import { toPx, clampPx } from './map-geometry.js';
import { tickText } from './format.js';

const START_COLOR = [20, 24, 32];
const INK = '#1d2330';
const HALO = 'rgba(255,255,255,0.9)';
/** Colours of the restarts' starts by the well SGD took them to. */
export const WELL_COLORS = { global: [0, 114, 178], local: [213, 94, 0], neither: [120, 120, 120] };
const SGD_GREY = { color: [70, 70, 70], dash: [], shape: 'none' };

export function drawMap(g, P, scene) {
  g.setTransform(P.dpr, 0, 0, P.dpr, 0, 0);
  g.clearRect(0, 0, P.W, P.H);
  if (scene.base) {
    g.imageSmoothingEnabled = true;
    g.drawImage(scene.base, P.x, P.y, P.w, P.h);
  } else {
    g.fillStyle = '#e8eaee';
    g.fillRect(P.x, P.y, P.w, P.h);
  }
  g.strokeStyle = '#8a93a3';
  g.lineWidth = 1;
  g.strokeRect(P.x + 0.5, P.y + 0.5, P.w - 1, P.h - 1);
  drawAxes(g, P, scene.land);
  if (scene.restarts) drawRestarts(g, P, scene.land, scene.restarts);
  for (const r of scene.runs) drawPath(g, P, scene.land, r.points, scene.shown, HILL_OPTIMIZERS.find((o) => o.id === r.id));
  drawMinima(g, P, scene.land, scene.minima);
  if (scene.start) drawStart(g, P, scene.land, scene.start);
}

function drawAxes(g, P, L) {
  g.fillStyle = '#3a4250';
  g.font = '12px system-ui, sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'top';
  for (const t of ticks(L.a.lo, L.a.hi, 6)) {
    const [x] = toPx(P, L, t, L.b.lo);
    g.fillRect(x, P.y + P.h, 1, 4);
    g.fillText(tickText(t), x, P.y + P.h + 6);
  }
  g.textAlign = 'right';
  g.textBaseline = 'middle';
  for (const t of ticks(L.b.lo, L.b.hi, 6)) {
    const [, y] = toPx(P, L, L.a.lo, t);
    g.fillRect(P.x - 4, y, 4, 1);
    g.fillText(tickText(t), P.x - 7, y);
  }
  g.font = '600 13px system-ui, sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'bottom';
  g.fillText(L.a.name, P.x + P.w / 2, P.H - 4);
  g.save();
  g.translate(14, P.y + P.h / 2);
  g.rotate(-Math.PI / 2);
  g.textBaseline = 'middle';
  g.fillText(L.b.name, 0, 0);
  g.restore();
}

/** The first upto + 1 points (a, b, loss rows) of a path in style o (an
 *  optimizer's colour, dash and marker), clipped to the plot, its newest
 *  point marked (held at the plot's edge when off it). */
function drawPath(g, P, L, points, upto, o, alpha = 1) {
  const n = Math.min(points.length / 3, upto + 1);
  if (n < 1) return;
  const pts = [];
  for (let i = 0; i < n; i++) pts.push(clampPx(P, toPx(P, L, points[3 * i], points[3 * i + 1]), 40));
  g.save();
  g.beginPath();
  g.rect(P.x, P.y, P.w, P.h);
  g.clip();
  g.lineJoin = 'round';
  g.lineCap = 'round';
  g.beginPath();
  pts.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
  g.globalAlpha = 0.75 * alpha;
  g.strokeStyle = '#ffffff';
  g.lineWidth = 5;
  g.stroke();
  g.globalAlpha = alpha;
  g.setLineDash(o.dash);
  g.strokeStyle = rgb(o.color);
  g.lineWidth = 2.5;
  g.stroke();
  g.setLineDash([]);
  if (n <= 160) {
    g.fillStyle = rgb(o.color);
    for (const [x, y] of pts) { g.beginPath(); g.arc(x, y, 1.8, 0, Math.PI * 2); g.fill(); }
  }
  g.restore();
  const [x, y] = clampPx(P, pts[pts.length - 1], -4);
  g.save();
  g.globalAlpha = alpha;
  markerPath(g, o.shape, x, y, 6);
  g.fillStyle = rgb(o.color);
  g.strokeStyle = '#ffffff';
  g.lineWidth = 2;
  g.stroke();
  g.fill();
  g.restore();
}

/** Text with a white halo, so it reads over any part of the map. */
function haloText(g, text, x, y) {
  g.lineWidth = 3;
  g.strokeStyle = HALO;
  g.strokeText(text, x, y);
  g.fillStyle = INK;
  g.fillText(text, x, y);
}

function drawMinima(g, P, L, minima) {
  const two = minima.length > 1;
  g.font = '600 12px system-ui, sans-serif';
  g.textBaseline = 'middle';
  for (const m of minima) {
    const [x, y] = toPx(P, L, m.a, m.b);
    g.beginPath();
    g.arc(x, y, 7, 0, Math.PI * 2);
    g.fillStyle = '#ffffff';
    g.fill();
    g.strokeStyle = INK;
    g.lineWidth = 2;
    g.stroke();
    g.beginPath();
    g.moveTo(x - 4, y); g.lineTo(x + 4, y);
    g.moveTo(x, y - 4); g.lineTo(x, y + 4);
    g.stroke();
    const label = two ? (m.global ? 'global min' : 'local min') : 'minimum';
    // Two minima: each label centred under its marker, clear of the other.
    // One: beside it, on whichever side has room.
    let tx = x, ty = y + 18;
    g.textAlign = 'center';
    if (!two) {
      const right = x + 12 + g.measureText(label).width < P.x + P.w;
      g.textAlign = right ? 'left' : 'right';
      tx = right ? x + 11 : x - 11;
      ty = y - 12;
    }
    haloText(g, label, tx, ty);
  }
}

function drawStart(g, P, L, start) {
  const [x, y] = toPx(P, L, start[0], start[1]);
  g.beginPath();
  g.arc(x, y, 9, 0, Math.PI * 2);
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.fill();
  g.lineWidth = 2.5;
  g.strokeStyle = rgb(START_COLOR);
  g.stroke();
  g.beginPath();
  g.arc(x, y, 3.5, 0, Math.PI * 2);
  g.fillStyle = rgb(START_COLOR);
  g.fill();
  g.font = '600 12px system-ui, sans-serif';
  g.textBaseline = 'middle';
  const right = x + 60 < P.x + P.w;
  g.textAlign = right ? 'left' : 'right';
  haloText(g, 'start', right ? x + 13 : x - 13, y + 14);
}

/** SGD's paths in grey, momentum's from the starts SGD left in the local
 *  well, and each start marked by the well SGD took it to. */
function drawRestarts(g, P, L, r) {
  const heavy = HILL_OPTIMIZERS.find((o) => o.id === 'momentum');
  for (const x of r.sgd) drawPath(g, P, L, x.points, Infinity, SGD_GREY, 0.45);
  for (const m of r.momentum) drawPath(g, P, L, m.points, Infinity, heavy, 0.9);
  for (const x of r.sgd) {
    const [px, py] = toPx(P, L, x.start[0], x.start[1]);
    const local = x.well === 'local';
    markerPath(g, local ? 'square' : 'circle', px, py, 6);
    g.fillStyle = rgb(WELL_COLORS[x.well] || WELL_COLORS.neither);
    g.strokeStyle = '#ffffff';
    g.lineWidth = 2;
    g.stroke();
    g.fill();
  }
}
