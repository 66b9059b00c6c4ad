// network/labels.js — the diagram's words: each unit's name, and the lines of
// the tip shown on hovering or focusing a unit or a link.
//
//   unitLabel(layer, index, sizes, names, outputLabel) -> 'x1' | 'layer 1, unit 3' | 'class 2' | outputLabel
//   unitTip(unit, weights, labels) -> [line...]: name, bias, the six largest incoming weights
//   linkTip(fromLabel, toLabel, w) -> [line...]
//   shortName(label)                -> 'h1.3' for 'layer 1, unit 3', else the label

import { fmtWeight } from '../format.js';

const TIP_INPUTS = 6;   // incoming weights listed in a unit's tip

export function unitLabel(layer, index, sizes, names, outputLabel) {
  if (layer === 0) return names[index] || `x${index + 1}`;
  if (layer === sizes.length - 1) return sizes[layer] === 1 ? outputLabel : `class ${index}`;
  return `layer ${layer}, unit ${index + 1}`;
}

/** unit: { layer, index, label, hidden, hint? } (hidden >= 0 for a hidden unit;
 *  hint: what pressing it does, when not the map);
 *  weights: model.layers() or null; labels[l][i]: every unit's label. */
export function unitTip(unit, weights, labels) {
  const lines = [unit.label];
  if (weights && unit.layer > 0) {
    const layer = weights[unit.layer - 1];
    lines.push(`bias ${fmtWeight(layer.b[unit.index])}`);
    const ins = [];
    for (let i = 0; i < layer.in; i++) ins.push([i, layer.w[unit.index * layer.in + i]]);
    ins.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    const srcNames = labels[unit.layer - 1];
    for (const [i, w] of ins.slice(0, TIP_INPUTS)) lines.push(`${shortName(srcNames[i])} → ${fmtWeight(w)}`);
    if (ins.length > TIP_INPUTS) lines.push(`… ${ins.length - TIP_INPUTS} more inputs`);
  }
  if (unit.hint) lines.push(unit.hint);
  else if (unit.hidden >= 0 || unit.layer === 0) lines.push('click to show its map');
  return lines;
}

export function linkTip(fromLabel, toLabel, w) {
  return [`${shortName(fromLabel)} → ${shortName(toLabel)}`, `weight ${fmtWeight(w)}`];
}

export function shortName(label) {
  const m = /^layer (\d+), unit (\d+)$/.exec(label);
  return m ? `h${m[1]}.${m[2]}` : label;
}
