// lessons/index.js — the teaching modes, in the order the page lists them.
//
// A lesson is a folder, web/lessons/<id>/: view.js (the page side), ops.js
// (its worker side, registered in lessons/ops.js), names.js (the list of its
// ops, the one place their names are written), text.js (its prose) and the
// view's other parts; kit/ holds what several lessons share. ARCHITECTURE.md
// ("The lessons") has the whole layout.
//
// A view is create(container, ctx) -> { destroy() } on the page's main
// thread. It builds its own DOM inside `container` (web/dom.js, never
// innerHTML) and asks the training worker for every computation through
// ctx.ops.<name>(args), which runs the op of that name in its ops.js and
// resolves with its result (kit/ops-contract.js). ctx:
//   ops.<name>(args)      -> Promise of the op's result (rejects with its Error)
//   state                 the page state (state.js), lesson settings included
//   setParam(key, value)  store a setting in the state and the URL
//   Chart                 the Chart.js constructor
//   reducedMotion()       true when the user asked for less motion: skip animation
//   announce(text)        read text out to screen readers (polite live region)
// destroy() stops timers and animation; the page then empties the container
// and the worker frees what the lesson kept (its ops' dispose()).
//
// Each entry is { id, title, create, ops }: create(container, ctx) takes the
// page's ctx (with rpc(op, args)) and gives the view its ctx.ops; `ops` is
// the lesson's op list (names.js), for the contract test.
import { createPlayground } from './playground/view.js';
import { createPerceptronLesson } from './perceptron/view.js';
import { createGatesLesson } from './gates/view.js';
import { createHillLesson } from './hill/view.js';
import { createBatchLesson } from './batch/view.js';
import { createOverfitLesson } from './overfit/view.js';
import { createVanishingLesson } from './vanishing/view.js';
import { createSigmoidLesson } from './sigmoid/view.js';
import { createSoftmaxLesson } from './softmax/view.js';
import { OPS as playOps } from './playground/names.js';
import { OPS as perceptronOps } from './perceptron/names.js';
import { OPS as gatesOps } from './gates/names.js';
import { OPS as hillOps } from './hill/names.js';
import { OPS as batchOps } from './batch/names.js';
import { OPS as overfitOps } from './overfit/names.js';
import { OPS as vanishingOps } from './vanishing/names.js';
import { OPS as sigmoidOps } from './sigmoid/names.js';
import { OPS as softmaxOps } from './softmax/names.js';
import { createLearningRateLesson } from './learning-rate/view.js';
import { OPS as learningRateOps } from './learning-rate/names.js';
import * as learningRateEnd from './learning-rate/closing.js';
import { createBackpropLesson } from './backprop/view.js';
import { OPS as backpropOps } from './backprop/names.js';
import * as backpropEnd from './backprop/closing.js';
import { createGradientLesson } from './gradient/view.js';
import { OPS as gradientOps } from './gradient/names.js';
import * as gradientEnd from './gradient/closing.js';
import { createBoundaryLesson } from './boundary/view.js';
import { OPS as boundaryOps } from './boundary/names.js';
import * as boundaryEnd from './boundary/closing.js';
import { createComplexityLesson } from './complexity/view.js';
import { OPS as complexityOps } from './complexity/names.js';
import * as complexityEnd from './complexity/closing.js';
import { OPS as courseOps } from './course/names.js';
import { createCourse } from './course/view.js';
import * as perceptronEnd from './perceptron/closing.js';
import * as gatesEnd from './gates/closing.js';
import * as sigmoidEnd from './sigmoid/closing.js';
import * as softmaxEnd from './softmax/closing.js';
import * as hillEnd from './hill/closing.js';
import * as batchEnd from './batch/closing.js';
import * as overfitEnd from './overfit/closing.js';
import * as vanishingEnd from './vanishing/closing.js';
import { createDigitsLesson } from './digits/view.js';
import { OPS as digitsOps } from './digits/names.js';
import { lessonContext } from './kit/ops-contract.js';
import { checkQuestion } from './kit/question.js';

// The playground is the first mode, on the same contract; the Course view
// (the course's path through all of them) the last. A lesson's `closing`
// (<id>/closing.js: its question, and a "Try this" list unless the view has
// its own) is what the page shows below the view.
export const LESSONS = [
  lesson('play', 'Playground', createPlayground, playOps, null),
  lesson('boundary', 'Linear boundaries', createBoundaryLesson, boundaryOps, boundaryEnd),
  lesson('perceptron', 'Perceptron trick', createPerceptronLesson, perceptronOps, perceptronEnd),
  lesson('gates', 'Logic gates & XOR', createGatesLesson, gatesOps, gatesEnd),
  lesson('sigmoid', 'Discrete vs continuous', createSigmoidLesson, sigmoidOps, sigmoidEnd),
  lesson('softmax', 'Softmax & cross-entropy', createSoftmaxLesson, softmaxOps, softmaxEnd),
  lesson('gradient', 'Gradient descent', createGradientLesson, gradientOps, gradientEnd),
  lesson('backprop', 'Backpropagation', createBackpropLesson, backpropOps, backpropEnd),
  lesson('hill', 'The hill', createHillLesson, hillOps, hillEnd),
  lesson('batch', 'Batch vs stochastic', createBatchLesson, batchOps, batchEnd),
  lesson('complexity', 'Under- and overfitting', createComplexityLesson, complexityOps, complexityEnd),
  lesson('overfit', 'Overfitting', createOverfitLesson, overfitOps, overfitEnd),
  lesson('vanishing', 'Vanishing gradient', createVanishingLesson, vanishingOps, vanishingEnd),
  lesson('learning-rate', 'Which learning rate', createLearningRateLesson, learningRateOps, learningRateEnd),
  lesson('digits', 'Digits', createDigitsLesson, digitsOps, null),
  lesson('course', 'Course', createCourse, courseOps, null),
];

function lesson(id, title, view, ops, closing) {
  if (ops.lesson !== id) throw new Error(`lesson ${id}: its names.js lists the ops of '${ops.lesson}'`);
  return {
    id, title, ops,
    closing: closing && { try: closing.TRY ?? null, question: checkQuestion(id, closing.QUESTION) },
    create: (container, ctx) => view(container, lessonContext(ctx, ops)),
  };
}
