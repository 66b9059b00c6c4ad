// overfit-ops.js — worker-side computations of the "Overfitting" lesson.
export const overfitOps = {};
