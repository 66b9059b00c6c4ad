// custom-data.js — the user's own data on the playground: a CSV file (picked
// with a button or dropped on the data panel or the plot) with a column
// chooser, and points added or removed by clicking the plot.
//
// createCustomData(opts) -> { setInfo(info), setLimits(dh.limits), summary(info), openFile() }
//   opts: { doc, heatmap, canvas, picker, box, editor, dropZones, ops, onUse,
//           onEdit, announce }
//   ops: the playground's worker ops by name (lessons/playground/names.js);
//   the CSV chooser asks csvSniff (the engine's reading of a file) and
//   csvCheck (its verdict on a choice of columns, or a rejection naming row
//   and column);
//   onUse(source) switches to the data; onEdit(source) after a point edit.
//   setInfo(info) is called with every dataset the worker describes.
//
// A source is what the worker rebuilds the data from (see worker/data.js):
//   { kind: 'csv', bytes, features: [index...], label: index, header, name, format }
//   { kind: 'points', x: [x0, y0, x1, y1, ...], y: [class, ...], k, bounds,
//     featureNames, classNames }
// Clicked points are trained and measured on every point (no test split): a
// handful of points split in two would leave too few to learn from, and what
// you click is what the model should fit.
//
// The parts, in web/custom-data/: file.js reads a picked or dropped file (and
// checks its size), chooser.js is the CSV box, columns.js its default choice,
// points.js the point editor; draw/data-thumb.js draws the picker's thumbnail.

import { el } from './dom.js';
import { fmtInt } from './format.js';
import { drawnCount } from './draw/heatmap.js';
import { drawDataThumb, drawEmptyThumb } from './draw/data-thumb.js';
import { createCsvChooser } from './custom-data/chooser.js';
import { createPointEditor, classIcon } from './custom-data/points.js';

export { classIcon };

export function createCustomData(opts) {
  const { heatmap, canvas, ops, onUse, onEdit, announce } = opts;
  const v = {
    info: null,          // the data as the worker last described it
    source: null,        // the custom source used last (CSV or points)
  };

  // "Your data" in the dataset picker.
  const thumb = el('canvas', { width: 64, height: 64, 'aria-hidden': 'true' });
  const yours = el('button', {
    type: 'button', class: 'dataset dataset-custom', id: 'dataset-custom', role: 'radio',
    'aria-checked': 'false', tabindex: '-1',
    onclick: () => onUse(v.source),
    onkeydown: (ev) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
      if (!step) return;
      ev.preventDefault();
      const all = opts.picker.querySelectorAll('[data-dataset]');
      const next = step > 0 ? all[0] : all[all.length - 1];
      if (next) { next.click(); next.focus(); }
    },
  }, thumb, el('span', {}, 'Your data'));
  opts.picker.append(yours);

  // A course link that locks the data set (or hides it) keeps files from
  // replacing it, dropped ones included (embed.js marks the box).
  const dataLocked = () => opts.box.classList.contains('locked') || !!opts.box.closest('[hidden]');
  const csv = createCsvChooser({
    box: opts.box, dropZones: opts.dropZones, ops, announce, dataLocked,
    onChoose: (source) => { v.source = source; onUse(source); },
  });
  const points = createPointEditor({
    editor: opts.editor, canvas, heatmap, announce,
    getInfo: () => v.info, getSource: () => v.source,
    onEdit: (source) => { v.source = source; onEdit(source); },
  });

  // The worker's description of the data, whenever it sends one.
  function setInfo(info) {
    v.info = info;
    const mine = info.dataset === 'custom';
    yours.setAttribute('aria-checked', String(mine));
    yours.tabIndex = mine ? 0 : -1;
    if (mine) drawDataThumb(thumb.getContext('2d'), info, thumb.width);
    points.renderClasses();
  }

  /** The Data panel's sentence for the user's data. */
  function summary(info) {
    const k = info.k;
    const softmax = k > 2 ? ` With ${k} classes the model has ${k} outputs and a softmax.` : '';
    if (info.empty) return 'Your data: no usable data yet. Upload a CSV file, or click the plot to add points of two classes.';
    if (info.points) return `Your points: ${info.n} points, ${k} classes, trained and measured on every point.${softmax}`;
    const csv = v.source && v.source.kind === 'csv' ? v.source : null;
    const format = csv && csv.format ? ` Read as ${csv.format}.` : '';
    const { drawn, total } = drawnCount(info);
    const shown = drawn < total ? ` The plot shows ${fmtInt(drawn)} of ${fmtInt(total)} points.` : '';
    const sampled = info.evalN < info.testN
      ? ` Each epoch's test loss and accuracy are estimated on a sample of ${fmtInt(info.evalN)} of the ${fmtInt(info.testN)} test points.` : '';
    return `${csv ? csv.name : 'Your data'}: ${fmtInt(info.train.n)} training and ${fmtInt(info.test.n)} test points, ${k} classes.${softmax}${format}${shown}${sampled}`;
  }

  drawEmptyThumb(thumb.getContext('2d'), thumb.width);
  points.renderClasses();
  return { setInfo, setLimits: csv.setLimits, summary, openFile: csv.openFile };
}
