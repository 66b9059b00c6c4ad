// overfit/text.js — the overfitting lesson's prose: its introduction, what
// each cure does, and the charts' names. The sentences that report a run are
// built with its numbers in draw.js.

export const TITLE = 'Overfitting';

export const INTRO = [
  'A network with two hidden layers of 32 units (over a thousand weights) learns only 45 noisy points. ',
  'It can memorise them: the training loss heads for zero while the loss on 255 unseen test points turns back up. ',
  'Below, three cures trained from the same starting weights.',
];

export const IDLE = 'Press Run to train the five networks.';

export const EARLY = {
  title: 'Early stopping',
  note: ['Watch the test loss; when it has not improved for “patience” epochs, stop and go back to the best weights.'],
  chart: {
    title: 'Training and test loss, with the early-stopping point',
    label: 'Line chart: training loss and test loss per epoch, with a vertical marker at the early-stopping epoch',
  },
};

export const BOUNDARIES = {
  title: 'What the two networks draw',
  note: [
    'The same network with and without early stopping: orange is where it predicts 0, blue 1, and the points are the 45 noisy training points. ',
    'Without stopping the boundary bends round single points on the wrong side; the early-stopped one keeps the smoother shape it had at its best epoch.',
  ],
  names: { plain: 'Without stopping (over-fitted)', early: 'With early stopping' },
};

export const REGULARIZATION = {
  title: 'L1 vs L2, same λ ',
  note: [
    'Both add a penalty for big weights. L1 pulls every weight toward zero by the same amount, so many end up at zero (sparse); ',
    'L2 pulls in proportion to the size, so all get small but few reach zero.',
  ],
  chart: {
    title: 'How big the weights end up: |w|',
    label: 'Bar chart: how many weights fall in each size range, without regularization, with L1 and with L2',
  },
  table: 'Weights after training',
};

export const DROPOUT = {
  title: 'Dropout ',
  note: ['In training, each hidden unit is switched off at random, so the network cannot lean on any single one to memorise a point.'],
  chart: {
    title: 'Test loss with and without dropout',
    label: 'Line chart: test loss per epoch without dropout and with dropout',
  },
};
