// custom-data/sniff.js — a first look at a CSV file's text, to offer sensible
// columns in the chooser. The engine does the real parsing (dh.parseCSV).
//
//   sniffCsv(text)                  -> { columns: [name...], numeric: [bool...] }
//   defaultColumns(sniff)           -> { f1, f2, label }: column indices, f2 null for none
//   columnRef(columns, i)           -> the column's name, or its index i when the name
//                                      is empty or holds a comma

const SNIFF_ROWS = 20;                    // rows read to guess the numeric columns
const ID_COLUMN = /^(id|index|idx|row|#|no\.?|unnamed.*)$/i;

/** The header and which columns look numeric in the first rows. */
export function sniffCsv(text) {
  const rows = readRecords(text.replace(/^\uFEFF/, ''), SNIFF_ROWS + 1);
  const columns = (rows[0] || []).map((s) => s.trim());
  const numeric = columns.map((_, j) => rows.length > 1
    && rows.slice(1).every((r) => r[j] !== undefined && r[j].trim() !== '' && Number.isFinite(Number(r[j]))));
  return { columns, numeric };
}

/** The last column is the label, the first two numeric others the features,
 *  passing over a row-number column ("id", "index") when there are enough. */
export function defaultColumns({ columns, numeric }) {
  const label = columns.length - 1;
  const others = columns.map((_, i) => i).filter((i) => i !== label);
  const nums = others.filter((i) => numeric[i]);
  const measured = nums.filter((i) => !ID_COLUMN.test(columns[i]));
  const pick = measured.length >= 2 ? measured : nums.length >= 2 ? nums : others;
  return { f1: pick[0] ?? 0, f2: pick.length > 1 ? pick[1] : null, label: Math.max(0, label) };
}

/** How the engine's options name column i: by name, or by index when the name
 *  holds a comma, which the engine's column list cannot carry. */
export function columnRef(columns, i) {
  const name = columns[i];
  return name && !name.includes(',') ? name : i;
}

// Up to `max` non-blank records: commas separate, double quotes group ("" is a quote).
function readRecords(text, max) {
  const out = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell); cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell); cell = '';
      if (row.some((s) => s.trim() !== '')) out.push(row);
      row = [];
    } else {
      cell += ch;
    }
  }
  row.push(cell);
  if (out.length < max && row.some((s) => s.trim() !== '')) out.push(row);
  return out;
}
