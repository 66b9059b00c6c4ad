// kit/plot2d-draw.js — plot2d's pictures as SVG nodes, pure functions of a
// frame f = plotFrame(view, { oneD, xName, yName, sides }): the axes, a
// point's marker, a line's segment and the tinted half-planes with their
// names. plot2d.js keeps the view and puts these together on draw().
import { CLASS_COLORS, rgb } from '../../palette.js';
import { ticks } from '../../draw/axis.js';
import { segmentDistance } from '../../draw/geometry.js';

const NS = 'http://www.w3.org/2000/svg';
export const W = 320;    // viewBox width (the SVG scales to its box)
const PAD = { l: 34, r: 10, t: 20, b: 30 };

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(c);
  return node;
}

/** The axes of a curve plot (the sigmoid, an error curve) in a width × height
 *  viewBox with padding pad and scales xOf, yOf: the frame, x ticks (with
 *  vertical grid lines when xGrid), y ticks with horizontal ones, and the x
 *  axis's name at the bottom right. Ticks are [value, label] pairs. */
export function curveAxes({ width, height, pad, xOf, yOf }, { xTicks, yTicks, xName, xGrid = true }) {
  const g = svg('g', { class: 'sg-axes', 'aria-hidden': 'true' });
  const text = (attrs, label) => { const t = svg('text', attrs); t.textContent = label; return t; };
  g.append(svg('rect', { class: 'sg-frame', x: pad.l, y: pad.t, width: width - pad.l - pad.r, height: height - pad.t - pad.b }));
  for (const [v, label] of xTicks) {
    g.append(text({ class: 'sg-tick', x: xOf(v), y: height - pad.b + 13, 'text-anchor': 'middle' }, label));
    if (xGrid) g.append(svg('line', { class: 'sg-grid', x1: xOf(v), x2: xOf(v), y1: pad.t, y2: height - pad.b }));
  }
  for (const [v, label] of yTicks) {
    g.append(text({ class: 'sg-tick', x: pad.l - 5, y: yOf(v) + 4, 'text-anchor': 'end' }, label),
      svg('line', { class: 'sg-grid', x1: pad.l, x2: width - pad.r, y1: yOf(v), y2: yOf(v) }));
  }
  g.append(text({ class: 'sg-name', x: width - pad.r, y: height - 3, 'text-anchor': 'end' }, xName));
  return g;
}

/** The part of the rectangle where w·p + b ≥ 0 (sign +1) or < 0 (sign −1):
 *  the rectangle clipped by one half-plane (Sutherland–Hodgman, one edge). */
function halfPlane(rect, w, b, sign) {
  const f = (p) => sign * (w[0] * p[0] + w[1] * p[1] + b);
  const out = [];
  for (let i = 0; i < rect.length; i++) {
    const p = rect[i], q = rect[(i + 1) % rect.length];
    const fp = f(p), fq = f(q);
    if (fp >= 0) out.push(p);
    if ((fp >= 0) !== (fq >= 0)) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The segment of w·p + b = 0 inside the rectangle, or null. */
function segment(view, w, b) {
  const pts = [];
  const { x0, x1, y0, y1 } = view;
  if (Math.abs(w[1]) > 1e-12) {
    for (const x of [x0, x1]) {
      const y = -(w[0] * x + b) / w[1];
      if (y >= y0 - 1e-9 && y <= y1 + 1e-9) pts.push([x, y]);
    }
  }
  if (Math.abs(w[0]) > 1e-12) {
    for (const y of [y0, y1]) {
      const x = -(w[1] * y + b) / w[0];
      if (x >= x0 - 1e-9 && x <= x1 + 1e-9) pts.push([x, y]);
    }
  }
  if (pts.length < 2) return null;
  // The two points farthest apart (corners can appear twice).
  let best = null, far = -1;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const d = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2;
      if (d > far) { far = d; best = [pts[i], pts[j]]; }
    }
  }
  return far > 0 ? best : null;
}

