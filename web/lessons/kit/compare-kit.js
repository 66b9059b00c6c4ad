// kit/compare-kit.js — main-thread pieces shared by the comparison lessons (batch,
// overfit, vanishing): labelled controls that validate typed values by the
// same rules as the URL (state.js), a runner that trains in worker-sized
// chunks at a pace a student can watch (kit/pace.js), the Run / Skip to end /
// Reset wiring around it (createComparison), and Chart.js charts in which
// every run has a colour AND a line dash (lines) or a fill pattern (bars), so
// no run is told apart by colour alone.
import { el } from '../../dom.js';
import { validateParam, formatNumberOrText, paramRange, paramOptions } from '../../state.js';
import { fmtInt } from '../../format.js';
import { createPace } from './pace.js';
import { logTicks } from '../../loss-chart.js';

// Okabe–Ito colours; each also has its own dash and bar pattern.
export const RUN_STYLES = [
  { color: '#0072B2', dash: [], pattern: 'solid' },
  { color: '#D55E00', dash: [8, 4], pattern: 'stripes' },
  { color: '#009E73', dash: [2, 3], pattern: 'dots' },
  { color: '#CC79A7', dash: [12, 3, 3, 3], pattern: 'cross' },
];

// ---- controls ---------------------------------------------------------------------

/** A labelled text input for the number setting `key` of the page state. A
 *  value the schema refuses is not stored: the field says why and keeps the old
 *  one; the rule it states is the schema's range for `key`. Returns { node, input }.
 *  @param {any} ctx  @param {{ key: string, label: string, onChange?: Function }} field */
export function numberField(ctx, { key, label, onChange }) {
  const r = paramRange(key);
  const range = `${r.integer ? 'a whole number' : 'a number'} from ${formatNumberOrText(r.lo)} to ${formatNumberOrText(r.hi)}`;
  const id = `cmp-${key}`;
  const msg = el('span', { class: 'cmp-msg', id: `${id}-msg`, 'aria-live': 'polite' });
  const input = el('input', {
    id, type: 'text', inputmode: 'decimal', size: 6, autocomplete: 'off',
    value: formatNumberOrText(ctx.state[key]), 'aria-describedby': `${id}-msg`,
  });
  input.addEventListener('change', () => {
    const v = validateParam(key, input.value);
    if (v === undefined) {
      input.setAttribute('aria-invalid', 'true');
      msg.textContent = `Use ${range}; kept ${formatNumberOrText(ctx.state[key])}.`;
      return;
    }
    input.removeAttribute('aria-invalid');
    msg.textContent = '';
    input.value = formatNumberOrText(v);
    if (v !== ctx.state[key]) {
      ctx.setParam(key, v);
      onChange?.(v);
    }
  });
  const node = el('div', { class: 'cmp-field' }, el('label', { for: id }, label), input, msg);
  return { node, input };
}

/** A labelled select for the setting `key`: the schema's choices for it, with
 *  the engine's labels (state.js paramOptions).
 *  @param {any} ctx  @param {{ key: string, label: string, onChange?: Function }} field */
export function selectField(ctx, { key, label, onChange }) {
  const options = paramOptions(key).map((o) => [o.value, o.label]);
  const id = `cmp-${key}`;
  const select = el('select', { id },
    options.map(([value, text]) => el('option', { value, selected: value === ctx.state[key] }, text)));
  select.addEventListener('change', () => {
    ctx.setParam(key, select.value);
    onChange?.(select.value);
  });
  return { node: el('div', { class: 'cmp-field' }, el('label', { for: id }, label), select), select };
}

/** A two-or-more-way switch of buttons (aria-pressed) for the setting `key`. */
export function switchField(ctx, { key, label, options, onChange }) {
  const buttons = options.map(([value, text]) => el('button', {
    type: 'button', class: 'cmp-seg', id: `cmp-${key}-${value}`, dataset: { value },
    'aria-pressed': String(ctx.state[key] === value),
    onclick: () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === value));
      if (ctx.state[key] !== value) {
        ctx.setParam(key, value);
        onChange?.(value);
      }
    },
  }, text));
  return el('div', { class: 'cmp-switch', role: 'group', 'aria-label': label },
    el('span', { class: 'cmp-switch-label', 'aria-hidden': 'true' }, label), buttons);
}

