// learning-rate/draw.js — the error curve E(w) = w² with a descent drawn on
// it, as SVG: a pure function of the path. Steps that land outside the
// picture are drawn at its edge (the text says where they went).
import { svg, curveAxes } from '../kit/plot2d-draw.js';
import { num } from '../kit/plot2d.js';

const W = 300, H = 200;
const PAD = { l: 30, r: 10, t: 10, b: 28 };
const W_RANGE = [-6, 6];
const E_MAX = 36;

const xOf = (w) => PAD.l + ((Math.min(Math.max(w, W_RANGE[0]), W_RANGE[1]) - W_RANGE[0]) / (W_RANGE[1] - W_RANGE[0])) * (W - PAD.l - PAD.r);
const yOf = (e) => PAD.t + (1 - Math.min(e, E_MAX) / E_MAX) * (H - PAD.t - PAD.b);

/** { points: [{ w, e }], label } -> <svg>: the curve, the steps as lines from
 *  point to point, the current point ringed. A path that leaves the picture
 *  is drawn up to its first point outside, pinned to the edge and labelled. */
export function descentSvg({ points: all, label }) {
  const node = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'lr-plot', role: 'img', 'aria-label': label });
  node.append(axes(), curve());
  const out = all.findIndex((p) => p.e > E_MAX || Math.abs(p.w) > W_RANGE[1]);
  const points = out >= 0 ? all.slice(0, out + 1) : all;
  if (out >= 0) {
    const t = svg('text', { class: 'lr-off', x: W / 2, y: PAD.t + 12, 'text-anchor': 'middle' });
    t.textContent = `off the picture from step ${out}`;
    node.append(t);
  }
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${xOf(p.w).toFixed(1)},${yOf(p.e).toFixed(1)}`).join(' ');
  if (points.length > 1) node.append(svg('path', { class: 'lr-path', d }));
  points.forEach((p, i) => node.append(svg('circle', {
    class: i === points.length - 1 ? 'lr-now' : 'lr-step', cx: xOf(p.w), cy: yOf(p.e), r: i === points.length - 1 ? 5 : 3,
  })));
  return node;
}

function curve() {
  const parts = [];
  for (let i = 0; i <= 120; i++) {
    const w = W_RANGE[0] + (i / 120) * (W_RANGE[1] - W_RANGE[0]);
    parts.push(`${i ? 'L' : 'M'}${xOf(w).toFixed(1)},${yOf(w * w).toFixed(1)}`);
  }
  return svg('path', { class: 'lr-curve', d: parts.join(' ') });
}

function axes() {
  return curveAxes({ width: W, height: H, pad: PAD, xOf, yOf }, {
    xTicks: [-6, -4, -2, 0, 2, 4, 6].map((w) => [w, num(w)]),
    yTicks: [0, 16, 36].map((e) => [e, String(e)]),
    xName: 'weight w',
    xGrid: false,
  });
}
