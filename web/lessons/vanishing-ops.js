// vanishing-ops.js — worker-side computations of the "Vanishing gradient" lesson.
export const vanishingOps = {};
