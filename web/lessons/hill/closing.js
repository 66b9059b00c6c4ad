// hill/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'On the ravine, raise the learning rate until SGD bounces from wall to wall.',
  'On the two wells, drag the start to the right of the ridge and Run: which optimizers reach the deeper well?',
  'Compare the steps each optimizer needs in the results table, then halve the learning rate.',
];

export const QUESTION = {
  ask: 'What happens to gradient descent when the learning rate is far too large?',
  choices: ['It crawls: each step is tiny.', 'Its steps overshoot the bottom, and it can climb away from it (diverge).', 'The gradient becomes zero and it stops.'],
  answer: 1,
  why: 'A step is the rate times the slope; too large a step jumps past the minimum to a point that can be higher than where it started.',
};
