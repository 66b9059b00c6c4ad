// hill/settings.js — the hill's settings: the landscape, the optimizers, the
// learning rate, the steps and the start. Each lives in the page state and
// the URL (ctx.setParam); sync() shows them in the controls, and a change
// asks the view to reload the map or rerun the paths.
import { fmtRate } from '../../format.js';
import { validateParam } from '../../state.js';
import { HILL_OPTIMIZERS, hillLandscape, hillValue, hillKept } from './landscapes.js';
import { fmtCoord } from './format.js';
import { LANDSCAPE_ABOUT, KEEP_ONE } from './text.js';

const ALL = HILL_OPTIMIZERS.map((o) => o.id);

/** reload(): new landscape, new map; rerun(animate): the paths again. */
export function createHillSettings(ctx, v, dom, optimizerOn, { reload, rerun }) {
  const st = ctx.state;
  const set = {
    sync() { syncControls(dom, v, st, optimizerOn); },
    /** Back from the restarts picture to the optimizer comparison. */
    toCompare() {
      v.mode = 'compare';
      set.sync();
    },
    landscape(id) {
      const L = hillLandscape(id);
      v.land = L;
      v.mode = 'compare';
      v.restarts = null;
      v.start = L.start.slice();
      ctx.setParam('hillLand', L.id);
      // Back to the landscape's own start, rate and steps ("auto").
      for (const key of ['hillA', 'hillB', 'hillLr', 'hillSteps']) ctx.setParam(key, null);
      for (const o of ALL) optimizerOn.add(o);
      ctx.setParam('hillOpts', ALL.slice());
      hideMessage(dom);
      set.sync();
      reload();
    },
    // While the slider moves the URL waits for its 'change' (browsers throttle
    // rapid history updates).
    slideLr(lr) {
      st.hillLr = lr;
      set.toCompare();
      hideMessage(dom);
      rerun(false);
    },
    slideDone() {
      ctx.setParam('hillLr', hillKept(v.land, 'hillLr', st.hillLr));
      rerun(true);
    },
    typed(key, input, hint) {
      const value = validateParam(key, input.value);
      if (value === undefined) {
        input.setAttribute('aria-invalid', 'true');
        showMessage(dom, `“${input.value.slice(0, 24)}” was not used. ${hint}`);
        return;
      }
      input.removeAttribute('aria-invalid');
      hideMessage(dom);
      ctx.setParam(key, value === null ? null : hillKept(v.land, key, value));
      set.toCompare();
      rerun(true);
    },
    optimizer(id, box) {
      if (!box.checked && optimizerOn.size === 1) {
        box.checked = true;
        showMessage(dom, KEEP_ONE);
        return;
      }
      if (box.checked) optimizerOn.add(id); else optimizerOn.delete(id);
      hideMessage(dom);
      ctx.setParam('hillOpts', ALL.filter((o) => optimizerOn.has(o)));
      set.toCompare();
      rerun(true);
    },
    /** The start point: kept on the map, rounded so the URL reads it back exactly. */
    start(a, b, commit) {
      const L = v.land;
      const round = (x, lo, hi) => Number(Math.min(hi, Math.max(lo, x)).toFixed(3));
      v.start = [round(a, L.a.lo, L.a.hi), round(b, L.b.lo, L.b.hi)];
      if (commit) {
        ctx.setParam('hillA', hillKept(L, 'hillA', v.start[0]));
        ctx.setParam('hillB', hillKept(L, 'hillB', v.start[1]));
      }
      set.sync();
    },
    /** A start from the link off the map moves to its nearest edge, and says so. */
    keepStartOnMap() {
      const L = v.land;
      const inView = (x, lo, hi) => x >= lo && x <= hi;
      if (inView(v.start[0], L.a.lo, L.a.hi) && inView(v.start[1], L.b.lo, L.b.hi)) return;
      showMessage(dom, `The start (${fmtCoord(v.start[0])}, ${fmtCoord(v.start[1])}) from the link is off this map; it was moved to the nearest edge.`);
      set.start(v.start[0], v.start[1], true);
    },
  };
  return set;
}

export function showMessage(dom, text) {
  dom.message.textContent = text;
  dom.message.hidden = false;
}

export function hideMessage(dom) {
  dom.message.hidden = true;
}

function syncControls(dom, v, st, optimizerOn) {
  const L = v.land;
  dom.landSelect.value = L.id;
  dom.about.textContent = LANDSCAPE_ABOUT[L.id];
  const lr = hillValue(st, L, 'hillLr');
  dom.lrText.value = fmtRate(lr);
  dom.lrText.removeAttribute('aria-invalid');
  dom.lrSlider.value = String(Math.log10(lr));
  dom.stepsInput.value = String(hillValue(st, L, 'hillSteps'));
  dom.stepsInput.removeAttribute('aria-invalid');
  for (let i = 0; i < ALL.length; i++) dom.optBoxes[i].checked = optimizerOn.has(ALL[i]);
  dom.restartSection.hidden = L.id !== 'two-wells';
  dom.restartLegend.hidden = v.mode !== 'restarts';
  dom.restartNote.hidden = v.mode !== 'restarts';
  dom.resultsWrap.hidden = v.mode === 'restarts';
  dom.root.dataset.land = L.id;
  dom.root.dataset.start = `${v.start[0]},${v.start[1]}`;
  dom.canvas.setAttribute('aria-label', `Loss map of the ${L.label.toLowerCase()} landscape, `
    + `${L.a.name} across from ${L.a.lo} to ${L.a.hi}, ${L.b.name} up from ${L.b.lo} to ${L.b.hi}. `
    + `Start at ${L.a.name} = ${fmtCoord(v.start[0])}, ${L.b.name} = ${fmtCoord(v.start[1])}.`);
}
