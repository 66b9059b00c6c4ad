// digits/gallery.js — test digits with the label the network gives each;
// a wrong one reads "✗ 7 (is 2)" (digits/thumb-text.js), and is outlined.
//
//   const g = mountGallery(container)
//   g.show(items)   items: { pixels, label, predicted }[] (pixels: 784 bytes or
//                   floats in [0, 1]); a bad item throws before anything changes
//   g.list          the <ul id="digit-gallery">: an <li> per digit, its picture and label

import { el } from '../dom.js';
import { gallerySummary } from './thumb-text.js';
import { thumbRow } from './thumbs.js';

export function mountGallery(container) {
  // Not a live region: it changes with every update while the run trains.
  const summary = el('p', { class: 'small digit-gallery-summary' }, 'No test digits yet.');
  const list = el('ul', { id: 'digit-gallery', class: 'digit-thumbs', 'aria-label': 'Test digits and their predicted labels' });
  const row = thumbRow(list, 'digit gallery');
  container.append(el('div', { class: 'digit-gallery-box' }, summary, list));
  return {
    list,
    show(items) {
      row.show(items);
      summary.textContent = gallerySummary(items);
    },
  };
}

/** The digits in one confusion cell, under a heading (digits/confusion-stats.js stripHeading).
 *  strip.show(items, heading): items as for the gallery; heading: text. */
export function mountDigitStrip(container) {
  const heading = el('p', { class: 'small digit-strip-heading', 'aria-live': 'polite' }, 'Choose a cell of the table to see its digits.');
  const list = el('ul', { class: 'digit-thumbs digit-strip', 'aria-label': 'The digits in the chosen cell' });
  const row = thumbRow(list, 'digits in the cell');
  container.append(el('div', { class: 'digit-strip-box' }, heading, list));
  return {
    list,
    show(items, text = '') {
      row.show(items);
      heading.textContent = text;
    },
  };
}
