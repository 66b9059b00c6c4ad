// gates/view.js — the "Logic gates & XOR" lesson. AND, OR and NOT are one
// perceptron each: the lesson's lines drawn over the truth table with the
// perceptron's outputs beside them. XOR is not: the perceptron trick runs on
// it for many epochs and never converges, while a 2-2-1 network trained in the
// worker (or set by hand to XOR = AND(OR, NAND)) gets all four rows right.
// Setting in the URL: gtGate.
import { el } from '../../dom.js';
import { createPlot2d, num, lineEquation, MINUS } from '../kit/plot2d.js';

const GATES = {
  and: {
    title: 'AND', w: [1, 1], b: -1.5,
    about: 'AND is 1 only when both inputs are 1. The line x1 + x2 \u2212 1.5 = 0 leaves (1, 1) alone on the side predicted 1. '
      + 'The lesson\u2019s weights 1, 1 with bias \u22122 work too: (1, 1) then lies exactly on the line, where w\u00b7x + b = 0 counts as 1. '
      + 'We draw the line half-way so the gap is easy to see.',
  },
  or: {
    title: 'OR', w: [1, 1], b: -0.5,
    about: 'OR is 1 when either input is 1. Same weights as AND, but a bias of \u22120.5 slides the line towards the origin, '
      + 'so only (0, 0) stays on the side predicted 0.',
  },
  not: {
    title: 'NOT', w: [-1], b: 0.5,
    about: 'NOT has a single input and flips it. The negative weight does the flipping: \u2212x1 + 0.5 is positive for x1 = 0 '
      + 'and negative for x1 = 1, so the threshold sits at x1 = 0.5.',
  },
  xor: { title: 'XOR' },
};
const XOR_EPOCHS = 1000;
const XOR_LR = 0.1;
const TRAIN_EPOCHS = 500;
const TRAIN_CHUNK = 50;    // epochs between redraws while training
const FIRST_SEED = 5;      // a start from which the 2-2-1 network solves XOR

