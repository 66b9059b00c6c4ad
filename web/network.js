// network.js — the network diagram: a column per layer, a button per unit
// with a thumbnail of what that unit computes over the input plane, and links
// whose width is the weight's magnitude and colour its sign (blue +, orange −).
// Hover or focus shows live values; clicking a hidden unit selects it so the
// big map shows that unit alone. For data of two coordinates the input column
// holds every candidate feature (network/inputs.js): pressing one uses it or
// not, the small button beside a used one shows its map on the plot.
//
// createNetworkView(root, { onSelect, onInput, onChoose, onWeight }) ->
//   { setModel, setInputMaps, setWeights, setThumbs, setOutputThumb, setSelected, draw }.
//
// Where units sit and which link is hovered: network/layout.js; the units' names
// and tips: network/labels.js; the pixels: draw/network.js.

import { el } from './dom.js';
import { drawLinks, paintInputThumb, paintUnitThumb, paintOutputThumb } from './draw/network.js';
import { networkLayout, nearestLink } from './network/layout.js';
import { unitLabel, unitTip, linkTip, shortName } from './network/labels.js';
import { createWeightEditor } from './network/weight-editor.js';
import { toggleInput, inputName } from './network/inputs.js';
import { LOCK_TITLE } from './embed.js';

const THUMB_PX = 24;   // an input or output unit's thumbnail
const MAP_GUTTER = 18; // room left of the input column for the map buttons

/** @param {HTMLElement} root
 *  @param {{ onSelect: (i: number) => void, onInput?: (i: number) => void, onChoose?: (inputs: string[]) => void,
 *    onWeight?: (link: { layer: number, from: number, to: number }, value: number) => void }} opts */
