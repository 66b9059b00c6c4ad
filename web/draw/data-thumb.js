// draw/data-thumb.js — the small pictures of data: the "Your data" thumbnail
// in the dataset picker and a class's marker for legends.
//
//   drawDataThumb(ctx, info, size)     the points of info (the worker's description
//                                      of the data) on a size × size square
//   drawEmptyThumb(ctx, size)          a dashed square with a plus: no data yet
//   drawClassMarker(ctx, k, x, y, r)   class k's marker, filled in its colour

import { classColor, CLASS_SHAPES, markerPath, rgb } from '../palette.js';
import { drawStride } from './heatmap.js';

export function drawDataThumb(ctx, info, size) {
  const S = size;
  ctx.fillStyle = '#fbfbf8';
  ctx.fillRect(0, 0, S, S);
  if (info.train.n + info.test.n === 0) { drawEmptyThumb(ctx, S); return; }
  const { x0, x1, y0, y1 } = info.bounds;
  const stride = drawStride(info);   // the plot's sample: a thumbnail needs no more
  for (const pts of [info.train, info.test]) {
    for (let i = 0; i < pts.n; i += stride) {
      const px = ((pts.x[i * info.d] - x0) / (x1 - x0)) * S;
      const py = info.d > 1 ? (1 - (pts.x[i * info.d + 1] - y0) / (y1 - y0)) * S : S / 2;
      drawClassMarker(ctx, pts.y[i], px, py, 2);
    }
  }
}

export function drawEmptyThumb(ctx, size) {
  const S = size;
  ctx.strokeStyle = '#8a93a2';
  ctx.lineWidth = 2;
  ctx.setLineDash([5, 4]);
  ctx.strokeRect(6, 6, S - 12, S - 12);
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(S / 2, 20); ctx.lineTo(S / 2, S - 20);
  ctx.moveTo(20, S / 2); ctx.lineTo(S - 20, S / 2);
  ctx.stroke();
}

export function drawClassMarker(ctx, k, x, y, r) {
  markerPath(ctx, CLASS_SHAPES[k % CLASS_SHAPES.length], x, y, r);
  ctx.fillStyle = rgb(classColor(k));
  ctx.fill();
}
