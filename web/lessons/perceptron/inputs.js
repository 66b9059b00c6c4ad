// perceptron/inputs.js — the learning-rate and starting-line inputs: filled
// from the lesson's values, read back with the same rules as the URL, and
// marked (aria-invalid plus a message) when a value cannot be used.
import { validateParam } from '../../state.js';
import { lineEquation, MINUS } from '../kit/plot2d.js';

const LIMIT = 1000;           // |w1|, |w2|, |b| of a typed starting line
const NUMBER = /^[-+\u2212]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function fillInputs(d, lr, start) {
  d.lrInput.value = String(lr);
  d.lineInputs[0].value = String(start.w[0]);
  d.lineInputs[1].value = String(start.w[1]);
  d.lineInputs[2].value = String(start.b);
  for (const i of [d.lrInput, ...d.lineInputs]) i.removeAttribute('aria-invalid');
  d.inputMsg.textContent = '';
}

/** The typed learning rate, or undefined (and a message keeping `current`). */
export function readLr(d, current) {
  const v = validateParam('pcLr', d.lrInput.value.replace(MINUS, '-'));
  if (v === undefined) {
    d.lrInput.setAttribute('aria-invalid', 'true');
    d.inputMsg.textContent = `The learning rate must be a number from 0.0001 to 10 (kept ${current}).`;
    return undefined;
  }
  d.lrInput.removeAttribute('aria-invalid');
  d.inputMsg.textContent = `Learning rate a = ${v} from the next step.`;
  return v;
}

/** The typed starting line { w, b }, or null (and a message). */
export function readStart(d) {
  const values = d.lineInputs.map((input) => {
    const text = input.value.trim();
    const v = NUMBER.test(text) ? Number(text.replace(MINUS, '-')) : NaN;
    const ok = Number.isFinite(v) && Math.abs(v) <= LIMIT;
    if (ok) input.removeAttribute('aria-invalid'); else input.setAttribute('aria-invalid', 'true');
    return ok ? v : null;
  });
  if (values.includes(null)) {
    d.inputMsg.textContent = `w1, w2 and b must be numbers between ${MINUS}${LIMIT} and ${LIMIT}; the line was not changed.`;
    return null;
  }
  const start = { w: [values[0], values[1]], b: values[2] };
  d.inputMsg.textContent = `Starting line ${lineEquation(start.w, start.b)}; steps reset to 0.`;
  return start;
}
