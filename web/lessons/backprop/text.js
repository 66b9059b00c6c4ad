// backprop/text.js — the backpropagation lesson's prose. The lines of
// arithmetic are built in view.js from chain.js's numbers.

export const TITLE = 'Feedforward and backpropagation';
export const INTRO = [
  'A small network: two inputs x1, x2, a hidden layer of two sigmoid units h1, h2 and one sigmoid output \u0177, ',
  'with the cross-entropy error E. Feedforward computes \u0177 from x; backpropagation sends the error back, ',
  'one link of the chain rule at a time, to find how E changes with every weight. Then each weight takes a step against its derivative.',
];
export const NAMES = 'Weights: w_ij from input xi to hidden unit hj, bias bj; vj from hj to the output, bias c.';
export const STAGES = [
  'Forward: the hidden layer',
  'Forward: the output',
  'The error',
  'Backward: the output layer',
  'Backward: the hidden layer',
  'The update',
];
export const CHAIN = 'Each derivative of a first-layer weight is a product along the path from the error back to that weight: '
  + '\u2202E/\u2202w = \u2202E/\u2202\u0177 \u00b7 \u2202\u0177/\u2202z \u00b7 \u2202z/\u2202h \u00b7 \u2202h/\u2202a \u00b7 \u2202a/\u2202w, '
  + 'with \u03c3\u2032 = \u03c3(1 \u2212 \u03c3) for each sigmoid.';
export const ENGINE = 'The last column is the engine\u2019s own training step on this point (plain gradient descent, batch 1): it matches the hand computation.';
export const TRY = [
  'Press Next step through the six stages and follow one weight, w11, from the forward pass to its update.',
  'Switch the label to 0: \u03b4 = \u0177 \u2212 y changes sign, and every weight moves the other way.',
  'Press New weights a few times: when a hidden unit\u2019s h is near 0 or 1, its h(1 \u2212 h) is tiny and its weights barely move.',
];
