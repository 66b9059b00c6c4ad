// learning-rate/text.js — the learning-rate lesson's prose. Sentences that
// carry a run's numbers are built in view.js.

export const TITLE = 'Which learning rate?';
export const INTRO = [
  'Take one weight w and the error E(w) = w\u00b2: its lowest point is w = 0 and its slope is 2w. ',
  'Gradient descent steps against the slope, w \u2190 w \u2212 \u03b1\u00b72w, where \u03b1 is the learning rate. ',
  'Every run below starts at w = 4 (E = 16).',
];
export const CASES = [
  { id: 'small', lr: 0.02, title: 'Too small', note: 'Each step is tiny: it gets there, but slowly.' },
  { id: 'good', lr: 0.3, title: 'Good', note: 'Big steps while the slope is steep, smaller ones as it flattens.' },
  { id: 'large', lr: 1.05, title: 'Too large', note: 'Each step jumps past the bottom to a higher point on the other side.' },
];
export const YOURS_TITLE = 'Your learning rate';
export const YOURS_INTRO = 'Pick a rate and walk the descent one step at a time. '
  + 'Between 0.5 and 1 the weight overshoots, changing sign every step, yet still settles; above 1 every overshoot lands higher.';
export const TABLE_CAPTION = 'The steps so far: w \u2190 w \u2212 \u03b1\u00b7slope';
export const SELF_TITLE = 'A rate that adjusts itself';
export const NET_INTRO = [
  'A network has many weights and no single best rate for all of training: a large one gets going fast, then keeps jolting the weights about the bottom. ',
  'Here one network (two hidden layers of 8 tanh units) learns two overlapping clouds of points, one point at a time, three times from the same start and the same starting rate: ',
  'with the rate fixed; with reduce on plateau, which halves it whenever the loss has not improved for 10 epochs; ',
  'and with a schedule, step decay, which halves it every 50 epochs whatever the loss does. The rate each one used is drawn under the loss.',
];
export const NET_IDLE = 'Press Run to train the three networks.';
export const NET_NAMES = { fixed: 'fixed', plateau: 'reduce on plateau', step: 'step decay' };
export const NET_LOSS_CHART = {
  title: 'Training loss (log scale)',
  label: 'Line chart on a log scale: training loss per epoch with a fixed rate, with reduce on plateau and with step decay',
};
export const NET_RATE_CHART = {
  title: 'The learning rate in force (log scale)',
  label: 'Line chart on a log scale: the learning rate each epoch was trained with, for the fixed rate, reduce on plateau and step decay',
};
export const SELF_TEXT = 'The playground has the same schedules under More, with the rate it uses beside the loss.';
export const SELF_LINK = 'Open the playground with reduce-on-plateau';
export const TRY = [
  'Slide the rate from 0.02 up to 0.5: the steps to the bottom fall until, at 0.5, one step lands exactly on it.',
  'Try 0.9: the weight swings from side to side but still settles. Then try 1.05.',
  'Type exactly 1: the weight bounces between 4 and \u22124 for ever, never better, never worse.',
  'On the network, press Run: watch where the plateau run\u2019s rate steps down and what its loss does just after.',
];
