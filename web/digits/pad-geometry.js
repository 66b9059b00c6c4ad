// digits/pad-geometry.js — where a pointer is on the pad, and how wide its pen
// is. Pure; the pad (digits/pad.js) measures the canvas and hands the numbers in.
//
//   padPoint(clientX, clientY, rect, width, height) -> { x, y } in canvas pixels
//     rect: the canvas's getBoundingClientRect() (CSS px); width, height: its
//     backing size. The canvas may be shown at any CSS size (the page scales it
//     on a phone); strokes land where the pen is. Points outside are kept (a
//     stroke may leave the pad and come back) and clipped by the drawing.
//   penWidth(size) -> the stroke width in canvas pixels for a size × size pad

/** Pad side in canvas pixels: ten per pixel of the 28×28 input. */
export const PAD_SIZE = 280;

export function padPoint(clientX, clientY, rect, width, height) {
  const w = rect.width > 0 ? rect.width : width;
  const h = rect.height > 0 ? rect.height : height;
  return { x: ((clientX - rect.left) * width) / w, y: ((clientY - rect.top) * height) / h };
}

// A twelfth of the pad: a digit written across most of it (~240 px tall) is
// scaled to 20 px, which makes the pen about 2 px wide there, as MNIST's
// strokes are; a digit written half as tall gets strokes twice as thick,
// still within what the training set holds.
export function penWidth(size) {
  return Math.max(1, Math.round(size / 12));
}
