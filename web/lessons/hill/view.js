// hill/view.js — the "hill" lesson: a contour map of the loss over two weights and
// the paths of SGD, momentum, Nesterov, RMSProp and Adam walking down it from
// the same start at the same learning rate. The start can be dragged (pointer)
// or moved with the arrow keys; a results table is the text alternative of the
// picture. On the two-wells landscape, random restarts of plain SGD show which
// well a start leads to, and momentum escaping the shallow one.
//
// All numbers come from the worker (hill/ops.js); this module only draws.
import { el } from '../../dom.js';
import { fmtLoss, fmtRate, MISSING } from '../../format.js';
import { rgb, markerPath } from '../../palette.js';
import { validateParam } from '../../state.js';
import { paintContours, scaleColor } from './contour.js';
import {
  HILL_LANDSCAPES, HILL_OPTIMIZERS, HILL_RESTARTS, HILL_EPSILON, hillLandscape,
} from './landscapes.js';
import { ticks } from '../../draw/axis.js';

const LR_LOG = [-4, 1];                     // the slider: 1e-4 .. 10
const MARGIN = { left: 58, right: 14, top: 12, bottom: 46 };
const GRID_MAX = 320;                        // loss grid cells per side at most
const PACE = 40;                             // steps drawn per second
const MAX_ANIMATION_S = 6;
const START_STYLE = { color: [20, 24, 32] };
const GLOBAL_END = [0, 114, 178];            // restart starts that reach the global minimum
const LOCAL_END = [213, 94, 0];              // ... and those SGD leaves in the local one

