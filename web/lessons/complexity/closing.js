// complexity/closing.js — what this lesson ends with (kit/question.js): its
// question, and its "Try this" list (text.js).
export { TRY } from './text.js';

export const QUESTION = {
  ask: 'A network has a training error near 0 and a test error far above that of a smaller network. What is it doing?',
  choices: ['Underfitting', 'Overfitting', 'Generalising well', 'Diverging'],
  answer: 1,
  why: 'It has learnt its training points, noise included, so well that it does worse on new points than a simpler model: that is overfitting, the right side of the model-complexity graph.',
};
