// hill/swatch.js — the small canvases of the hill lesson's legends: an
// optimizer's line sample, a marker, the colour scale. Drawn once, when built.
import { el } from '../../dom.js';
import { rgb, markerPath } from '../../palette.js';
import { scaleColor } from './contour.js';

/** A small canvas drawn by fn (for legends). */
export function swatch(fn) {
  const c = el('canvas', { class: 'hill-swatch', width: '40', height: '16', 'aria-hidden': 'true' });
  fn(c.getContext('2d'));
  return c;
}

/** An optimizer's line sample: its dash over a white halo, and its marker. */
export function lineSwatch(g, o) {
  g.lineCap = 'round';
  g.strokeStyle = rgb(o.color);
  g.lineWidth = 2.5;
  g.setLineDash(o.dash);
  g.beginPath();
  g.moveTo(2, 8);
  g.lineTo(28, 8);
  g.stroke();
  g.setLineDash([]);
  markerPath(g, o.shape, 33, 8, 5);
  g.fillStyle = rgb(o.color);
  g.fill();
}

/** A filled marker of `shape` in `color`, centred in the swatch's left half. */
export function markerSwatch(g, shape, color) {
  g.fillStyle = rgb(color);
  markerPath(g, shape, 10, 8, 5);
  g.fill();
}

export function legendItem(sw, text) {
  return el('span', { class: 'hill-legend-item' }, sw, el('span', {}, text));
}

/** The colour scale as a small bar. */
export function scaleBar() {
  const c = el('canvas', { class: 'hill-scale-bar', width: '120', height: '10' });
  const g = c.getContext('2d');
  const img = g.createImageData(120, 10);
  for (let x = 0; x < 120; x++) {
    for (let y = 0; y < 10; y++) scaleColor(x / 119, img.data, 4 * (y * 120 + x));
  }
  g.putImageData(img, 0, 0);
  return c;
}