export function createHillLesson(container, ctx) {
  const st = ctx.state;
  const v = {
    land: hillLandscape(st.hillLand),
    start: [st.hillA, st.hillB],
    base: null,            // canvas holding the painted contour map
    minima: [],
    result: null,          // { land, runs, minima } of the last path request
    shown: Infinity,       // steps of each path drawn so far
    raf: 0,
    mode: 'compare',       // or 'restarts'
    restarts: null,
    seed: HILL_RESTARTS.seed,
    want: null, busy: false,
    surfaceToken: 0,
    dragging: false,
    cssW: 0,
    destroyed: false,
    resizeTimer: 0,
  };
  const optimizerOn = new Set(st.hillOpts);

  // ---- DOM -----------------------------------------------------------------------

  const canvas = el('canvas', {
    class: 'hill-map', tabindex: '0', role: 'application',
    'aria-roledescription': 'loss map', 'aria-describedby': 'hill-map-help hill-summary',
  });
  const help = el('p', { id: 'hill-map-help', class: 'small' },
    'Drag the start point (the ringed dot), or focus the map and use the arrow keys (Shift for bigger moves, Enter to run).');
  const summary = el('p', { id: 'hill-summary', class: 'hill-summary', 'aria-live': 'off' });
  const landSelect = el('select', { id: 'hill-land', onchange: () => setLandscape(landSelect.value) },
    HILL_LANDSCAPES.map((L) => el('option', { value: L.id, selected: L.id === v.land.id }, L.label)));
  const about = el('p', { class: 'small hill-about' });
  const optBoxes = HILL_OPTIMIZERS.map((o) => el('input', {
    type: 'checkbox', id: `hill-opt-${o.id}`, checked: optimizerOn.has(o.id),
    onchange: (ev) => toggleOptimizer(o.id, ev.target),
  }));
  const lrSlider = el('input', {
    id: 'hill-lr-slider', type: 'range', min: LR_LOG[0], max: LR_LOG[1], step: '0.01',
    'aria-label': 'Learning rate (log scale)', oninput: () => slideLr(Number(fmtRate(10 ** Number(lrSlider.value)))),
    onchange: () => { ctx.setParam('hillLr', st.hillLr); run(true); },
  });
  const lrText = el('input', {
    id: 'hill-lr', type: 'text', inputmode: 'decimal', size: '7', 'aria-describedby': 'hill-lr-help',
    onchange: () => typedSetting('hillLr', lrText, 'Type a learning rate from 0.0001 to 10, such as 0.05.'),
  });
  const stepsInput = el('input', {
    id: 'hill-steps', type: 'number', min: '1', max: '1000', step: '1', inputmode: 'numeric',
    onchange: () => typedSetting('hillSteps', stepsInput, 'Type a whole number of steps from 1 to 1000.'),
  });
  const message = el('p', { class: 'hill-message', role: 'alert', hidden: true });
  const tbody = el('tbody');
  const table = el('table', { class: 'hill-table hill-results' },
    el('caption', { class: 'visually-hidden' }, 'Where each optimizer ended'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Optimizer'),
      el('th', { scope: 'col' }, 'Final loss'),
      el('th', { scope: 'col', id: 'hill-steps-col' }, `Steps to within ${HILL_EPSILON} of the minimum`),
      el('th', { scope: 'col' }, 'Ends at'),
      el('th', { scope: 'col' }, 'Outcome'))),
    tbody);

  const restartBtn = el('button', { type: 'button', class: 'hill-btn', onclick: () => runRestarts() },
    `Try ${HILL_RESTARTS.count} random starts`);
  const reseedBtn = el('button', { type: 'button', class: 'hill-btn secondary', onclick: () => { v.seed += 1; runRestarts(); } },
    'New random starts');
  const restartSummary = el('p', { class: 'hill-restart-summary' });
  const restartBody = el('tbody');
  const restartDetails = el('details', { class: 'hill-restart-details', hidden: true },
    el('summary', {}, 'Every start'),
    el('div', { class: 'hill-table-wrap' }, el('table', { class: 'hill-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Start (a, b)'),
        el('th', { scope: 'col' }, 'SGD ended in'),
        el('th', { scope: 'col' }, 'Momentum from here'))),
      restartBody)));
  const restartLegend = el('div', { class: 'hill-legend', hidden: true },
    legendItem(swatch((g) => { g.fillStyle = rgb(GLOBAL_END); markerPath(g, 'circle', 10, 8, 5); g.fill(); }), 'start that SGD took to the global minimum'),
    legendItem(swatch((g) => { g.fillStyle = rgb(LOCAL_END); markerPath(g, 'square', 10, 8, 5); g.fill(); }), 'start SGD left in the local minimum'),
    legendItem(swatch((g) => lineSwatch(g, HILL_OPTIMIZERS[1])), 'momentum from a ■ start'),
    legendItem(swatch((g) => lineSwatch(g, { color: [70, 70, 70], dash: [], shape: 'circle' })), 'SGD paths'));
  const restartSection = el('section', { class: 'hill-restarts', 'aria-labelledby': 'hill-restarts-h' },
    el('h3', { id: 'hill-restarts-h' }, 'Random restarts'),
    el('p', { class: 'small' },
      `Plain SGD rolls into the well below its start. Train from many random starts and keep the best run, or give the walker momentum. `
      + `Settings: learning rate ${HILL_RESTARTS.lr}, ${HILL_RESTARTS.steps} steps, momentum ${HILL_RESTARTS.momentum}.`),
    el('div', { class: 'hill-buttons' }, restartBtn, reseedBtn),
    restartSummary, restartDetails);

  const root = el('div', { class: 'hill', dataset: { state: 'loading' } },
    el('h2', {}, 'The hill: optimizers walking downhill'),
    el('p', { class: 'hill-intro' },
      'Training moves the weights downhill on a landscape whose height is the loss. Here there are only two weights, so we can draw the whole landscape: '
      + 'light is low loss, dark is high (log scale), and the thin lines are contours. Each path is one optimizer starting from the same point with the same learning rate.'),
    el('div', { class: 'hill-layout' },
      el('div', { class: 'hill-figure' },
        el('div', { class: 'hill-canvas-wrap' }, canvas),
        el('div', { class: 'hill-scale', 'aria-hidden': 'true' },
          el('span', {}, 'low loss'), scaleBar(), el('span', {}, 'high loss')),
        help, restartLegend, summary),
      el('div', { class: 'hill-side' },
        el('div', { class: 'hill-field' }, el('label', { for: 'hill-land' }, 'Landscape'), landSelect),
        about,
        el('fieldset', { class: 'hill-opts' },
          el('legend', {}, 'Optimizers'),
          HILL_OPTIMIZERS.map((o, i) => el('label', { class: 'hill-opt', for: `hill-opt-${o.id}` },
            optBoxes[i], swatch((g) => lineSwatch(g, o)), el('span', {}, o.label)))),
        el('div', { class: 'hill-field' },
          el('label', { for: 'hill-lr' }, 'Learning rate'),
          el('div', { class: 'hill-pair' }, lrSlider, lrText),
          el('p', { id: 'hill-lr-help', class: 'small' }, 'Log scale, 0.0001 to 10. Too large and the path bounces out of the valley.')),
        el('div', { class: 'hill-field' }, el('label', { for: 'hill-steps' }, 'Steps'), stepsInput),
        el('div', { class: 'hill-buttons' },
          el('button', { type: 'button', class: 'hill-btn', id: 'hill-run', onclick: () => { toCompare(); run(true); } }, 'Run'),
          el('button', { type: 'button', class: 'hill-btn secondary', id: 'hill-reset', onclick: () => setLandscape(v.land.id) }, 'Reset')),
        message,
        el('p', { class: 'small hill-restart-note', hidden: true }, 'The map shows the random restarts (below). Press Run to compare the optimizers again.'),
        el('div', { class: 'hill-table-wrap hill-results-wrap' }, table))),
    restartSection);
  container.append(root);

  // ---- settings --------------------------------------------------------------------

  function setLandscape(id) {
    const L = hillLandscape(id);
    v.land = L;
    v.mode = 'compare';
    v.restarts = null;
    v.start = L.start.slice();
    ctx.setParam('hillLand', L.id);
    ctx.setParam('hillA', v.start[0]);
    ctx.setParam('hillB', v.start[1]);
    ctx.setParam('hillLr', L.lr);
    ctx.setParam('hillSteps', L.steps);
    for (const o of HILL_OPTIMIZERS) optimizerOn.add(o.id);
    ctx.setParam('hillOpts', HILL_OPTIMIZERS.map((o) => o.id));
    hideMessage();
    syncControls();
    loadSurface();
  }

  // While the slider moves the URL waits for its 'change' (browsers throttle
  // rapid history updates).
  function slideLr(lr) {
    st.hillLr = lr;
    toCompare();
    hideMessage();
    run(false);
  }

  function typedSetting(key, input, hint) {
    const value = validateParam(key, input.value);
    if (value === undefined) {
      input.setAttribute('aria-invalid', 'true');
      showMessage(`“${input.value.slice(0, 24)}” was not used. ${hint}`);
      return;
    }
    input.removeAttribute('aria-invalid');
    hideMessage();
    ctx.setParam(key, value);
    toCompare();
    run(true);
  }

  function toggleOptimizer(id, box) {
    if (!box.checked && optimizerOn.size === 1) {
      box.checked = true;
      showMessage('Keep at least one optimizer on.');
      return;
    }
    if (box.checked) optimizerOn.add(id); else optimizerOn.delete(id);
    hideMessage();
    ctx.setParam('hillOpts', HILL_OPTIMIZERS.map((o) => o.id).filter((o) => optimizerOn.has(o)));
    toCompare();
    run(true);
  }

  function syncControls() {
    landSelect.value = v.land.id;
    about.textContent = v.land.about;
    lrText.value = fmtRate(st.hillLr);
    lrText.removeAttribute('aria-invalid');
    lrSlider.value = String(Math.log10(st.hillLr));
    stepsInput.value = String(st.hillSteps);
    stepsInput.removeAttribute('aria-invalid');
    for (let i = 0; i < HILL_OPTIMIZERS.length; i++) optBoxes[i].checked = optimizerOn.has(HILL_OPTIMIZERS[i].id);
    restartSection.hidden = v.land.id !== 'two-wells';
    restartLegend.hidden = v.mode !== 'restarts';
    root.querySelector('.hill-restart-note').hidden = v.mode !== 'restarts';
    root.querySelector('.hill-results-wrap').hidden = v.mode === 'restarts';
    root.dataset.land = v.land.id;
    root.dataset.start = `${v.start[0]},${v.start[1]}`;
    canvas.setAttribute('aria-label', `Loss map of the ${v.land.label.toLowerCase()} landscape, `
      + `${v.land.a.name} across from ${v.land.a.lo} to ${v.land.a.hi}, ${v.land.b.name} up from ${v.land.b.lo} to ${v.land.b.hi}. `
      + `Start at ${v.land.a.name} = ${fmtCoord(v.start[0])}, ${v.land.b.name} = ${fmtCoord(v.start[1])}.`);
  }

  // Back from the restarts picture to the optimizer comparison.
  function toCompare() {
    v.mode = 'compare';
    syncControls();
  }

  function showMessage(text) {
    message.textContent = text;
    message.hidden = false;
  }
  function hideMessage() {
    message.hidden = true;
  }

  // The start point: kept on the map, rounded so the URL reads it back exactly.
  function setStart(a, b, commit) {
    const L = v.land;
    const round = (x, lo, hi) => Number(Math.min(hi, Math.max(lo, x)).toFixed(3));
    v.start = [round(a, L.a.lo, L.a.hi), round(b, L.b.lo, L.b.hi)];
    if (commit) {
      ctx.setParam('hillA', v.start[0]);
      ctx.setParam('hillB', v.start[1]);
    }
    syncControls();
  }

  // ---- computing -------------------------------------------------------------------

  // The loss grid at the plot's size, painted into an offscreen canvas. Null
  // when a newer request has replaced this one.
  async function fetchSurface() {
    const P = plotRect();
    const token = ++v.surfaceToken;
    const side = (x) => Math.min(GRID_MAX, Math.max(16, Math.round(x)));
    const s = await ctx.ops.surface({ land: v.land.id, width: side(P.w), height: side(P.h) });
    if (v.destroyed || token !== v.surfaceToken) return null;
    const off = document.createElement('canvas');
    off.width = s.width;
    off.height = s.height;
    const g = off.getContext('2d');
    const img = g.createImageData(s.width, s.height);
    paintContours(img, s.values, s.width, s.height);
    g.putImageData(img, 0, 0);
    v.base = off;
    v.minima = s.minima;
    return s;
  }

  async function loadSurface() {
    layoutCanvas();
    root.dataset.state = 'loading';
    try {
      if (!(await fetchSurface())) return;
      v.result = null;
      draw();
      if (v.mode === 'restarts') runRestarts(); else run(true);
    } catch (e) {
      if (!v.destroyed) showMessage(`The landscape could not be computed: ${e.message}`);
    }
  }

  function run(animate) {
    v.want = { animate };
    if (!v.busy) pump();
  }

  // One path request at a time; the newest wish wins (dragging asks often).
  async function pump() {
    while (v.want && !v.destroyed) {
      const { animate } = v.want;
      v.want = null;
      v.busy = true;
      const args = {
        land: v.land.id, lr: st.hillLr, a: v.start[0], b: v.start[1], steps: st.hillSteps,
        optimizers: HILL_OPTIMIZERS.map((o) => o.id).filter((o) => optimizerOn.has(o)),
      };
      try {
        const r = await ctx.ops.paths(args);
        if (!v.destroyed && r.land === v.land.id) {
          r.args = args;
          v.result = r;
          if (v.mode === 'compare') show(animate && !v.want);
        }
      } catch (e) {
        if (!v.destroyed) showMessage(`The paths could not be computed: ${e.message}`);
      }
      v.busy = false;
    }
  }

  // Draw the result, growing the paths step by step unless motion is reduced.
  function show(animate) {
    cancelAnimationFrame(v.raf);
    const longest = Math.max(0, ...v.result.runs.map((r) => r.points.length / 3 - 1));
    if (!animate || ctx.reducedMotion() || longest === 0) {
      v.shown = Infinity;
      draw();
      finish(false);
      return;
    }
    root.dataset.state = 'running';
    tbody.replaceChildren();
    summary.textContent = 'Running…';
    const pace = Math.max(PACE, longest / MAX_ANIMATION_S);
    const t0 = performance.now();
    v.shown = 0;
    const frame = (now) => {
      if (v.destroyed) return;
      v.shown = Math.floor(((now - t0) / 1000) * pace);
      if (v.shown >= longest) {
        v.shown = Infinity;
        draw();
        finish(true);
        return;
      }
      draw();
      v.raf = requestAnimationFrame(frame);
    };
    v.raf = requestAnimationFrame(frame);
  }

  function finish(announce) {
    const rows = v.result.runs.map((r) => ({ run: r, ...outcomeOf(r, v.result.minima, v.result.args) }));
    tbody.replaceChildren(...rows.map(tableRow));
    const text = summaryText(rows, v.result.args);
    summary.textContent = text;
    root.dataset.state = 'done';
    if (announce) ctx.announce(text);
  }

  async function runRestarts() {
    if (v.land.id !== 'two-wells') return;
    cancelAnimationFrame(v.raf);
    v.mode = 'restarts';
    restartBtn.disabled = true;
    reseedBtn.disabled = true;
    restartSection.dataset.state = 'running';
    try {
      const r = await ctx.ops.restarts({ seed: v.seed });
      if (v.destroyed || v.mode !== 'restarts') return;
      v.restarts = r;
      syncControls();
      draw();
      describeRestarts(r);
    } catch (e) {
      if (!v.destroyed) showMessage(`The restarts could not be computed: ${e.message}`);
    } finally {
      restartBtn.disabled = false;
      reseedBtn.disabled = false;
    }
  }

  function describeRestarts(r) {
    const global = r.sgd.filter((x) => x.well === 'global').length;
    const local = r.sgd.filter((x) => x.well === 'local').length;
    const escaped = r.momentum.filter((x) => x.well === 'global').length;
    Object.assign(restartSection.dataset, {
      state: 'done', seed: String(v.seed), global: String(global), local: String(local), escaped: String(escaped),
    });
    let text = `Seed ${v.seed}: plain SGD from ${r.sgd.length} random starts ended in the global minimum ${global} times `
      + `and in the local minimum ${local} times.`;
    if (local > 0) {
      text += ` Momentum from the ${local} stuck start${local === 1 ? '' : 's'} escaped to the global minimum ${escaped} time${escaped === 1 ? '' : 's'}`
        + (escaped > 0 ? ': the speed it gathers on the way down carries it over the ridge.' : '.')
        + (escaped < local ? ' Starts near the bottom of the shallow well give it too little speed to get out.' : '');
    }
    restartSummary.textContent = text;
    summary.textContent = `Showing plain SGD from ${r.sgd.length} random starts and momentum from the ones it left in the local minimum; the results are under “Random restarts”.`;
    ctx.announce(text);
    const wellText = { global: 'global minimum', local: 'local minimum', neither: 'neither minimum' };
    const heavy = new Map(r.momentum.map((m) => [m.start.join(','), m]));
    restartBody.replaceChildren(...r.sgd.map((x) => {
      const m = heavy.get(x.start.join(','));
      return el('tr', { dataset: { well: x.well, momentum: m ? m.well : '' } },
        el('td', {}, `(${fmtCoord(x.start[0])}, ${fmtCoord(x.start[1])})`),
        el('td', {}, wellText[x.well]),
        el('td', {}, m ? (m.well === 'global' ? 'escaped to the global minimum' : `stayed: ${wellText[m.well]}`) : '—'));
    }));
    restartDetails.hidden = false;
  }

  // ---- reading results -----------------------------------------------------------

  function outcomeOf(run, minima, args) {
    const p = run.points, n = p.length / 3;
    const a = p[3 * n - 3], b = p[3 * n - 2], f = p[3 * n - 1];
    const best = minima.find((m) => m.global) || minima[0];
    let reach = -1;
    for (let i = 0; i < n; i++) if (p[3 * i + 2] - best.f <= HILL_EPSILON) { reach = i; break; }
    const L = v.land;
    const onMap = a >= L.a.lo && a <= L.a.hi && b >= L.b.lo && b <= L.b.hi;
    const local = minima.find((m) => !m.global && Math.abs(f - m.f) <= HILL_EPSILON
      && Math.hypot((a - m.a) / (L.a.hi - L.a.lo), (b - m.b) / (L.b.hi - L.b.lo)) < 0.05);
    const two = minima.length > 1;
    let key, text;
    if (run.diverged) { key = 'diverged'; text = `diverged at step ${n}`; }
    else if (!onMap && f > p[2]) { key = 'diverged'; text = 'diverged: left the map, loss growing'; }
    else if (f - best.f <= HILL_EPSILON) { key = 'minimum'; text = two ? 'in the global minimum' : 'at the minimum'; }
    else if (local) { key = 'local'; text = 'stuck in the local minimum'; }
    else if (!onMap) { key = 'off-map'; text = 'off the map'; }
    else { key = 'moving'; text = `still on the way after ${args.steps} steps`; }
    return { a, b, f, reach, key, text };
  }

  function tableRow(r) {
    const o = HILL_OPTIMIZERS.find((x) => x.id === r.run.id);
    const blown = r.key === 'diverged';
    return el('tr', {
      dataset: { optimizer: o.id, outcome: r.key, a: String(r.a), b: String(r.b), loss: String(r.f), reach: String(r.reach) },
    },
    el('th', { scope: 'row' }, el('span', { class: 'hill-opt-name' }, swatch((g) => lineSwatch(g, o)), o.label)),
    el('td', {}, blown ? MISSING : fmtLoss(r.f)),
    el('td', {}, r.reach >= 0 ? String(r.reach) : 'not reached'),
    el('td', {}, blown ? 'off the map' : `(${fmtCoord(r.a)}, ${fmtCoord(r.b)})`),
    el('td', { class: `hill-outcome ${r.key}` }, r.text));
  }

  function summaryText(rows, args) {
    const L = v.land;
    const parts = rows.map((r) => {
      const label = HILL_OPTIMIZERS.find((x) => x.id === r.run.id).label;
      if (r.key === 'diverged') return `${label} ${r.text}.`;
      if (r.key === 'minimum') return `${label} reached the ${minimaWord()} in ${r.reach} steps.`;
      if (r.key === 'local') return `${label} got stuck in the local minimum.`;
      return `${label} is ${r.text === 'off the map' ? 'off the map' : 'still on the way'} (loss ${fmtLoss(r.f)}).`;
    });
    return `${L.label}: from ${L.a.name} = ${fmtCoord(args.a)}, ${L.b.name} = ${fmtCoord(args.b)}, learning rate ${fmtRate(args.lr)}, `
      + `${args.steps} steps. ${parts.join(' ')}`;
  }

  function minimaWord() {
    return v.minima.length > 1 ? 'global minimum' : 'minimum';
  }

  // ---- drawing ---------------------------------------------------------------------

  function layoutCanvas() {
    const wrap = canvas.parentElement;
    const cssW = Math.max(240, Math.min(600, Math.floor(wrap.clientWidth || 480)));
    const plotW = cssW - MARGIN.left - MARGIN.right;
    const cssH = Math.round(plotW * 0.86) + MARGIN.top + MARGIN.bottom;
    v.cssW = cssW;
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    canvas.style.width = `${cssW}px`;
    canvas.style.height = `${cssH}px`;
    canvas.width = Math.round(cssW * dpr);
    canvas.height = Math.round(cssH * dpr);
  }

  function plotRect() {
    const dpr = canvas.width / (parseFloat(canvas.style.width) || 1);
    const W = canvas.width / dpr, H = canvas.height / dpr;
    return { x: MARGIN.left, y: MARGIN.top, w: W - MARGIN.left - MARGIN.right, h: H - MARGIN.top - MARGIN.bottom, dpr, W, H };
  }

  function toPx(P, a, b) {
    const L = v.land;
    return [P.x + ((a - L.a.lo) / (L.a.hi - L.a.lo)) * P.w, P.y + ((L.b.hi - b) / (L.b.hi - L.b.lo)) * P.h];
  }

  // A point held near the plot so canvas paths stay well behaved far off it.
  function clampPx(P, [x, y], pad) {
    return [Math.min(P.x + P.w + pad, Math.max(P.x - pad, x)), Math.min(P.y + P.h + pad, Math.max(P.y - pad, y))];
  }

  function draw() {
    if (v.destroyed) return;
    const P = plotRect();
    const g = canvas.getContext('2d');
    g.setTransform(P.dpr, 0, 0, P.dpr, 0, 0);
    g.clearRect(0, 0, P.W, P.H);
    if (v.base) {
      g.imageSmoothingEnabled = true;
      g.drawImage(v.base, P.x, P.y, P.w, P.h);
    } else {
      g.fillStyle = '#e8eaee';
      g.fillRect(P.x, P.y, P.w, P.h);
    }
    g.strokeStyle = '#8a93a3';
    g.lineWidth = 1;
    g.strokeRect(P.x + 0.5, P.y + 0.5, P.w - 1, P.h - 1);
    drawAxes(g, P);
    if (v.mode === 'restarts' && v.restarts) drawRestarts(g, P);
    else if (v.result && v.result.land === v.land.id) {
      for (const r of v.result.runs) drawPath(g, P, r.points, v.shown, HILL_OPTIMIZERS.find((o) => o.id === r.id));
    }
    drawMinima(g, P);
    if (v.mode !== 'restarts') drawStart(g, P);
  }

  function drawAxes(g, P) {
    const L = v.land;
    g.fillStyle = '#3a4250';
    g.font = '12px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'top';
    for (const t of ticks(L.a.lo, L.a.hi, 6)) {
      const [x] = toPx(P, t, L.b.lo);
      g.fillRect(x, P.y + P.h, 1, 4);
      g.fillText(tickText(t), x, P.y + P.h + 6);
    }
    g.textAlign = 'right';
    g.textBaseline = 'middle';
    for (const t of ticks(L.b.lo, L.b.hi, 6)) {
      const [, y] = toPx(P, L.a.lo, t);
      g.fillRect(P.x - 4, y, 4, 1);
      g.fillText(tickText(t), P.x - 7, y);
    }
    g.font = '600 13px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'bottom';
    g.fillText(L.a.name, P.x + P.w / 2, P.H - 4);
    g.save();
    g.translate(14, P.y + P.h / 2);
    g.rotate(-Math.PI / 2);
    g.textBaseline = 'middle';
    g.fillText(L.b.name, 0, 0);
    g.restore();
  }

  function drawPath(g, P, points, upto, o, alpha = 1) {
    const n = Math.min(points.length / 3, upto + 1);
    if (n < 1) return;
    const pts = [];
    for (let i = 0; i < n; i++) pts.push(clampPx(P, toPx(P, points[3 * i], points[3 * i + 1]), 40));
    g.save();
    g.beginPath();
    g.rect(P.x, P.y, P.w, P.h);
    g.clip();
    g.lineJoin = 'round';
    g.lineCap = 'round';
    g.beginPath();
    pts.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
    g.globalAlpha = 0.75 * alpha;
    g.strokeStyle = '#ffffff';
    g.lineWidth = 5;
    g.stroke();
    g.globalAlpha = alpha;
    g.setLineDash(o.dash);
    g.strokeStyle = rgb(o.color);
    g.lineWidth = 2.5;
    g.stroke();
    g.setLineDash([]);
    if (n <= 160) {
      g.fillStyle = rgb(o.color);
      for (const [x, y] of pts) { g.beginPath(); g.arc(x, y, 1.8, 0, Math.PI * 2); g.fill(); }
    }
    g.restore();
    // The marker at the newest point, held at the map's edge when off it.
    const [x, y] = clampPx(P, pts[pts.length - 1], -4);
    g.save();
    g.globalAlpha = alpha;
    markerPath(g, o.shape, x, y, 6);
    g.fillStyle = rgb(o.color);
    g.strokeStyle = '#ffffff';
    g.lineWidth = 2;
    g.stroke();
    g.fill();
    g.restore();
  }

  function drawMinima(g, P) {
    const two = v.minima.length > 1;
    g.font = '600 12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (const m of v.minima) {
      const [x, y] = toPx(P, m.a, m.b);
      g.beginPath();
      g.arc(x, y, 7, 0, Math.PI * 2);
      g.fillStyle = '#ffffff';
      g.fill();
      g.strokeStyle = '#1d2330';
      g.lineWidth = 2;
      g.stroke();
      g.beginPath();
      g.moveTo(x - 4, y); g.lineTo(x + 4, y);
      g.moveTo(x, y - 4); g.lineTo(x, y + 4);
      g.stroke();
      const label = two ? (m.global ? 'global min' : 'local min') : 'minimum';
      // Two minima: each label centred under its marker, clear of the other.
      // One: beside it, on whichever side has room.
      let tx = x, ty = y + 18;
      g.textAlign = 'center';
      if (!two) {
        const right = x + 12 + g.measureText(label).width < P.x + P.w;
        g.textAlign = right ? 'left' : 'right';
        tx = right ? x + 11 : x - 11;
        ty = y - 12;
      }
      g.lineWidth = 3;
      g.strokeStyle = 'rgba(255,255,255,0.9)';
      g.strokeText(label, tx, ty);
      g.fillStyle = '#1d2330';
      g.fillText(label, tx, ty);
    }
  }

  function drawStart(g, P) {
    const [x, y] = toPx(P, v.start[0], v.start[1]);
    g.beginPath();
    g.arc(x, y, 9, 0, Math.PI * 2);
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.fill();
    g.lineWidth = 2.5;
    g.strokeStyle = rgb(START_STYLE.color);
    g.stroke();
    g.beginPath();
    g.arc(x, y, 3.5, 0, Math.PI * 2);
    g.fillStyle = rgb(START_STYLE.color);
    g.fill();
    g.font = '600 12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    const right = x + 60 < P.x + P.w;
    g.textAlign = right ? 'left' : 'right';
    g.lineWidth = 3;
    g.strokeStyle = 'rgba(255,255,255,0.9)';
    g.strokeText('start', right ? x + 13 : x - 13, y + 14);
    g.fillStyle = '#1d2330';
    g.fillText('start', right ? x + 13 : x - 13, y + 14);
  }

  function drawRestarts(g, P) {
    const r = v.restarts;
    const sgd = HILL_OPTIMIZERS[0], heavy = HILL_OPTIMIZERS[1];
    for (const x of r.sgd) drawPath(g, P, x.points, Infinity, { ...sgd, color: [70, 70, 70], dash: [], shape: 'none' }, 0.45);
    for (const m of r.momentum) drawPath(g, P, m.points, Infinity, heavy, 0.9);
    for (const x of r.sgd) {
      const [px, py] = toPx(P, x.start[0], x.start[1]);
      const local = x.well === 'local';
      markerPath(g, local ? 'square' : 'circle', px, py, 6);
      g.fillStyle = rgb(local ? LOCAL_END : x.well === 'global' ? GLOBAL_END : [120, 120, 120]);
      g.strokeStyle = '#ffffff';
      g.lineWidth = 2;
      g.stroke();
      g.fill();
    }
  }

  // ---- interaction on the map --------------------------------------------------------

  function weightsAt(ev) {
    const rect = canvas.getBoundingClientRect();
    const P = plotRect();
    const x = ev.clientX - rect.left, y = ev.clientY - rect.top;
    const L = v.land;
    return {
      inside: x >= P.x - 6 && x <= P.x + P.w + 6 && y >= P.y - 6 && y <= P.y + P.h + 6,
      a: L.a.lo + ((x - P.x) / P.w) * (L.a.hi - L.a.lo),
      b: L.b.hi - ((y - P.y) / P.h) * (L.b.hi - L.b.lo),
    };
  }

  function moveTo(a, b, commit) {
    v.mode = 'compare';
    setStart(a, b, commit);   // syncs the controls
    draw();
    run(false);
  }

  canvas.addEventListener('pointerdown', (ev) => {
    const w = weightsAt(ev);
    if (!w.inside || ev.button > 0) return;
    ev.preventDefault();
    canvas.focus();
    canvas.setPointerCapture?.(ev.pointerId);
    v.dragging = true;
    cancelAnimationFrame(v.raf);
    moveTo(w.a, w.b, false);
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (!v.dragging) return;
    const w = weightsAt(ev);
    moveTo(w.a, w.b, false);
  });
  const endDrag = () => {
    if (!v.dragging) return;
    v.dragging = false;
    setStart(v.start[0], v.start[1], true);
  };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('keydown', (ev) => {
    const L = v.land;
    const k = ev.shiftKey ? 0.1 : 0.02;
    const da = (L.a.hi - L.a.lo) * k, db = (L.b.hi - L.b.lo) * k;
    const moves = { ArrowLeft: [-da, 0], ArrowRight: [da, 0], ArrowUp: [0, db], ArrowDown: [0, -db] };
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      toCompare();
      run(true);
      return;
    }
    const m = moves[ev.key];
    if (!m) return;
    ev.preventDefault();
    cancelAnimationFrame(v.raf);
    moveTo(v.start[0] + m[0], v.start[1] + m[1], true);
    ctx.announce(`Start ${L.a.name} ${fmtCoord(v.start[0])}, ${L.b.name} ${fmtCoord(v.start[1])}`);
  });

  const onResize = () => {
    clearTimeout(v.resizeTimer);
    v.resizeTimer = setTimeout(() => {
      const wrap = canvas.parentElement;
      if (!wrap || Math.abs(Math.min(600, wrap.clientWidth) - v.cssW) < 8) return;
      layoutCanvas();
      draw();
      // Repaint the map finer or coarser; the paths stay as they are.
      fetchSurface().then((s) => { if (s) draw(); }).catch(() => { /* keep the old picture */ });
    }, 150);
  };
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
  if (ro) ro.observe(canvas.parentElement); else window.addEventListener('resize', onResize);

  // ---- start -------------------------------------------------------------------------

  const L0 = v.land;
  const inView = (x, lo, hi) => x >= lo && x <= hi;
  if (!inView(v.start[0], L0.a.lo, L0.a.hi) || !inView(v.start[1], L0.b.lo, L0.b.hi)) {
    showMessage(`The start (${fmtCoord(v.start[0])}, ${fmtCoord(v.start[1])}) from the link is off this map; it was moved to the nearest edge.`);
    setStart(v.start[0], v.start[1], true);
  }
  syncControls();
  loadSurface();

  return {
    destroy() {
      v.destroyed = true;
      cancelAnimationFrame(v.raf);
      clearTimeout(v.resizeTimer);
      if (ro) ro.disconnect(); else window.removeEventListener('resize', onResize);
    },
  };
}

