// course/path.js — the course's concepts in the course's order, each with what
// the student does and where on the page they do it: a lesson (mode) or a
// playground preset (mode 'play' with its settings). Pure data, no DOM: the
// Course view lists it, the prev/next bar inside each lesson walks it, and
// state.js reads `step=` against its ids.
//
// A step whose `mode` is null has no place on the page yet; the Course view
// says so and the prev/next links pass over it.

export const STEPS = [
  step('boundaries', 'Classification and linear boundaries', 'boundary', {},
    'Move the line 2·test + grades − 18 = 0 through the admissions data and work out student 4\u2019s score.'),
  step('dimensions', 'Higher dimensions', 'boundary', {},
    'Turn a 3-D view of three-feature students and the plane that splits them.'),
  step('perceptrons', 'Perceptrons', 'play', { dataset: 'admissions', model: 'perceptron' },
    'Watch a perceptron find a line that separates accepted from rejected students.'),
  step('logic', 'Perceptrons as logical operators', 'gates', {},
    'Set weights that make AND, OR and NOT, and find out why no single line makes XOR.'),
  step('trick', 'The perceptron trick', 'perceptron', {},
    'Move the line towards a misclassified point one step at a time and check the arithmetic.'),
  step('error', 'Error functions', 'sigmoid', { sgScale: 3 },
    'See the cross-entropy error of two points fall as the line grows surer of them.'),
  step('continuous', 'Discrete vs continuous predictions', 'sigmoid', {},
    'Compare the step function with the sigmoid on the course\u2019s quiz points.'),
  step('softmax', 'Multiclass classification and softmax', 'softmax', {},
    'Move the scores of duck, beaver and walrus and watch their probabilities.'),
  step('cross-entropy', 'One-hot encoding and cross-entropy', 'softmax', { smLabel: 'walrus' },
    'Compute the cross-entropy of a set of predictions term by term.'),
  step('logistic', 'Logistic regression', 'play', { dataset: 'gauss', model: 'logistic' },
    'Train logistic regression on two blobs and read the probability from the colour.'),
  step('descent', 'Gradient descent', 'gradient', {},
    'Move a logistic regression\u2019s line one gradient step at a time, on one point and then on whole epochs.'),
  step('nonlinear', 'Non-linear data', 'play', { dataset: 'circle', model: 'logistic' },
    'Try a straight line on a circle of points and see it fail.'),
  step('layers', 'Multiple layers', 'play', { dataset: 'circle', model: 'mlp', hidden: '4' },
    'Add a hidden layer and see its units\u2019 lines combine into a curve.'),
  step('feedforward', 'Feedforward', 'backprop', { bpY: 1 },
    'Compute a small network’s output from its inputs, unit by unit.'),
  step('backprop', 'Backpropagation and the chain rule', 'backprop', {},
    'Follow the error backwards through a small network, derivative by derivative.'),
  step('testing', 'Testing', 'play', { dataset: 'spiral', model: 'mlp', ratio: 50 },
    'Keep half of the points for testing and compare the training and test loss.'),
  step('overfitting', 'Underfitting and overfitting', 'complexity', {},
    'Train networks of growing size on the same noisy data and find the best one on the model-complexity graph.'),
  step('early-stopping', 'Early stopping', 'overfit', {},
    'Stop where the test loss was lowest and compare the two boundaries.'),
  step('regularization', 'Regularization', 'play', { dataset: 'spiral', model: 'mlp', reg: 'l2', regRate: 0.01 },
    'Penalise large weights and see the boundary smooth out.'),
  step('dropout', 'Dropout', 'play', { dataset: 'spiral', model: 'mlp', dropout: 0.2 },
    'Switch off random units while training and compare the test loss.'),
  step('local-minima', 'Local minima, random restart and momentum', 'hill', { hillLand: 'two-wells' },
    'Get stuck in the shallow well, then escape it with restarts or momentum.'),
  step('vanishing', 'The vanishing gradient and other activations', 'vanishing', {},
    'Compare how much gradient reaches the first layer with sigmoid, tanh and ReLU.'),
  step('batch', 'Batch vs stochastic gradient descent', 'batch', {},
    'Race full batch, mini-batch and one point at a time.'),
  step('learning-rate', 'Which learning rate to use', 'learning-rate', {},
    'Walk one weight downhill with a rate too small, good and too large, then your own.'),
  step('self-adjusting', 'A self-adjusting learning rate', 'learning-rate', {},
    'Train one network with a fixed rate, with reduce on plateau and with step decay, and watch the rate in force under the loss.'),
];

export const STEP_IDS = STEPS.map((s) => s.id);

function step(id, concept, mode, params, what) {
  return Object.freeze({ id, concept, mode, params: Object.freeze(params), what });
}

/** The steps the page has a place for, in order (what prev/next walks). */
export const reachable = () => STEPS.filter((s) => s.mode);

/** The step the page is on: the one named by `step=`, else the first step of
 *  the lesson `mode` (a lesson opened from the mode bar); null in the
 *  playground without a step, which is not a place on the path. */
export function currentStep(stepId, mode) {
  const named = STEPS.find((s) => s.id === stepId && s.mode === mode);
  if (named) return named;
  if (mode === 'play' || mode === 'course') return null;
  return STEPS.find((s) => s.mode === mode) ?? null;
}

/** The previous and next reachable steps around `s`. */
export function neighbours(s) {
  const list = reachable();
  const i = list.indexOf(s);
  return { prev: i > 0 ? list[i - 1] : null, next: i >= 0 && i < list.length - 1 ? list[i + 1] : null, index: i, count: list.length };
}

/** The link (a query string) that opens step `s`. */
export function stepHref(s) {
  const q = new URLSearchParams({ mode: s.mode });
  for (const [k, v] of Object.entries(s.params)) q.set(k, String(v));
  q.set('step', s.id);
  return `?${q}`;
}
