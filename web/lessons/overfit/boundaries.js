// overfit/boundaries.js — the over-fitted boundary beside the early-stopped
// one: what the plain run and the early-stopping run predict over the data's
// square (orange 0, blue 1, the worker's boundaryMaps in overfit/ops.js), with
// the 45 noisy training points on top. The plain one bends round single noisy
// points; the early-stopped one keeps the smooth shape it had at its best
// epoch. Each picture's text alternative is the sentence under it.
import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import { paintDecision, rgb, classColor, CLASS_SHAPES, markerPath } from '../../palette.js';

const SIDE = 260;            // CSS pixels a side
const DOT = 4.5;

/** { node, draw(maps) }: maps is the last advance answer's `maps`, or null. */
export function createBoundaries({ title, note, names }) {
  const pics = ['plain', 'early'].map((id) => {
    const canvas = el('canvas', { id: `overfit-map-${id}`, class: 'overfit-map', role: 'img', width: SIDE, height: SIDE });
    const summary = el('p', { class: 'cmp-summary', id: `overfit-map-${id}-summary` });
    canvas.setAttribute('aria-describedby', summary.id);
    const caption = el('figcaption', { class: 'cmp-caption' }, names[id]);
    return { id, canvas, summary, node: el('figure', { class: 'cmp-figure overfit-map-figure' }, caption, canvas, summary) };
  });
  const node = el('section', { class: 'cmp-section', 'aria-labelledby': 'overfit-maps-h' },
    el('h3', { id: 'overfit-maps-h' }, title),
    el('p', { class: 'cmp-note' }, ...note),
    el('div', { class: 'overfit-maps' }, pics.map((p) => p.node)));

  return {
    node,
    draw(maps) {
      for (const p of pics) {
        const m = maps && maps[p.id];
        p.canvas.setAttribute('aria-label', `${names[p.id]}: the boundary it draws over the training points`);
        if (!m) {
          clear(p.canvas);
          p.summary.textContent = maps ? 'This run diverged: no boundary.' : 'No runs yet.';
          delete p.canvas.dataset.trainRight;
          continue;
        }
        paint(p.canvas, maps, m);
        p.canvas.dataset.trainRight = String(m.trainRight);
        p.canvas.dataset.testRight = String(m.testRight);
        p.summary.textContent = sentence(p.id, maps, m);
      }
    },
  };
}

function sentence(id, maps, m) {
  const right = `${fmtInt(m.trainRight)} of ${fmtInt(maps.trainN)} training points and ${fmtInt(m.testRight)} of ${fmtInt(maps.testN)} test points on their own side`;
  if (id === 'plain') return `After ${fmtInt(m.epoch)} epochs: ${right}.`;
  if (m.stopped) return `Stopped at epoch ${fmtInt(m.epoch)} with the weights of epoch ${fmtInt(m.bestEpoch)}: ${right}.`;
  return `Still training at epoch ${fmtInt(m.epoch)} (the same weights as the run without stopping, until the stopper halts): ${right}.`;
}

function clear(canvas) {
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
}

function paint(canvas, maps, m) {
  const n = maps.size;
  const g = canvas.getContext('2d');
  const cells = document.createElement('canvas');
  cells.width = n;
  cells.height = n;
  const cg = cells.getContext('2d');
  const img = cg.createImageData(n, n);
  paintDecision(img, Float32Array.from(m.p), 1, n, n, false);
  cg.putImageData(img, 0, 0);
  g.imageSmoothingEnabled = true;
  g.drawImage(cells, 0, 0, canvas.width, canvas.height);
  const px = (x) => ((x - maps.x0) / (maps.x1 - maps.x0)) * canvas.width;
  const py = (y) => ((maps.y1 - y) / (maps.y1 - maps.y0)) * canvas.height;
  g.lineWidth = 1.2;
  g.strokeStyle = rgb([255, 255, 255]);
  for (const q of maps.points) {
    const k = q.label ? 1 : 0;
    markerPath(g, CLASS_SHAPES[k], px(q.x), py(q.y), DOT);
    g.fillStyle = rgb(classColor(k));
    g.fill();
    g.stroke();
  }
}
