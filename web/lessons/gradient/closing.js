// gradient/closing.js — what this lesson ends with (kit/question.js): its
// question, and its "Try this" list (text.js).
export { TRY } from './text.js';

export const QUESTION = {
  ask: 'A point x = (2, 1) with label y = 1 is predicted \u0177 = 0.5. With \u03b1 = 0.1, how does one step on it change w1?',
  choices: ['w1 goes down by 0.1', 'w1 goes up by 0.1', 'w1 goes up by 0.05', 'w1 does not change'],
  answer: 1,
  why: 'w1 \u2190 w1 + \u03b1(y \u2212 \u0177)x1 = w1 + 0.1\u00b7(1 \u2212 0.5)\u00b72 = w1 + 0.1.',
};
