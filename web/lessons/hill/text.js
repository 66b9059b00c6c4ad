// hill/text.js — the hill lesson's prose: its introduction, what each
// landscape shows, and the help beside the controls. The sentences that
// report a run are built with its numbers in outcome.js.
import { HILL_RESTARTS, HILL_EPSILON } from './landscapes.js';

export const TITLE = 'The hill: optimizers walking downhill';

export const INTRO = 'Training moves the weights downhill on a landscape whose height is the loss. Here there are only two weights, so we can draw the whole landscape: '
  + 'light is low loss, dark is high (log scale), and the thin lines are contours. Each path is one optimizer starting from the same point with the same learning rate.';

/** What each landscape is, by id (landscapes.js). */
export const LANDSCAPE_ABOUT = {
  bowl: 'loss = a² + b²: one round valley with its minimum at (0, 0). Every optimizer gets there; watch how they differ on the way.',
  ravine: 'loss = ½(a² + 20 b²): twenty times steeper across than along. The learning rate has to suit the steep direction, so progress along the floor is slow, and momentum swings from wall to wall. Raise the rate towards 0.1 and SGD zig-zags harder (Nesterov already diverges at 0.07); past 0.1 SGD diverges too.',
  'two-wells': 'loss = (a² − 1)² + 0.3 a + 0.31 + b²: a shallow local minimum on the right (loss 0.60) and the deeper global one on the left (loss 0.005; the 0.31 keeps every loss above 0). Plain SGD rolls into whichever well it starts above; momentum can carry it over the ridge.',
  model: 'A real two-weight model: logistic regression P(pass) = σ(w · hours + b) on 24 students’ practice hours, with the mean cross-entropy over them as the loss. The hours are not centred, so the valley is long, narrow and tilted.',
};

export const MAP_HELP = 'Drag the start point (the ringed dot), or focus the map and use the arrow keys (Shift for bigger moves, Enter to run).';
export const LR_HELP = 'Log scale, 0.0001 to 10. Too large and the path bounces out of the valley.';
export const LR_HINT = 'Type a learning rate from 0.0001 to 10, such as 0.05.';
export const STEPS_HINT = 'Type a whole number of steps from 1 to 1000.';
export const KEEP_ONE = 'Keep at least one optimizer on.';
export const RESTART_NOTE = 'The map shows the random restarts (below). Press Run to compare the optimizers again.';
export const STEPS_COLUMN = `Steps until it stays within ${HILL_EPSILON} of the minimum`;

export const RESTARTS_TITLE = 'Random restarts';
export const RESTARTS_ABOUT = `Plain SGD rolls into the well below its start. Train from many random starts and keep the best run, or give the walker momentum. `
  + `Settings: learning rate ${HILL_RESTARTS.lr}, ${HILL_RESTARTS.steps} steps, momentum ${HILL_RESTARTS.momentum}.`;

/** The restarts picture's legend. */
export const RESTARTS_LEGEND = {
  global: 'start that SGD took to the global minimum',
  local: 'start SGD left in the local minimum',
  momentum: ['momentum from a ', '■', ' start'],  // the mark drawn in the local well's colour
  sgd: 'SGD paths',
};
