// network/inputs.js — choosing the input features in the network diagram, as
// in TensorFlow Playground: the input column shows every feature of the
// engine's table (x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂), the used ones
// connected, the others faded; pressing one turns it on or off. The state's
// `inputs` is the one owner; these only say what a press asks for.
//
//   toggleInput(all, chosen, name) -> { next } | { refused }
//     all: the table's names in its order; chosen: the used ones; next: the
//     new list in the table's order; refused: why nothing changes
//   inputName(label, used) -> the unit's accessible name

export const LAST_INPUT = 'The model needs at least one input: turn another on first.';

export function toggleInput(all, chosen, name) {
  const on = chosen.includes(name);
  if (on && chosen.length === 1) return { refused: LAST_INPUT };
  return { next: on ? chosen.filter((f) => f !== name) : all.filter((f) => f === name || chosen.includes(f)) };
}

export const inputName = (label, used) => (used ? `${label}, used: press to stop using it` : `${label}, not used: press to use it`);
