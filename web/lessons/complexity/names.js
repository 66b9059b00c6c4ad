// complexity/names.js — the model-complexity lesson's worker ops, named once
// for the view and for ops.js (kit/ops-contract.js): the comparison lessons'
// three, and the boundary of one trained model.
import { opNames } from '../kit/ops-contract.js';
import { COMPARE_OPS } from '../kit/compare-names.js';

export const OPS = opNames('complexity', [...COMPARE_OPS, 'boundary']);
