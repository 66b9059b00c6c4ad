// wasm-peak.js — the measured peak of f32x4 multiply-add in this engine.
//
// A wasm module assembled here from bytes: one function peak(n) runs n rounds of
// an unrolled loop; each round updates `acc` independent f32x4 accumulators with
// acc = acc * m + c (f32x4.mul then f32x4.add: wasm SIMD has no fused
// multiply-add; or, with fma, relaxed SIMD's one f32x4.relaxed_madd, which the
// engine makes a fused multiply-add where the CPU has one), so the multiplies
// and adds of different accumulators overlap and the loop runs at the engine's
// throughput, not its latency.
// FLOPs per round: acc accumulators x 4 lanes x 2 (mul + add) x unroll.
// No Node or DOM APIs: scripts/bench.mjs and scripts/bench-browser.mjs use it.

const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const f32x4Const = (v) => {
  const b = new Uint8Array(16);
  const f = new Float32Array(b.buffer);
  f.fill(v);
  return [0xfd, 0x0c, ...b];
};

const OP = {
  localGet: 0x20, localSet: 0x21, localTee: 0x22, i32Const: 0x41, i32Sub: 0x6b,
  loop: 0x03, brIf: 0x0d, end: 0x0b, void: 0x40,
  f32x4Mul: [0xfd, 0xe6, 0x01], f32x4Add: [0xfd, 0xe4, 0x01], f32x4ExtractLane: [0xfd, 0x1f],
  f32x4RelaxedMadd: [0xfd, 0x85, 0x02], // a·b + c, opcode 0x105
};

/** Bytes of the module for `acc` accumulators and `unroll` copies per round;
 *  fma: each multiply-add one f32x4.relaxed_madd. */
export function peakModuleBytes(acc = 12, unroll = 4, fma = false) {
  // Locals: 0 = n (param), 1 = m, 2 = c, 3.. = accumulators.
  const M = 1, C = 2, A = 3;
  const body = [];
  body.push(...f32x4Const(0.999), OP.localSet, M);
  body.push(...f32x4Const(0.001), OP.localSet, C);
  for (let i = 0; i < acc; i++) body.push(...f32x4Const(1 + i / acc), OP.localSet, A + i);
  body.push(OP.loop, OP.void);
  for (let u = 0; u < unroll; u++) {
    for (let i = 0; i < acc; i++) {
      if (fma) body.push(OP.localGet, A + i, OP.localGet, M, OP.localGet, C, ...OP.f32x4RelaxedMadd, OP.localSet, A + i);
      else body.push(OP.localGet, A + i, OP.localGet, M, ...OP.f32x4Mul, OP.localGet, C, ...OP.f32x4Add, OP.localSet, A + i);
    }
  }
  body.push(OP.localGet, 0, OP.i32Const, 1, OP.i32Sub, OP.localTee, 0, OP.brIf, 0, OP.end);
  // Sum the accumulators so none of the work is dead.
  body.push(OP.localGet, A);
  for (let i = 1; i < acc; i++) body.push(OP.localGet, A + i, ...OP.f32x4Add);
  body.push(...OP.f32x4ExtractLane, 0, OP.end);
  const locals = [1, ...uleb(2 + acc), 0x7b]; // one group: 2 + acc v128 locals
  const func = [...locals, ...body];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7d]), // type 0: (i32) -> f32
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, 4, ...Array.from('peak', (ch) => ch.charCodeAt(0)), 0x00, 0]), // export "peak"
    ...section(10, [1, ...uleb(func.length), ...func]),
  ]);
}

/** Measured f32x4 mul+add (fma: relaxed_madd) GFLOP/s: the median of `runs`
 *  timed calls, each long enough (~20 ms) to swamp timer noise; called
 *  repeatedly from JS so V8 tiers the function up first. */
export async function measurePeak({ acc = 12, unroll = 4, runs = 9, fma = false } = {}) {
  const { instance } = await WebAssembly.instantiate(peakModuleBytes(acc, unroll, fma));
  const peak = /** @type {(rounds: number) => number} */ (instance.exports.peak);
  const flopsPerRound = acc * 4 * 2 * unroll;
  let n = 1000;
  for (let i = 0; i < 200; i++) peak(n); // warm up / tier up
  // Size one call to ~20 ms.
  for (;;) {
    const t0 = performance.now();
    peak(n);
    const dt = performance.now() - t0;
    if (dt > 20 || n > 1e9) break;
    n = Math.ceil(n * Math.min(10, 25 / Math.max(dt, 0.01)));
  }
  const rates = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    sink += peak(n);
    const dt = (performance.now() - t0) / 1e3;
    rates.push((n * flopsPerRound) / dt / 1e9);
  }
  rates.sort((a, b) => a - b);
  if (!Number.isFinite(sink)) throw new Error('peak kernel produced a non-finite value');
  return { gflops: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1], acc, unroll, fma };
}
