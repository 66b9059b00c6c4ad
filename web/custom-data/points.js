// custom-data/points.js — the point editor under the plot: which class a click
// adds, clicks and keys on the plot that add or remove a point, "Clear all".
//
// createPointEditor({ editor, canvas, heatmap, announce, getInfo, getSource, onEdit })
//     -> { renderClasses() }
//   getInfo() is the data as the worker last described it, getSource() the custom
//   source in use (or null); onEdit(source) gets the edited points source:
//   { kind: 'points', x: [x0, y0, ...], y: [class, ...], k, bounds, featureNames, classNames }.
// A course link may hide the editor (show= without points) or lock it (class
// locked): clicks then do nothing, or say that it is locked.
//
// classIcon(c) -> a 14-px canvas with class c's marker, for legends.

import { el, setDescribedBy } from '../dom.js';
import { CLASS_SHAPES } from '../palette.js';
import { drawClassMarker } from '../draw/data-thumb.js';

const MAX_CLASSES = CLASS_SHAPES.length;  // one marker shape per class
const HIT_PX = 9;                         // a click this close to a point removes it

export function createPointEditor({ editor, canvas, heatmap, announce, getInfo, getSource, onEdit }) {
  const v = {
    selected: 0,         // the class a click adds
    cursor: null,        // keyboard editing cursor (data units)
  };
  const classBox = el('div', { class: 'point-classes', role: 'radiogroup', 'aria-labelledby': 'point-legend' });
  const clearBtn = el('button', { type: 'button', id: 'clear-points', class: 'mini-text', onclick: () => clearAll() },
    'Clear all points');
  editor.append(
    el('div', { class: 'point-head' },
      el('span', { id: 'point-legend', class: 'point-legend' }, 'Click the plot to add a point of'), classBox, clearBtn),
    el('p', { class: 'small', id: 'point-help' },
      'Click a point to remove it. Keyboard: focus the plot, move with the arrow keys, Enter adds or removes.'));
  canvas.tabIndex = 0;
  // Keep the description of the picture and add how to edit it.
  setDescribedBy(canvas, 'point-help', true);

  const editorHidden = () => editor.hidden;
  const editorLocked = () => editor.classList.contains('locked');
  const editorOff = () => editorHidden() || editorLocked();

  function renderClasses() {
    const info = getInfo();
    const k = Math.max(2, info ? info.k : 2);
    const count = Math.min(MAX_CLASSES, k + 1);
    v.selected = Math.min(v.selected, count - 1);
    const names = info ? info.classNames : [];
    classBox.replaceChildren(...Array.from({ length: count }, (_, c) => {
      const radio = el('input', {
        type: 'radio', name: 'point-class', value: String(c), id: `point-class-${c}`, checked: c === v.selected,
        onchange: () => { v.selected = c; },
      });
      const name = c < names.length ? names[c] : String(c);
      return el('label', { class: 'point-class', for: `point-class-${c}` },
        radio, classIcon(c), el('span', {}, c < k ? `class ${name}` : `class ${name} (new)`));
    }));
  }

  canvas.addEventListener('click', (ev) => {
    const r = canvas.getBoundingClientRect();
    toggleAt(ev.clientX - r.left, ev.clientY - r.top);
  });
  const showCursor = () => {
    const b = getInfo().bounds;
    v.cursor = v.cursor || { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    heatmap.setCursor(v.cursor);
  };
  // The cursor shows for keyboard focus only, not after a mouse click.
  canvas.addEventListener('focus', () => { if (getInfo() && !editorOff() && canvas.matches(':focus-visible')) showCursor(); });
  canvas.addEventListener('blur', () => heatmap.setCursor(null));
  canvas.addEventListener('keydown', (ev) => {
    if (!getInfo() || editorOff()) return;
    showCursor();
    const moved = moveCursor(v.cursor, getInfo().bounds, ev.key, ev.shiftKey);
    if (moved) {
      ev.preventDefault();
      v.cursor = moved;
      heatmap.setCursor(v.cursor);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const [px, py] = heatmap.toPixel(v.cursor.x, v.cursor.y);
      toggleAt(px, py);
    }
  });

  // A click at CSS pixel (px, py): remove the point there, or add one of the selected class.
  function toggleAt(px, py) {
    const info = getInfo();
    if (!info || editorHidden()) return;
    if (editorLocked()) { announce('Adding and removing points is locked by the teacher.'); return; }
    if (info.d !== 2) { announce('Points can be added to data with two features only.'); return; }
    // A regression set's targets come from its function; clicked points have classes.
    if (info.regression) { announce('Points cannot be added to a regression data set: pick a classification data set to click points in.'); return; }
    const pts = currentPoints(info, getSource());
    const n = pts.y.length;
    const hit = nearestPoint(pts, heatmap.toPixel, px, py, HIT_PX);
    let next;
    if (hit >= 0) {
      const c = pts.y[hit];
      next = withoutPoint(pts, hit);
      announce(`Removed a point of class ${className(info, c)}; ${n - 1} left.`);
    } else {
      const p = heatmap.toData(px, py);
      if (!p) return;
      const c = v.selected;
      next = withPoint(pts, p, c);
      announce(`Added a point of class ${className(info, c)} at ${p.x.toFixed(2)}, ${p.y.toFixed(2)}; ${n + 1} points.`);
    }
    onEdit(next);
  }

  function clearAll() {
    const info = getInfo();
    const base = info ? currentPoints(info, getSource()) : { featureNames: ['x1', 'x2'], classNames: ['0', '1'], bounds: null };
    onEdit({
      kind: 'points', x: [], y: [], k: 2, bounds: base.bounds,
      featureNames: base.featureNames, classNames: base.classNames.slice(0, 2),
    });
    announce('All points cleared. Add points of at least two classes to train.');
  }

  return { renderClasses };
}

/** A 14-px canvas with class c's marker (shape and colour), for legends. */
export function classIcon(c) {
  const icon = document.createElement('canvas');
  icon.width = 14;
  icon.height = 14;
  icon.setAttribute('aria-hidden', 'true');
  drawClassMarker(icon.getContext('2d'), c, 7, 7, 5);
  return icon;
}

// The points as they stand: the source's while the data is those points, else
// the data's (training and test points together, in the data's units).
function currentPoints(info, source) {
  if (info.dataset === 'custom' && info.points && source && source.kind === 'points') return source;
  const x = [...info.train.x, ...info.test.x];
  const y = [...info.train.y, ...info.test.y];
  return {
    kind: 'points', x, y, k: Math.max(2, info.k), bounds: { ...info.bounds },
    featureNames: info.featureNames.slice(), classNames: info.classNames.slice(),
  };
}

// The index of the point within `radius` CSS pixels of (px, py) nearest it, or -1.
function nearestPoint(pts, toPixel, px, py, radius) {
  let hit = -1;
  let best = radius * radius;
  for (let i = 0; i < pts.y.length; i++) {
    const [qx, qy] = toPixel(pts.x[2 * i], pts.x[2 * i + 1]);
    const d2 = (qx - px) ** 2 + (qy - py) ** 2;
    if (d2 <= best) { best = d2; hit = i; }
  }
  return hit;
}

function withoutPoint(pts, i) {
  return { ...pts, x: pts.x.filter((_, j) => j >> 1 !== i), y: pts.y.filter((_, j) => j !== i) };
}

// Point p of class c; a class past the named ones is named by its number.
function withPoint(pts, p, c) {
  const names = pts.classNames.slice();
  while (names.length <= c) names.push(String(names.length));
  return { ...pts, x: [...pts.x, p.x, p.y], y: [...pts.y, c], k: Math.max(pts.k, c + 1), classNames: names };
}

// The keyboard cursor moved by an arrow key (Shift: bigger steps), kept inside
// the bounds; null for any other key.
function moveCursor(cursor, b, key, big) {
  const f = big ? 0.1 : 0.025;
  const move = {
    ArrowLeft: [-(b.x1 - b.x0) * f, 0], ArrowRight: [(b.x1 - b.x0) * f, 0],
    ArrowUp: [0, (b.y1 - b.y0) * f], ArrowDown: [0, -(b.y1 - b.y0) * f],
  }[key];
  if (!move) return null;
  return {
    x: Math.min(b.x1, Math.max(b.x0, cursor.x + move[0])),
    y: Math.min(b.y1, Math.max(b.y0, cursor.y + move[1])),
  };
}

function className(info, c) {
  const names = info ? info.classNames : [];
  return c < names.length ? names[c] : String(c);
}
