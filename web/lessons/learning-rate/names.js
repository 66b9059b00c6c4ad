// learning-rate/names.js — the learning-rate lesson's worker ops, named once
// for the view and for ops.js (kit/ops-contract.js).
import { opNames } from '../kit/ops-contract.js';
import { COMPARE_OPS } from '../kit/compare-names.js';

// descent: the one-weight curve; the comparison's three: the network part.
export const OPS = opNames('learning-rate', ['descent', ...COMPARE_OPS]);
