// custom-data/columns.js — which of a CSV's columns the chooser offers first,
// from the engine's reading of the file (dh.sniffCSV: names and which
// columns hold only numbers). Pure functions, no DOM.
//
//   featureCap(limits)              -> how many features the page lets you choose
//   defaultChoice(columns, cap)     -> { features: [index...], label: index }

// The decision-boundary picture draws two features: the engine's grid
// (nn_eval_grid) refuses models of more inputs, so the page takes two until
// the picture can show a slice of the others.
export const PLOT_FEATURES = 2;

const ID_COLUMN = /^(id|index|idx|row|#|no\.?|unnamed.*|column 1)$/i;

/** At most the engine's maxFeatures, and the picture's two. */
export function featureCap(limits) {
  const engine = limits && Number.isInteger(limits.maxFeatures) ? limits.maxFeatures : PLOT_FEATURES;
  return Math.max(1, Math.min(PLOT_FEATURES, engine));
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
