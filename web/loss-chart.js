// loss-chart.js — loss and accuracy per epoch with Chart.js.
//
// createLossChart(canvas, Chart) -> { addRecords, mark, newRun, clearPrevious,
//   setView, setLogScale, draw }. Chart is the Chart.js constructor (the UMD
// build's global). Long runs are thinned (every 2^k-th epoch, plus the latest)
// so a run of any length stays a few hundred points; the first KEEP_FIRST
// epochs are never thinned, so the drop from the starting loss stays in view.
// Settings changed mid-run are marked by a vertical line drawn by a small
// plugin of our own; each reset keeps the run before it as a faded, labelled
// curve.

import { drawMarks } from './draw/chart-marks.js';

export const MAX_POINTS = 800;
export const KEEP_FIRST = 16;
const MAX_PREVIOUS = 6;
const COLORS = { train: '#0072B2', test: '#E69F00' };
const FADED = ['#7f8c9a', '#a08c7a', '#8a9f8a', '#9a86a0', '#8fa0a8', '#a89a78'];

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

/** How thinly a run's records may be sent here from epoch `from` on, with the
 *  chart still drawing the same points: a power of two at most half the
 *  stride a run of `from` epochs is thinned to below (that stride only grows,
 *  and a series of stride s keeps about KEEP_FIRST + epochs / s <= MAX_POINTS
 *  points), 1 while the first epochs are kept. Send the epochs that are
 *  multiples of it and the latest (model.history(from, every)). At the page's
 *  tens of thousands of epochs a second that is a few records a frame instead
 *  of thousands, each made, posted and pushed here only to be thinned away. */
export function historyStride(from) {
  let s = 1;
  while (2 * s * 2 * MAX_POINTS <= from - KEEP_FIRST) s *= 2;
  return s;
}

export function createSeries() {
  return { stride: 1, trainLoss: [], testLoss: [], trainAcc: [], testAcc: [], tailOffStride: false };
}

/** Add one epoch record { epoch, trainLoss, testLoss, trainAcc, testAcc } to a series. */
export function pushRecord(series, r) {
  const keys = ['trainLoss', 'testLoss', 'trainAcc', 'testAcc'];
  if (series.tailOffStride) for (const k of keys) series[k].pop();
  for (const k of keys) {
    const y = r[k];
    series[k].push({ x: r.epoch, y: Number.isFinite(y) ? y : null });
  }
  series.tailOffStride = r.epoch > KEEP_FIRST && r.epoch % series.stride !== 0;
  if (series.trainLoss.length > MAX_POINTS) {
    series.stride *= 2;
    for (const k of keys) {
      const arr = series[k];
      const last = arr[arr.length - 1];
      const kept = arr.filter((p) => p.x <= KEEP_FIRST || p.x % series.stride === 0);
      if (kept[kept.length - 1] !== last) kept.push(last);
      series[k] = kept;
    }
    const tail = series.trainLoss[series.trainLoss.length - 1];
    series.tailOffStride = tail.x > KEEP_FIRST && tail.x % series.stride !== 0;
  }
}

export function createLossChart(canvas, Chart) {
  const v = {
    view: 'loss', log: false,
    run: createSeries(), runLabel: '',
    previous: [], marks: [],
    dirty: true, lastUpdate: 0,
  };
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
        legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 2, font: { size: 11 } } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatY(item.parsed.y, v.view)}`,
            title: (items) => (items.length ? `epoch ${items[0].parsed.x}` : ''),
          },
        },
      },
    },
    plugins: [markerPlugin],
  });
  chart.$downhillMarks = v.marks;

  function datasets() {
    const acc = v.view === 'accuracy';
    const out = [];
    v.previous.forEach((p, i) => {
      out.push({
        label: p.label,
        data: acc ? p.series.testAcc : p.series.trainLoss,
        borderColor: FADED[i % FADED.length],
        borderWidth: 1.5,
        borderDash: [5, 3],
        pointRadius: 0,
      });
    });
    out.push({ label: acc ? 'train accuracy' : 'train loss', data: acc ? v.run.trainAcc : v.run.trainLoss, borderColor: COLORS.train, pointRadius: 0 });
    out.push({ label: acc ? 'test accuracy' : 'test loss', data: acc ? v.run.testAcc : v.run.testLoss, borderColor: COLORS.test, pointRadius: 0 });
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

  // Keep the finished run (if it trained at all) as a faded curve and start anew.
  function newRun(previousLabel) {
    if (v.run.trainLoss.length > 1 && previousLabel) {
      v.previous.push({ label: previousLabel, series: v.run });
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

  // Redraw at most ~12 times a second; the chart is the costliest view.
  function draw(force) {
    const t = performance.now();
    if (!v.dirty || (!force && t - v.lastUpdate < 80)) return;
    v.dirty = false;
    v.lastUpdate = t;
    const acc = v.view === 'accuracy';
    chart.data.datasets = datasets();
    const y = chart.options.scales.y;
    y.type = !acc && v.log ? 'logarithmic' : 'linear';
    y.title.text = acc ? 'accuracy' : 'loss';
    y.min = acc ? 0 : undefined;
    y.max = acc ? 1 : undefined;
    chart.update('none');
  }

  return {
    addRecords, mark, newRun, clearPrevious, setView, setLogScale, draw,
    previousCount: () => v.previous.length,
    markCount: () => v.marks.length,
  };
}

function formatY(y, view) {
  if (!Number.isFinite(y)) return '—';
  return view === 'accuracy' ? `${(y * 100).toFixed(1)}%` : y.toPrecision(4);
}
