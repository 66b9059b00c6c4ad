// complexity/draw.js — the lesson's two pictures, pure functions of their
// data. graphSvg: the model-complexity graph, training and test error
// against network size (sizes spaced evenly, as the course draws them), the
// best size ringed and named, the shown one marked; each size's points are
// a hit target (data-size) the view listens on. paintBoundary: one model's
// P(class 1) as colour on a canvas, with training points filled and test
// points ringed.
import { svg, curveAxes } from '../kit/plot2d-draw.js';
import { num } from '../kit/plot2d.js';
import { paintDecision } from '../../palette.js';
import { drawClassMarker } from '../../draw/data-thumb.js';

const W = 420, H = 240;
const PAD = { l: 40, r: 14, t: 14, b: 34 };

/** { runs: [{ size, trainLoss, testLoss }], best, shown, label } -> <svg> */
export function graphSvg({ sizes, runs, best, shown, label }) {
  const node = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'cx-graph', role: 'img', 'aria-label': label });
  const losses = runs.flatMap((r) => [r.trainLoss, r.testLoss]).filter(Number.isFinite);
  const top = Math.max(0.5, Math.ceil(Math.max(0, ...losses) * 4) / 4);
  const xOf = (i) => PAD.l + ((i + 0.5) / sizes.length) * (W - PAD.l - PAD.r);
  const yOf = (e) => PAD.t + (1 - Math.min(e, top) / top) * (H - PAD.t - PAD.b);
  node.append(curveAxes({ width: W, height: H, pad: PAD, xOf, yOf }, {
    xTicks: sizes.map((h, i) => [i, String(h)]), yTicks: [0, top / 2, top].map((e) => [e, num(e, 3)]),
    xName: 'units per hidden layer', xGrid: false,
  }));
  const at = (size) => sizes.indexOf(size);
  for (const [key, cls] of [['trainLoss', 'cx-train'], ['testLoss', 'cx-test']]) {
    const pts = runs.filter((r) => Number.isFinite(r[key]));
    if (pts.length > 1) node.append(svg('path', { class: `cx-line ${cls}`, d: pts.map((r, i) => `${i ? 'L' : 'M'}${xOf(at(r.size)).toFixed(1)},${yOf(r[key]).toFixed(1)}`).join(' ') }));
  }
  for (const r of runs) {
    const g = svg('g', { class: `cx-point${r.size === shown ? ' cx-shown' : ''}`, 'data-size': r.size });
    const x = xOf(at(r.size));
    g.append(svg('rect', { class: 'cx-hit', x: x - 14, y: PAD.t, width: 28, height: H - PAD.t - PAD.b }));
    if (Number.isFinite(r.trainLoss)) g.append(svg('circle', { class: 'cx-dot cx-train', cx: x, cy: yOf(r.trainLoss), r: 4 }));
    if (Number.isFinite(r.testLoss)) g.append(svg('rect', { class: 'cx-dot cx-test', x: x - 4, y: yOf(r.testLoss) - 4, width: 8, height: 8 }));
    node.append(g);
  }
  const b = runs.find((r) => r.size === best);
  if (b && Number.isFinite(b.testLoss)) {
    const x = xOf(at(best)), y = yOf(b.testLoss);
    node.append(svg('circle', { class: 'cx-best', cx: x, cy: y, r: 9 }));
    const t = svg('text', { class: 'cx-best-text', x, y: y - 14, 'text-anchor': 'middle' });
    t.textContent = 'best';
    node.append(t);
    // The two sides of the best size, named where the course names them.
    const side = (text, tx, anchor) => { const n = svg('text', { class: 'cx-zone', x: tx, y: PAD.t + 12, 'text-anchor': anchor }); n.textContent = text; return n; };
    if (at(best) > 0) node.append(side('\u2190 underfitting', PAD.l + 6, 'start'));
    if (at(best) < sizes.length - 1) node.append(side('overfitting \u2192', W - PAD.r - 6, 'end'));
  }
  return node;
}

/** Paint { cells, bounds, probs, train, test } into a size × size canvas. */
export function paintBoundary(ctx, { cells, bounds, probs, train, test }, size) {
  const small = new OffscreenCanvas(cells, cells);
  const sctx = small.getContext('2d');
  if (!sctx) return;
  const img = sctx.createImageData(cells, cells);
  paintDecision(img, probs, 1, cells, cells, false);
  sctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, size, size);
  const sx = (x) => ((x - bounds.x0) / (bounds.x1 - bounds.x0)) * size;
  const sy = (y) => ((bounds.y1 - y) / (bounds.y1 - bounds.y0)) * size;
  for (const p of test) {
    ctx.beginPath();
    ctx.arc(sx(p.x), sy(p.y), 4, 0, 2 * Math.PI);
    ctx.strokeStyle = p.label ? '#0b3a5c' : '#7a4a00';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  for (const p of train) {
    drawClassMarker(ctx, p.label, sx(p.x), sy(p.y), 4.5);
    ctx.strokeStyle = '#1d2330';
    ctx.lineWidth = 0.8;
    ctx.stroke();
  }
}
