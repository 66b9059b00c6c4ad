// gates-ops.js — worker-side computations of the "Logic gates & XOR" lesson.
export const gatesOps = {};