/** Run, Skip to end (shown while a run animates) and Reset buttons. */
export function runButtons({ onRun, onSkip, onReset }) {
  const run = el('button', { type: 'button', class: 'cmp-run', onclick: onRun }, 'Run');
  // Styled as the page's secondary pill button (styles.css .pc-btn).
  const skip = el('button', { type: 'button', class: 'pc-btn cmp-skip', hidden: true, onclick: onSkip }, 'Skip to end');
  const reset = el('button', { type: 'button', class: 'cmp-reset', onclick: onReset }, 'Reset');
  return { node: el('div', { class: 'cmp-buttons' }, run, skip, reset), run, skip, reset };
}

/** When a setting in `controls` changes after a run, say in `status` that the
 *  results shown were made with the old settings. current() and used() return
 *  the settings now and those of the last run (null before any). */
export function noteStaleSettings(controls, status, current, used) {
  controls.addEventListener('change', () => {
    const u = used();
    if (u && JSON.stringify(current()) !== JSON.stringify(u)) {
      status.textContent = 'Settings changed: press Run to train with them.';
    }
  });
}

// ---- training in chunks -----------------------------------------------------------

/** Runs the lesson's worker ops: ctx.ops.setup once, then ctx.ops.advance
 *  until it says done (the ops of kit/compare-names.js). Each call is a few
 *  tens of ms of training at most, so the worker stays responsive; at the
 *  lesson's pace (kit/pace.js, `perSecond` epochs a second) each asks for
 *  the few epochs due by the next animation frame. skip() drops the pace,
 *  as reduced motion does from the start. A later run() or cancel() makes
 *  the earlier run's answers be ignored and stops its pace.
 *  @param {any} ctx  @param {{ perSecond: number, onStart: Function, onChunk: Function, onDone: Function, onError: Function }} o */
export function createRunner(ctx, { perSecond, onStart, onChunk, onDone, onError }) {
  let token = 0;
  let pace = null;
  const end = (mine) => {
    if (mine !== token) return false;
    pace = null;
    return true;
  };
  return {
    /** args: the setup op's, with the run's `epochs`. */
    async run(args) {
      pace?.stop();
      const mine = ++token;
      const p = createPace({ perSecond, total: args.epochs, fast: ctx.reducedMotion() });
      pace = p;
      try {
        const info = await ctx.ops.setup(args);
        if (mine !== token) return;
        onStart(info);
        for (;;) {
          const n = await p.next();
          if (mine !== token) return;
          const r = await ctx.ops.advance({ budgetMs: 40, maxEpochs: Number.isFinite(n) ? n : undefined });
          if (mine !== token) return;
          onChunk(r);
          if (r.done) break;
        }
        if (end(mine)) onDone();
      } catch (e) {
        if (end(mine)) onError(e);
      }
    },
    skip() { pace?.skip(); },
    cancel() {
      token++;
      pace?.stop();
      pace = null;
    },
    /** True while a run draws as it goes (paced, not skipped). */
    get animating() { return pace !== null && !pace.fast; },
  };
}

/** The wiring every comparison lesson shares: the controls row (its fields,
 *  Run, Skip to end, Reset), the status line, and runs of the setup and
 *  advance ops at the lesson's pace. The lesson says what differs:
 *    fields      [{ node }] of numberField / selectField
 *    idle        the status before a run
 *    settings()  the setup op's arguments from ctx.state, `epochs` among them
 *    pace        epochs a second while animated (kit/pace.js)
 *    empty()     the runs before setup answers; start(info) those after
 *    merge(runs, chunk)  fold an advance answer into the runs
 *    draw()      redraw everything from the returned `v`
 *    doneText(v) the status after the last epoch; summary() what is announced then
 *  Returns { v: { settings, info, runs, done }, controls, status, destroy() }:
 *  settings are those of the run shown (null before any), done once it ended. */
