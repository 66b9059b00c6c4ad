// datasets.js — the dataset picker: a thumbnail per dataset, as a radio group.
//
// createDatasetPicker(container, names, { onPick }) -> { setThumbs(list) }.
// Thumbnails are drawn from the points the worker generates (original units).

import { classColor, valueColor, CLASS_SHAPES, markerPath, rgb } from './palette.js';
import { label } from './state.js';

export function createDatasetPicker(container, names, { onPick }) {
  const buttons = new Map();
  for (const name of names) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'dataset';
    b.dataset.dataset = name;
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', 'false');
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 64;
    c.setAttribute('aria-hidden', 'true');
    const span = document.createElement('span');
    span.textContent = label('datasets', name);
    b.append(c, span);
    b.addEventListener('click', () => onPick(name));
    b.addEventListener('keydown', (ev) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
      if (!step) return;
      ev.preventDefault();
      const i = (names.indexOf(name) + step + names.length) % names.length;
      onPick(names[i]);
      buttons.get(names[i]).focus();
    });
    buttons.set(name, b);
    container.append(b);
  }

  function setThumbs(list) {
    for (const t of list) {
      const b = buttons.get(t.name);
      if (!b) continue;
      const c = b.querySelector('canvas');
      const g = c.getContext('2d');
      const S = c.width;
      g.fillStyle = '#fbfbf8';
      g.fillRect(0, 0, S, S);
      const { x0, x1, y0, y1 } = t.bounds;
      const r = t.x.length / t.d <= 4 ? 5 : 2;
      for (let i = 0; i < t.y.length; i++) {
        const px = ((t.x[i * t.d] - x0) / (x1 - x0)) * S;
        const py = t.d > 1 ? (1 - (t.x[i * t.d + 1] - y0) / (y1 - y0)) * S : S / 2;
        markerPath(g, CLASS_SHAPES[t.y[i] % CLASS_SHAPES.length], px, py, r);
        // A regression set's points by their target on its colour scale.
        g.fillStyle = rgb(t.t && t.scale ? valueColor(t.t[i], t.scale.lo, t.scale.hi) : classColor(t.y[i]));
        g.fill();
      }
    }
  }

  return { setThumbs };
}
