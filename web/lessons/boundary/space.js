// boundary/space.js — the "Higher dimensions" part: three-feature students
// and the plane w1x1 + w2x2 + w3x3 + b = 0 in a canvas the student turns by
// dragging or with the arrow keys (kit/space3d.js draws). Its text
// alternative states the plane, the counts on each side and the angles.
import { el } from '../../dom.js';
import { lineEquation, num } from '../kit/plot2d.js';
import { drawSpace } from '../kit/space3d.js';
import * as T from './text.js';

const W = 520, H = 400;
const START = { yaw: -0.6, pitch: 0.35 };
const STEP = Math.PI / 18;          // 10° a key press
const MAX_PITCH = (80 * Math.PI) / 180;
const deg = (r) => num(Math.round((r * 180) / Math.PI));

/** () -> { node, show(space), destroy() } */
export function createSpace() {
  const s = { ...START, space: null, drag: null };
  const canvas = el('canvas', {
    id: 'bd-space-canvas', class: 'bd-space-canvas', width: W, height: H, tabindex: '0', role: 'img', 'aria-describedby': 'bd-space-help',
  });
  const summary = el('p', { id: 'bd-space-summary', role: 'status' });
  const node = el('section', { id: 'bd-space', class: 'bd-space', 'aria-labelledby': 'bd-space-title' },
    el('h3', { id: 'bd-space-title' }, T.SPACE_TITLE),
    el('p', { class: 'lesson-intro' }, ...T.SPACE_INTRO),
    el('p', { class: 'lesson-intro', id: 'bd-space-help' }, T.SPACE_HELP),
    canvas, summary);

  canvas.addEventListener('keydown', (e) => {
    const turn = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] }[e.key];
    if (turn) turnBy(...turn);
    else if (e.key === 'Home') { s.yaw = START.yaw; s.pitch = START.pitch; draw(); } else return;
    e.preventDefault();
  });
  canvas.addEventListener('pointerdown', (e) => { s.drag = [e.clientX, e.clientY]; canvas.setPointerCapture(e.pointerId); });
  canvas.addEventListener('pointermove', (e) => {
    if (!s.drag) return;
    turnBy((e.clientX - s.drag[0]) * 0.01, (e.clientY - s.drag[1]) * 0.01);
    s.drag = [e.clientX, e.clientY];
  });
  const stop = () => { s.drag = null; };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);

  function turnBy(dyaw, dpitch) {
    s.yaw = ((s.yaw + dyaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI;
    s.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, s.pitch + dpitch));
    draw();
  }

  function draw() {
    if (!s.space) return;
    const { points, plane } = s.space;
    const ctx = canvas.getContext('2d');
    if (ctx) drawSpace(ctx, { points, plane, yaw: s.yaw, pitch: s.pitch, names: T.SPACE_NAMES }, W, H);
    const accepted = points.filter((p) => p.y === 1).length;
    const text = `The plane ${lineEquation(plane.w, plane.b, ['x1', 'x2', 'x3'])} through ${points.length} students: `
      + `${accepted} accepted (score > 0, triangles) on one side, ${points.length - accepted} rejected (circles) on the other. `
      + `Turned ${deg(s.yaw)}\u00b0 about x3, tipped ${deg(s.pitch)}\u00b0.`;
    canvas.setAttribute('aria-label', `Three-feature students in a cube and the plane; ${text}`);
    summary.textContent = text;
  }

  return {
    node,
    show(space) { s.space = space; draw(); },
  };
}
