// lessons/ops.js — the worker side of the lessons: for each lesson id, an
// object of ops. An op is (dh, args, store) -> result: dh is the worker's
// downhill.js instance, args the page's plain arguments, store an object the
// lesson keeps between calls (datasets, trainers). A result must be plain data
// or copied typed arrays (.slice()): a view into wasm memory would clone the
// whole heap on postMessage. An optional dispose(dh, store) frees what the
// store holds when the page leaves the lesson. Each object is built by
// defineOps against its lesson's names.js (kit/ops-contract.js), so it has
// exactly the ops the lesson's view can call.
import { playgroundOps } from './playground/ops.js';
import { perceptronOps } from './perceptron/ops.js';
import { gatesOps } from './gates/ops.js';
import { hillOps } from './hill/ops.js';
import { batchOps } from './batch/ops.js';
import { overfitOps } from './overfit/ops.js';
import { vanishingOps } from './vanishing/ops.js';
import { sigmoidOps } from './sigmoid/ops.js';
import { softmaxOps } from './softmax/ops.js';
import { learningRateOps } from './learning-rate/ops.js';
import { backpropOps } from './backprop/ops.js';
import { gradientOps } from './gradient/ops.js';
import { boundaryOps } from './boundary/ops.js';
import { complexityOps } from './complexity/ops.js';
import { courseOps } from './course/ops.js';
import { digitsOps } from './digits/ops.js';

export const LESSON_OPS = {
  play: playgroundOps,
  boundary: boundaryOps,
  perceptron: perceptronOps,
  gates: gatesOps,
  sigmoid: sigmoidOps,
  softmax: softmaxOps,
  hill: hillOps,
  batch: batchOps,
  complexity: complexityOps,
  overfit: overfitOps,
  vanishing: vanishingOps,
  'learning-rate': learningRateOps,
  backprop: backpropOps,
  gradient: gradientOps,
  digits: digitsOps,
  course: courseOps,
};
