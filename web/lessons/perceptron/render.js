// perceptron/render.js — the lesson's state on the page: the points and the
// line on the plot, the counters, the equation and the plot's text summary;
// and the line gliding from its old place to its new one.
import { el } from '../../dom.js';
import { num, lineEquation } from '../kit/plot2d.js';

/** The plot with `line` as the current line (s.line, or a step of the glide). */
export function drawLine(plot, s, line) {
  const wrong = new Set(s.wrong);
  plot.draw({
    points: s.points.map((p, i) => ({ x: p.x, y: p.y, label: p.label, wrong: wrong.has(i), current: i === s.current })),
    lines: [
      s.ghost && { ...s.ghost, kind: 'ghost' },
      { ...line, kind: 'main' },
    ].filter(Boolean),
    shade: line,
  });
}

/** Everything that shows s: the plot, the counts, the equation, the summary. */
export function render(d, s) {
  drawLine(d.plot, s, s.line);
  d.stepsOut.textContent = String(s.steps);
  d.wrongOut.textContent = `${s.wrong.length} of ${s.points.length}`;
  d.equation.replaceChildren('Line: ', el('strong', {}, lineEquation(s.line.w, s.line.b)));
  const listed = s.wrong.slice(0, 6).map((i) => `(${num(s.points[i].x)}, ${num(s.points[i].y)})`);
  const more = s.wrong.length > 6 ? ` and ${s.wrong.length - 6} more` : '';
  d.summary.textContent = `Line ${lineEquation(s.line.w, s.line.b)}; the shaded side predicts 1. `
    + (s.wrong.length === 0
      ? `All ${s.points.length} ${s.points.length === 1 ? 'point is' : 'points are'} classified correctly.`
      : `Misclassified: ${listed.join(', ')}${more}.`);
}

/** drawAt(line) for lines from `from` to `to` over ms, easing out, one per
 *  animation frame. Returns a function that stops it. */
export function glideLine(from, to, ms, drawAt) {
  let raf = 0;
  const t0 = performance.now();
  const frame = (now) => {
    const t = Math.min(1, (now - t0) / ms);
    const e = t * (2 - t);
    drawAt({ w: [0, 1].map((i) => from.w[i] + (to.w[i] - from.w[i]) * e), b: from.b + (to.b - from.b) * e });
    raf = t < 1 ? requestAnimationFrame(frame) : 0;
  };
  raf = requestAnimationFrame(frame);
  return () => {
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
  };
}
