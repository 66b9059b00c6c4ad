// The rest of the downhill.js contract: loading, names, datasets, views,
// grids, loss surfaces, optimizer paths, landscapes, and the kernel twins.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { loadDownhill, relaxedSimdSupported, simdSupported } from '../../wasm/downhill.js';
import { loadDownhillNode, readVariant } from '../../wasm/node-loader.js';
import { VARIANTS, assertKernelTwins, builtVariants, load, prepare } from './wasm-helpers.js';

describe('loading', () => {
  test('auto picks the fastest build the engine runs, among those given', async () => {
    assert.equal(simdSupported(), true);
    // Node 20 runs relaxed SIMD only with --experimental-wasm-relaxed-simd.
    const relaxed = relaxedSimdSupported();
    assert.equal(relaxed, process.execArgv.includes('--experimental-wasm-relaxed-simd'));
    const { factories, wasmBinary } = await builtVariants();
    const dh = await loadDownhill({ variant: 'auto', factories, wasmBinary });
    assert.equal(dh.variant, relaxed ? 'relaxed' : 'simd');
    const two = await builtVariants(['simd', 'scalar']);
    assert.equal((await loadDownhill({ variant: 'auto', ...two })).variant, 'simd');
    if (!relaxed) {
      await assert.rejects(loadDownhill({ variant: 'relaxed', factories, wasmBinary }),
        /does not support WebAssembly relaxed SIMD; use variant "simd", "scalar" or "auto" \(Node 20 needs --experimental-wasm-relaxed-simd\)/);
    }
    const scalar = await loadDownhill({ variant: 'scalar', factories, wasmBinary: wasmBinary.scalar });
    assert.equal(scalar.variant, 'scalar');
    // Two instances are independent.
    const a = dh.generate('xor', { count: 10 });
    assert.throws(() => scalar.createTrainer({}, a), /made by this Downhill module/);
    a.free();
  });

  test('auto falls back to scalar where the engine lacks SIMD', async () => {
    const { factories, wasmBinary } = await builtVariants();
    const validate = WebAssembly.validate;
    // An engine without SIMD rejects the probe module; nothing else changes.
    WebAssembly.validate = (bytes) => (bytes.length < 100 ? false : validate(bytes));
    try {
      assert.equal(simdSupported(), false);
      const dh = await loadDownhill({ variant: 'auto', factories, wasmBinary });
      assert.equal(dh.variant, 'scalar');
      await assert.rejects(loadDownhill({ variant: 'simd', factories, wasmBinary }), /does not support WebAssembly SIMD/);
    } finally {
      WebAssembly.validate = validate;
    }
  });

  test('bad options are refused with a message', async () => {
    await assert.rejects(loadDownhill({ variant: 'gpu' }), /variant must be "auto", "relaxed", "simd" or "scalar", got "gpu"/);
    await assert.rejects(loadDownhill({ wasm: 1 }), /unknown loadDownhill option "wasm"/);
    await assert.rejects(loadDownhill({ variant: 'auto', wasmBinary: new Uint8Array(4) }), /pass wasmBinary as \{ relaxed, simd, scalar \}/);
    const scalar = await readVariant('scalar');
    await assert.rejects(
      loadDownhill({ variant: 'simd', factories: { simd: scalar.factory }, wasmBinary: scalar.bytes }),
      /not the simd build/);
    const simd = await readVariant('simd');
    await assert.rejects(
      loadDownhill({ variant: 'scalar', factories: { scalar: simd.factory }, wasmBinary: simd.bytes }),
      /not the scalar build/);
  });
});