export function createComparison(ctx, spec) {
  const v = { settings: null, info: null, runs: spec.empty(), done: false };
  const status = el('p', { class: 'cmp-status', role: 'status' }, spec.idle);
  const buttons = runButtons({ onRun: run, onSkip: () => runner.skip(), onReset: reset });
  const controls = el('div', { class: 'cmp-controls' }, spec.fields.map((f) => f.node), buttons.node);
  const runner = createRunner(ctx, {
    perSecond: spec.pace,
    onStart(info) {
      v.info = info;
      v.runs = spec.start(info);
    },
    onChunk(r) {
      spec.merge(v.runs, r);
      say(`Training… epoch ${fmtInt(r.epoch)} of ${fmtInt(v.settings.epochs)}.`, true);
      if (runner.animating || r.done) spec.draw();
    },
    onDone() {
      v.done = true;
      showSkip(false);
      say(spec.doneText(v));
      spec.draw();
      ctx.announce(spec.summary());
    },
    onError(e) {
      showSkip(false);
      say(`Could not train: ${e.message}`);
    },
  });
  noteStaleSettings(controls, status, spec.settings, () => v.settings);

  // While training, the status is aria-busy: a screen reader waits for the
  // result instead of reading every epoch's count.
  function say(text, training = false) {
    status.textContent = text;
    status.setAttribute('aria-busy', String(training));
  }

  // Skip to end shows only while a run may animate; focus on it moves to Run when it goes.
  function showSkip(on) {
    if (!on && document.activeElement === buttons.skip) buttons.run.focus();
    buttons.skip.hidden = !on;
  }

  function clear(settings) {
    runner.cancel();
    v.settings = settings;
    v.info = null;
    v.runs = spec.empty();
    v.done = false;
  }

  function run() {
    clear(spec.settings());
    spec.draw();
    say('Training…', true);
    showSkip(!ctx.reducedMotion());
    runner.run(v.settings);
  }

  function reset() {
    clear(null);
    ctx.ops.reset().catch(() => {});
    showSkip(false);
    say(spec.idle);
    spec.draw();
  }

  return { v, controls, status, destroy() { runner.cancel(); } };
}

// ---- charts -----------------------------------------------------------------------

// Vertical marker lines with a label, from chart.$cmpMarks = [{ x, text }].
// Labels stack in rows so two markers close together stay readable; a label
// wider than the plot breaks after its commas.
const markerPlugin = {
  id: 'cmpMarkers',
  afterDatasetsDraw(chart) {
    const marks = chart.$cmpMarks;
    if (!marks || marks.length === 0) return;
    const { ctx, chartArea: a, scales: { x } } = chart;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    let ty = a.top + 4;
    for (const m of marks) {
      const px = x.getPixelForValue(m.x);
      if (!(px >= a.left && px <= a.right)) continue;
      ctx.strokeStyle = m.color || '#333';
      ctx.lineWidth = 1.5;
      ctx.setLineDash(m.dash || [5, 3]);
      ctx.beginPath();
      ctx.moveTo(px, a.top);
      ctx.lineTo(px, a.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      const lines = ctx.measureText(m.text).width > a.right - a.left - 8
        ? m.text.split(/(?<=,) /) : [m.text];
      for (const line of lines) {
        const w = ctx.measureText(line).width;
        const tx = px + 4 + w > a.right ? Math.max(a.left + 2, px - 4 - w) : px + 4;
        ctx.fillStyle = 'rgba(255,255,255,0.9)';
        ctx.fillRect(tx - 2, ty - 1, w + 4, 15);
        ctx.fillStyle = '#1d2330';
        ctx.fillText(line, tx, ty);
        ty += 16;
      }
    }
    ctx.restore();
  },
};

// Legend keys are short thick lines in the run's colour and dash (Chart.js's
// 'line' point style, with the dash taken from the dataset).
const legend = (Chart) => ({
  position: 'bottom',
  labels: {
    usePointStyle: true,
    pointStyleWidth: 36,
    boxHeight: 6,
    font: { size: 12 },
    generateLabels: (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart)
      .map((item) => ({
        ...item, pointStyle: 'line', lineWidth: 3, rotation: 0,
        lineDash: chart.data.datasets[item.datasetIndex].borderDash || [],
      })),
  },
});

// Options every chart here shares: drawn at once, sized by its box.
const BASE_OPTIONS = { animation: false, responsive: true, maintainAspectRatio: false };

const axis = (type, title) => ({
  type,
  title: { display: true, text: title },
  // A log axis is labelled as the playground's loss chart is (loss-chart.js):
  // 1, 2 and 5 times each power of ten, only the powers over many decades.
  ticks: type === 'logarithmic' ? { callback: (value, i, ticks) => logTicks(ticks)(value), autoSkip: false } : { maxTicksLimit: 8 },
});

/** A line chart of runs: setSeries([{ label, points: [{x, y}], style, width? }]),
 *  setX({ title, log, max? }), setXMax(max), setMarks([{ x, text }]). A run's
 *  charts set the x-axis to end where the run will, so its curves grow
 *  from left to right instead of the axis stretching under them. */
export function lineChart(canvas, Chart, { xTitle, yTitle, xLog = false, yLog = false }) {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      ...BASE_OPTIONS,
      parsing: false,
      normalized: true,
      spanGaps: false,
      interaction: { mode: 'nearest', intersect: false },
      elements: { point: { radius: 0, hitRadius: 5 }, line: { borderWidth: 2, tension: 0 } },
      scales: {
        x: axis(xLog ? 'logarithmic' : 'linear', xTitle),
        y: axis(yLog ? 'logarithmic' : 'linear', yTitle),
      },
      plugins: { legend: legend(Chart) },
    },
    plugins: [markerPlugin],
  });
  chart.$cmpMarks = [];
  // The x-axis ends at max; where the data ends when max is not a number.
  const setXMax = (max) => {
    if (Number.isFinite(max)) chart.options.scales.x.max = max;
    else delete chart.options.scales.x.max;
    chart.update('none');
  };
  return {
    chart,
    setSeries(list) {
      chart.data.datasets = list.map((s) => ({
        label: s.label,
        data: s.points,
        borderColor: s.style.color,
        backgroundColor: s.style.color,
        borderDash: s.style.dash,
        borderWidth: s.width || 2,
      }));
      chart.update('none');
    },
    setX({ title, log, max }) {
      chart.options.scales.x = axis(log ? 'logarithmic' : 'linear', title);
      setXMax(max);
    },
    setXMax,
    setMarks(marks) {
      chart.$cmpMarks = marks;
      chart.update('none');
    },
    destroy() { chart.destroy(); },
  };
}

