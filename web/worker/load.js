// worker/load.js — a model file's run, made aside: its data (with the file's
// standardization), its trainer and its weights, each checked against this
// page's data before the run in force is touched. run.js swaps it in only when
// all of it fits, so a refused file leaves the run as it was.

import { dataConfig, trainerConfig } from '../state.js';
import { makeData, freeData, modelBox } from './data.js';
import { writeWeights } from './weights.js';
import { fmtNumber } from '../format.js';

/** { data, model } for `settings` (the run's, with the file's on top), or
 *  throws an Error saying in the file's terms what does not fit. */
export function prepareLoad(dh, settings, custom, { standardization, weights, digits = null }) {
  const data = makeData(dh, { ...dataConfig(settings), custom, digits, standardization });
  let model = null;
  try {
    if (data.error || !data.train) throw new Error(`its settings make no data on this page (${data.error})`);
    const info = /** @type {import('../protocol.types.js').DataInfo} */ (data.info);
    const d = info.inputs ? info.inputs.length : info.d;
    const inputs = weights.layers[0].w.length / weights.layers[0].b.length;
    if (inputs !== d) throw new Error(`its model takes ${inputs} input${inputs === 1 ? '' : 's'}, this data has ${d} feature${d === 1 ? '' : 's'}`);
    // Chosen input features are checked cell by cell by the grid itself.
    if (!info.inputs) checkBox(info, standardization);
    model = dh.createTrainer(trainerConfig(settings), data.train, data.evalTest);
    const problem = writeWeights(model, { ...weights, from: 'file' });
    if (problem) throw new Error(problem);
    const { loss } = model.evaluate(data.train);
    if (!Number.isFinite(loss)) {
      throw new Error('with its weights the loss on this data is not a finite number (the weights are too large for it)');
    }
    return { data, model };
  } catch (e) {
    if (model) model.free();
    freeData(data);
    throw e;
  }
}

// The plot's rectangle in the model's units must be a float32 rectangle of
// some width: a standardization mean of 1e30 folds it to a point, a std of
// 1e-40 sends it to infinity.
function checkBox(info, st) {
  const b = modelBox(info);
  const ok = (lo, hi) => Number.isFinite(Math.fround(lo)) && Number.isFinite(Math.fround(hi)) && Math.fround(lo) < Math.fround(hi);
  if (ok(b.x0, b.x1) && ok(b.y0, b.y1)) return;
  const j = ok(b.x0, b.x1) ? 1 : 0;
  const what = st ? `standardization (mean ${fmtNumber(st.mean[j])}, std ${fmtNumber(st.std[j])} for ${info.featureNames[j]})` : 'standardization';
  throw new Error(`its ${what} does not fit this data: the data's range ${fmtNumber(j ? info.bounds.y0 : info.bounds.x0)} to ${fmtNumber(j ? info.bounds.y1 : info.bounds.x1)} would become a single point or infinite in the model's units`);
}
