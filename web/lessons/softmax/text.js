// softmax/text.js — the "Softmax and cross-entropy" lesson's prose: its
// introduction, the two parts' titles and notes, the course's examples and
// the "try this" list. Sentences with numbers are built in scores.js and
// events.js.

export const TITLE = 'Softmax and cross-entropy';

export const INTRO = [
  'A model that tells a duck from a beaver and a walrus gives each animal a score Z. ',
  'Softmax turns the scores into probabilities that are positive and add up to 1: P(class j) = e^(Zj) / (e^(Z1) + e^(Z2) + e^(Z3)). ',
  'The exponential keeps a negative score positive, and the largest score gets the largest share.',
];

/** The classes, in score order: [id, name]. */
export const CLASSES = [['duck', 'Duck'], ['beaver', 'Beaver'], ['walrus', 'Walrus']];

export const SCORES_TITLE = 'Scores and their softmax';
export const PROB_CAPTION = 'Each animal\u2019s score, e to the score, and its softmax probability';
export const LABEL_LEGEND = 'The picture really is a\u2026';
export const ONE_HOT_TITLE = 'One-hot labels';
export const ONE_HOT_NOTE = 'A class is no number: the label is written as one column per class, 1 for the right one and 0 for the others.';
export const ONE_HOT_CAPTION = 'One-hot encoding of the three animals';

export const EVENTS_TITLE = 'Cross-entropy of a set of predictions';
export const EVENTS_INTRO = 'Three doors; the model says a gift is behind each with probability p. '
  + 'y = 1 where there is a gift and 0 where there is not. Cross-entropy adds \u2212ln of the probability the model gave to what really happened: '
  + '\u2212ln(p) where y = 1, \u2212ln(1 \u2212 p) where y = 0. Likely outcomes cost little, unlikely ones a lot.';
export const EVENTS_CAPTION = 'Cross-entropy term by term';
/** The course's two examples: [id, button text, y, p].
 * @type {Array<[string, string, number[], number[]]>} */
export const EXAMPLES = [
  ['likely', 'Gifts behind doors 1 and 2', [1, 1, 0], [0.8, 0.7, 0.1]],
  ['unlikely', 'Gift behind door 3 only', [0, 0, 1], [0.8, 0.7, 0.1]],
];
export const TWO_CLASS_NOTE = 'The multiclass formula, \u2212\u03a3 over events i and classes j of yij\u00b7ln(pij), with each door as two classes (gift, no gift) = (y, 1 \u2212 y) and probabilities (p, 1 \u2212 p), gives';

export const TRY_TITLE = 'Try this';
export const TRY = [
  'Raise the beaver\u2019s score above the duck\u2019s: its bar becomes the longest, and with the label on duck the cross-entropy grows.',
  'Add the same number to all three scores: the probabilities do not change, only the differences between scores count.',
  'Switch between the course\u2019s two door examples: the same predictions cost 0.69 when they match what happened and 5.12 when they do not.',
];
