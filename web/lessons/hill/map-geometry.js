// hill/map-geometry.js — where the hill's map sits on its canvas, and the
// conversions between weights (a, b) and CSS pixels. P, the plot rectangle,
// is { x, y, w, h } in CSS pixels plus the canvas's dpr and CSS size W × H;
// L is the landscape (landscapes.js), whose a and b axes span the plot.

export const MARGIN = { left: 58, right: 14, top: 12, bottom: 46 };
const MAX_WIDTH = 600;

/** Size the canvas to its box (240 to 600 CSS pixels wide, the plot a little
 *  wider than tall) at the screen's pixel ratio. Returns the CSS width. */
export function layoutCanvas(canvas) {
  const wrap = canvas.parentElement;
  const cssW = Math.max(240, Math.min(MAX_WIDTH, Math.floor(wrap.clientWidth || 480)));
  const plotW = cssW - MARGIN.left - MARGIN.right;
  const cssH = Math.round(plotW * 0.86) + MARGIN.top + MARGIN.bottom;
  const dpr = Math.min(3, window.devicePixelRatio || 1);
  canvas.style.width = `${cssW}px`;
  canvas.style.height = `${cssH}px`;
  canvas.width = Math.round(cssW * dpr);
  canvas.height = Math.round(cssH * dpr);
  return cssW;
}

/** True when the canvas's box is now far enough from cssW to lay it out again. */
export function widthChanged(canvas, cssW) {
  const wrap = canvas.parentElement;
  return Boolean(wrap) && Math.abs(Math.min(MAX_WIDTH, wrap.clientWidth) - cssW) >= 8;
}

export function plotRect(canvas) {
  const dpr = canvas.width / (parseFloat(canvas.style.width) || 1);
  const W = canvas.width / dpr, H = canvas.height / dpr;
  return { x: MARGIN.left, y: MARGIN.top, w: W - MARGIN.left - MARGIN.right, h: H - MARGIN.top - MARGIN.bottom, dpr, W, H };
}

/** Weights (a, b) -> CSS pixel on the plot.
 *  @returns {[number, number]} */
export function toPx(P, L, a, b) {
  return [P.x + ((a - L.a.lo) / (L.a.hi - L.a.lo)) * P.w, P.y + ((L.b.hi - b) / (L.b.hi - L.b.lo)) * P.h];
}

/** The weights under CSS pixel (x, y), and whether it is on the plot (give or take 6 px). */
export function toWeights(P, L, x, y) {
  return {
    inside: x >= P.x - 6 && x <= P.x + P.w + 6 && y >= P.y - 6 && y <= P.y + P.h + 6,
    a: L.a.lo + ((x - P.x) / P.w) * (L.a.hi - L.a.lo),
    b: L.b.hi - ((y - P.y) / P.h) * (L.b.hi - L.b.lo),
  };
}

/** A point held near the plot so canvas paths stay well behaved far off it. */
export function clampPx(P, [x, y], pad) {
  return [Math.min(P.x + P.w + pad, Math.max(P.x - pad, x)), Math.min(P.y + P.h + pad, Math.max(P.y - pad, y))];
}
