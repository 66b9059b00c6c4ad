// gradient/draw.js — the error curve: the mean cross-entropy of the six
// points after every update, as SVG, a pure function of the list. Each
// update is a dot (a step on one point hollow, an epoch filled), so the two
// kinds of step stay told apart without colour.
import { svg, curveAxes } from '../kit/plot2d-draw.js';
import { num } from '../kit/plot2d.js';

const W = 320, H = 190;
const PAD = { l: 38, r: 12, t: 12, b: 30 };

/** { errors: [{ E, kind: 'start' | 'point' | 'epoch' }], label } -> <svg> */
export function errorSvg({ errors, label }) {
  const node = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'gd-plot', role: 'img', 'aria-label': label });
  const count = Math.max(errors.length - 1, 10);
  const top = Math.max(1, Math.ceil(Math.max(...errors.map((e) => e.E)) * 2) / 2);
  const xOf = (i) => PAD.l + (i / count) * (W - PAD.l - PAD.r);
  const yOf = (e) => PAD.t + (1 - Math.min(e, top) / top) * (H - PAD.t - PAD.b);
  const every = Math.max(1, Math.ceil(count / 5));
  const xTicks = [];
  for (let i = 0; i <= count; i += every) xTicks.push([i, String(i)]);
  node.append(curveAxes({ width: W, height: H, pad: PAD, xOf, yOf }, {
    xTicks, yTicks: [0, top / 2, top].map((e) => [e, num(e, 3)]), xName: 'updates', xGrid: false,
  }));
  if (errors.length > 1) {
    node.append(svg('path', { class: 'gd-curve', d: errors.map((e, i) => `${i ? 'L' : 'M'}${xOf(i).toFixed(1)},${yOf(e.E).toFixed(1)}`).join(' ') }));
  }
  errors.forEach((e, i) => node.append(svg('circle', {
    class: e.kind === 'epoch' ? 'gd-dot gd-epoch' : 'gd-dot', cx: xOf(i), cy: yOf(e.E), r: i === errors.length - 1 ? 4.5 : 3,
  })));
  return node;
}
