// perceptron-ops.js — worker-side computations of the "Perceptron trick" lesson.
export const perceptronOps = {};
