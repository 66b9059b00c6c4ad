// sigmoid/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const QUESTION = {
  ask: 'The line x1 + x2 = 0 is rewritten as 10x1 + 10x2 = 0. What changes?',
  choices: ['The line moves ten times further out.', 'The line stays where it is; the sigmoid\u2019s predictions grow surer (closer to 0 and 1).', 'Nothing at all: the predictions stay the same.'],
  answer: 1,
  why: 'Both equations describe the same points, so the step function answers the same; the scores are ten times larger, so \u03c3 moves from 0.88 to about 1.0 at (1, 1).',
};
