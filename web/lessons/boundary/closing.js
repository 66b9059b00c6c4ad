// boundary/closing.js — what this lesson ends with (kit/question.js): its
// question, and its "Try this" list (text.js).
export { TRY } from './text.js';

export const QUESTION = {
  ask: 'Under the line 2\u00b7test + grades \u2212 18 = 0, a student has test 7 and grades 3. What is their score, and are they accepted?',
  choices: ['\u22121: rejected', '1: accepted', '2: accepted', '0: accepted'],
  answer: 0,
  why: '2\u00b77 + 3 \u2212 18 = 14 + 3 \u2212 18 = \u22121, which is not above 0: rejected.',
};