/** The viewBox height: a strip for one input, near square for two. */
export function plotHeight(oneD) {
  return oneD ? 100 : 310;
}

/** Everything the pictures need to know: the view (data units), the box
 *  (W × H, PAD) and the maps from data to SVG units. */
export function plotFrame(view, { oneD, xName, yName, sides }) {
  const H = plotHeight(oneD);
  return {
    view, W, H, oneD, xName, yName, sides,
    sx: (x) => PAD.l + ((x - view.x0) / (view.x1 - view.x0)) * (W - PAD.l - PAD.r),
    sy: (y) => H - PAD.b - ((y - view.y0) / (view.y1 - view.y0)) * (H - PAD.t - PAD.b),
  };
}

/** The frame, the ticks and the axes' names. */
export function axesNode(f) {
  const { view, H, sx, sy, oneD, xName, yName } = f;
  const g = svg('g', { class: 'plot-axes' });
  g.append(svg('rect', { x: PAD.l, y: PAD.t, width: W - PAD.l - PAD.r, height: H - PAD.t - PAD.b, class: 'plot-frame' }));
  for (const v of ticks(view.x0, view.x1)) {
    g.append(svg('line', { x1: sx(v), x2: sx(v), y1: H - PAD.b, y2: H - PAD.b + 4, class: 'plot-tick' }));
    const t = svg('text', { x: sx(v), y: H - PAD.b + 14, 'text-anchor': 'middle', class: 'plot-label' });
    t.textContent = String(v);
    g.append(t);
  }
  const xl = svg('text', { x: W - PAD.r, y: H - 3, 'text-anchor': 'end', class: 'plot-name' });
  xl.textContent = xName;
  g.append(xl);
  if (!oneD) {
    for (const v of ticks(view.y0, view.y1)) {
      g.append(svg('line', { x1: PAD.l - 4, x2: PAD.l, y1: sy(v), y2: sy(v), class: 'plot-tick' }));
      const t = svg('text', { x: PAD.l - 6, y: sy(v) + 4, 'text-anchor': 'end', class: 'plot-label' });
      t.textContent = String(v);
      g.append(t);
    }
    const yl = svg('text', { x: PAD.l + 3, y: PAD.t - 6, class: 'plot-name' });
    yl.textContent = yName;
    g.append(yl);
  }
  return g;
}

/** A point: class 0 an orange circle, class 1 a blue triangle; a wrong one
 *  ringed and crossed, so it is told apart by shape, not colour alone. */
export function markerNode(f, p) {
  const { sx, sy, oneD } = f;
  const cx = sx(p.x), cy = sy(oneD ? 0 : p.y);
  const g = svg('g', { class: `plot-point${p.wrong ? ' wrong' : ''}${p.current ? ' current' : ''}` });
  const fill = rgb(CLASS_COLORS[p.label ? 1 : 0]);
  if (p.wrong) g.append(svg('circle', { cx, cy, r: 12, class: 'plot-ring' }));
  if (p.label) {
    g.append(svg('polygon', { points: `${cx},${cy - 7.5} ${cx + 7},${cy + 5} ${cx - 7},${cy + 5}`, fill, class: 'plot-mark' }));
  } else {
    g.append(svg('circle', { cx, cy, r: 6, fill, class: 'plot-mark' }));
  }
  if (p.wrong) {
    const d = 15;
    g.append(svg('path', { d: `M${cx + d - 4},${cy - d - 4} l7,7 m0,-7 l-7,7`, class: 'plot-cross' }));
  }
  if (p.name) {
    // A point the text refers to by name ("Point 1") carries it, left below.
    const t = svg('text', { x: cx - 9, y: cy + 15, 'text-anchor': 'end', class: 'plot-name' });
    t.textContent = p.name;
    g.append(t);
  }
  return g;
}