// ---- small helpers -----------------------------------------------------------------

function fmtCoord(x) {
  if (!Number.isFinite(x)) return MISSING;
  if (Math.abs(x) >= 1000) return x.toExponential(1).replace('e+', 'e');
  return Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2);
}

function tickText(t) {
  return String(Number(t.toPrecision(6)));
}

/** A small canvas drawn by fn (for legends). */
function swatch(fn) {
  const c = el('canvas', { class: 'hill-swatch', width: '40', height: '16', 'aria-hidden': 'true' });
  fn(c.getContext('2d'));
  return c;
}

/** An optimizer's line sample: its dash over a white halo, and its marker. */
function lineSwatch(g, o) {
  g.lineCap = 'round';
  g.strokeStyle = rgb(o.color);
  g.lineWidth = 2.5;
  g.setLineDash(o.dash);
  g.beginPath();
  g.moveTo(2, 8);
  g.lineTo(28, 8);
  g.stroke();
  g.setLineDash([]);
  markerPath(g, o.shape, 33, 8, 5);
  g.fillStyle = rgb(o.color);
  g.fill();
}

function legendItem(sw, text) {
  return el('span', { class: 'hill-legend-item' }, sw, el('span', {}, text));
}

/** The colour scale as a small bar. */
function scaleBar() {
  const c = el('canvas', { class: 'hill-scale-bar', width: '120', height: '10' });
  const g = c.getContext('2d');
  const img = g.createImageData(120, 10);
  for (let x = 0; x < 120; x++) {
    for (let y = 0; y < 10; y++) scaleColor(x / 119, img.data, 4 * (y * 120 + x));
  }
  g.putImageData(img, 0, 0);
  return c;
}
