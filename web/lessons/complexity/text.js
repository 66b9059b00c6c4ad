// complexity/text.js — the model-complexity lesson's prose.

export const TITLE = 'Underfitting and overfitting';
export const INTRO = [
  'Eleven networks, from 1 to 48 units in each of two hidden layers, all trained the same way on the same noisy circle: ',
  '100 points to train on and 100 kept back for testing. ',
  'A network too small for the data underfits: it cannot bend its boundary enough, and both errors stay high. ',
  'A network too big overfits: it bends round the noise of its training points, so its training error falls towards 0 while its test error rises. ',
  'The model-complexity graph plots both errors against size; the best network is the one with the lowest test error.',
];
export const IDLE = 'Press Run to train the eleven networks.';
export const GRAPH_TITLE = 'The model-complexity graph';
export const GRAPH_NOTE = 'Circles: training error; squares: test error (the mean cross-entropy). Click a size, or use its button in the table, to see that network\u2019s boundary.';
export const GRAPH_LABEL = 'Training and test error against the number of units per hidden layer';
export const TABLE_CAPTION = 'Each network\u2019s errors and accuracy';
export const BOUNDARY_TITLE = 'The boundary of one network';
export const BOUNDARY_NOTE = 'Colour: the network\u2019s probability of the blue class. Filled marks: training points; rings: test points.';
export const TRY = [
  'Open the boundary of 1 unit, then of the best size, then of 48 units: a line, a circle, and a shape that wraps single noisy points.',
  'Set the noise to 0.1 and run again: with clean data the big networks hardly overfit, and the best size moves.',
  'Set the epochs to 100 and run again: trained for less time, the big networks have not yet learnt the noise.',
];
