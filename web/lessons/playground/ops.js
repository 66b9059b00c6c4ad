// playground/ops.js — the playground's worker-side ops, on the same contract
// as every lesson's (lessons/ops.js), named in names.js: (dh, args, store,
// run) -> plain data. `run` is the worker's run (worker/run.js), which the
// playground reads; lessons ignore it.

import { viewBounds, valueScale } from '../../worker/data.js';
import { pictureGrid } from '../../worker/frame.js';
import { defineOps } from '../kit/ops-contract.js';
import { OPS } from './names.js';

export const playgroundOps = defineOps(OPS, {
  // How the engine reads a CSV file's bytes, for the chooser: its columns
  // (names, all numbers or not) and what it detected (delimiter, decimal
  // commas, header, encoding, in words as `description`). header: 'auto' or
  // the user's switch.
  csvSniff(dh, { bytes, header = 'auto' }) {
    return dh.sniffCSV(bytes, { header });
  },
  // Parse a CSV with the engine, only to check a choice of columns (indices);
  // the message of a failure names the row and column.
  csvCheck(dh, { bytes, features, label, header = 'auto' }) {
    const ds = dh.parseCSV(bytes, { features, label, header });
    try {
      return { n: ds.n, d: ds.d, k: ds.k, featureNames: ds.featureNames, classNames: ds.classNames };
    } finally {
      ds.free();
    }
  },
  // Everything a saved model needs: sizes, weights, standardization, epoch.
  snapshot(dh, args, store, run) {
    const m = run.model;
    if (!m) throw new Error(run.error || 'there is no model to save');
    return {
      sizes: m.sizes,
      layers: m.layers().map((l) => ({ in: l.in, out: l.out, w: Array.from(l.w), b: Array.from(l.b) })),
      mean: run.info.mean.slice(), std: run.info.std.slice(),
      epoch: m.epoch, updates: m.updates,
    };
  },
  history(dh, args, store, run) {
    return run.model ? run.model.history(0) : [];
  },
  // The model's outputs on a small grid over the picture (tests compare runs).
  grid(dh, { size = 16 } = {}, store, run) {
    if (!run.model) return null;
    const g = pictureGrid(run.model, run.info, size, false);
    return Array.from(g.output);
  },
  // Small pictures of every dataset for the picker, in original units.
  thumbs(dh, { noise = 0.1 } = {}) {
    return dh.datasetNames.map((name) => {
      const ds = dh.generate(name, { count: 160, noise, seed: 1 });
      try {
        return {
          name, d: ds.d, k: ds.k, x: ds.x.slice(), y: ds.y.slice(), bounds: viewBounds(name, ds),
          t: ds.target ? ds.target.slice() : null, scale: ds.target ? valueScale(ds.target) : null,
        };
      } finally {
        ds.free();
      }
    });
  },
});