export function createGatesLesson(container, ctx) {
  const s = {
    gate: ctx.state.gtGate in GATES ? ctx.state.gtGate : 'and',
    seed: FIRST_SEED,
    busy: false,
    destroyed: false,
    gen: 0,               // bumps when the panel changes, so late answers are dropped
  };

  const tabs = Object.entries(GATES).map(([id, g]) => el('button', {
    type: 'button', class: 'gt-tab', id: `gt-tab-${id}`, 'aria-pressed': 'false', onclick: () => show(id),
  }, g.title));
  const panel = el('div', { class: 'gt-panel', id: 'gt-panel' });
  container.append(
    el('h2', {}, 'Logic gates and XOR'),
    el('p', { class: 'lesson-intro' },
      'One perceptron draws one straight line, and predicts 1 on one side of it (w\u00b7x + b \u2265 0). ',
      'That is enough for AND, OR and NOT. XOR needs two lines, which is what a hidden layer gives.'),
    el('div', { class: 'gt-tabs', role: 'group', 'aria-label': 'Gate' }, tabs),
    panel,
  );
  show(s.gate);

  function show(id) {
    s.gate = id;
    s.gen += 1;
    ctx.setParam('gtGate', id);
    for (const t of tabs) t.setAttribute('aria-pressed', String(t.id === `gt-tab-${id}`));
    panel.replaceChildren();
    if (id === 'xor') showXor(s.gen); else showGate(id, s.gen);
  }

  // ---- AND, OR, NOT -----------------------------------------------------------

  async function showGate(id, gen) {
    const g = GATES[id];
    const oneD = g.w.length === 1;
    const names = oneD ? ['x1'] : ['x1', 'x2'];
    const plot = createPlot2d({ label: `${g.title}: the truth table and the perceptron's line`, oneD });
    plot.setView(oneD ? { x0: -0.5, x1: 1.5, y0: -0.5, y1: 0.5 } : { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
    const summary = el('p', { class: 'gt-summary', id: 'gt-summary' });
    const tableBox = el('div', { class: 'gt-table-box' });
    panel.append(el('div', { class: 'gt-gate' },
      el('figure', { class: `gt-figure${oneD ? ' one-d' : ''}` }, plot.node, legend(), summary),
      el('div', {},
        el('h3', {}, `${g.title} as one perceptron`),
        el('p', { class: 'gt-about' }, g.about),
        el('p', { class: 'gt-equation', id: 'gt-equation' }, 'Line: ', el('strong', {}, lineEquation(g.w, g.b, names)),
          `  (${names.map((n, i) => `w${i + 1} = ${num(g.w[i])}`).join(', ')}, b = ${num(g.b)})`),
        tableBox)));
    let r;
    try {
      r = await ctx.ops.gate({ name: id, w: g.w, b: g.b });
    } catch (e) {
      if (!s.destroyed && gen === s.gen) tableBox.replaceChildren(message(`Could not compute the outputs: ${e.message}`));
      return;
    }
    if (s.destroyed || gen !== s.gen) return;
    plot.draw({
      points: r.rows.map((row) => ({ x: row.x[0], y: oneD ? 0 : row.x[1], label: row.target, wrong: row.out !== row.target })),
      lines: [{ w: g.w, b: g.b }],
      shade: { w: g.w, b: g.b },
    });
    const right = r.rows.filter((row) => row.out === row.target).length;
    tableBox.replaceChildren(el('table', { class: 'gt-table', id: 'gt-table' },
      el('caption', {}, `The perceptron\u2019s output for each row of ${g.title}`),
      el('thead', {}, el('tr', {},
        names.map((n) => el('th', { scope: 'col' }, n)),
        el('th', { scope: 'col' }, 'w\u00b7x + b'), el('th', { scope: 'col' }, 'output'),
        el('th', { scope: 'col' }, g.title), el('th', { scope: 'col' }, 'match'))),
      el('tbody', {}, r.rows.map((row) => el('tr', {},
        row.x.map((v) => el('td', {}, num(v))),
        el('td', {}, num(row.z)),
        el('td', { class: 'gt-out' }, String(row.out)),
        el('td', { class: 'gt-target' }, String(row.target)),
        el('td', {}, row.out === row.target ? '\u2713 right' : '\u2717 wrong'))))));
    summary.textContent = `${right} of ${r.rows.length} rows classified correctly by ${lineEquation(g.w, g.b, names)}.`;
  }

  // ---- XOR --------------------------------------------------------------------

  function showXor(gen) {
    const single = createPlot2d({ label: 'XOR and the perceptron\u2019s last line' });
    single.setView({ x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
    const singleText = el('p', { class: 'gt-message', id: 'gt-xor-perceptron', role: 'status' }, 'Running the perceptron trick on XOR\u2026');
    const unitPlots = [0, 1].map((j) => createPlot2d({
      label: `Hidden unit ${j + 1}: its line over the four points`, sides: [`h${j + 1} \u2248 0`, `h${j + 1} \u2248 1`],
    }));
    const outPlot = createPlot2d({ label: 'The output unit: the four points moved to (h1, h2), and its line', xName: 'h1', yName: 'h2', sides: ['out \u2248 0', 'out \u2248 1'] });
    for (const p of unitPlots) p.setView({ x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
    outPlot.setView({ x0: -0.25, x1: 1.25, y0: -0.25, y1: 1.25 });
    const captions = [0, 1, 2].map((i) => el('figcaption', { class: 'gt-unit-eq', id: `gt-unit-${i + 1}` }));
    const trainBtn = el('button', { type: 'button', class: 'pc-btn primary', id: 'gt-train', onclick: () => train() }, `Train ${TRAIN_EPOCHS} epochs`);
    const newBtn = el('button', { type: 'button', class: 'pc-btn', id: 'gt-new', onclick: () => restart() }, 'New start');
    const composeBtn = el('button', { type: 'button', class: 'pc-btn', id: 'gt-compose', onclick: () => compose() }, 'Set to OR, NAND \u2192 AND');
    const mlpStatus = el('p', { class: 'gt-message', id: 'gt-mlp-status', role: 'status' });
    const tableBox = el('div', { class: 'gt-table-box', tabindex: '0', role: 'region', 'aria-label': 'The network on each row of XOR (scrolls sideways)' });
    const buttons = [trainBtn, newBtn, composeBtn];

    panel.append(
      el('section', { class: 'gt-xor-one', 'aria-labelledby': 'gt-h-one' },
        el('h3', { id: 'gt-h-one' }, 'One line is not enough'),
        el('div', { class: 'gt-gate' },
          el('figure', { class: 'gt-figure' }, single.node, legend()),
          el('div', {},
            el('p', { class: 'gt-about' },
              'XOR is 1 when exactly one input is 1: (0, 1) and (1, 0) are 1, (0, 0) and (1, 1) are 0. ',
              'The 1s sit on one diagonal and the 0s on the other, so any straight line leaves at least one point on the wrong side. ',
              `Here the perceptron trick runs for ${XOR_EPOCHS} epochs (a = ${XOR_LR}) and the line just keeps moving.`),
            singleText))),
      el('section', { class: 'gt-xor-two', 'aria-labelledby': 'gt-h-two' },
        el('h3', { id: 'gt-h-two' }, 'Two hidden units solve it'),
        el('p', { class: 'gt-about' },
          'A network with 2 inputs, 2 hidden sigmoid units and 1 output (2-2-1) draws two lines, one per hidden unit. ',
          'The output unit then only has to separate the points in the hidden units\u2019 coordinates (h1, h2), where one line does work. ',
          'The lesson\u2019s recipe: XOR = (x1 OR x2) AND NOT (x1 AND x2), that is, unit 1 = OR, unit 2 = NAND, output = AND of the two. ',
          'Training with Adam finds some such pair of lines; from some starts it gets stuck (try New start).'),
        el('div', { class: 'gt-buttons' }, buttons),
        mlpStatus,
        el('div', { class: 'gt-units' },
          el('figure', { class: 'gt-unit' }, el('h4', {}, 'Hidden unit 1'), unitPlots[0].node, captions[0]),
          el('figure', { class: 'gt-unit' }, el('h4', {}, 'Hidden unit 2'), unitPlots[1].node, captions[1]),
          el('figure', { class: 'gt-unit' }, el('h4', {}, 'Output, in (h1, h2)'), outPlot.node, captions[2])),
        legend(),
        tableBox),
    );

    runPerceptron();
    showNet(ctx.ops.mlpTrain({ epochs: 0, seed: s.seed }), 'Press Train to fit the network, or set its weights to the lesson\u2019s composition.');

    async function runPerceptron() {
      let r;
      try {
        r = await ctx.ops.xorPerceptron({ epochs: XOR_EPOCHS, lr: XOR_LR });
      } catch (e) {
        if (!s.destroyed && gen === s.gen) singleText.textContent = `The perceptron run failed: ${e.message}`;
        return;
      }
      if (s.destroyed || gen !== s.gen) return;
      single.draw({
        points: r.points.map((p) => ({ x: p.x[0], y: p.x[1], label: p.target, wrong: p.out !== p.target })),
        lines: [...r.recent.map((l) => ({ ...l, kind: 'ghost' })), { w: r.w, b: r.b }],
        shade: { w: r.w, b: r.b },
      });
      singleText.textContent = r.converged
        ? `The perceptron converged after ${r.epochs} epochs.`
        : `Did not converge: after ${r.epochs} epochs of the perceptron trick, ${r.wrong} of 4 points are still misclassified `
          + `(never fewer than ${r.fewest} at the end of any epoch). Its last line: ${lineEquation(r.w, r.b)}; `
          + `the dashed lines are where the previous ${r.recent.length - 1} epochs ended. It keeps cycling between lines like these.`;
      singleText.dataset.converged = String(r.converged);
    }

    async function train() {
      if (s.busy) return;
      const chunks = ctx.reducedMotion() ? 1 : TRAIN_EPOCHS / TRAIN_CHUNK;
      const per = TRAIN_EPOCHS / chunks;
      setBusy(true);
      try {
        for (let i = 0; i < chunks; i++) {
          const ok = await showNet(ctx.ops.mlpTrain({ epochs: per, seed: s.seed }));
          if (!ok) break;
          if (i + 1 < chunks) await new Promise((res) => requestAnimationFrame(res));
          if (s.destroyed || gen !== s.gen) return;
        }
      } finally {
        setBusy(false);
      }
    }

    async function restart() {
      if (s.busy) return;
      s.seed += 1;
      setBusy(true);
      await showNet(ctx.ops.mlpReset({ seed: s.seed }), `New random start (seed ${s.seed}). Press Train.`);
      setBusy(false);
    }

    async function compose() {
      if (s.busy) return;
      setBusy(true);
      await showNet(ctx.ops.mlpCompose({ seed: s.seed }),
        'Weights set by hand: unit 1 = OR (20x1 + 20x2 \u2212 10), unit 2 = NAND (\u221220x1 \u2212 20x2 + 30), output = AND (20h1 + 20h2 \u2212 30). '
        + 'Weights of \u00b120 make each sigmoid act almost like a step.');
      setBusy(false);
    }

    function setBusy(on) {
      s.busy = on;
      if (s.destroyed || gen !== s.gen) return;
      for (const b of buttons) b.disabled = on;
    }

    /** Draw the snapshot a network op resolves with; false when it failed. */
    async function showNet(pending, note) {
      let r;
      try {
        r = await pending;
      } catch (e) {
        if (!s.destroyed && gen === s.gen) mlpStatus.textContent = `The network could not be updated: ${e.message}`;
        return false;
      }
      if (s.destroyed || gen !== s.gen) return false;
      drawNet(r, note);
      return true;
    }

    function drawNet(r, note) {
      const points = r.rows.map((row) => ({ x: row.x[0], y: row.x[1], label: row.target }));
      r.units.forEach((u, j) => {
        unitPlots[j].draw({ points, lines: [{ ...u, kind: 'unit' }], shade: u });
        captions[j].textContent = `h${j + 1} = \u03c3(w\u00b7x + b); line ${lineEquation(u.w, u.b, ['x1', 'x2'], 3)}`;
      });
      const hidden = r.rows.map((row) => ({
        x: row.h[0], y: row.h[1], label: row.target, wrong: Math.round(row.out) !== row.target,
      }));
      outPlot.draw({ points: hidden, lines: [r.output], shade: r.output });
      captions[2].textContent = `output = \u03c3(w\u00b7h + b); line ${lineEquation(r.output.w, r.output.b, ['h1', 'h2'], 3)}`;
      const right = r.rows.filter((row) => Math.round(row.out) === row.target).length;
      const stats = `Epoch ${r.epoch} \u00b7 loss ${num(r.loss, 3)} \u00b7 ${right} of 4 rows right.`;
      let verdict = '';
      if (note) verdict = note;
      else if (right === 4) verdict = 'Solved: every row of XOR comes out right.';
      else if (r.epoch > 0) verdict = 'Not solved yet. Train more; if nothing changes, this start is stuck: press New start.';
      mlpStatus.textContent = `${stats} ${verdict}`;
      tableBox.replaceChildren(el('table', { class: 'gt-table', id: 'gt-mlp-table' },
        el('caption', {}, 'The network on each row of XOR'),
        el('thead', {}, el('tr', {},
          ['x1', 'x2', 'h1', 'h2', 'out', 'rounded', 'XOR', 'match'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, r.rows.map((row) => el('tr', {},
          el('td', {}, num(row.x[0])), el('td', {}, num(row.x[1])),
          el('td', {}, fixed(row.h[0])), el('td', {}, fixed(row.h[1])),
          el('td', {}, fixed(row.out)),
          el('td', { class: 'gt-round' }, Number.isFinite(row.out) ? String(Math.round(row.out)) : '\u2014'),
          el('td', { class: 'gt-target' }, String(row.target)),
          el('td', {}, Math.round(row.out) === row.target ? '\u2713 right' : '\u2717 wrong'))))));
    }
  }

  // ---- helpers ----------------------------------------------------------------

  function legend() {
    return el('p', { class: 'gt-legend' },
      el('span', {}, el('span', { class: 'key key-tri', 'aria-hidden': 'true' }, '\u25b2'), ' 1'),
      el('span', {}, el('span', { class: 'key key-dot', 'aria-hidden': 'true' }, '\u25cf'), ' 0'),
      el('span', {}, el('span', { class: 'key key-ring', 'aria-hidden': 'true' }, '\u25cc\u2717'), ' on the wrong side'),
      el('span', {}, el('span', { class: 'key key-side1', 'aria-hidden': 'true' }), ' side that gives 1'));
  }

  function message(text) {
    return el('p', { class: 'gt-message' }, text);
  }

  return {
    destroy() {
      s.destroyed = true;
    },
  };
}

function fixed(v) {
  if (!Number.isFinite(v)) return '\u2014';
  const t = v.toFixed(3);
  return t.startsWith('-') ? MINUS + t.slice(1) : t;
}
