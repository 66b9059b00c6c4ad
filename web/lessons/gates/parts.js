// gates/parts.js — small pieces both of the gates lesson's panels use.
import { el } from '../../dom.js';
import { MINUS } from '../kit/plot2d.js';
import { LEGEND } from './text.js';

export function legend() {
  return el('p', { class: 'gt-legend' }, LEGEND.map(([cls, glyph, text]) => el('span', {},
    el('span', { class: cls, 'aria-hidden': 'true' }, glyph), text)));
}

export function message(text) {
  return el('p', { class: 'gt-message' }, text);
}

/** An activation to three decimals with a true minus sign; a dash when not finite. */
export function fixed(v) {
  if (!Number.isFinite(v)) return '\u2014';
  const t = v.toFixed(3);
  return t.startsWith('-') ? MINUS + t.slice(1) : t;
}
