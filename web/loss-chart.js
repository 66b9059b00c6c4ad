// loss-chart.js — loss and accuracy per epoch with Chart.js.
//
// createLossChart(canvas, Chart) -> { addRecords, mark, newRun, clearPrevious,
//   setView, setLogScale, setLogEpochs, setRegression, draw, data }. Chart is the
// Chart.js constructor (the UMD build's global). setRegression(true): the loss
// is the mean squared error, so named, and there is no accuracy to show.
//
// A run of any length stays a few hundred points and keeps its story
// (createSeries / pushRecord / seriesPoints, pure and tested in Node): the
// first KEEP_FIRST epochs and the latest are always kept; the epochs between
// are grouped into buckets of a power-of-two width, each keeping its lowest
// and highest point, so a spike or the minimum never drops out. When there
// are more than MAX_BUCKETS buckets their width doubles and neighbours merge.
// The epoch axis can be logarithmic (the first epochs then get room of their
// own); log ticks read "0.01", "1e-5". Settings changed mid-run are marked by
// a vertical line drawn by a small plugin of our own; each reset keeps the run
// before it as a faded, numbered and labelled curve.

import { drawMarks } from './draw/chart-marks.js';

export const KEEP_FIRST = 16;
export const MAX_BUCKETS = 400;
const KEYS = ['trainLoss', 'testLoss', 'trainAcc', 'testAcc'];
const MAX_PREVIOUS = 6;
const COLORS = { train: '#0072B2', test: '#E69F00' };
const FADED = ['#6b7785', '#8a6e57', '#5f7f5f', '#7d6787', '#5b7f8c', '#857a52'];
const DASHES = [[5, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4], [4, 2, 1, 2]];

// Draws the marks (draw/chart-marks.js) over the curves.
const markerPlugin = {
  id: 'downhillMarkers',
  afterDatasetsDraw(chart) {
    const marks = chart.$downhillMarks;
    if (!marks || marks.length === 0) return;
    const x = chart.scales.x;
    drawMarks(chart.ctx, chart.chartArea, (epoch) => x.getPixelForValue(epoch), marks);
  },
};

// ---- the series: pure functions -----------------------------------------------------

/** An empty series: per key the first epochs (`head`), the buckets between
 *  ({ i, lo, hi } points, bucket i covering `width` epochs after KEEP_FIRST)
 *  and the latest point. */
export function createSeries() {
  const lines = {};
  for (const k of KEYS) lines[k] = { head: [], buckets: [], last: null };
  return { width: 1, count: 0, version: 0, lines };
}

/** Add one epoch record { epoch, trainLoss, testLoss, trainAcc, testAcc }. */
export function pushRecord(series, r) {
  const x = r.epoch;
  const i = Math.floor((x - KEEP_FIRST - 1) / series.width);
  for (const k of KEYS) {
    const y = Number.isFinite(r[k]) ? r[k] : null;
    const line = series.lines[k];
    const p = { x, y };
    line.last = p;
    if (x <= KEEP_FIRST) { line.head.push(p); continue; }
    const b = line.buckets[line.buckets.length - 1];
    if (b && b.i === i) widen(b, p); else line.buckets.push({ i, lo: p, hi: p });
  }
  series.count += 1;
  series.version += 1;
  if (series.lines.trainLoss.buckets.length > MAX_BUCKETS) coarsen(series);
}

// A bucket keeps its lowest and highest point; a missing value (a diverged
// loss) is kept as the bucket's `gap`, so the line breaks there.
function widen(b, p) {
  if (p.y === null) { b.gap = b.gap || p; return; }
  if (b.lo.y === null || p.y < b.lo.y) b.lo = p;
  if (b.hi.y === null || p.y > b.hi.y) b.hi = p;
}

