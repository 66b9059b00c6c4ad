// network/weight-editor.js — reading and typing one connection's weight in
// the network diagram, as in TensorFlow Playground. The diagram's links are
// one tab stop (a roving focus: the arrow keys walk the connections, Enter
// opens the field); a click on a link opens the field too. In the field,
// Enter applies the number typed, Escape cancels; a value that is no weight
// is refused with a message in its own terms and changes nothing.
//
// createWeightEditor(root, { links, label, place, onApply }) -> { focusable, field, setWeights, relayout, openAt(link), close() }
//   links():  the connections in order, [{ layer, from, to }]
//   label(link): 'x₁ → h1.2', what the connection joins
//   place(link): [x, y] in the diagram's CSS px, the connection's midpoint
//   onApply(link, value): the weight to set (the worker's 'weight' intent)

import { el } from '../dom.js';
import { engineLimit } from '../state.js';
import { fmtNumber, fmtWeight } from '../format.js';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The weight a typed text means, or { error } saying why it is none. */
export function readWeight(text) {
  const t = String(text).trim();
  if (t === '') return { error: 'Type a number for the weight, such as 0.5 or -1.2.' };
  if (!NUMBER_TEXT.test(t)) return { error: `"${t.length > 20 ? `${t.slice(0, 20)}…` : t}" is not a number: type a weight such as 0.5 or -1.2.` };
  const v = Number(t);
  const max = engineLimit('maxWeight');
  if (!Number.isFinite(v) || Math.abs(v) > max) {
    return { error: `${fmtNumber(v)} is too large: a weight must lie between -${fmtNumber(max)} and ${fmtNumber(max)}.` };
  }
  return { value: v };
}

export function createWeightEditor(root, { links, label, place, onApply }) {
  const focusable = el('div', { class: 'net-link-focus', tabindex: '0', role: 'button', 'aria-label': 'Connections' });
  const input = el('input', { type: 'text', inputmode: 'decimal', class: 'weight-input', id: 'weight-input', autocomplete: 'off' });
  const title = el('label', { for: 'weight-input', class: 'weight-title' });
  const msg = el('p', { class: 'weight-msg', id: 'weight-msg', role: 'alert' });
  const field = el('div', { class: 'weight-editor', hidden: true }, title, input, msg);
  let weights = null;
  let at = 0;          // the focused connection's index in links()
  let editing = null;  // the connection whose field is open

  const weightOf = (l) => (weights && weights[l.layer] ? weights[l.layer].w[l.to * weights[l.layer].in + l.from] : NaN);
  const describe = (l) => `Connection ${label(l)}, weight ${fmtWeight(weightOf(l))}`;

  // The focus box sits on the focused connection's midpoint, so the focus
  // ring shows which one the arrow keys reached.
  function moveFocus(i) {
    const list = links();
    if (!list.length) return;
    at = (i + list.length) % list.length;
    const [x, y] = place(list[at]);
    focusable.style.left = `${x - 7}px`;
    focusable.style.top = `${y - 7}px`;
    focusable.setAttribute('aria-label', `${describe(list[at])}. Arrow keys: another connection; Enter: type its weight.`);
  }

  function openAt(link) {
    editing = link;
    const [x, y] = place(link);
    title.textContent = `Weight ${label(link)}`;
    input.value = String(Number(weightOf(link).toPrecision(6)));
    msg.textContent = '';
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    field.hidden = false;
    const W = root.clientWidth || 300;
    field.style.left = `${Math.max(0, Math.min(W - 190, x - 90))}px`;
    field.style.top = `${Math.max(0, Math.min((root.clientHeight || 220) - 90, y + 10))}px`;
    input.focus();
    input.select();
  }

  function close(refocus) {
    editing = null;
    field.hidden = true;
    if (refocus) focusable.focus();
  }

  function apply() {
    const r = readWeight(input.value);
    if (r.error !== undefined) {
      msg.textContent = r.error;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'weight-msg');
      return;
    }
    const link = editing;
    close(true);
    onApply(link, r.value);
  }

  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); apply(); }
    else if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); close(true); }
  });
  // Leaving the field without Enter keeps the weight as it was.
  input.addEventListener('blur', () => { if (editing) setTimeout(() => { if (editing && root.ownerDocument.activeElement !== input) close(false); }, 0); });
  focusable.addEventListener('focus', () => moveFocus(at));
  focusable.addEventListener('keydown', (ev) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[ev.key];
    if (step) { ev.preventDefault(); moveFocus(at + step); } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const list = links();
      if (list[at]) openAt(list[at]);
    }
  });

  return {
    focusable, field, openAt, close: () => close(false),
    get editing() { return editing; },
    /** New weights (each frame); a new model's links start from the first. */
    setWeights(w, fresh) {
      weights = w;
      focusable.hidden = !w || !w.length;
      if (fresh) { at = 0; close(false); }
    },
    /** The diagram was laid out again: keep the focus box on its connection. */
    relayout() { if (root.ownerDocument.activeElement === focusable) moveFocus(at); },
  };
}
