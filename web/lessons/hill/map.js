// hill/map.js — the hill's map on its canvas: laid out to its box (again when
// the box changes width), drawn from the scene the view describes
// (map-draw.js), and the start moved by dragging it or with the arrow keys.
import { layoutCanvas, widthChanged, plotRect, toWeights } from './map-geometry.js';
import { drawMap } from './map-draw.js';

/** scene() -> map-draw.js's scene; land() and start() the current landscape
 *  and start; on: { move(a, b, commit), dragEnd(), run(), stop(), keyMoved(),
 *  resized() } — stop() halts a path animation before the start moves. */
export function createHillMap(canvas, { scene, land, start, on }) {
  let cssW = 0;
  let timer = 0;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!widthChanged(canvas, cssW)) return;
      cssW = layoutCanvas(canvas);
      map.draw();
      on.resized();
    }, 150);
  };
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
  if (ro) ro.observe(canvas.parentElement); else window.addEventListener('resize', onResize);
  listen(canvas, land, start, on);

  const map = {
    layout() { cssW = layoutCanvas(canvas); },
    plot: () => plotRect(canvas),
    draw() { drawMap(canvas.getContext('2d'), plotRect(canvas), scene()); },
    destroy() {
      clearTimeout(timer);
      if (ro) ro.disconnect(); else window.removeEventListener('resize', onResize);
    },
  };
  return map;
}

function listen(canvas, land, start, on) {
  let dragging = false;
  const weightsAt = (ev) => {
    const rect = canvas.getBoundingClientRect();
    return toWeights(plotRect(canvas), land(), ev.clientX - rect.left, ev.clientY - rect.top);
  };
  canvas.addEventListener('pointerdown', (ev) => {
    const w = weightsAt(ev);
    if (!w.inside || ev.button > 0) return;
    ev.preventDefault();
    canvas.focus();
    canvas.setPointerCapture?.(ev.pointerId);
    dragging = true;
    on.stop();
    on.move(w.a, w.b, false);
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (!dragging) return;
    const w = weightsAt(ev);
    on.move(w.a, w.b, false);
  });
  const endDrag = () => {
    if (!dragging) return;
    dragging = false;
    on.dragEnd();
  };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('keydown', (ev) => {
    const L = land();
    const k = ev.shiftKey ? 0.1 : 0.02;
    const da = (L.a.hi - L.a.lo) * k, db = (L.b.hi - L.b.lo) * k;
    const moves = { ArrowLeft: [-da, 0], ArrowRight: [da, 0], ArrowUp: [0, db], ArrowDown: [0, -db] };
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      on.run();
      return;
    }
    const m = moves[ev.key];
    if (!m) return;
    ev.preventDefault();
    on.stop();
    const [a, b] = start();
    on.move(a + m[0], b + m[1], true);
    on.keyMoved();
  });
}