// Double the bucket width: bucket i becomes floor(i / 2), neighbours merge.
function coarsen(series) {
  series.width *= 2;
  for (const k of KEYS) {
    const merged = [];
    for (const b of series.lines[k].buckets) {
      const i = Math.floor(b.i / 2);
      const m = merged[merged.length - 1];
      if (m && m.i === i) {
        widen(m, b.lo);
        widen(m, b.hi);
        if (b.gap) m.gap = m.gap || b.gap;
      } else {
        merged.push({ ...b, i });
      }
    }
    series.lines[k].buckets = merged;
  }
}

/** The points to draw for one key, in epoch order: the first epochs, each
 *  bucket's low and high (by epoch), the latest. */
export function seriesPoints(series, key) {
  const line = series.lines[key];
  const out = line.head.slice();
  for (const b of line.buckets) {
    const pts = [b.lo, b.hi, b.gap].filter(Boolean).sort((a, c) => a.x - c.x);
    for (const p of pts) if (out.length === 0 || out[out.length - 1] !== p) out.push(p);
  }
  if (line.last && (out.length === 0 || out[out.length - 1] !== line.last)) out.push(line.last);
  return out;
}

/** A log-axis tick: "1", "0.01", "1e-5", "200", "1e+6" reads "1e6"; values
 *  that are not 1, 2 or 5 times a power of ten are left unlabelled, so the
 *  labels never crowd. */
export function logTick(v) {
  if (!(v > 0)) return '';
  const exp = Math.floor(Math.log10(v) + 1e-9);
  const mant = Math.round(v / 10 ** exp);
  if (![1, 2, 5].includes(mant) || Math.abs(v / 10 ** exp - mant) > 1e-6) return '';
  if (exp >= -3 && exp <= 4) return String(Number((mant * 10 ** exp).toPrecision(1)));
  return `${mant}e${exp}`;
}

/** A linear axis's tick without float noise: 0.7000000000000001 reads 0.7. */
export function linearTick(v) {
  return typeof v === 'number' ? String(Number(v.toPrecision(10))) : String(v);
}

/** Tick labels for a log axis: 1, 2 and 5 times each power of ten, only the
 *  powers when the axis spans more than a few decades. */
export function logTicks(ticks, { thousands = false } = {}) {
  const values = ticks.map((t) => t.value).filter((t) => t > 0);
  const wide = values.length > 1 && Math.log10(values[values.length - 1] / values[0]) > 2.5;
  return (value) => {
    const text = logTick(value);
    if (!text || (wide && !/^1(e|$|0*$)|^0\.0*1$/.test(text))) return '';
    if (thousands && value >= 1e6) return `${value / 1e6}M`;
    return thousands && value >= 1000 ? `${value / 1000}k` : text;
  };
}

