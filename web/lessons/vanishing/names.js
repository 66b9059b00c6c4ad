// vanishing/names.js — the vanishing lesson's worker ops, named once for the view and
// for ops.js (kit/ops-contract.js): the comparison lessons' three.
import { opNames } from '../kit/ops-contract.js';
import { COMPARE_OPS } from '../kit/compare-names.js';

export const OPS = opNames('vanishing', COMPARE_OPS);
