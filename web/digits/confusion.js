// digits/confusion.js — the Digits confusion matrix, <table id="confusion">:
// a row per true digit, a column per predicted one, the counts in the cells,
// each true digit's accuracy in the last column and the total under it. Every
// cell is a button: choosing one calls onCell(trueDigit, predicted), e.g. to
// show the 4s taken for a 9 (digits/gallery.js mountDigitStrip). The table is
// built once and only its numbers change, so a live update never moves the
// keyboard focus.
//
//   const m = mountConfusion(container, { onCell(t, p) {}, id = 'confusion' })
//   m.show(counts)   counts: 100 whole numbers >= 0, row-major counts[true * 10 + predicted]
//                    (Int32Array(100) or an array); anything else throws
//                    (digits/confusion-stats.js) and changes nothing
//   m.clear()        no counts: every cell "—"
//   m.select(t, p)   mark a cell chosen (aria-pressed), or m.select(null) for none
//   m.table          the <table>; table.dataset.total is the counts' sum ('' when clear)

import { el } from '../dom.js';
import { fmtInt, fmtPercent, MISSING } from '../format.js';
import { rgb, NEGATIVE, POSITIVE } from '../palette.js';
import { cellLabel, confusionStats, K } from './confusion-stats.js';

function buildTable(id, choose) {
  const cells = [];
  const acc = [];
  const head = el('tr', {},
    el('th', { scope: 'col', class: 'corner' }, 'true \\ predicted'),
    Array.from({ length: K }, (_, p) => el('th', { scope: 'col' }, String(p))),
    el('th', { scope: 'col', title: 'the share of each true digit predicted right' }, 'right'));
  const rows = Array.from({ length: K }, (_, t) => {
    const tds = Array.from({ length: K }, (_, p) => {
      const button = el('button', { type: 'button', class: 'confusion-cell', 'aria-pressed': 'false', onclick: () => choose(t, p) }, MISSING);
      cells.push(button);
      return el('td', { class: t === p ? 'hit' : null, dataset: { true: String(t), predicted: String(p) } }, button);
    });
    acc.push(el('td', { class: 'acc' }, MISSING));
    return el('tr', {}, el('th', { scope: 'row' }, String(t)), tds, acc[t]);
  });
  const total = el('td', { colspan: String(K) }, MISSING);
  const overall = el('td', { class: 'acc' }, MISSING);
  const table = el('table', { id, class: 'confusion digit-confusion' },
    el('caption', {}, 'Test digits: a row for each true digit, a column for each predicted one. Choose a cell to see its digits.'),
    el('thead', {}, head), el('tbody', {}, rows),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'total'), total, overall)));
  return { table, cells, acc, total, overall };
}

/** @param {HTMLElement} container
 *  @param {{ onCell?: (trueDigit: number, predicted: number) => void, id?: string }} [options] */
export function mountConfusion(container, { onCell = () => {}, id = 'confusion' } = {}) {
  let selected = -1;
  const parts = buildTable(id, (t, p) => { select(t, p); onCell(t, p); });
  container.append(parts.table);

  function select(t, p = null) {
    selected = t === null ? -1 : t * K + p;
    parts.cells.forEach((b, i) => b.setAttribute('aria-pressed', String(i === selected)));
  }

  function clear() {
    for (const b of parts.cells) {
      b.textContent = MISSING;
      b.setAttribute('aria-label', 'no count yet');
      b.style.backgroundColor = '';
    }
    for (const a of parts.acc) a.textContent = MISSING;
    parts.total.textContent = MISSING;
    parts.overall.textContent = MISSING;
    parts.table.dataset.total = '';
  }

  function show(counts) {
    const s = confusionStats(counts);   // checks counts before anything changes
    parts.cells.forEach((b, i) => {
      const t = Math.floor(i / K), p = i % K;
      b.textContent = String(counts[i]);
      b.setAttribute('aria-label', cellLabel(t, p, counts[i]));
      // Shade by the share of the true digit's row: blue right, orange wrong.
      const share = s.rows[t] ? counts[i] / s.rows[t] : 0;
      b.style.backgroundColor = share > 0 ? rgb(t === p ? POSITIVE : NEGATIVE, Math.min(0.7, 0.1 + share * 0.8)) : '';
    });
    s.accuracy.forEach((a, t) => { parts.acc[t].textContent = fmtPercent(a); });
    parts.total.textContent = `${fmtInt(s.total)} digits`;
    parts.overall.textContent = fmtPercent(s.overall);
    parts.table.dataset.total = String(s.total);
  }

  clear();
  return { table: parts.table, show, clear, select };
}