export function createLossChart(canvas, Chart) {
  const v = {
    view: 'loss', log: false, logEpochs: false, regression: false,
    run: createSeries(), runs: 0,   // runs: how many runs this chart has kept so far
    previous: [], marks: [],
    dirty: true, lastUpdate: 0,
  };
  const cache = new WeakMap();      // series -> { version, points by key }
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      spanGaps: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hitRadius: 6 }, line: { borderWidth: 2, tension: 0 } },
      scales: {
        x: { type: 'linear', min: 0, title: { display: true, text: 'epoch' }, ticks: { maxTicksLimit: 8 } },
        y: { type: 'linear', title: { display: true, text: 'loss' }, ticks: { maxTicksLimit: 6 } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 2, font: { size: 11 } } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatY(item.parsed.y, v.regression ? 'loss' : v.view)}`,
            title: (items) => (items.length ? `epoch ${items[0].parsed.x}` : ''),
          },
        },
      },
    },
    plugins: [markerPlugin],
  });
  chart.$downhillMarks = v.marks;

  function points(series, key) {
    let c = cache.get(series);
    if (!c || c.version !== series.version) { c = { version: series.version }; cache.set(series, c); }
    return (c[key] ??= seriesPoints(series, key));
  }

  function datasets() {
    const acc = v.view === 'accuracy' && !v.regression;
    const loss = v.regression ? 'squared error' : 'loss';
    const out = [];
    v.previous.forEach((p, i) => {
      out.push({
        label: `${p.label} (${acc ? 'test accuracy' : `train ${loss}`})`,
        data: points(p.series, acc ? 'testAcc' : 'trainLoss'),
        borderColor: FADED[i % FADED.length],
        borderWidth: 1.5,
        borderDash: DASHES[i % DASHES.length],
        pointRadius: 0,
      });
    });
    out.push({ label: acc ? 'train accuracy' : `train ${loss}`, data: points(v.run, acc ? 'trainAcc' : 'trainLoss'), borderColor: COLORS.train, pointRadius: 0 });
    out.push({ label: acc ? 'test accuracy' : `test ${loss}`, data: points(v.run, acc ? 'testAcc' : 'testLoss'), borderColor: COLORS.test, pointRadius: 0 });
    return out;
  }

  function addRecords(records) {
    for (const r of records) pushRecord(v.run, r);
    if (records.length) v.dirty = true;
  }

  function mark(epoch, text) {
    v.marks.push({ epoch, text });
    v.dirty = true;
  }

  // Keep the finished run (if it trained at all) as a faded curve and start
  // anew. Kept runs are numbered, so two with the same settings read apart.
  function newRun(previousLabel) {
    if (v.run.count > 1 && previousLabel) {
      v.runs += 1;
      v.previous.push({ label: `run ${v.runs}: ${previousLabel}`, series: v.run });
      if (v.previous.length > MAX_PREVIOUS) v.previous.shift();
    }
    v.run = createSeries();
    v.marks.length = 0;
    v.dirty = true;
  }

  function clearPrevious() {
    v.previous = [];
    v.dirty = true;
  }

  function setView(view) { v.view = view; v.dirty = true; }
  function setLogScale(on) { v.log = on; v.dirty = true; }
  function setLogEpochs(on) { v.logEpochs = on; v.dirty = true; }
  function setRegression(on) { v.regression = !!on; v.dirty = true; }

  // Redraw at most ~12 times a second; the chart is the costliest view.
  function draw(force) {
    const t = performance.now();
    if (!v.dirty || (!force && t - v.lastUpdate < 80)) return;
    v.dirty = false;
    v.lastUpdate = t;
    const acc = v.view === 'accuracy' && !v.regression;
    const loss = v.regression ? 'squared error' : 'loss';
    chart.data.datasets = datasets();
    const { x, y } = chart.options.scales;
    x.type = v.logEpochs ? 'logarithmic' : 'linear';
    x.min = v.logEpochs ? 1 : 0;
    x.title.text = v.logEpochs ? 'epoch (log scale)' : 'epoch';
    x.ticks.callback = v.logEpochs ? function tick(value, i, ticks) { return logTicks(ticks, { thousands: true })(value); } : linearTick;
    y.type = !acc && v.log ? 'logarithmic' : 'linear';
    y.title.text = acc ? 'accuracy' : v.log ? `${loss} (log scale)` : loss;
    y.ticks.callback = y.type === 'logarithmic' ? function tick(value, i, ticks) { return logTicks(ticks)(value); } : linearTick;
    y.min = acc ? 0 : undefined;
    y.max = acc ? 1 : undefined;
    chart.update('none');
  }

  return {
    addRecords, mark, newRun, clearPrevious, setView, setLogScale, setLogEpochs, setRegression, draw,
    previousCount: () => v.previous.length,
    markCount: () => v.marks.length,
    /** What the chart holds, for tests: the current run's points per key,
     *  the kept runs' labels, and the axes' types. */
    data: () => ({
      ...Object.fromEntries(KEYS.map((k) => [k, points(v.run, k)])),
      previous: v.previous.map((p) => p.label),
      xType: v.logEpochs ? 'logarithmic' : 'linear', yType: !v.log || v.view === 'accuracy' ? 'linear' : 'logarithmic',
    }),
  };
}

function formatY(y, view) {
  if (!Number.isFinite(y)) return '—';
  return view === 'accuracy' ? `${(y * 100).toFixed(1)}%` : y.toPrecision(4);
}
