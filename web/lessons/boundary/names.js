// boundary/names.js — the linear-boundaries lesson's worker ops, named once
// for the view and for ops.js (kit/ops-contract.js).
import { opNames } from '../kit/ops-contract.js';

export const OPS = opNames('boundary', ['students', 'space']);
