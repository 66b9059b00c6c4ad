// custom-data/columns.js — which of a CSV's columns the chooser offers first,
// from the engine's reading of the file (dh.sniffCSV: names and which
// columns hold only numbers). Pure functions, no DOM.
//
//   featureCap(limits)              -> how many features the page lets you choose
//   defaultChoice(columns, cap)     -> { features: [index...], label: index }

// The decision-boundary picture draws two features; with more, it shows a
// slice along two of them (page/slice-view.js), the others held.
export const PLOT_FEATURES = 2;

const ID_COLUMN = /^(id|index|idx|row|#|no\.?|unnamed.*|column 1)$/i;

/** As many as the engine's model takes (maxFeatures). */
export function featureCap(limits) {
  return limits && Number.isInteger(limits.maxFeatures) ? Math.max(1, limits.maxFeatures) : PLOT_FEATURES;
}

/** The last column is the label; the features are the first numeric others
 *  (up to cap), passing over a row-number column ("id", "index", pandas'
 *  unnamed first column) when there are enough without it.
 *  @param {{ name: string, numeric: boolean }[]} columns */
export function defaultChoice(columns, cap) {
  const label = Math.max(0, columns.length - 1);
  const others = columns.map((_, i) => i).filter((i) => i !== label);
  const nums = others.filter((i) => columns[i].numeric);
  const measured = nums.filter((i) => !ID_COLUMN.test(columns[i].name));
  const pick = measured.length >= Math.min(cap, 2) ? measured : nums.length ? nums : others;
  return { features: pick.slice(0, cap), label };
}
