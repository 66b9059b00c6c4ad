// lessons/digits/data.js — the digits pack, loaded when the Digits mode first
// opens (never before: it is 2 MB the playground does not need).
//
// The pack is a classic script (dist/digits.js; format and decoder in
// web/digits/pack.js) added as a <script> tag, which works served and from
// file:// under the page's CSP (script-src 'self'), where fetch() does not.
// Its path, relative to the page, is in <meta name="downhill-digits">
// (scripts/build-web.mjs writes it). One promise per document: reopening the
// mode does not load it again.

import { DIGITS_GLOBAL, decodePack } from '../../digits/pack.js';

const loads = new WeakMap();   // document -> Promise of { count, labels, pixels }

/** The digits as bytes: { count, labels (count), pixels (count * 784) }.
 *  @param {Document} doc  @returns {Promise<{ count: number, labels: Uint8Array, pixels: Uint8Array }>} */
export function loadDigits(doc) {
  let p = loads.get(doc);
  if (!p) {
    p = addScript(doc).then(() => decodePack(/** @type {any} */ (doc.defaultView)[DIGITS_GLOBAL]));
    p.catch(() => loads.delete(doc));   // a later open tries again
    loads.set(doc, p);
  }
  return p;
}

function addScript(doc) {
  const win = /** @type {any} */ (doc.defaultView);
  if (win[DIGITS_GLOBAL]) return Promise.resolve();
  const meta = doc.querySelector('meta[name="downhill-digits"]');
  const src = meta ? meta.getAttribute('content') : 'digits.js';
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.onload = () => resolve(undefined);
    s.onerror = () => { s.remove(); reject(new Error(`the digits (${src}) could not be loaded: is the page's folder complete?`)); };
    doc.head.append(s);
  });
}
