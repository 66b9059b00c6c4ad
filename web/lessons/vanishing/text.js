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
  title: 'Gradient size per layer at the start (log scale)',
  label: 'Bar chart on a log scale: size of the weight gradient in each layer at the initial weights, for sigmoid, tanh and ReLU',
};
export const RATIO_CHART = {
  title: 'First layer’s gradient ÷ output layer’s, over training (log scale)',
  label: 'Line chart on a log scale: the first layer’s gradient as a fraction of the output layer’s, per epoch, for sigmoid, tanh and ReLU',
};
// Measured at the initial weights: later the sizes also reflect how far each
// run has converged (a run near its minimum has small gradients everywhere).
export const RELU_NOTE = [
  'The bars are measured at the start, on every training point, before any weight has moved, so no run is ahead. ',
  'Later every gradient shrinks as a run gets close to its minimum; the ratio chart, the first layer’s share of the output layer’s, is what still compares fairly. ',
  'ReLU’s ratio sits near 1 at the start: where a unit is active its slope is exactly 1, so the error reaches the first layer about as strong as it left the output, ',
  'and what difference there is comes from the weights it passes through and how many weights each layer has, not from the activation. ',
  'As training makes some weights bigger the ratio can climb above 1: the first layer then gets the larger gradient, which in a much deeper network is the opposite problem, an exploding gradient.',
];
export const LOSS_CHART = {
  title: 'Training loss',
  label: 'Line chart: training loss per epoch for sigmoid, tanh and ReLU',
};
export const TABLE_CAPTION = 'Gradient size ‖∂L/∂W‖ per layer at the start (the bar chart as text), and the first layer’s share at the start and in the latest epoch';
export const STUCK_NOTE = '. A loss stuck near 0.69 (ln 2) means the network still guesses 50/50.';
