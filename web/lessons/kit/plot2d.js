// kit/plot2d.js — a small SVG plot of labelled points and straight lines
// w1·x1 + w2·x2 + b = 0, for the lessons that move or compare lines.
//
//   const plot = createPlot2d({ label: 'Data and the current line', xName: 'x1', yName: 'x2' });
//   container.append(plot.node);
//   plot.setView({ x0: 0, x1: 6, y0: 0, y1: 6 });
//   plot.draw({
//     points: [{ x: 4, y: 5, label: 0, wrong: true, current: true }],
//     lines: [{ w: [3, 4], b: -10, kind: 'ghost' }, { w: [2.6, 3.5], b: -10.1 }],
//     shade: { w: [2.6, 3.5], b: -10.1 },   // tint the side predicted 1 (w·x + b ≥ 0)
//   });
//
// Class 0 is an orange circle, class 1 a blue triangle (palette.js); a point
// marked `wrong` gets a dark dashed ring and a cross, so a misclassified point
// is told apart by shape, not colour alone; a point with a `name` ("1")
// has it written beside it. `oneD: true` plots one input on a
// flat strip (points at y = 0, a vertical threshold line); `sides` names the
// two half-planes (default ŷ = 0, ŷ = 1). No state is kept
// beyond the view: draw() repaints everything, from the pure SVG pieces of
// plot2d-draw.js. SVG attributes, not inline styles, so it runs under the
// page's CSP.
import { svg, W, plotHeight, plotFrame, axesNode, markerNode, lineNode, shadeNode } from './plot2d-draw.js';

/**
 * @param {{ label?: string, xName?: string, yName?: string, oneD?: boolean, sides?: string[] }} [options]
 */
export function createPlot2d({ label, xName = 'x1', yName = 'x2', oneD = false, sides = ['\u0177 = 0', '\u0177 = 1'] } = {}) {
  const H = plotHeight(oneD);
  const node = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, class: oneD ? 'plot2d plot2d-1d' : 'plot2d', role: 'img', 'aria-label': label,
  });
  const title = svg('title');
  title.textContent = label;
  let view = oneD ? { x0: -0.5, x1: 1.5, y0: -0.5, y1: 0.5 } : { x0: -1, x1: 1, y0: -1, y1: 1 };

  return {
    node,
    setView(v) {
      if ([v.x0, v.x1, v.y0, v.y1].every(Number.isFinite) && v.x1 > v.x0 && v.y1 > v.y0) view = { ...v };
    },
    /** Repaint: { points, lines, shade } (all optional). */
    draw({ points = [], lines = [], shade = null } = {}) {
      const f = plotFrame(view, { oneD, xName, yName, sides });
      const parts = [title];
      if (shade && [shade.b, ...shade.w].every(Number.isFinite)) parts.push(shadeNode(f, shade, points));
      parts.push(axesNode(f));
      for (const l of lines) {
        if (![l.b, ...l.w].every(Number.isFinite)) continue;
        const n = lineNode(f, l);
        if (n) parts.push(n);
      }
      for (const p of points) parts.push(markerNode(f, p));
      node.replaceChildren(...parts);
    },
  };
}

/** A view box around points (and the origin), padded so markers sit inside. */
export function viewAround(points, { pad = 0.15, origin = true } = {}) {
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  if (origin) { xs.push(0); ys.push(0); }
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const span = Math.max(x1 - x0, y1 - y0, 1);
  const m = span * pad;
  // Square: the same scale on both axes, so a line's slope looks right.
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, half = span / 2 + m;
  x0 = cx - half; x1 = cx + half; y0 = cy - half; y1 = cy + half;
  return { x0, x1, y0, y1 };
}

export const MINUS = '\u2212';

/** A weight for people: float32 noise rounded off (2.5999999 -> 2.6, to
 *  `digits` significant digits), a true minus sign, and an em dash for
 *  anything not finite. */
export function num(v, digits = 6) {
  if (!Number.isFinite(v)) return '—';
  const s = String(round(v, digits));
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

/** v to `digits` significant digits; float32 residue below 1e-6 (a bias
 *  that should have cancelled to 0) counts as 0. */
function round(v, digits) {
  return Math.abs(v) < 1e-6 ? 0 : Number(v.toPrecision(digits));
}

/** The decimals v was written with, float32 residue ignored: the fewest d in
 *  0..6 for which v is within 1e-6 (relative) of a number of d decimals. The
 *  twin of the core's nn_decimals (nn_perceptron.h), for the same rule. */
export function decimalsOf(v) {
  const x = Math.abs(v);
  for (let d = 0, scale = 1; d < 6; d++, scale *= 10) {
    if (Math.abs(x - Math.round(x * scale) / scale) <= 1e-6 * Math.max(x, 1)) return d;
  }
  return 6;
}

/** v rounded to dec decimals, as a number that prints short (2.1999998 at 1
 *  decimal is 2.2; never −0). */
export const roundTo = (v, dec) => Number(v.toFixed(dec)) + 0;

/** A factor in a written product: negative ones in brackets, "(−1.7)", so no
 *  two signs meet. */
export const factor = (text) => (text.startsWith(MINUS) ? `(${text})` : text);

/** "a·x + c·y − e": terms [[w, x], …] and a bias written with one sign per
 *  term (a weight's sign becomes the operator), each number through fmt. */
export function termSum(terms, bias, fmt) {
  let text = '';
  for (const [w, x] of terms) {
    const t = fmt(w), neg = t.startsWith(MINUS), mag = neg ? t.slice(1) : t;
    text += text === '' ? `${t}\u00b7${factor(fmt(x))}` : ` ${neg ? MINUS : '+'} ${mag}\u00b7${factor(fmt(x))}`;
  }
  const tb = fmt(bias);
  return `${text} ${tb.startsWith(MINUS) ? MINUS : '+'} ${tb.startsWith(MINUS) ? tb.slice(1) : tb}`;
}

/** "2.6x1 + 3.5x2 − 10.1 = 0" (zero weights left out, the bias always shown). */
export function lineEquation(w, b, names = ['x1', 'x2'], digits = 6) {
  let text = '';
  w.forEach((wi, i) => {
    const r = round(wi, digits);
    if (r === 0) return;
    const mag = Math.abs(r) === 1 ? '' : num(Math.abs(r), digits);
    if (text === '') text = (r < 0 ? MINUS : '') + mag + names[i];
    else text += ` ${r < 0 ? MINUS : '+'} ${mag}${names[i]}`;
  });
  const rb = round(b, digits);
  // With every weight 0 there is no line: the unit gives the same answer
  // everywhere, and "−0.2 = 0" would read as an equation to solve.
  if (text === '') return `no line (every weight is 0, bias ${num(rb, digits)})`;
  if (rb !== 0) text += ` ${rb < 0 ? MINUS : '+'} ${num(Math.abs(rb), digits)}`;
  return `${text} = 0`;
}
