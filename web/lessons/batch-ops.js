// batch-ops.js — worker-side computations of the "Batch vs stochastic" lesson.
export const batchOps = {};
