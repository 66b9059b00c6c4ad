// network/inputs.js — the input feature chooser above the network diagram:
// one toggle button per feature of the engine's table (x₁, x₂, x₁², x₂²,
// x₁·x₂, sin x₁, sin x₂), pressed while the model takes it as an input, as in
// TensorFlow Playground. The state's `inputs` is the one owner; this only
// shows it and asks for changes.
//
// createInputChooser(doc, box, { onChange }) -> { render(state) }
//   onChange('inputs', list) with the new list in the engine's order.

import { el } from '../dom.js';
import { engineNames, label } from '../state.js';

export function createInputChooser(doc, box, { onChange }) {
  const names = engineNames('features');
  const note = el('span', { class: 'inputs-note small', role: 'status' });
  const buttons = names.map((name) => el('button', {
    type: 'button', class: 'input-btn', 'aria-pressed': 'false', dataset: { feature: name },
    onclick: () => toggle(name),
  }, label('features', name)));
  box.replaceChildren(el('span', { class: 'inputs-title', id: 'inputs-title' }, 'Inputs'), ...buttons, note);
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 'inputs-title');
  let current = ['x1', 'x2'];

  function toggle(name) {
    const on = current.includes(name);
    if (on && current.length === 1) {
      note.textContent = 'The model needs at least one input: turn another on first.';
      return;
    }
    note.textContent = '';
    const next = on ? current.filter((f) => f !== name) : names.filter((f) => f === name || current.includes(f));
    onChange('inputs', next);
  }

  function render(state) {
    current = state.inputs.slice();
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(current.includes(names[i]))));
  }

  return { render };
}
