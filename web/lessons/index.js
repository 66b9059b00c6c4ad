// lessons/index.js — the teaching modes, in the order the page lists them.
//
// A lesson is a module on the page's main thread exporting
// create(container, ctx) -> { destroy() }. It builds its own DOM inside
// `container` (web/dom.js, never innerHTML) and asks the training worker for
// every computation through ctx.rpc(op, args), which runs the function of the
// same name in its worker-side ops module (lessons/ops.js) and resolves with
// its result. ctx:
//   rpc(op, args)        -> Promise of the op's result (rejects with its Error)
//   state                 the page state (state.js), lesson settings included
//   setParam(key, value)  store a setting in the state and the URL
//   Chart                 the Chart.js constructor
//   reducedMotion()       true when the user asked for less motion: skip animation
//   announce(text)        read text out to screen readers (polite live region)
// destroy() stops timers and animation; the page then empties the container
// and the worker frees what the lesson kept (its ops' dispose()).
import { createPerceptronLesson } from './perceptron/view.js';
import { createGatesLesson } from './gates/view.js';
import { createHillLesson } from './hill/view.js';
import { createBatchLesson } from './batch/view.js';
import { createOverfitLesson } from './overfit/view.js';
import { createVanishingLesson } from './vanishing/view.js';

export const LESSONS = [
  { id: 'perceptron', title: 'Perceptron trick', create: createPerceptronLesson },
  { id: 'gates', title: 'Logic gates & XOR', create: createGatesLesson },
  { id: 'hill', title: 'The hill', create: createHillLesson },
  { id: 'batch', title: 'Batch vs stochastic', create: createBatchLesson },
  { id: 'overfit', title: 'Overfitting', create: createOverfitLesson },
  { id: 'vanishing', title: 'Vanishing gradient', create: createVanishingLesson },
];
