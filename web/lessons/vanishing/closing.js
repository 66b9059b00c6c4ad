// vanishing/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const TRY = [
  'Run and compare the first layer\u2019s gradient bar for sigmoid with ReLU\u2019s.',
  'Watch which loss stays near 0.69 (ln 2): that network is still guessing.',
];

export const QUESTION = {
  ask: 'Why do the first layers of a deep sigmoid network receive such small gradients?',
  choices: ['Because \u03c3\u2032 is at most 0.25, and the chain rule multiplies in one such factor per layer.', 'Because the sigmoid\u2019s outputs are negative.', 'Because the first layers have fewer weights.'],
  answer: 0,
  why: 'Backpropagation multiplies the derivatives along the path; with \u03c3\u2032 = \u03c3(1 \u2212 \u03c3) \u2264 0.25 at every layer, ten layers shrink the gradient by at least 4\u00b9\u2070, about a million. ReLU\u2019s derivative is 1 where it is active.',
};
