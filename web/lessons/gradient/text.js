// gradient/text.js — the gradient-descent lesson's prose. The lines of
// arithmetic are built by lines.js from descent.js's numbers.

export const TITLE = 'Gradient descent for logistic regression';
export const INTRO = [
  'Logistic regression predicts \u0177 = \u03c3(w1x1 + w2x2 + b) and is judged by the error E = \u2212y ln(\u0177) \u2212 (1 \u2212 y) ln(1 \u2212 \u0177). ',
  'The gradient of E for one point is \u2207E = \u2212(y \u2212 \u0177)(x1, x2, 1), so a step of gradient descent with learning rate \u03b1 is ',
  'wi \u2190 wi + \u03b1(y \u2212 \u0177)xi and b \u2190 b + \u03b1(y \u2212 \u0177): every point pulls the line towards itself if it is misclassified, ',
  'and pushes it away if it is classified correctly, the more the larger its error.',
];
export const DATA_NOTE = 'Six points: triangles are labelled 1, circles 0. The line starts at x1 \u2212 2 = 0 (w1 = 1, w2 = 0, b = \u22122), '
  + 'wrong about points 1 and 5 (ringed and crossed).';
export const PLOT_LABEL = 'The six points and the current line w1x1 + w2x2 + b = 0; the dashed line is where it was before the last update';
export const ERROR_TITLE = 'The error curve: the mean error E of the six points after each update';
export const ERROR_LABEL = 'The mean error of the six points after each update';
export const ONE_TITLE = 'One point at a time';
export const ONE_INTRO = 'Pick a point and take a step on it alone. Then take steps on the others, or on the same one again.';
export const EPOCH_TITLE = 'Whole epochs';
export const EPOCH_INTRO = 'An epoch uses all m = 6 points at once: the gradient is the average (1/m)\u03a3 of the points\u2019 gradients, '
  + 'so each weight moves by \u03b1 times the average of (y \u2212 \u0177)xi.';
export const WORK_TITLE = 'The last update, by hand';
export const TRY = [
  'Step on point 1 three times: it is the most wrong, so it pulls hardest, and the line turns towards it. Watch its error fall.',
  'Step on point 2, which is already right: y \u2212 \u0177 is small, so it barely moves the line.',
  'Start again, set \u03b1 to 1 and press 10 epochs a few times: the mean error falls smoothly, and the line settles between the two groups.',
];
