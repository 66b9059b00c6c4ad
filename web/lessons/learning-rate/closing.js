// learning-rate/closing.js — what this lesson ends with (kit/question.js): its
// question, and its "Try this" list (text.js).
export { TRY } from './text.js';

export const QUESTION = {
  ask: 'With E(w) = w\u00b2, each step is w \u2190 (1 \u2212 2\u03b1)\u00b7w. Which learning rate makes the weight overshoot the bottom every step and still settle there?',
  choices: ['\u03b1 = 0.02', '\u03b1 = 0.3', '\u03b1 = 0.8', '\u03b1 = 1.1'],
  answer: 2,
  why: 'At 0.8 the factor is 1 \u2212 1.6 = \u22120.6: the weight changes sign every step (an overshoot), but shrinks by 0.6 each time, so it settles. At 1.1 the factor is \u22121.2 and it grows.',
};
