// gates/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'Compare AND with OR: the same weights, only the bias differs. Type a bias of \u22121 on AND and see which row changes.',
  'On NOT, see how the negative weight flips the input.',
  'On XOR, press Train, then New start a few times: from some starts the network gets stuck.',
];

export const QUESTION = {
  ask: 'Which of these gates can no single perceptron compute?',
  choices: ['AND', 'OR', 'NOT', 'XOR'],
  answer: 3,
  why: 'XOR is true on two opposite corners and false on the other two: no straight line has both true corners on one side, so it takes a second layer.',
};
