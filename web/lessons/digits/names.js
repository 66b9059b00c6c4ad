// digits/names.js — the Digits mode's worker ops, named once for view.js and ops.js.
import { opNames } from '../kit/ops-contract.js';

export const OPS = opNames('digits', ['predict', 'excite', 'csv']);
