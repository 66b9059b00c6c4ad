// draw/digit.js — pictures of handwritten digits: grey levels in [0, 1] as
// ink on paper, and the pad's pen strokes. Pure drawing: (ctx or pixels, data).
//
//   paintDigit(rgba, pixels)             fill RGBA bytes (4 per pixel) from grey levels:
//                                        0 paper (white), 1 ink (black), in between grey
//   drawDigit(ctx, pixels, side = 28)    the side × side digit into ctx at (0, 0), one
//                                        canvas pixel per image pixel (CSS scales it up)
//   inkFromRgba(rgba, out)               the pad's pixels back as ink: 1 - red / 255
//   drawStroke(ctx, x0, y0, x1, y1, w)   a pen segment of width w with round ends
//                                        (x0 = x1, y0 = y1 draws a dot)
//   clearPad(ctx)                        the whole canvas as blank paper
//
// Why black on white rather than alpha: the pad then looks like paper in any
// theme and in a saved picture, and ink reads back from one channel exactly.

export const PAPER = 255;
export const INK = 0;

export function paintDigit(rgba, pixels) {
  if (rgba.length !== pixels.length * 4) {
    throw new Error(`paintDigit: ${pixels.length} pixels need ${pixels.length * 4} RGBA bytes; got ${rgba.length}`);
  }
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i];
    const ink = v > 0 ? (v < 1 ? v : 1) : 0;
    const grey = Math.round(PAPER + (INK - PAPER) * ink);
    const o = i * 4;
    rgba[o] = grey; rgba[o + 1] = grey; rgba[o + 2] = grey; rgba[o + 3] = 255;
  }
  return rgba;
}

export function drawDigit(ctx, pixels, side = 28) {
  const img = ctx.createImageData(side, side);
  paintDigit(img.data, pixels);
  ctx.putImageData(img, 0, 0);
}

export function inkFromRgba(rgba, out = new Float32Array(rgba.length / 4)) {
  for (let i = 0; i < out.length; i++) out[i] = (PAPER - rgba[i * 4]) / (PAPER - INK);
  return out;
}

export function drawStroke(ctx, x0, y0, x1, y1, w) {
  ctx.strokeStyle = `rgb(${INK},${INK},${INK})`;
  ctx.fillStyle = ctx.strokeStyle;
  if (x0 === x1 && y0 === y1) {
    ctx.beginPath();
    ctx.arc(x0, y0, w / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.lineWidth = w;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

export function clearPad(ctx) {
  ctx.fillStyle = `rgb(${PAPER},${PAPER},${PAPER})`;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
}