export function createNetworkView(root, { onSelect, onInput = () => {}, onChoose = () => {}, onWeight = () => {} }) {
  const links = el('canvas', { class: 'net-links', 'aria-hidden': 'true' });
  const nodesBox = el('div', { class: 'net-nodes' });
  const note = el('p', { class: 'net-note small', role: 'status' });
  const tip = createTip(root);
  const ctx = links.getContext('2d');

  const v = {
    sizes: [], nodes: [], positions: [], weights: null,
    selected: -1, selectedInput: -1, dirty: true, focusUnit: null, layoutKey: '',
    choice: null, spares: [], mapButtons: [], refocus: '',
  };
  const each = (fn) => { for (const col of v.nodes) for (const node of col) fn(node); };
  // Typing a connection's weight: network/weight-editor.js.
  const editor = createWeightEditor(root, {
    links: () => (v.weights || []).flatMap((layer, l) => Array.from({ length: layer.out * layer.in },
      (_, k) => ({ layer: l, from: k % layer.in, to: Math.floor(k / layer.in) }))),
    label: (k) => `${shortName(v.nodes[k.layer][k.from].label)} → ${shortName(v.nodes[k.layer + 1][k.to].label)}`,
    place: (k) => {
      const a = v.positions[k.layer][k.from], b = v.positions[k.layer + 1][k.to];
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    },
    onApply: onWeight,
  });
  root.replaceChildren(links, nodesBox, editor.focusable, editor.field, note, tip.el);

  // sizes: [inputs, hidden..., outputs]; names: input feature names; choice:
  // { all, labels, chosen, locked } to choose the inputs here (plane data), or null.
  function setModel(sizes, names, outputLabel, choice = null) {
    v.choice = choice && sizes.length > 1 && sizes[0] === choice.chosen.length ? choice : null;
    note.textContent = '';
    v.sizes = sizes.slice();
    v.weights = null;
    editor.setWeights(null, true);
    nodesBox.replaceChildren();
    let hiddenIndex = 0;
    v.nodes = sizes.map((count, l) => Array.from({ length: count }, (_, i) => {
      const isHidden = l > 0 && l < sizes.length - 1;
      const node = unitNode(l, i, unitLabel(l, i, sizes, names, outputLabel), isHidden);
      if (isHidden) {
        node.hidden = hiddenIndex++;
        node.el.addEventListener('click', () => onSelect(v.selected === node.hidden ? -1 : node.hidden));
      } else if (l === 0 && v.choice) {
        chooser(node, v.choice.chosen[i], true, v.choice, press);
      } else if (l === 0) {
        node.el.addEventListener('click', () => onInput(v.selectedInput === i ? -1 : i));
      }
      watch(node);
      if (l === 0) paintInputThumb(node.thumb.getContext('2d'), i, node.thumb.width);
      nodesBox.append(node.el);
      return node;
    }));
    addChoice(v, nodesBox, { watch, press, showMap: (i) => onInput(v.selectedInput === i ? -1 : i) });
    v.layoutKey = '';
    v.dirty = true;
    setSelected(v.selected);
  }

  function watch(node) {
    node.el.addEventListener('mouseenter', () => showNode(node));
    node.el.addEventListener('focus', () => showNode(node));
    node.el.addEventListener('mouseleave', hideTip);
    node.el.addEventListener('blur', hideTip);
  }

  // A press on a candidate input: the new list, or why not.
  function press(name) {
    const r = toggleInput(v.choice.all, v.choice.chosen, name);
    if (r.refused) { note.textContent = r.refused; return; }
    note.textContent = '';
    v.refocus = name;
    onChoose(r.next);
  }

  // maps: Float32Array (inputs, size, size), each input over the picture,
  // −1..1 (worker/data.js inputMaps); the input units' thumbnails. features:
  // every candidate's map (featureMaps), for the unused ones.
  function setInputMaps(maps, size, features = null) {
    const col = v.nodes[0];
    if (!col || !maps || maps.length !== col.length * size * size) return;
    col.forEach((node, i) => paintPlaneThumb(node.thumb, maps, i * size * size, size));
    if (features) for (const node of v.spares) paintPlaneThumb(node.thumb, features, node.slot * size * size, size);
  }

  function setWeights(weights) {
    v.weights = weights;
    v.dirty = true;
    editor.setWeights(weights, false);
    if (v.focusUnit) showNode(v.focusUnit);
  }

  // planes: Float32Array (H, size, size), hidden units in layer order.
  function setThumbs(planes, size) {
    each((node) => {
      if (node.hidden < 0) return;
      const c = node.thumb;
      if (c.width !== size) { c.width = size; c.height = size; }
      paintUnitThumb(c.getContext('2d'), planes, node.hidden * size * size, size);
    });
  }

  // The output units' thumbnails from the decision grid, sampled down.
  function setOutputThumb(grid, gridSize, nOutputs) {
    const out = v.nodes[v.nodes.length - 1];
    if (!out) return;
    out.forEach((node, k) => {
      // Setting a canvas's size clears and reallocates it: only when it changes
      // (this runs every frame).
      if (node.thumb.width !== THUMB_PX || node.thumb.height !== THUMB_PX) {
        node.thumb.width = THUMB_PX;
        node.thumb.height = THUMB_PX;
      }
      paintOutputThumb(node.thumb.getContext('2d'), grid, gridSize, nOutputs, k, THUMB_PX);
    });
  }

  // hidden: the selected hidden unit, input: the selected input (-1: none).
  function setSelected(hidden, input = -1) {
    v.selected = hidden;
    v.selectedInput = input;
    each((node) => {
      if (node.hidden >= 0) node.el.setAttribute('aria-pressed', String(node.hidden === hidden));
      else if (node.layer === 0 && !v.choice) node.el.setAttribute('aria-pressed', String(node.index === input));
    });
    v.mapButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === input)));
  }

  // Place the units and size the links canvas when the width or the layers change.
  function layout() {
    const W = root.clientWidth || 300;
    const c = v.choice;
    // With the choice, the input column has a slot for every candidate; the
    // links (and their hit test) use the used inputs' slots.
    const L = networkLayout(W, c ? [c.all.length, ...v.sizes.slice(1)] : v.sizes, c ? MAP_GUTTER : 0);
    const key = `${W}x${L.height}:${v.sizes.join(',')}`;
    if (key === v.layoutKey) return;
    v.layoutKey = key;
    root.style.height = `${L.height}px`;
    v.positions = c ? [v.nodes[0].map((n) => L.positions[0][n.slot]), ...L.positions.slice(1)] : L.positions;
    placeUnits(v.nodes, { node: L.node, positions: v.positions });
    placeUnits([v.spares], { node: L.node, positions: [v.spares.map((n) => L.positions[0][n.slot])] });
    v.mapButtons.forEach((b, i) => {
      const [x, y] = v.positions[0][i];
      b.style.left = `${x - L.node / 2 - MAP_GUTTER}px`;
      b.style.top = `${y - 8}px`;
    });
    sizeCanvas(links, W, L.height);
    v.dirty = true;
    editor.relayout();
  }

  function draw() {
    layout();
    if (!v.dirty) return;
    v.dirty = false;
    drawLinks(ctx, v.weights, v.positions, window.devicePixelRatio || 1);
  }

  function showNode(node) {
    v.focusUnit = node;
    const labels = v.nodes.map((col) => col.map((n) => n.label));
    tip.show(unitTip(node, v.weights, labels), node.el.offsetLeft + node.el.offsetWidth + 6, node.el.offsetTop);
  }

  function hideTip() { v.focusUnit = null; tip.hide(); }

  // Hovering a link shows its weight.
  root.addEventListener('pointermove', (ev) => {
    if (ev.target !== root && ev.target !== links && ev.target !== nodesBox) return;
    const r = root.getBoundingClientRect();
    const x = ev.clientX - r.left;
    const y = ev.clientY - r.top;
    const hit = nearestLink(v.weights, v.positions, x, y);
    if (hit) {
      const label = (l, i) => v.nodes[l][i].label;
      tip.show(linkTip(label(hit.layer, hit.from), label(hit.layer + 1, hit.to), hit.w), x + 12, y + 12);
    } else if (!v.focusUnit) tip.hide();
  });
  // Clicking a link opens its weight's field.
  root.addEventListener('click', (ev) => {
    if (ev.target !== root && ev.target !== links && ev.target !== nodesBox) return;
    const r = root.getBoundingClientRect();
    const hit = nearestLink(v.weights, v.positions, ev.clientX - r.left, ev.clientY - r.top);
    if (hit) { tip.hide(); editor.openAt(hit); }
  });
  root.addEventListener('pointerleave', () => { if (!v.focusUnit) tip.hide(); });

  return { setModel, setInputMaps, setWeights, setThumbs, setOutputThumb, setSelected, draw, invalidate: () => { v.dirty = true; v.layoutKey = ''; } };
}

