// draw/geometry.js — plane geometry shared by the views' hit tests.

/** Distance from point (px, py) to the segment from (ax, ay) to (bx, by);
 *  a segment of zero length is its one point. */
export function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