/** A grouped bar chart: setBars(labels, [{ label, values, style }]). */
export function barChart(canvas, Chart, { xTitle, yTitle, yLog = false }) {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      ...BASE_OPTIONS,
      scales: { x: axis('category', xTitle), y: axis(yLog ? 'logarithmic' : 'linear', yTitle) },
      plugins: { legend: { position: 'bottom', labels: { font: { size: 12 } } } },
    },
  });
  return {
    chart,
    setBars(labels, groups) {
      chart.data.labels = labels;
      chart.data.datasets = groups.map((g) => ({
        label: g.label,
        data: g.values,
        backgroundColor: fillPattern(g.style),
        borderColor: g.style.color,
        borderWidth: 1.5,
      }));
      chart.update('none');
    },
    destroy() { chart.destroy(); },
  };
}

// A small tile of the run's colour in its pattern, so bars differ by texture too.
function fillPattern(style) {
  if (style.pattern === 'solid' || typeof document === 'undefined') return style.color;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.fillStyle = style.color;
  g.strokeStyle = style.color;
  g.lineWidth = 2;
  if (style.pattern === 'stripes') {
    g.beginPath();
    g.moveTo(-2, 10); g.lineTo(10, -2);
    g.moveTo(-2, 2); g.lineTo(2, -2);
    g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
  } else if (style.pattern === 'dots') {
    g.beginPath();
    g.arc(2, 2, 1.6, 0, Math.PI * 2);
    g.arc(6, 6, 1.6, 0, Math.PI * 2);
    g.fill();
  } else {
    g.fillRect(3, 0, 2, 8);
    g.fillRect(0, 3, 8, 2);
  }
  return g.createPattern(tile, 'repeat');
}

// ---- layout ------------------------------------------------------------------------

/** A chart box: a canvas with an accessible name, its text summary beneath. */
export function chartFigure({ id, title, label }) {
  const canvas = el('canvas', { id, role: 'img', 'aria-label': label });
  const summary = el('p', { class: 'cmp-summary', id: `${id}-summary` });
  canvas.setAttribute('aria-describedby', summary.id);
  const node = el('figure', { class: 'cmp-figure' },
    el('figcaption', { class: 'cmp-caption' }, title),
    el('div', { class: 'cmp-chart' }, canvas),
    summary);
  return { node, canvas, summary };
}

/** A table: setHead([title, ...]) and setRows([[cell, ...], ...]) replace its
 *  header and rows; the first cell of a row is its header. */
export function resultTable({ id, caption, head }) {
  const headRow = el('tr');
  const body = el('tbody');
  const node = el('div', { class: 'cmp-table-wrap' }, el('table', { class: 'cmp-table', id },
    el('caption', {}, caption), el('thead', {}, headRow), body));
  const table = {
    node,
    setHead(titles) {
      headRow.replaceChildren(...titles.map((h) => el('th', { scope: 'col' }, h)));
    },
    setRows(rows) {
      body.replaceChildren(...rows.map((cells) => el('tr', {},
        cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c))))));
    },
  };
  table.setHead(head);
  return table;
}