// An input unit that turns its feature on or off; used ones are connected.
function chooser(node, name, used, c, press) {
  // The choice's label, so a unit reads the same whichever inputs are used.
  const slot = c.all.indexOf(name);
  Object.assign(node, { name, slot, label: c.labels[slot], hint: used ? 'press to stop using it' : 'press to use it' });
  node.el.classList.add('choice');
  // Its name on the unit itself, as the diagram's column is where inputs are
  // chosen (the accessible name says it in full).
  node.el.append(el('span', { class: 'net-name', 'aria-hidden': 'true' }, node.label));
  if (!used) node.el.classList.add('spare');
  node.el.setAttribute('aria-pressed', String(used));
  node.el.setAttribute('aria-label', inputName(node.label, used));
  if (c.locked) { node.el.disabled = true; node.el.title = LOCK_TITLE; }
  node.el.addEventListener('click', () => press(name));
}

// The unused candidates (faded, unconnected) and a map button per used input.
function addChoice(v, nodesBox, { watch, press, showMap }) {
  const c = v.choice;
  v.spares = [];
  v.mapButtons = [];
  if (!c) { v.refocus = ''; return; }
  v.spares = c.all.filter((f) => !c.chosen.includes(f)).map((name) => {
    const node = unitNode(0, -1, c.labels[c.all.indexOf(name)], false);
    chooser(node, name, false, c, press);
    watch(node);
    return node;
  });
  v.mapButtons = v.nodes[0].map((node, i) => {
    const b = el('button', {
      class: 'net-map', type: 'button', 'aria-pressed': 'false', 'aria-label': `Show ${node.label}'s map on the plot`,
      title: `show ${node.label}'s map on the plot`, onclick: () => showMap(i),
    }, '◐');
    return b;
  });
  // The input column's tab order is its top-to-bottom order, a map button before its unit.
  const column = [...v.nodes[0], ...v.spares].sort((p, q) => p.slot - q.slot);
  nodesBox.prepend(...column.flatMap((n) => (n.index >= 0 ? [v.mapButtons[n.index], n.el] : [n.el])));
  // A unit pressed from the keyboard keeps the focus once the model is rebuilt.
  const again = [...v.nodes[0], ...v.spares].find((n) => n.name === v.refocus);
  if (again && !c.locked) again.el.focus();
  v.refocus = '';
}

