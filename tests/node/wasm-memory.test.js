// The heap: create/free cycles do not leak, and views follow memory growth.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { VARIANTS, loadFresh } from './wasm-helpers.js';

for (const variant of VARIANTS) {
  describe(`memory (${variant})`, () => {
    test('10,000 create/free cycles leave the heap unchanged', async () => {
      const dh = await loadFresh(variant);
      const cycle = (i) => {
        const all = dh.generate(i % 2 ? 'xor' : 'blobs3', { count: 50, seed: i });
        const { train, test } = all.split(0.3, i);
        const m = dh.createTrainer({ hidden: [8, 8], optimizer: 'adam', seed: i }, train, test);
        m.stepBatches(2);
        m.evalGrid({ x0: -1, x1: 1, y0: -1, y1: 1, width: 8, height: 8 });
        m.history();
        m.free();
        all.free();
        train.free();
        test.free();
        // Failed calls must not leak either.
        try { dh.parseCSV('a,b\n1,x\n'); } catch { /* expected */ }
        try { dh.createTrainer({ lr: -1 }, all); } catch { /* expected */ }
      };
      for (let i = 0; i < 100; i++) cycle(i); // warm up the allocator
      const bytes = dh.heapBytes();
      const top = dh.heapTop();
      for (let i = 0; i < 10000; i++) cycle(i);
      assert.equal(dh.heapBytes(), bytes, 'wasm memory size');
      assert.equal(dh.heapTop(), top, 'allocator break (sbrk)');
    });

    test('views are re-made after memory growth', async () => {
      const dh = await loadFresh(variant);
      const ds = dh.generate('spiral', { count: 500, seed: 1 });
      const m = dh.createTrainer({ hidden: [8] }, ds);
      const x0 = ds.x;
      const params0 = m.params;
      const w0 = m.layers()[0].w;
      const xCopy = x0.slice();
      const pCopy = params0.slice();
      const bytes = dh.heapBytes();

      // Grow memory: big grids (module-owned buffers) and big datasets.
      const big = [];
      while (dh.heapBytes() === bytes) big.push(dh.generate('xor', { count: 100000, seed: big.length }));
      const g = m.evalGrid({ x0: -1, x1: 1, y0: -1, y1: 1, width: 1024, height: 512 });
      assert.ok(dh.heapBytes() > bytes, 'memory grew');

      assert.equal(x0.length, 0, 'the old view is detached');
      assert.equal(params0.length, 0);
      assert.equal(w0.length, 0);
      assert.deepEqual(ds.x.slice(), xCopy, 'a fresh view sees the same data');
      assert.deepEqual(m.params.slice(), pCopy);
      assert.equal(m.layers()[0].w.length, 16);
      assert.equal(g.output.length, 1024 * 512);
      assert.equal(g.hidden.length, 8 * 1024 * 512);
      assert.ok(g.output.every((p) => p >= 0 && p <= 1));

      // The views share memory with the core: no copies.
      m.params[0] = 0.25;
      assert.equal(m.layers()[0].w[0], 0.25);
      for (const b of big) b.free();
      m.free();
      ds.free();
    });
  });
}
