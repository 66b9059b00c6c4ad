// network/layout.js — where the diagram's units sit, and which link is under
// the pointer. Pure functions of the layer sizes and the weights.
//
//   networkLayout(width, sizes, inset = 0) -> { height, node, positions }
//     sizes: [inputs, hidden..., outputs]; inset: extra room left of the
//     first column (its map buttons); node: a unit's side in CSS px;
//     positions[l][i]: [x, y], the centre of unit i of layer l
//   nearestLink(weights, positions, x, y, reach = 5) -> { layer, from, to, w } | null
//     weights: model.layers() ({ in, out, w }); from / to: unit indices in
//     layers `layer` and `layer + 1`

import { segmentDistance } from '../draw/geometry.js';

export function networkLayout(width, sizes, inset = 0) {
  const maxUnits = Math.max(1, ...sizes);
  const node = Math.max(10, Math.min(34, Math.floor(480 / maxUnits) - 4));
  const gap = Math.max(2, Math.min(10, node / 3));
  const height = Math.max(220, maxUnits * (node + gap) + 24);
  const cols = sizes.length;
  const colX = (l) => (cols === 1 ? width / 2 : 24 + inset + (l * (width - 48 - inset)) / (cols - 1));
  const positions = sizes.map((count, l) => {
    const total = count * (node + gap) - gap;
    return Array.from({ length: count }, (_, i) => [colX(l), (height - total) / 2 + i * (node + gap) + node / 2]);
  });
  return { height, node, positions };
}

/** The link passing nearest (x, y), if one passes within `reach` px. */
export function nearestLink(weights, positions, x, y, reach = 5) {
  if (!weights) return null;
  let best = null;
  let bestD = reach;
  weights.forEach((layer, l) => {
    const from = positions[l];
    const to = positions[l + 1];
    if (!from || !to || x < from[0][0] || x > to[0][0]) return;
    for (let o = 0; o < layer.out; o++) {
      for (let i = 0; i < layer.in; i++) {
        const d = segmentDistance(x, y, from[i][0], from[i][1], to[o][0], to[o][1]);
        if (d < bestD) {
          bestD = d;
          best = { layer: l, from: i, to: o, w: layer.w[o * layer.in + i] };
        }
      }
    }
  });
  return best;
}
