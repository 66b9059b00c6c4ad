// overfit/names.js — the overfit lesson's worker ops, named once for the view and
// for ops.js (kit/ops-contract.js): the comparison lessons' three.
import { opNames } from '../kit/ops-contract.js';
import { COMPARE_OPS } from '../kit/compare-names.js';

export const OPS = opNames('overfit', COMPARE_OPS);
