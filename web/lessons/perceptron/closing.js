// perceptron/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'Pick \u201cTen steps\u201d and count the Steps until (1, 1) is classified correctly: each one raises its score by 0.3.',
  'Set the learning rate to 1 and compare how far one Step moves the line.',
  'Pick \u201cXOR (no line works)\u201d and Run: the line never settles.',
];

export const QUESTION = {
  ask: 'The line is 3x1 + 4x2 \u2212 10 = 0 and the point (4, 5), labelled negative, lies in the positive area. With a learning rate of 0.1, what is the line after one step of the perceptron trick?',
  choices: ['3.4x1 + 4.5x2 \u2212 9.9 = 0', '2.6x1 + 3.5x2 \u2212 10.1 = 0', '2.6x1 + 3.5x2 \u2212 9.9 = 0'],
  answer: 1,
  why: 'The point is on the positive side but labelled negative, so the trick subtracts 0.1\u00b7(4, 5, 1) from (3, 4, \u221210): the line moves towards the point.',
};
