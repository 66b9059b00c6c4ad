// course/ops.js — the Course view's worker side: none (names.js lists no ops).
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const courseOps = defineOps(OPS, {});
