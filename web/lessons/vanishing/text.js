// vanishing/text.js — the vanishing-gradient lesson's prose: its introduction,
// why the gradient shrinks, and the charts' names. The sentences that report
// a run are built with its numbers in draw.js.

export const TITLE = 'Vanishing gradient';

/** The introduction, around the network's size (filled in by the view). */
export const INTRO = ['A deep, narrow network ', ' learns the same data three times, once per activation function, from the same start, with plain gradient descent.'];

export const WHY = [
  'The error signal travels back from the output one layer at a time and is multiplied by the activation’s slope at each: ',
  'sigmoid’s slope is at most 0.25, so the gradient shrinks layer by layer and the first layers barely learn; ',
  'tanh (slope up to 1) and ReLU (slope 1 where active) pass it on.',
];

export const IDLE = 'Press Run to train the three networks.';

export const GRAD_CHART = {
  title: 'Gradient size per layer (log scale)',
  label: 'Bar chart on a log scale: size of the weight gradient in each layer, for sigmoid, tanh and ReLU',
};
export const LOSS_CHART = {
  title: 'Training loss',
  label: 'Line chart: training loss per epoch for sigmoid, tanh and ReLU',
};
export const TABLE_CAPTION = 'Gradient size ‖∂L/∂W‖ per layer (the bar chart as text)';
export const STUCK_NOTE = '. A loss stuck near 0.69 (ln 2) means the network still guesses 50/50.';
