// network.js — the network diagram: a column per layer, a button per unit
// with a thumbnail of what that unit computes over the input plane, and links
// whose width is the weight's magnitude and colour its sign (blue +, orange −).
// Hover or focus shows live values; clicking a hidden unit selects it so the
// big map shows that unit alone.
//
// createNetworkView(root, { onSelect }) -> { setModel, setWeights, setThumbs,
//   setOutputThumb, setSelected, draw }.

import { paintUnit, paintDecision, POSITIVE, NEGATIVE, rgb } from './palette.js';
import { fmtWeight } from './format.js';
import { segmentDistance } from './draw/geometry.js';

const WIDTH_BUCKETS = 8;

export function createNetworkView(root, { onSelect }) {
  const links = document.createElement('canvas');
  links.className = 'net-links';
  links.setAttribute('aria-hidden', 'true');
  const nodesBox = document.createElement('div');
  nodesBox.className = 'net-nodes';
  const tip = document.createElement('div');
  tip.className = 'net-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  root.replaceChildren(links, nodesBox, tip);
  const ctx = links.getContext('2d');

  const v = {
    sizes: [], names: [], nodes: [], positions: [], weights: null,
    selected: -1, dirty: true, hoverText: '', focusUnit: null, layoutKey: '',
  };

  // sizes: [inputs, hidden..., outputs]; names: input feature names.
  function setModel(sizes, names, outputLabel) {
    v.sizes = sizes.slice();
    v.names = names.slice();
    v.weights = null;
    nodesBox.replaceChildren();
    v.nodes = [];
    let hiddenIndex = 0;
    sizes.forEach((count, l) => {
      const col = [];
      for (let i = 0; i < count; i++) {
        const isInput = l === 0;
        const isOutput = l === sizes.length - 1;
        const btn = document.createElement(isInput || isOutput ? 'div' : 'button');
        btn.className = `net-node ${isInput ? 'input' : isOutput ? 'output' : 'hidden'}`;
        const thumb = document.createElement('canvas');
        thumb.width = 24;
        thumb.height = 24;
        btn.append(thumb);
        const label = isInput ? (names[i] || `x${i + 1}`)
          : isOutput ? (count === 1 ? outputLabel : `class ${i}`)
            : `layer ${l}, unit ${i + 1}`;
        const node = { layer: l, index: i, el: btn, thumb, label, hidden: -1 };
        if (!isInput && !isOutput) {
          node.hidden = hiddenIndex++;
          btn.type = 'button';
          btn.setAttribute('aria-pressed', 'false');
          btn.addEventListener('click', () => onSelect(v.selected === node.hidden ? -1 : node.hidden));
        } else {
          btn.tabIndex = 0;
          btn.setAttribute('role', 'img');
        }
        btn.setAttribute('aria-label', label);
        btn.addEventListener('mouseenter', () => showNode(node));
        btn.addEventListener('focus', () => showNode(node));
        btn.addEventListener('mouseleave', hideTip);
        btn.addEventListener('blur', hideTip);
        if (isInput) paintInput(thumb, i, count);
        col.push(node);
        nodesBox.append(btn);
      }
      v.nodes.push(col);
    });
    v.layoutKey = '';
    v.dirty = true;
    setSelected(v.selected);
  }

  function setWeights(weights) { v.weights = weights; v.dirty = true; if (v.focusUnit) showNode(v.focusUnit); }

  // planes: Float32Array (H, size, size), hidden units in layer order.
  function setThumbs(planes, size) {
    for (const col of v.nodes) {
      for (const node of col) {
        if (node.hidden < 0) continue;
        const c = node.thumb;
        if (c.width !== size) { c.width = size; c.height = size; }
        const g = c.getContext('2d');
        const img = g.createImageData(size, size);
        paintUnit(img, planes, node.hidden * size * size, size, size);
        g.putImageData(img, 0, 0);
      }
    }
  }

  // The output units' thumbnails from the decision grid, sampled down.
  function setOutputThumb(grid, gridSize, nOutputs) {
    const out = v.nodes[v.nodes.length - 1];
    if (!out) return;
    const s = 24;
    const step = gridSize / s;
    const n = gridSize * gridSize;
    out.forEach((node, k) => {
      const sample = new Float32Array(s * s);
      for (let r = 0; r < s; r++) {
        for (let c = 0; c < s; c++) {
          const i = Math.floor((r + 0.5) * step) * gridSize + Math.floor((c + 0.5) * step);
          sample[r * s + c] = nOutputs === 1 ? grid[i] : grid[k * n + i];
        }
      }
      const g = node.thumb.getContext('2d');
      node.thumb.width = s;
      node.thumb.height = s;
      const img = g.createImageData(s, s);
      if (nOutputs === 1) paintDecision(img, sample, 1, s, s, false);
      else {
        // One class's probability: 0 paper, 1 blue.
        for (let i = 0; i < s * s; i++) sample[i] = sample[i] * 2 - 1;
        paintUnit(img, sample, 0, s, s);
      }
      g.putImageData(img, 0, 0);
    });
  }

  function setSelected(hidden) {
    v.selected = hidden;
    for (const col of v.nodes) {
      for (const node of col) {
        if (node.hidden >= 0) node.el.setAttribute('aria-pressed', String(node.hidden === hidden));
      }
    }
  }

  function paintInput(canvas, i, count) {
    const s = canvas.width;
    const img = canvas.getContext('2d').createImageData(s, s);
    const plane = new Float32Array(s * s);
    for (let r = 0; r < s; r++) {
      for (let c = 0; c < s; c++) plane[r * s + c] = i === 0 ? (c + 0.5) / s * 2 - 1 : 1 - (r + 0.5) / s * 2;
    }
    paintUnit(img, plane, 0, s, s);
    canvas.getContext('2d').putImageData(img, 0, 0);
    if (count === 1 && i === 0) return;
  }

  // Place the nodes; returns the centre of every unit.
  function layout() {
    const W = root.clientWidth || 300;
    const maxUnits = Math.max(1, ...v.sizes);
    const node = Math.max(10, Math.min(34, Math.floor(480 / maxUnits) - 4));
    const gap = Math.max(2, Math.min(10, node / 3));
    const H = Math.max(220, maxUnits * (node + gap) + 24);
    const key = `${W}x${H}:${v.sizes.join(',')}`;
    if (key === v.layoutKey) return;
    v.layoutKey = key;
    root.style.height = `${H}px`;
    const cols = v.sizes.length;
    const colX = (l) => (cols === 1 ? W / 2 : 24 + (l * (W - 48)) / (cols - 1));
    v.positions = v.nodes.map((col, l) => col.map((nd, i) => {
      const total = col.length * (node + gap) - gap;
      const y = (H - total) / 2 + i * (node + gap) + node / 2;
      const x = colX(l);
      nd.el.style.width = `${node}px`;
      nd.el.style.height = `${node}px`;
      nd.el.style.left = `${x - node / 2}px`;
      nd.el.style.top = `${y - node / 2}px`;
      return [x, y];
    }));
    const dpr = window.devicePixelRatio || 1;
    links.width = Math.round(W * dpr);
    links.height = Math.round(H * dpr);
    links.style.width = `${W}px`;
    links.style.height = `${H}px`;
    v.dirty = true;
  }

  function draw() {
    layout();
    if (!v.dirty) return;
    v.dirty = false;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, links.width, links.height);
    if (!v.weights) return;
    // Bucket links by sign and width so thousands of links are 16 strokes.
    const paths = [];
    for (let s = 0; s < 2; s++) for (let b = 0; b < WIDTH_BUCKETS; b++) paths.push(new Path2D());
    v.weights.forEach((layer, l) => {
      const from = v.positions[l];
      const to = v.positions[l + 1];
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

  function showNode(node) {
    v.focusUnit = node;
    const lines = [node.label];
    if (v.weights && node.layer > 0) {
      const layer = v.weights[node.layer - 1];
      lines.push(`bias ${fmtWeight(layer.b[node.index])}`);
      const ins = [];
      for (let i = 0; i < layer.in; i++) ins.push([i, layer.w[node.index * layer.in + i]]);
      ins.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
      const srcNames = v.nodes[node.layer - 1].map((n) => n.label);
      for (const [i, w] of ins.slice(0, 6)) lines.push(`${shortName(srcNames[i])} → ${fmtWeight(w)}`);
      if (ins.length > 6) lines.push(`… ${ins.length - 6} more inputs`);
    }
    if (node.hidden >= 0) lines.push('click to show its map');
    placeTip(lines, node.el.offsetLeft + node.el.offsetWidth + 6, node.el.offsetTop);
  }

  function placeTip(lines, x, y) {
    tip.replaceChildren(...lines.map((t) => { const d = document.createElement('div'); d.textContent = t; return d; }));
    tip.hidden = false;
    const W = root.clientWidth;
    const left = x + 180 > W ? Math.max(0, x - 200) : x;
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, y)}px`;
  }

  function hideTip() { v.focusUnit = null; tip.hidden = true; }

  // Hovering a link shows its weight.
  root.addEventListener('pointermove', (ev) => {
    if (ev.target !== root && ev.target !== links && ev.target !== nodesBox) return;
    const r = root.getBoundingClientRect();
    const hit = nearestLink(ev.clientX - r.left, ev.clientY - r.top);
    if (hit) placeTip([`${shortName(hit.from)} → ${shortName(hit.to)}`, `weight ${fmtWeight(hit.w)}`], ev.clientX - r.left + 12, ev.clientY - r.top + 12);
    else if (!v.focusUnit) tip.hidden = true;
  });
  root.addEventListener('pointerleave', () => { if (!v.focusUnit) tip.hidden = true; });

  function nearestLink(x, y) {
    if (!v.weights) return null;
    let best = null;
    let bestD = 5;
    v.weights.forEach((layer, l) => {
      const from = v.positions[l];
      const to = v.positions[l + 1];
      if (!from || !to || x < from[0][0] || x > to[0][0]) return;
      for (let o = 0; o < layer.out; o++) {
        for (let i = 0; i < layer.in; i++) {
          const d = segmentDistance(x, y, from[i][0], from[i][1], to[o][0], to[o][1]);
          if (d < bestD) {
            bestD = d;
            best = { from: v.nodes[l][i].label, to: v.nodes[l + 1][o].label, w: layer.w[o * layer.in + i] };
          }
        }
      }
    });
    return best;
  }

  return { setModel, setWeights, setThumbs, setOutputThumb, setSelected, draw, invalidate: () => { v.dirty = true; v.layoutKey = ''; } };
}

function shortName(label) {
  const m = /^layer (\d+), unit (\d+)$/.exec(label);
  return m ? `h${m[1]}.${m[2]}` : label;
}