for (const variant of VARIANTS) {
  describe(`api (${variant})`, () => {
    test('names and limits come from the core', async () => {
      const dh = await load(variant);
      assert.equal(dh.variant, variant);
      assert.deepEqual(dh.datasetNames.slice(0, 6), ['xor', 'circle', 'gauss', 'spiral', 'moons', 'admissions']);
      assert.deepEqual(dh.names.models, ['perceptron', 'logistic', 'softmax', 'mlp']);
      assert.deepEqual(dh.names.optimizers, ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']);
      assert.deepEqual(dh.names.statuses, ['ready', 'running', 'diverged', 'early-stopped', 'converged']);
      assert.equal(dh.limits.maxUnits, 256);
      assert.equal(dh.limits.maxFeatures, 1024);
      assert.deepEqual(Object.keys(dh.limits), ['maxFeatures', 'maxClasses', 'maxPoints', 'maxHiddenLayers',
        'maxUnits', 'historyCap', 'chunk', 'maxNameLength', 'maxCsvBytes', 'maxLr', 'maxRegRate', 'maxDropout',
        'maxWeight', 'maxEpochs']);
      assert.equal(dh.limits.maxDropout, 0.95);
      assert.equal(dh.limits.maxWeight, 1e6, 'a model file\'s weights: at most this size');
      assert.equal(dh.limits.maxEpochs, 2 ** 31 - 1, 'a model file\'s epoch count');
      // Every name has the label the page shows for it, from the same table.
      for (const [table, list] of Object.entries(dh.names)) {
        assert.deepEqual(Object.keys(dh.labels[table]), list, table);
        for (const name of list) assert.ok(dh.labels[table][name].length > 0, `${table}.${name}`);
      }
      assert.equal(dh.labels.datasets.gauss, 'Gaussians');
      assert.equal(dh.labels.optimizers.rmsprop, 'RMSProp');
      assert.equal(dh.limits.maxLr, 1e6);
      assert.equal(dh.limits.maxNameLength, 32);
      // The CSV limit is quoted in the refusal, so it must be the one the parser applies.
      const big = 'a,b\n' + '1,0\n'.repeat(Math.ceil(dh.limits.maxCsvBytes / 4));
      assert.throws(() => dh.parseCSV(big, {}), new RegExp(`the limit is ${dh.limits.maxCsvBytes} bytes`));
    });

    test('every dataset generator gives sized, labelled data; same seed, same data', async () => {
      const dh = await load(variant);
      for (const name of dh.datasetNames) {
        const a = dh.generate(name, { count: 120, noise: 0.2, seed: 3 });
        const b = dh.generate(name, { count: 120, noise: 0.2, seed: 3 });
        // A regression set has one "class" and a target per point instead.
        const reg = dh.names.regressionDatasets.includes(name);
        assert.equal(a.regression, reg, `${name}: regression`);
        assert.ok(a.n >= 2 && a.d >= 1 && a.k >= (reg ? 1 : 2), `${name}: n ${a.n}, d ${a.d}, k ${a.k}`);
        if (reg) assert.ok(a.target.length === a.n && a.target.every(Number.isFinite), `${name}: finite targets`);
        if (reg) assert.deepEqual(a.target.slice(), b.target.slice(), `${name}: reproducible targets`);
        assert.equal(a.x.length, a.n * a.d);
        assert.equal(a.y.length, a.n);
        assert.ok(a.y.every((c) => c >= 0 && c < a.k), `${name}: labels in range`);
        assert.ok(a.x.every(Number.isFinite), `${name}: finite features`);
        assert.deepEqual(a.x.slice(), b.x.slice(), `${name}: reproducible`);
        const { lo, hi } = a.bounds();
        assert.equal(lo.length, a.d);
        for (let j = 0; j < a.d; j++) assert.ok(lo[j] <= hi[j]);
        a.free();
        b.free();
      }
    });

    test('split, standardize and standardizeLike', async () => {
      const dh = await load(variant);
      const all = dh.generate('admissions', { count: 200, noise: 0.1, seed: 2 });
      const { train, test } = all.split(0.25, 4);
      assert.equal(test.n, 50);
      assert.equal(train.n, 150);
      train.standardize();
      test.standardizeLike(train);
      assert.deepEqual(test.mean.slice(), train.mean.slice());
      const x = train.x;
      for (let j = 0; j < train.d; j++) {
        let s = 0;
        for (let i = 0; i < train.n; i++) s += x[i * train.d + j];
        assert.ok(Math.abs(s / train.n) < 1e-5, `feature ${j} mean ${s / train.n}`);
      }
      assert.ok(train.std[0] > 0.5, 'the scale of the original units is kept');
      for (const d of [train, test, all]) d.free();
    });

    test('fromArrays makes a dataset from plain arrays', async () => {
      const dh = await load(variant);
      const ds = dh.fromArrays({ x: [0, 0, 1, 1, 2, 2], y: [0, 1, 2], d: 2, featureNames: ['a', 'b'] });
      assert.equal(ds.n, 3);
      assert.equal(ds.k, 3);
      assert.deepEqual(ds.featureNames, ['a', 'b']);
      assert.throws(() => dh.fromArrays({ x: [1, 2, 3], y: [0, 1], d: 2 }), /x must hold y\.length \* d = 4 numbers, got 3/);
      ds.free();
    });

    test('layers() and params are views of one parameter arena', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'xor', { count: 100, seed: 1 });
      const m = dh.createTrainer({ hidden: [5, 3] }, data.train);
      assert.deepEqual(m.sizes, [2, 5, 3, 1]);
      const layers = m.layers();
      assert.deepEqual(layers.map((l) => [l.in, l.out, l.w.length, l.b.length]), [[2, 5, 10, 5], [5, 3, 15, 3], [3, 1, 3, 1]]);
      assert.equal(m.params.length, 10 + 5 + 15 + 3 + 3 + 1);
      // Layout: W then b, layer by layer.
      assert.equal(layers[0].w.byteOffset, m.params.byteOffset);
      assert.equal(layers[0].b.byteOffset, m.params.byteOffset + 4 * 10);
      assert.equal(layers[1].w.byteOffset, m.params.byteOffset + 4 * 15);
      m.stepEpochs(1);
      const norms = m.layerGradNorms();
      assert.equal(norms.length, 3);
      assert.ok(norms.every((v) => Number.isFinite(v) && v >= 0) && norms.some((v) => v > 0));
      m.free();
      data.free();
    });

    test('evalGrid: outputs and hidden maps, one plane per class for softmax', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'blobs3', { count: 150, seed: 1 });
      const m = dh.createTrainer({ hidden: [4, 3], optimizer: 'adam', lr: 0.05 }, data.train);
      m.stepEpochs(30);
      const g = m.evalGrid({ x0: -2, x1: 2, y0: -2, y1: 2, width: 20, height: 10 });
      assert.equal(g.nOutputs, 3);
      assert.equal(g.hiddenUnits, 7);
      assert.equal(g.output.length, 3 * 200);
      assert.equal(g.hidden.length, 7 * 200);
      for (let cell = 0; cell < 200; cell++) {
        const s = g.output[cell] + g.output[200 + cell] + g.output[400 + cell];
        assert.ok(Math.abs(s - 1) < 1e-4, `cell ${cell}: probabilities sum to ${s}`);
      }
      // Cell (row 0, col 0) is the top-left centre: x = -1.9, y = +1.8.
      const p = m.predict([-1.9, 1.8]);
      for (let c = 0; c < 3; c++) assert.ok(Math.abs(p[c] - g.output[c * 200]) < 1e-5);
      const noHidden = m.evalGrid({ x0: -2, x1: 2, y0: -2, y1: 2, width: 20, height: 10, hidden: false });
      assert.equal(noHidden.hidden, null);
      m.free();
      data.free();
    });

    test('lossSurface and optimizerPath leave the model as it was', async () => {
      const dh = await load(variant);
      const data = prepare(dh, 'gauss', { count: 100, seed: 1 });
      const m = dh.createTrainer({ model: 'logistic', lr: 0.1 }, data.train);
      m.stepEpochs(5);
      const w = m.params.slice();
      const surf = m.lossSurface({ p0: 0, p1: 1, lo0: -3, hi0: 3, lo1: -3, hi1: 3, width: 16, height: 12 });
      assert.equal(surf.length, 16 * 12);
      assert.ok(surf.every((v) => Number.isFinite(v) && v >= 0));
      const path = m.optimizerPath({ p0: 0, p1: 1, a: -2, b: 2, steps: 20 });
      assert.equal(path.length % 3, 0);
      assert.ok(path.length / 3 >= 2 && path.length / 3 <= 21);
      assert.equal(path[0], -2);
      assert.equal(path[1], 2);
      assert.ok(path[path.length - 1] < path[2], 'the loss went down along the path');
      assert.deepEqual(m.params.slice(), w);
      m.free();
      data.free();
    });

    test('landscapes: values, gradients, grids and optimizer paths', async () => {
      const dh = await load(variant);
      assert.deepEqual(dh.names.landscapes, ['bowl', 'ravine', 'two-wells']);
      const v = dh.landscapeEval('bowl', 1, 2);
      assert.deepEqual([v.f, v.ga, v.gb], [5, 2, 4]);
      const grid = dh.landscape('ravine', { loA: -1, hiA: 1, loB: -1, hiB: 1, width: 8, height: 6 });
      assert.equal(grid.length, 48);
      // SGD on the bowl at rate 0.1 from (1, 1): each step scales by 0.8.
      const path = dh.landscapePath('bowl', { optimizer: 'sgd' }, 0.1, 1, 1, 3);
      assert.equal(path.length, 12);
      assert.ok(Math.abs(path[3] - 0.8) < 1e-6 && Math.abs(path[6] - 0.64) < 1e-6);
      assert.throws(() => dh.landscapePath('bowl', { optimizer: 'adam', beta1: 2 }, 0.1, 1, 1, 3), /beta1/);
    });

    test('the SIMD kernels match their plain-C twins inside wasm', async () => {
      // The test build: the page's core objects plus the twins' exports.
      const dh = await loadDownhillNode({ variant, test: true });
      for (const seed of [1, 2, 3]) assertKernelTwins(dh.kernelTwins(seed));
      // The page's build leaves the twins out and says where they are.
      const page = await load(variant);
      assert.throws(() => page.kernelTwins(1), new RegExp(`^Error: kernelTwins needs the test build downhill-${variant}-test\\.wasm`));
    });
  });
}
