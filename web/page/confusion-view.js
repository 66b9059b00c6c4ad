// page/confusion-view.js — the confusion matrix the worker computes on the
// test set (worker/confusion.js), as the table #confusion: rows the true
// class, columns the predicted one, the diagonal marked, and each true
// class's accuracy (the share of its points predicted right) in the last row.

import { el } from '../dom.js';
import { fmtInt, fmtPercent } from '../format.js';
import { perClassAccuracy } from '../worker/confusion.js';

/** A class name for a header: bare numbers read as "class 0". */
export function className(name) {
  return /^-?\d+(\.\d+)?$/.test(name) ? `class ${name}` : name;
}

/** @param {HTMLTableElement} table */
export function createConfusionView(table) {
  let names = [];
  let onCell = null;    // a mode that shows a cell's points (Digits): (t, p) => void
  let picked = null;    // { t, p }, the cell last chosen
  let last = null;      // the matrix shown
  // A cell is chosen by a click, or Enter / Space on it (cells are focusable then).
  table.addEventListener('click', (ev) => pick(/** @type {HTMLElement} */ (ev.target)));
  table.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') { if (pick(/** @type {HTMLElement} */ (ev.target))) ev.preventDefault(); }
  });
  function pick(target) {
    const td = target && target.closest ? target.closest('td[data-t]') : null;
    if (!td || !onCell) return false;
    picked = { t: Number(td.dataset.t), p: Number(td.dataset.p) };
    render(last);
    onCell(picked.t, picked.p);
    return true;
  }

  // The empty table of a new run: headers and a caption, no counts yet.
  function setData(info) {
    const k = Math.max(2, info ? info.k : 2);
    names = [];
    // The data's names; bare numbers stay bare here (the corner says "class").
    for (let c = 0; c < k; c++) names.push(info && info.classNames[c] !== undefined ? info.classNames[c] : String(c));
    render(null);
  }

  /** @param {{ counts: number[], k: number, n: number, of?: number, whole: boolean } | null} m */
  function render(m) {
    last = m;
    const k = names.length;
    const set = m && m.whole ? 'Whole data set' : 'Test set';
    const size = !m ? '' : m.of > m.n ? ` (a sample of ${fmtInt(m.n)} of its ${fmtInt(m.of)} points)` : ` (${fmtInt(m.n)} points)`;
    const caption = el('caption', {}, `${set}${size}: rows the true class, columns the predicted one`);
    const head = el('tr', {}, el('th', { scope: 'col', class: 'corner' }, 'true \\ predicted'),
      names.map((n) => el('th', { scope: 'col' }, n)));
    const acc = m && m.k === k ? perClassAccuracy(m.counts, k) : null;
    const rows = names.map((n, c) => el('tr', {}, el('th', { scope: 'row' }, n),
      names.map((_, p) => el('td', cellProps(c, p, acc ? m.counts[c * k + p] : null), acc ? String(m.counts[c * k + p]) : '—'))));
    // Each class's accuracy (its diagonal count over its row) under its name.
    const foot = el('tr', { class: 'acc' }, el('th', { scope: 'row', title: 'the share of each true class predicted right' }, 'right'),
      names.map((_, c) => el('td', {}, acc ? fmtPercent(acc[c]) : '—')));
    table.replaceChildren(caption, el('thead', {}, head), el('tbody', {}, rows), el('tfoot', {}, foot));
    table.dataset.total = acc ? String(m.counts.reduce((a, b) => a + b, 0)) : '';
  }

  function cellProps(c, p, count) {
    const cls = [p === c ? 'hit' : '', onCell ? 'pick' : '', picked && picked.t === c && picked.p === p ? 'picked' : ''].filter(Boolean).join(' ');
    if (!onCell) return { class: cls || null };
    const said = count === null ? '' : `${count} `;
    return { class: cls, tabindex: '0', dataset: { t: String(c), p: String(p) }, 'aria-label': `${said}test points of class ${names[c]} predicted ${names[p]}: show them` };
  }

  return {
    setData,
    /** Let cells be chosen (fn(true, predicted)), or not (null). */
    setOnCell(fn) { onCell = fn; picked = null; render(last); },
    /** A new matrix from a frame; null clears the counts (a new run). */
    show(m) { render(m); },
  };
}
