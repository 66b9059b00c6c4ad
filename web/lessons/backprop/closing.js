// backprop/closing.js — what this lesson ends with (kit/question.js): its
// question, and its "Try this" list (text.js).
export { TRY } from './text.js';

export const QUESTION = {
  ask: 'For a sigmoid output with the cross-entropy error, what is \u2202E/\u2202z, the product \u2202E/\u2202\u0177 \u00b7 \u2202\u0177/\u2202z?',
  choices: ['\u0177(1 \u2212 \u0177)', '\u0177 \u2212 y', 'y \u00b7 ln \u0177', '\u2212y / \u0177'],
  answer: 1,
  why: 'For y = 1, \u2202E/\u2202\u0177 = \u22121/\u0177 and \u2202\u0177/\u2202z = \u0177(1 \u2212 \u0177), so the product is \u2212(1 \u2212 \u0177) = \u0177 \u2212 1; for y = 0 it is \u0177. Both are \u0177 \u2212 y: the error signal is just prediction minus label.',
};
