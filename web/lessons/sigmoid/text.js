// sigmoid/text.js — the "Discrete vs continuous" lesson's prose: its
// introduction, the two pictures' names and text alternatives, the quiz's
// caption and the "try this" list. Sentences carrying numbers are built in
// the view (view.js, format.js).

export const TITLE = 'Discrete vs continuous predictions';

export const INTRO = [
  'A perceptron with the step function answers only 0 or 1: a point is on one side of the line or the other. ',
  'Replace the step by the sigmoid σ(z) = 1 / (1 + e^(\u2212z)) and it answers a probability instead: ',
  'near 1 far on the positive side, near 0 far on the negative side, and 0.5 on the line itself. ',
  'Being continuous, that answer can be nudged a little at a time, which is what gradient descent needs.',
];

export const STEP_FIGURE = {
  title: 'Step function (discrete)',
  label: 'Graph of the step function: 0 for every score z below 0, jumping to 1 at z = 0 and staying 1 above it.',
};
export const SIGMOID_FIGURE = {
  title: 'Sigmoid (continuous)',
  label: 'Graph of the sigmoid: an S-shaped curve rising smoothly from near 0 at z = \u22128 through 0.5 at z = 0 to near 1 at z = 8.',
};

export const QUIZ_TITLE = 'The quiz: the same two points, two ways of writing the line';
export const QUIZ_INTRO = 'The point (1, 1) is labelled 1 and (\u22121, \u22121) is labelled 0. '
  + 'x1 + x2 = 0 and 10x1 + 10x2 = 0 are the same line and the step gives the same answers, but the sigmoid does not: ';
export const QUIZ_OUTRO = 'the bigger weights make the sigmoid far more certain (0.88 becomes about 1.0).';
export const QUIZ_CAPTION = 'Score z = w1x1 + w2x2 and each function\u2019s prediction for the quiz points';

export const SCALE_TITLE = 'Scale the weights';
export const SCALE_INTRO = 'Multiply both weights by the same number k: the line k\u00b7x1 + k\u00b7x2 = 0 stays where it is, '
  + 'but the scores grow and the sigmoid grows surer. The cross-entropy error of the two points, '
  + '\u2212ln \u0177(1, 1) \u2212 ln(1 \u2212 \u0177(\u22121, \u22121)), falls as it does.';

export const TRY_TITLE = 'Try this';
export const TRY = [
  'Slide the scale from 1 to 10: both predictions move towards their labels and the error falls towards 0. The line never moves.',
  'Set the scale to 0: there is no line any more, every score is 0 and the sigmoid says 0.50 for both points (error 2\u00b7ln 2 = 1.39).',
  'Compare the two pictures at the same scores: the step jumps straight from 0 to 1, the sigmoid says how sure it is.',
];
