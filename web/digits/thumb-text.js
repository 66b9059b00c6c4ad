// digits/thumb-text.js — the words under a small digit picture (gallery, a
// confusion cell's strip). Pure. A wrong prediction is marked by a symbol and
// words, not by colour alone.
//
//   digitCaption(label, predicted) -> { text, wrong, description }
//     label: the true digit (or null: a drawing, nobody knows); predicted: the
//     network's digit (or null: not predicted yet).
//     right:  { text: "7", wrong: false, description: "a 7, predicted 7" }
//     wrong:  { text: "✗ 7 (is 2)", wrong: true, description: "a 2, predicted 7: wrong" }
//   gallerySummary(items) -> "100 test digits, 7 predicted wrong (marked ✗)"

export const WRONG_MARK = '✗';

const known = (d) => d !== null && d !== undefined;

export function digitCaption(label, predicted) {
  if (!known(predicted)) {
    return { text: known(label) ? `(is ${label})` : '', wrong: false, description: known(label) ? `a ${label}, not predicted yet` : 'a digit' };
  }
  if (!known(label) || label === predicted) {
    return { text: String(predicted), wrong: false, description: known(label) ? `a ${label}, predicted ${predicted}` : `predicted ${predicted}` };
  }
  return { text: `${WRONG_MARK} ${predicted} (is ${label})`, wrong: true, description: `a ${label}, predicted ${predicted}: wrong` };
}

export function gallerySummary(items) {
  const n = items.length;
  const wrong = items.filter((it) => digitCaption(it.label, it.predicted).wrong).length;
  const some = n === 1 ? '1 test digit' : `${n} test digits`;
  return wrong ? `${some}, ${wrong} predicted wrong (marked ${WRONG_MARK})` : `${some}, none predicted wrong`;
}
