// course/names.js — the Course view computes nothing in the worker: no ops
// (kit/ops-contract.js).
import { opNames } from '../kit/ops-contract.js';

export const OPS = opNames('course', []);
