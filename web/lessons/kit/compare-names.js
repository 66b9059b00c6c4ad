// kit/compare-names.js — the ops every comparison lesson (batch, overfit,
// vanishing) has: 'setup' a run, 'advance' it a chunk at a time, 'reset' (free
// it). The page's runner (compare-kit.js) and the worker's kit
// (compare-ops-kit.js) both read this list.
export const COMPARE_OPS = ['setup', 'advance', 'reset'];