// A unit's element: a button for a hidden unit (pressed while selected), a
// focusable picture otherwise; node.hidden (its index among the hidden units)
// is set by the caller.
function unitNode(layer, index, label, isHidden) {
  const thumb = el('canvas', { width: THUMB_PX, height: THUMB_PX });
  // Hidden units and inputs are buttons that show their map on the plot.
  const box = isHidden || layer === 0
    ? el('button', { class: `net-node ${isHidden ? 'hidden' : 'input'}`, type: 'button', 'aria-pressed': 'false', 'aria-label': label }, thumb)
    : el('div', { class: 'net-node output', tabindex: '0', role: 'img', 'aria-label': label }, thumb);
  return { layer, index, el: box, thumb, label, hidden: -1 };
}

// Size and place every unit's element at its centre from networkLayout.
function placeUnits(nodes, L) {
  nodes.forEach((col, l) => col.forEach((nd, i) => {
    const [x, y] = L.positions[l][i];
    nd.el.style.width = `${L.node}px`;
    nd.el.style.height = `${L.node}px`;
    nd.el.style.left = `${x - L.node / 2}px`;
    nd.el.style.top = `${y - L.node / 2}px`;
  }));
}

// An s × s plane sampled down onto a THUMB_PX thumbnail.
function paintPlaneThumb(canvas, planes, offset, s) {
  const t = THUMB_PX, step = s / t;
  const sample = new Float32Array(t * t);
  for (let r = 0; r < t; r++) {
    for (let c = 0; c < t; c++) sample[r * t + c] = planes[offset + Math.floor((r + 0.5) * step) * s + Math.floor((c + 0.5) * step)];
  }
  if (canvas.width !== t) { canvas.width = t; canvas.height = t; }
  paintUnitThumb(canvas.getContext('2d'), sample, 0, t);
}

// A canvas of W × H CSS pixels, at the screen's pixel density.
function sizeCanvas(canvas, W, H) {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(W * dpr);
  canvas.height = Math.round(H * dpr);
  canvas.style.width = `${W}px`;
  canvas.style.height = `${H}px`;
}

// The tip: lines of text at (x, y) in the diagram, kept inside its width.
function createTip(root) {
  const box = el('div', { class: 'net-tip', role: 'status', hidden: true });
  function show(lines, x, y) {
    box.replaceChildren(...lines.map((t) => el('div', {}, t)));
    box.hidden = false;
    const W = root.clientWidth;
    const left = x + 180 > W ? Math.max(0, x - 200) : x;
    box.style.left = `${left}px`;
    box.style.top = `${Math.max(0, y)}px`;
  }
  return { el: box, show, hide: () => { box.hidden = true; } };
}
