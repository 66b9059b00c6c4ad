// digits/pad.js — the drawing pad: a student writes a digit with a mouse, a
// finger or a pen (pointer events, captured so a stroke that leaves the pad
// keeps drawing), and sees beside it the 28×28 input the network gets
// (digits/prepare.js). A keyboard user loads a test digit instead.
//
//   const pad = mountPad(container, {
//     onInput(input, drawing) {},   // input: Float32Array(784) in [0, 1], the prepared
//                                   // 28×28; drawing: { pixels: Float32Array, width, height },
//                                   // the pad's own ink. At most once an animation frame
//                                   // while drawing, after the last segment, and at once
//                                   // on clear and on load.
//     testDigit(digit) {},          // optional: digit 0-9 or null (any) -> a test image
//                                   // (784 bytes 0-255 or floats in [0, 1], or
//                                   // { pixels, label }) or null when there is none.
//                                   // Without it there is no "Load a test digit" control.
//   });
//   pad.load(image)    draw a 28×28 image (784 bytes or floats) onto the pad
//   pad.clear()        blank paper
//   pad.input()        the prepared 28×28 input now (Float32Array(784))
//   pad.destroy()      remove the pad's nodes and listeners
//   pad.canvas, pad.preview: the two canvases (#digit-pad, #digit-input)

import { el } from '../dom.js';
import { clearPad, drawDigit, drawStroke, inkFromRgba, paintDigit } from '../draw/digit.js';
import { frameThrottle } from './frame-throttle.js';
import { PAD_SIZE, padPoint, penWidth } from './pad-geometry.js';
import { prepareDigit, toUnitPixels, upscale, SIDE } from './prepare.js';

/** The controls: clear, and (with testDigit) a digit choice and a load button. */
function buildControls(hasTests, handlers) {
  const clear = el('button', { type: 'button', class: 'pc-btn', onclick: handlers.clear }, 'Clear');
  if (!hasTests) return { node: el('div', { class: 'digit-pad-controls' }, clear), choice: null };
  const choice = el('select', { 'aria-label': 'Which test digit to load' },
    el('option', { value: '' }, 'any digit'),
    Array.from({ length: 10 }, (_, d) => el('option', { value: String(d) }, `a ${d}`)));
  const load = el('button', { type: 'button', class: 'pc-btn', onclick: handlers.load }, 'Load a test digit');
  return { node: el('div', { class: 'digit-pad-controls' }, clear, choice, load), choice };
}

/** @typedef {ArrayLike<number>} Image 784 bytes 0-255 (Uint8Array) or grey levels in [0, 1] */
/** @param {HTMLElement} container
 *  @param {{ onInput?: (input: Float32Array, drawing: { pixels: Float32Array, width: number, height: number }) => void,
 *            testDigit?: ((digit: number | null) => Image | { pixels: Image, label?: number } | null) | null }} [options] */
export function mountPad(container, options = {}) {
  const { onInput = () => {}, testDigit = null } = options;
  const size = PAD_SIZE;
  const pen = penWidth(size);
  const help = el('p', { id: 'digit-pad-help', class: 'small' },
    'Write a digit with the mouse, a finger or a pen.',
    testDigit ? ' Or load a test digit with the controls below.' : '');
  const canvas = /** @type {HTMLCanvasElement} */ (el('canvas', {
    id: 'digit-pad', class: 'digit-pad', width: size, height: size,
    role: 'img', 'aria-label': 'Drawing pad', 'aria-describedby': 'digit-pad-help',
  }));
  // No scrolling or zooming while a finger draws (CSSOM, allowed by the CSP).
  canvas.style.touchAction = 'none';
  const preview = /** @type {HTMLCanvasElement} */ (el('canvas', {
    id: 'digit-input', class: 'digit-input', width: SIDE, height: SIDE,
    role: 'img', 'aria-label': 'The 28 by 28 input the network sees',
  }));
  const status = el('p', { class: 'small digit-pad-status', 'aria-live': 'polite' });
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const pctx = preview.getContext('2d');
  let input = new Float32Array(SIDE * SIDE);
  let active = null;   // the pointer drawing now, and where it was
  let last = null;

  function report() {
    const pixels = inkFromRgba(ctx.getImageData(0, 0, size, size).data);
    input = prepareDigit(pixels, size, size);
    drawDigit(pctx, input, SIDE);
    onInput(input, { pixels, width: size, height: size });
  }
  const frames = frameThrottle(report);

  function clear() {
    frames.cancel();
    clearPad(ctx);
    status.textContent = '';
    report();
  }

  function load(image) {
    const pixels = toUnitPixels(image);
    if (pixels.length !== SIDE * SIDE) throw new Error(`pad.load: a test digit is ${SIDE * SIDE} pixels (28 × 28); got ${pixels.length}`);
    const factor = size / SIDE;
    const big = ctx.createImageData(size, size);
    paintDigit(big.data, upscale(pixels, SIDE, factor));
    frames.cancel();
    ctx.putImageData(big, 0, 0);
    report();
  }

  const controls = buildControls(!!testDigit, {
    clear,
    load() {
      const digit = controls.choice.value === '' ? null : Number(controls.choice.value);
      const got = /** @type {any} */ (testDigit(digit));
      const wrapped = got && 'pixels' in got;
      const image = wrapped ? got.pixels : got;
      if (!image) { status.textContent = digit === null ? 'No test digits are loaded yet.' : `No test digit ${digit} is loaded yet.`; return; }
      load(image);
      const label = wrapped && got.label !== undefined ? got.label : digit;
      status.textContent = label === null ? 'Loaded a test digit.' : `Loaded a test digit: a ${label}.`;
    },
  });

  function at(e) {
    return padPoint(e.clientX, e.clientY, canvas.getBoundingClientRect(), size, size);
  }
  function down(e) {
    if (active !== null || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    active = e.pointerId;
    canvas.setPointerCapture(e.pointerId);
    last = at(e);
    drawStroke(ctx, last.x, last.y, last.x, last.y, pen);
    frames.schedule();
  }
  function move(e) {
    if (e.pointerId !== active) return;
    // A fast pen reports several points per event; draw them all, report once a frame.
    const points = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const p of points.length ? points : [e]) {
      const q = at(p);
      drawStroke(ctx, last.x, last.y, q.x, q.y, pen);
      last = q;
    }
    frames.schedule();
  }
  function up(e) {
    if (e.pointerId !== active) return;
    active = null;
    frames.schedule();
  }
  const listeners = { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up, lostpointercapture: up };
  for (const [type, fn] of Object.entries(listeners)) canvas.addEventListener(type, fn);

  const root = el('div', { class: 'digit-pad-box' },
    el('div', { class: 'digit-pad-row' }, canvas,
      el('figure', { class: 'digit-input-box' }, preview, el('figcaption', { class: 'small' }, 'What the network sees (28 × 28)'))),
    controls.node, help, status);
  container.append(root);
  clearPad(ctx);
  drawDigit(pctx, input, SIDE);

  return {
    canvas,
    preview,
    clear,
    load,
    input: () => input,
    destroy() {
      frames.cancel();
      for (const [type, fn] of Object.entries(listeners)) canvas.removeEventListener(type, fn);
      root.remove();
    },
  };
}
