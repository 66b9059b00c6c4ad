// gates/text.js — the gates lesson's prose: its introduction, what each gate
// is and how its one line does it, and the story of XOR with one line and
// with two. The sentences that report a run are built in xor-draw.js.

export const TITLE = 'Logic gates and XOR';

export const INTRO = [
  'One perceptron draws one straight line, and predicts 1 on one side of it (w\u00b7x + b \u2265 0). ',
  'That is enough for AND, OR and NOT. XOR needs two lines, which is what a hidden layer gives.',
];

/** Each gate's tab title and, for the three one perceptron can do, its story. */
export const GATE_TEXT = {
  and: {
    title: 'AND',
    about: 'AND is 1 only when both inputs are 1. The line x1 + x2 \u2212 1.5 = 0 leaves (1, 1) alone on the side predicted 1. '
      + 'The lesson\u2019s weights 1, 1 with bias \u22122 work too: (1, 1) then lies exactly on the line, where w\u00b7x + b = 0 counts as 1. '
      + 'We draw the line half-way so the gap is easy to see.',
  },
  or: {
    title: 'OR',
    about: 'OR is 1 when either input is 1. Same weights as AND, but a bias of \u22120.5 slides the line towards the origin, '
      + 'so only (0, 0) stays on the side predicted 0.',
  },
  not: {
    title: 'NOT',
    about: 'NOT has a single input and flips it. The negative weight does the flipping: \u2212x1 + 0.5 is positive for x1 = 0 '
      + 'and negative for x1 = 1, so the threshold sits at x1 = 0.5.',
  },
  xor: { title: 'XOR' },
};

/** Why one line cannot do XOR, for a perceptron run of `epochs` epochs at rate `lr`. */
export const xorOneLine = (epochs, lr) => [
  'XOR is 1 when exactly one input is 1: (0, 1) and (1, 0) are 1, (0, 0) and (1, 1) are 0. ',
  'The 1s sit on one diagonal and the 0s on the other, so any straight line leaves at least one point on the wrong side. ',
  `Here the perceptron trick runs for ${epochs} epochs (a = ${lr}) and the line just keeps moving.`,
];

export const XOR_TWO_LINES = [
  'A network with 2 inputs, 2 hidden sigmoid units and 1 output (2-2-1) draws two lines, one per hidden unit. ',
  'The output unit then only has to separate the points in the hidden units\u2019 coordinates (h1, h2), where one line does work. ',
  'The lesson\u2019s recipe: XOR = (x1 OR x2) AND NOT (x1 AND x2), that is, unit 1 = OR, unit 2 = NAND, output = AND of the two. ',
  'Training with Adam finds some such pair of lines; from some starts it gets stuck (try New start).',
];

export const XOR_RUNNING = 'Running the perceptron trick on XOR\u2026';
export const TRAINING = 'Training\u2026';
export const NET_HINT = 'Press Train to fit the network, or set its weights to the lesson\u2019s composition.';
export const COMPOSED = 'Weights set by hand: unit 1 = OR (20x1 + 20x2 \u2212 10), unit 2 = NAND (\u221220x1 \u2212 20x2 + 30), output = AND (20h1 + 20h2 \u2212 30). '
  + 'Weights of \u00b120 make each sigmoid act almost like a step.';

/** The plots' legend: [key class, key glyph, text]. */
export const LEGEND = [
  ['key key-tri', '\u25b2', ' 1'],
  ['key key-dot', '\u25cf', ' 0'],
  ['key key-ring', '\u25cc\u2717', ' on the wrong side'],
  ['key key-side1', null, ' side that gives 1'],
];
