// playground/names.js — the playground's worker ops, named once for the page
// (web/main.js and web/page/*) and for ops.js (kit/ops-contract.js).
import { opNames } from '../kit/ops-contract.js';

export const OPS = opNames('play', ['csvSniff', 'csvCheck', 'snapshot', 'history', 'grid', 'thumbs']);
