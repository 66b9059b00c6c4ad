// sigmoid/draw.js — the step function and the sigmoid as SVG, a pure
// function of its data: the curve's samples and the points to mark on it.
// Marks beyond the drawn scores sit at the edge, their label giving the
// true score.
import { svg, curveAxes } from '../kit/plot2d-draw.js';
import { num } from '../kit/plot2d.js';

const W = 320, H = 190;
const PAD = { l: 34, r: 12, t: 14, b: 30 };
export const Z_RANGE = [-8, 8];

const xOf = (z) => PAD.l + ((Math.min(Math.max(z, Z_RANGE[0]), Z_RANGE[1]) - Z_RANGE[0]) / (Z_RANGE[1] - Z_RANGE[0])) * (W - PAD.l - PAD.r);
const yOf = (p) => PAD.t + (1 - p) * (H - PAD.t - PAD.b);

/** { kind: 'step' | 'sigmoid', curve: { z, p } | null, marks: [{ z, p, label, name }], label } -> <svg> */
export function curveSvg({ kind, curve, marks, label }) {
  const node = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'sg-plot', role: 'img', 'aria-label': label });
  node.append(axes());
  if (kind === 'step') {
    node.append(svg('path', { class: 'sg-curve', d: `M${xOf(Z_RANGE[0])},${yOf(0)} H${xOf(0)} M${xOf(0)},${yOf(1)} H${xOf(Z_RANGE[1])}` }));
    node.append(svg('circle', { class: 'sg-open', cx: xOf(0), cy: yOf(0), r: 3.5 }));
    node.append(svg('circle', { class: 'sg-closed', cx: xOf(0), cy: yOf(1), r: 3.5 }));
  } else if (curve) {
    const d = curve.z.map((z, i) => `${i ? 'L' : 'M'}${xOf(z).toFixed(1)},${yOf(curve.p[i]).toFixed(1)}`).join(' ');
    node.append(svg('path', { class: 'sg-curve', d }));
  }
  for (const m of marks) {
    const cx = xOf(m.z), cy = yOf(m.p);
    node.append(svg('circle', { class: `sg-mark sg-mark${m.label}`, cx, cy, r: 5 }));
    const right = cx < W / 2;
    const text = svg('text', { class: 'sg-mark-text', x: cx + (right ? 8 : -8), y: cy + (m.p > 0.5 ? 14 : -6), 'text-anchor': right ? 'start' : 'end' });
    text.textContent = `${m.name}: z = ${num(m.z, 4)}`;
    node.append(text);
  }
  return node;
}

function axes() {
  return curveAxes({ width: W, height: H, pad: PAD, xOf, yOf }, {
    xTicks: [-8, -4, 0, 4, 8].map((z) => [z, num(z)]),
    yTicks: [0, 0.5, 1].map((p) => [p, String(p)]),
    xName: 'score z',
  });
}
