// batch/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'Press Run and watch whose loss falls first, epoch for epoch.',
  'Compare the number of updates per epoch in the table under the chart.',
  'Look at how bumpy each curve is: the smaller the batch, the noisier the steps.',
];

export const QUESTION = {
  ask: 'Compared with full-batch gradient descent, what does stochastic gradient descent (one point per update) do in one epoch?',
  choices: ['One update, computed from every point.', 'Many updates, each from one point: noisy, but the loss starts falling sooner.', 'Exactly the same update, only faster.'],
  answer: 1,
  why: 'Stochastic descent makes one update per point, so an epoch of n points is n small noisy steps instead of one careful one.',
};
