// hill-ops.js — worker-side computations of the "The hill" lesson.
export const hillOps = {};