/** The part of the line w·x + b = 0 inside the view, with its text; null when none is. */
export function lineNode(f, l) {
  const { view, sx, sy, oneD } = f;
  const w = oneD ? [l.w[0], 0] : l.w;
  const seg = segment(view, w, l.b);
  if (!seg) return null;
  const g = svg('g', { class: `plot-line ${l.kind || 'main'}` });
  g.append(svg('line', { x1: sx(seg[0][0]), y1: sy(seg[0][1]), x2: sx(seg[1][0]), y2: sy(seg[1][1]) }));
  if (l.text) {
    // Label near the segment's end that is further right / higher.
    const e = seg[0][0] > seg[1][0] || (seg[0][0] === seg[1][0] && seg[0][1] > seg[1][1]) ? seg[0] : seg[1];
    const t = svg('text', { x: Math.min(sx(e[0]), W - PAD.r - 2), y: Math.max(sy(e[1]) + 12, PAD.t + 12), 'text-anchor': 'end', class: 'plot-line-text' });
    t.textContent = l.text;
    g.append(t);
  }
  return g;
}

/** Both sides of the line s tinted and named, the names clear of `points`. */
export function shadeNode(f, s, points) {
  const { view, sx, sy, oneD, sides } = f;
  const w = oneD ? [s.w[0], 0] : s.w;
  const rect = [[view.x0, view.y0], [view.x1, view.y0], [view.x1, view.y1], [view.x0, view.y1]];
  const g = svg('g', { class: 'plot-shade' });
  const seg = segment(view, w, s.b);
  const marks = points.map((p) => [sx(p.x), sy(oneD ? 0 : p.y)]);
  for (const [sign, cls, name] of [[1, 'side1', sides[1]], [-1, 'side0', sides[0]]]) {
    const part = halfPlane(rect, w, s.b, sign);
    if (part.length < 3) continue;
    g.append(svg('polygon', { points: part.map((q) => `${sx(q[0]).toFixed(2)},${sy(q[1]).toFixed(2)}`).join(' '), class: cls }));
    const at = labelSpot(f, w, s.b, sign, seg, marks);
    if (!at) continue;
    const t = svg('text', { x: at[0], y: at[1] + 4, 'text-anchor': 'middle', class: `plot-side ${cls}` });
    t.textContent = name;
    g.append(t);
  }
  return g;
}

/** Where to name a side: the grid spot on that side farthest from the
 *  points, the line and the frame (screen units), so the label covers nothing. */
function labelSpot(f, w, b, sign, seg, marks) {
  const { view, H, sx, sy, oneD } = f;
  const L = seg && [[sx(seg[0][0]), sy(seg[0][1])], [sx(seg[1][0]), sy(seg[1][1])]];
  const left = PAD.l + 30, right = W - PAD.r - 30, top = PAD.t + 12, bottom = H - PAD.b - 10;
  let best = null, bestScore = -1;
  const rows = oneD ? 1 : 9;
  for (let i = 0; i <= 12; i++) {
    for (let j = 0; j < rows; j++) {
      const px = left + ((right - left) * i) / 12;
      const py = oneD ? PAD.t + 12 : top + ((bottom - top) * j) / (rows - 1);
      const x = view.x0 + ((px - PAD.l) / (W - PAD.l - PAD.r)) * (view.x1 - view.x0);
      const y = view.y0 + ((H - PAD.b - py) / (H - PAD.t - PAD.b)) * (view.y1 - view.y0);
      if (sign * (w[0] * x + w[1] * (oneD ? 0 : y) + b) < 0) continue;
      let score = Math.min(px - PAD.l, W - PAD.r - px, (py - PAD.t) * 2, (H - PAD.b - py) * 2);
      for (const m of marks) score = Math.min(score, Math.hypot((m[0] - px) / 1.6, m[1] - py));
      if (L) score = Math.min(score, segmentDistance(px, py, L[0][0], L[0][1], L[1][0], L[1][1]));
      if (score > bestScore) { bestScore = score; best = [px, py]; }
    }
  }
  return best;
}