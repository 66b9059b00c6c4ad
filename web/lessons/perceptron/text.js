// perceptron/text.js — the perceptron lesson's prose: its introduction, what
// each example shows, the legend and the notes by the controls. The
// sentences that report a step are built with its numbers in the view and
// in work.js.

export const TITLE = 'The perceptron trick, step by step';

export const INTRO = [
  'A perceptron predicts 1 when w1\u00b7x1 + w2\u00b7x2 + b \u2265 0 and 0 otherwise. The trick fixes one misclassified point at a time: ',
  'if it predicted 0 for a point labelled 1, add a\u00b7(x1, x2, 1) to (w1, w2, b); if it predicted 1 for a point labelled 0, subtract it. ',
  'The line moves a little towards (or away from) that point; a is the learning rate.',
];

/** Each example's name in the picker and what it shows, by preset id (view.js). */
export const PRESET_TEXT = {
  lesson: {
    title: 'Lesson example',
    about: 'The lesson\u2019s worked example: the point (4, 5) is labelled 0 but lies on the side of 3x1 + 4x2 \u2212 10 = 0 that predicts 1. One Step moves the line away from it.',
  },
  ten: {
    title: 'Ten steps',
    about: 'The point (1, 1) is labelled 1 but the line 3x1 + 4x2 \u2212 10 = 0 predicts 0 for it. Each Step adds 0.1\u00b7(1, 1, 1), raising the score by 0.3: count the steps until it is classified correctly.',
  },
  gauss: {
    title: 'Two clouds',
    about: 'Twenty points in two clouds that a straight line can separate. Step or Run until every point is on its side: on separable data the trick always gets there.',
  },
  xor: {
    title: 'XOR (no line works)',
    about: 'The four XOR points: (0, 1) and (1, 0) are 1, (0, 0) and (1, 1) are 0. No straight line puts them on their sides, so the trick keeps moving the line for ever.',
  },
};

/** The plot's legend: [key class, key glyph, text]. */
export const LEGEND = [
  ['key key-tri', '\u25b2', ' label 1'],
  ['key key-dot', '\u25cf', ' label 0'],
  ['key key-ring', '\u25cc\u2717', ' misclassified'],
  ['key key-side1', null, ' side predicted 1 (\u0177 = 1)'],
  ['key key-ghost', '\u2504', ' the line before the last step'],
];

export const SETTINGS_TITLE = 'Learning rate and starting line';
export const SETTINGS_NOTE = 'A new starting line resets the steps. The learning rate applies from the next step.';
export const STEP_HINT = 'Press Step to apply the trick to the next misclassified point.';
export const NO_LINE_FOR_XOR = ' No straight line separates XOR, so the trick never settles.';
