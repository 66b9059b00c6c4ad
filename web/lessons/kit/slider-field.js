// kit/slider-field.js — one number shown twice: a slider and a typed input
// side by side, each moving the other. Both are keyboard operable (arrows on
// the slider, typing in the box); a typed value outside [min, max] is marked
// (aria-invalid plus a message) and not used. The sigmoid and softmax
// lessons use it.
import { el } from '../../dom.js';

const MINUS = /\u2212/g;

/** { id, label, min, max, step, value, onInput(v), onChange(v) } ->
 *  { node, set(v) }. onInput runs while the value moves, onChange once it
 *  settles (slider released or stepped, box committed): announce there.
 * @param {{ id: string, label: string, min: number, max: number, step: number, value: number,
 *   onInput: (v: number) => void, onChange?: (v: number) => void }} spec */
export function sliderField({ id, label, min, max, step, value, onInput, onChange = (_v) => {} }) {
  const msg = el('span', { class: 'sf-msg', id: `${id}-msg` });
  const range = el('input', {
    type: 'range', id: `${id}-range`, min, max, step, value: String(value), 'aria-labelledby': `${id}-label`,
    oninput: () => { box.value = range.value; clear(); onInput(Number(range.value)); },
    onchange: () => onChange(Number(range.value)),
  });
  const box = el('input', {
    type: 'text', inputmode: 'decimal', id, value: String(value), class: 'sf-box', 'aria-describedby': `${id}-msg`,
    onchange: () => {
      const text = box.value.trim().replace(MINUS, '-');
      const v = text === '' ? NaN : Number(text);
      if (!Number.isFinite(v) || v < min || v > max) {
        box.setAttribute('aria-invalid', 'true');
        msg.textContent = `${label} must be a number from ${min} to ${max} (kept ${range.value}).`;
        return;
      }
      clear();
      range.value = String(v);
      onInput(v);
      onChange(v);
    },
  });
  function clear() { box.removeAttribute('aria-invalid'); msg.textContent = ''; }
  const node = el('div', { class: 'sf-field' },
    el('label', { for: id, id: `${id}-label` }, label), range, box, msg);
  return {
    node,
    set(v) { range.value = String(v); box.value = String(v); clear(); },
  };
}
