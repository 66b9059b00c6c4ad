// digits/thumbs.js — rows of small 28×28 digit pictures with a caption under
// each (digits/thumb-text.js): the gallery and a confusion cell's strip. The
// pictures are reused from one show to the next, so a view updated every few
// frames does not rebuild its canvases; a picture showing the same digit
// (the same bytes of the same buffer) is not repainted, and the list is left
// in place when it holds the same pictures, so the page is not laid out anew.
//
//   const row = thumbRow(list, what)  list: the <ul> the pictures go in (an <li> each);
//                                     what: the view's name for messages
//   row.show(items)    items: { pixels, label?, predicted? }[]; pixels: 784 bytes 0-255
//                      or floats in [0, 1] (digits/prepare.js toUnitPixels). A bad item
//                      throws before anything changes.

import { el } from '../dom.js';
import { drawDigit } from '../draw/digit.js';
import { SIDE, toUnitPixels } from './prepare.js';
import { digitCaption } from './thumb-text.js';

function makeThumb() {
  const canvas = /** @type {HTMLCanvasElement} */ (el('canvas', { class: 'digit-thumb-img', width: SIDE, height: SIDE, role: 'img' }));
  const caption = el('span', { class: 'digit-thumb-label' });
  const node = el('li', { class: 'digit-thumb' }, canvas, caption);
  return { node, canvas, caption, ctx: canvas.getContext('2d'), drawn: null };
}

/** Every item's picture checked before the view changes (what: the view's name, for the message). */
export function checkItems(items, what) {
  if (!Array.isArray(items)) throw new Error(`${what}: expected a list of { pixels, label, predicted }`);
  items.forEach((it, i) => {
    const n = it && it.pixels && typeof it.pixels.length === 'number' ? it.pixels.length : 0;
    if (n !== SIDE * SIDE) throw new Error(`${what}: digit ${i + 1} has ${n} pixels; a digit is ${SIDE * SIDE} (28 × 28)`);
  });
}

// Which digit a picture shows, when its pixels are a view of a buffer (the
// page's digits: a subarray per row), else null (always repainted).
function pixelsKey(p) {
  return ArrayBuffer.isView(p) ? { buffer: p.buffer, offset: p.byteOffset, length: p.byteLength } : null;
}
const sameKey = (a, b) => !!a && !!b && a.buffer === b.buffer && a.offset === b.offset && a.length === b.length;

function fillThumb(thumb, item) {
  const key = pixelsKey(item.pixels);
  if (!sameKey(key, thumb.drawn)) {
    drawDigit(thumb.ctx, toUnitPixels(item.pixels), SIDE);
    thumb.drawn = key;
  }
  const c = digitCaption(item.label, item.predicted);
  if (thumb.caption.textContent !== c.text) thumb.caption.textContent = c.text;
  if (thumb.canvas.getAttribute('aria-label') !== c.description) thumb.canvas.setAttribute('aria-label', c.description);
  thumb.node.classList.toggle('wrong', c.wrong);
}

export function thumbRow(list, what) {
  const thumbs = [];
  return {
    show(items) {
      checkItems(items, what);
      while (thumbs.length < items.length) thumbs.push(makeThumb());
      items.forEach((item, i) => fillThumb(thumbs[i], item));
      const nodes = thumbs.slice(0, items.length).map((t) => t.node);
      const kids = list.children;
      if (kids.length !== nodes.length || nodes.some((n, i) => kids[i] !== n)) list.replaceChildren(...nodes);
    },
  };
}
