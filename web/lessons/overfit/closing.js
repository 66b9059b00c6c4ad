// overfit/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'Run and find the epoch where the test loss was lowest: the early-stopping marker.',
  'Compare how many weights end up near zero with L1 and with L2.',
  'Compare the test loss with and without dropout at the last epoch.',
];

export const QUESTION = {
  ask: 'The training loss keeps falling but the test loss has started to climb. What is happening?',
  choices: ['The model is underfitting: it is too simple.', 'The model is overfitting: it is learning the noise of its training points.', 'The learning rate is too small.'],
  answer: 1,
  why: 'A model that fits its training points ever better while doing worse on new ones has begun to memorise them; early stopping keeps the weights from where the test loss was lowest.',
};
