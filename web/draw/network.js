// draw/network.js — the network diagram's pixels: the links between units
// and each unit's thumbnail.
//
//   drawLinks(ctx, weights, positions, dpr)   every link, width by |w|, colour by sign
//   paintInputThumb(ctx, i, s)                input i's plane: x1 left to right, x2 bottom to top
//   paintUnitThumb(ctx, planes, offset, s)    a hidden unit's s × s activation plane
//   paintOutputThumb(ctx, grid, gridSize, nOutputs, k, s)
//                                             output k's map, sampled down to s × s
// weights: model.layers() ({ in, out, w }); positions[l][i]: [x, y] in CSS px
// (network/layout.js); planes and grids: Float32Array, row-major.

import { paintUnit, paintDecision, POSITIVE, NEGATIVE, rgb } from '../palette.js';

const WIDTH_BUCKETS = 8;

export function drawLinks(ctx, weights, positions, dpr) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (!weights) return;
  // Bucket links by sign and width so thousands of links are 16 strokes.
  const paths = [];
  for (let s = 0; s < 2; s++) for (let b = 0; b < WIDTH_BUCKETS; b++) paths.push(new Path2D());
  weights.forEach((layer, l) => {
    const from = positions[l];
    const to = positions[l + 1];
    if (!from || !to) return;
    for (let o = 0; o < layer.out; o++) {
      for (let i = 0; i < layer.in; i++) {
        const w = layer.w[o * layer.in + i];
        if (!Number.isFinite(w)) continue;
        const b = Math.min(WIDTH_BUCKETS - 1, Math.floor(Math.abs(w) * 3));
        const p = paths[(w >= 0 ? WIDTH_BUCKETS : 0) + b];
        p.moveTo(from[i][0], from[i][1]);
        p.lineTo(to[o][0], to[o][1]);
      }
    }
  });
  for (let s = 0; s < 2; s++) {
    for (let b = 0; b < WIDTH_BUCKETS; b++) {
      ctx.lineWidth = 0.6 + b * 0.7;
      ctx.strokeStyle = rgb(s ? POSITIVE : NEGATIVE, 0.35 + 0.08 * b);
      ctx.stroke(paths[s * WIDTH_BUCKETS + b]);
    }
  }
}

export function paintInputThumb(ctx, i, s) {
  const plane = new Float32Array(s * s);
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) plane[r * s + c] = i === 0 ? (c + 0.5) / s * 2 - 1 : 1 - (r + 0.5) / s * 2;
  }
  paintUnitThumb(ctx, plane, 0, s);
}

export function paintUnitThumb(ctx, planes, offset, s) {
  const img = ctx.createImageData(s, s);
  paintUnit(img, planes, offset, s, s);
  ctx.putImageData(img, 0, 0);
}

/** grid: Float32Array (nOutputs, gridSize, gridSize), as evalGrid's output. */
export function paintOutputThumb(ctx, grid, gridSize, nOutputs, k, s) {
  const step = gridSize / s;
  const n = gridSize * gridSize;
  const sample = new Float32Array(s * s);
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) {
      const i = Math.floor((r + 0.5) * step) * gridSize + Math.floor((c + 0.5) * step);
      sample[r * s + c] = nOutputs === 1 ? grid[i] : grid[k * n + i];
    }
  }
  const img = ctx.createImageData(s, s);
  if (nOutputs === 1) paintDecision(img, sample, 1, s, s, false);
  else {
    // One class's probability: 0 paper, 1 blue.
    for (let i = 0; i < s * s; i++) sample[i] = sample[i] * 2 - 1;
    paintUnit(img, sample, 0, s, s);
  }
  ctx.putImageData(img, 0, 0);
}
