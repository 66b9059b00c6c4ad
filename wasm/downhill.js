// downhill.js — the JavaScript API of Downhill's training core (ARCHITECTURE.md).
//
// The only code that reads or writes the wasm heap. It loads one of the three
// Emscripten builds (relaxed SIMD, SIMD or scalar: the best the engine runs)
// and returns plain objects: datasets and
// trainers whose arrays are Float32Array / Int32Array views into wasm memory,
// never copies.
//
// Views. Growing wasm memory (any allocation may) detaches every view made
// before. Properties such as `dataset.x`, `model.params` and `model.layers()`
// re-make their views when the memory buffer has changed, so read them again
// rather than keeping them across calls that allocate. Results of `evalGrid`,
// `lossSurface`, `optimizerPath` and the landscapes are views of buffers the
// module owns and reuses: valid until the next call of the same method (or a
// memory growth). To post one to another thread, copy it first (`.slice()`):
// structured cloning a view copies the whole wasm memory.
//
// Loading works in a page, a Web Worker and Node:
//   browser (served):  await loadDownhill()                  // imports ./downhill-{variant}.js
//   no fetch (file://, bundles):
//                      await loadDownhill({ factories: { relaxed, simd, scalar },
//                                           wasmBinary: { relaxed, simd, scalar } })
//   Node:              wasm/node-loader.js reads the files and passes them in.
// `wasmBinary` (ArrayBuffer / Uint8Array) may also be the bytes of the one
// variant named by `variant`.
//
// Errors. Every failure throws an Error whose message says what to change: the C
// core's nn_last_error() text, or for a config a message naming the key, the
// valid range and the value given. A failed call leaves the module usable.
// Calling a freed dataset or model throws.
//
// Types of the public objects: downhill.types.js (JSDoc, for `npm run lint`).

/** @import { CsvFacts, Dataset, Downhill, EmscriptenModule, LoadOptions, Trainer, TrainerConfig, EmscriptenFactory, Limits, Variant, WasmBytes } from './downhill.types.js' */

/** A minimal module whose one function pushes `operands` v128.const zeros and
 *  applies the SIMD instruction `op` (its bytes after the 0xfd prefix): it
 *  validates only where the engine implements that instruction.
 *  @returns {Uint8Array<ArrayBuffer>} */
function probeModule(operands, op) {
  const body = [0x00]; // no locals
  for (let i = 0; i < operands; i++) body.push(0xfd, 0x0c, ...new Array(16).fill(0)); // v128.const 0
  body.push(0xfd, ...op, 0x0b); // op, end
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // types: () -> v128
    0x03, 0x02, 0x01, 0x00, // functions: one of type 0
    0x0a, body.length + 2, 0x01, body.length, ...body, // code: one body (sizes < 128)
  ]);
}
const PROBES = {
  // f32x4.add (0xe4 0x01): WebAssembly SIMD, the simd build.
  simd: probeModule(2, [0xe4, 0x01]),
  // f32x4.relaxed_madd at its standard opcode 0x105 (LEB128 0x85 0x02): relaxed
  // SIMD, the relaxed build. (Engines that took the proposal's early opcodes
  // and not the standard ones reject it, as they would reject that build.)
  relaxed: probeModule(3, [0x85, 0x02]),
};

/** @param {Uint8Array<ArrayBuffer>} bytes */
function validates(bytes) {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(bytes);
  } catch {
    return false;
  }
}

/** True if this JavaScript engine can run the SIMD build. */
export function simdSupported() {
  return validates(PROBES.simd);
}

/** True if this JavaScript engine can run the relaxed-SIMD build. */
export function relaxedSimdSupported() {
  return simdSupported() && validates(PROBES.relaxed);
}

/** The builds, fastest first. */
export const VARIANTS = /** @type {const} */ (['relaxed', 'simd', 'scalar']);

/** Whether this engine can run a build. @param {string} variant */
export function variantSupported(variant) {
  if (variant === 'relaxed') return relaxedSimdSupported();
  if (variant === 'simd') return simdSupported();
  return variant === 'scalar';
}

/**
 * The fastest build this engine runs, among `offered` (default: all three):
 * relaxed SIMD, then SIMD, then scalar.
 * @param {readonly string[]} [offered]
 * @returns {Variant}
 */
export function bestVariant(offered = VARIANTS) {
  const best = VARIANTS.find((v) => offered.includes(v) && variantSupported(v));
  if (!best) throw new Error(`this JavaScript engine runs none of the builds offered (${offered.join(', ')})`);
  return best;
}

/** @returns {v is WasmBytes} */
function isBytes(v) {
  return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

/**
 * Load the core. options:
 *   variant     'auto' (the fastest build the engine runs: relaxed SIMD, SIMD,
 *               scalar, among those given in factories / wasmBinary when they
 *               are objects) | 'relaxed' | 'simd' | 'scalar'
 *   wasmBinary  bytes of the chosen variant, or { relaxed, simd, scalar } bytes
 *   factories   { relaxed, simd, scalar } Emscripten factories (default exports
 *               of downhill-{variant}.js); imported next to this file if absent
 *   locateFile  passed to Emscripten when it must fetch the .wasm itself
 * @param {LoadOptions} [options]
 * @returns {Promise<Downhill>}
 */
export async function loadDownhill(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new Error(`loadDownhill options must be an object, got ${describe(options)}`);
  }
  const known = ['variant', 'wasmBinary', 'factories', 'locateFile'];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new Error(`unknown loadDownhill option "${key}"; valid: ${known.join(', ')}`);
    }
  }
  const asked = options.variant ?? 'auto';
  if (asked !== 'auto' && !VARIANTS.includes(asked)) {
    throw new Error(`variant must be "auto", "relaxed", "simd" or "scalar", got ${describe(asked)}`);
  }
  let bytes = options.wasmBinary;
  if (bytes !== undefined && !isBytes(bytes) && (bytes === null || typeof bytes !== 'object')) {
    throw new Error(`wasmBinary must be bytes or { relaxed, simd, scalar }, got ${describe(bytes)}`);
  }
  if (bytes !== undefined && isBytes(bytes) && asked === 'auto') {
    throw new Error('with variant "auto", pass wasmBinary as { relaxed, simd, scalar } (or name the variant)');
  }
  // 'auto' chooses among the builds given, when they are given.
  const perVariant = bytes !== undefined && !isBytes(bytes) ? bytes : undefined;
  let offered = VARIANTS.filter((v) => (perVariant === undefined || perVariant[v] !== undefined)
    && (options.factories == null || options.factories[v] !== undefined));
  if (offered.length === 0) offered = [...VARIANTS]; // none named: the checks below say what is wrong
  const variant = asked === 'auto' ? bestVariant(offered) : asked;
  if (variant === 'simd' && !simdSupported()) {
    throw new Error('this JavaScript engine does not support WebAssembly SIMD; use variant "scalar" or "auto"');
  }
  if (variant === 'relaxed' && !relaxedSimdSupported()) {
    throw new Error('this JavaScript engine does not support WebAssembly relaxed SIMD; use variant "simd", "scalar" or "auto"'
      + ' (Node 20 needs --experimental-wasm-relaxed-simd)');
  }

  if (bytes !== undefined && !isBytes(bytes)) {
    bytes = bytes[variant];
    if (bytes !== undefined && !isBytes(bytes)) {
      throw new Error(`wasmBinary.${variant} must be an ArrayBuffer or Uint8Array`);
    }
  }

  let factory = options.factories?.[variant];
  if (factory === undefined) {
    const url = new URL(`./downhill-${variant}.js`, import.meta.url).href;
    factory = (await import(url)).default;
  }
  if (typeof factory !== 'function') {
    throw new Error(`factories.${variant} must be the Emscripten factory function`);
  }

  /** @type {Parameters<EmscriptenFactory>[0]} */
  const moduleArgs = {};
  if (bytes !== undefined) moduleArgs.wasmBinary = /** @type {WasmBytes} */ (bytes); // the variant's, checked above
  if (options.locateFile) moduleArgs.locateFile = options.locateFile;
  const mod = await factory(moduleArgs);
  return createApi(mod, variant);
}

// ---- helpers without heap access -------------------------------------------

/** A value as a message shows it: strings quoted, numbers plain. */
function describe(v) {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === undefined || v === null) return String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'a function';
  if (Array.isArray(v)) return `an array [${Array.from(v.slice(0, 8), describe).join(', ')}${v.length > 8 ? ', ...' : ''}]`;
  // Objects JSON would show as a plain value or {}: name their kind.
  const a = (name) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return `${a(v.constructor.name)} object (${describe(v.valueOf())})`;
  if (v instanceof Map || v instanceof Set) return a(v.constructor.name);
  if (v instanceof DataView) return 'a DataView';
  if (ArrayBuffer.isView(v)) {
    const items = /** @type {Float32Array} */ (v); // any typed array: only a DataView has no items
    return `${a(v.constructor.name)} [${Array.from(items.slice(0, 8)).join(', ')}${items.length > 8 ? ', ...' : ''}]`;
  }
  try {
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return 'an object';
  }
}

function isFiniteNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

// The core computes in float32 and takes counts as int32: a JS number outside
// those would reach it as Infinity, 0 or a wrapped negative count.
const F32_MAX = 3.4028234663852886e38;
const I32_MAX = 0x7fffffff;

/** Why a finite double is not a usable float32 ('' if it is). */
function f32Problem(v) {
  if (Math.abs(v) > F32_MAX) return ' (too large for a 32-bit float, whose largest value is about 3.4e38)';
  if (v !== 0 && Math.fround(v) === 0) return ' (too small for a 32-bit float, which would round it to 0)';
  return '';
}

/** The allowed key a typo most likely meant: same letters ignoring case, '-' and
 *  '_', or one edit away (two for keys longer than 4), else null. */
function closestKey(key, allowed) {
  const norm = (k) => k.toLowerCase().replace(/[-_]/g, '');
  const same = allowed.find((k) => norm(k) === norm(key));
  if (same) return same;
  let best = null;
  let bestDist = Infinity;
  for (const k of allowed) {
    const d = editDistance(key, k);
    if (d < bestDist && d <= (k.length > 4 ? 2 : 1)) {
      best = k;
      bestDist = d;
    }
  }
  return best;
}

/** Levenshtein distance (short strings only). */
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

// Checks for one kind of value. Each returns the value or throws naming `what`.
// They check types and shapes, and what must hold before a value is written to
// the heap (float32, int32, the table sizes); the ranges of settings are the
// core's to check, once, in nn_config_validate and the nn_trainer_set_*
// setters, whose messages say what to change.
const check = {
  positive(what, v) {
    if (!isFiniteNumber(v) || !(v > 0) || f32Problem(v)) {
      throw new Error(`${what} must be a finite number > 0, got ${describe(v)}${isFiniteNumber(v) ? f32Problem(v) : ''}`);
    }
    return v;
  },
  nonNegative(what, v) {
    if (!isFiniteNumber(v) || !(v >= 0) || Math.abs(v) > F32_MAX) {
      throw new Error(`${what} must be a finite number >= 0, got ${describe(v)}${isFiniteNumber(v) ? f32Problem(v) : ''}`);
    }
    return v;
  },
  range(what, v, lo, hi) {
    if (!isFiniteNumber(v) || !(v >= lo && v <= hi)) throw new Error(`${what} must be a number in [${lo}, ${hi}], got ${describe(v)}`);
    return v;
  },
  int(what, v, lo, hi) {
    if (!Number.isInteger(v) || v < lo || v > hi) {
      const range = hi === Infinity ? `>= ${lo}` : `in ${lo}..${hi}`;
      throw new Error(`${what} must be an integer ${range}, got ${describe(v)}`);
    }
    if (v > I32_MAX) throw new Error(`${what} must be an integer from ${lo} to ${I32_MAX} (2^31-1), got ${describe(v)}`);
    return v;
  },
  seed(what, v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${what} must be an integer in 0..2^53-1, got ${describe(v)}`);
    return v;
  },
  finite(what, v) {
    if (!isFiniteNumber(v) || Math.abs(v) > F32_MAX) {
      throw new Error(`${what} must be a finite number, got ${describe(v)}${isFiniteNumber(v) ? f32Problem(v) : ''}`);
    }
    return v;
  },
  oneOf(what, v, names) {
    if (typeof v !== 'string' || !names.includes(v)) {
      throw new Error(`${what} must be one of ${names.map((n) => `"${n}"`).join(', ')}, got ${describe(v)}`);
    }
    return v;
  },
  object(what, v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be an object, got ${describe(v)}`);
    // A Map's entries are not keys: { lr: 0.1 } works, new Map([['lr', 0.1]]) would be ignored.
    if (v instanceof Map || v instanceof Set || ArrayBuffer.isView(v)) {
      throw new Error(`${what} must be a plain object like { key: value }, got ${describe(v)}`);
    }
    return v;
  },
  keys(what, obj, allowed) {
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key)) continue;
      const near = closestKey(key, allowed);
      throw new Error(`unknown ${what} key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; valid keys: ${allowed.join(', ')}`);
    }
  },
};

// ---- the API over one instantiated module -----------------------------------

/**
 * @param {EmscriptenModule} mod
 * @param {Variant} variant
 * @returns {Downhill}
 */
function createApi(mod, variant) {
  const heap = createHeap(mod);
  // The core's limits by their names in wasm/bridge.c's one table.
  const limits = /** @type {Limits} */ ({});
  for (let i = 0; i < mod._dh_limit_count(); i++) {
    const v = mod._dh_limit_value(i);
    // Float limits are float32 in C: 0.95, not 0.949999988079071.
    limits[heap.string(mod._dh_limit_name(i))] = Number.isInteger(v) ? v : Number(v.toPrecision(6));
  }
  if (mod._dh_simd() !== { scalar: 0, simd: 1, relaxed: 2 }[variant]) {
    throw new Error(`the factory given for "${variant}" is not the ${variant} build`);
  }

  // The core's named choices and what to call them, from wasm/bridge.c's one
  // table: NAMES.optimizers = ['sgd', ...], LABELS.optimizers = { sgd: 'SGD', ... }.
  /** @type {import('./downhill.types.js').Names} */
  const NAMES = /** @type {any} */ ({});
  /** @type {Record<string, Record<string, string>>} */
  const LABELS = {};
  for (let t = 0; t < mod._dh_enum_count(); t++) {
    const table = heap.string(mod._dh_enum_table(t));
    const list = [];
    const labels = {};
    for (let i = 0; i < mod._dh_enum_size(t); i++) {
      const name = heap.string(mod._dh_enum_name(t, i));
      list.push(name);
      labels[name] = heap.string(mod._dh_enum_label(t, i));
    }
    NAMES[table] = Object.freeze(list);
    LABELS[table] = Object.freeze(labels);
  }
  Object.freeze(NAMES);
  Object.freeze(LABELS);

  // A list of input feature names (NAMES.features) as the core's bit mask.
  const featureMask = (list) => {
    if (!Array.isArray(list) || list.length === 0) {
      throw new Error(`features must be a non-empty list of ${NAMES.features.map((n) => `"${n}"`).join(', ')}, got ${describe(list)}`);
    }
    let mask = 0;
    for (const f of list) {
      check.oneOf('feature', f, NAMES.features);
      const bit = 1 << NAMES.features.indexOf(f);
      if (mask & bit) throw new Error(`feature "${f}" is listed twice`);
      mask |= bit;
    }
    return mask >>> 0;
  };
  // A weight or bias to write: finite, within the core's maxWeight.
  const checkWeight = (what, v) => {
    check.finite(what, v);
    if (Math.abs(v) > limits.maxWeight) throw new Error(`${what} must lie within ±${limits.maxWeight} (the engine's maxWeight), got ${describe(v)}`);
    return v;
  };
  // lo..hi finite float32 numbers (an array or typed array) as a plain array.
  /** @param {string} what  @param {any} v  @param {number} lo  @param {number} hi  @returns {number[]} */
  const floats = (what, v, lo, hi) => {
    const list = /** @type {ArrayLike<number>} */ (Array.isArray(v) || ArrayBuffer.isView(v) ? v : []);
    if (list !== v || list.length < lo || list.length > hi) {
      throw new Error(`${what} must be a list of ${lo === hi ? lo : `${lo} to ${hi}`} numbers, got ${describe(v)}`);
    }
    return Array.from(list, (x, i) => check.finite(`${what}[${i}]`, x));
  };

  // Scratch: one block for small in/out arguments (at most three floats per
  // feature, evalGridMap's held, mean and std, or a few hundred bytes, per call)
  // and one nn_config for building configs. FEATURE_BYTES: one float per
  // feature, the widest vector a call passes.
  const FEATURE_BYTES = 4 * limits.maxFeatures;
  const SCRATCH_BYTES = 3 * FEATURE_BYTES + 1024;
  const scratch = mod._malloc(SCRATCH_BYTES);
  const scratchConfig = mod._dh_config_create();
  if (!scratch || !scratchConfig) throw new Error('out of memory while loading the core');

  // Per-kind schedule defaults, from the core (nn_schedule_default): a page
  // that offers several kinds shows each kind's own values, never one copy.
  function scheduleDefaults() {
    return kindDefaults(NAMES.schedules, mod._dh_schedule_defaults,
      ['scheduleStep', 'scheduleGamma', 'schedulePatience', 'minLr']);
  }
  // Per-kind optimizer defaults, from the core (nn_optimizer_default).
  function optimizerDefaults() {
    return kindDefaults(NAMES.optimizers, mod._dh_optimizer_defaults, ['momentum', 'rho', 'beta1', 'beta2', 'eps']);
  }
  /** { kind: { key: value } } from a bridge call that writes one float per key.
   *  @returns {Readonly<Record<string, any>>} */
  function kindDefaults(kinds, write, keys) {
    const out = {};
    kinds.forEach((kind, i) => {
      write(i, scratch);
      // float32 in C: print 0.99, not 0.9900000095367432.
      const values = Array.from(heap.f32(scratch, keys.length), (v) => Number(v.toPrecision(6)));
      out[kind] = Object.freeze(Object.fromEntries(keys.map((k, j) => [k, values[j]])));
    });
    return Object.freeze(out);
  }
  const SCHEDULE_DEFAULTS = scheduleDefaults();
  const OPTIMIZER_DEFAULTS = optimizerDefaults();

  function lastError(fallback) {
    const text = heap.string(mod._dh_last_error());
    return new Error(text || fallback);
  }
  function ok(status, fallback = 'the core reported an error') {
    if (status !== 0) throw lastError(fallback);
  }
  // A module-owned buffer of at least n floats kept in slots[slot] as
  // { ptr, floats } and reused between calls; grown (freed and re-made) when
  // too small.
  function slotBuffer(slots, slot, n) {
    const b = slots[slot];
    if (b && b.floats >= n) return b.ptr;
    if (b) mod._free(b.ptr);
    slots[slot] = null;
    const p = mod._malloc(4 * Math.max(n, 1));
    if (!p) throw new Error(`out of memory for ${n} floats`);
    slots[slot] = { ptr: p, floats: n };
    return p;
  }
  // Parse a name with the core's parser: its message lists the valid names.
  function parseName(parse, name, what) {
    if (typeof name !== 'string') {
      throw new Error(`${what} must be a string, got ${describe(name)}`);
    }
    const kind = heap.withString(name, (p) => parse(p));
    if (kind < 0) throw lastError(`unknown ${what} "${name}"`);
    return kind;
  }

  // Datasets and models made by this instance, to tell them from look-alikes.
  const datasetState = new WeakMap();
  const modelState = new WeakMap();

  // ---- datasets -------------------------------------------------------------

  function datasetPtr(ds, what) {
    const st = datasetState.get(ds);
    if (!st) throw new Error(`${what} must be a dataset made by this Downhill module, got ${describe(ds)}`);
    if (st.freed) throw new Error(`${what}: this dataset was freed`);
    return st.ptr;
  }

  function releaseDataset(st) {
    if (st.freed && st.users === 0 && st.ptr) {
      mod._dh_dataset_destroy(st.ptr);
      st.ptr = 0;
    }
  }

  /** @returns {Dataset} */
  function wrapDataset(ptr) {
    if (!ptr) throw lastError('could not make the dataset');
    // users: models training on it. free() while a model uses it hides the
    // dataset from JS at once and releases the memory when the last model goes.
    const st = { ptr, freed: false, users: 0 };
    const live = () => {
      if (st.freed) throw new Error('this dataset was freed');
      return st.ptr;
    };
    /** @type {Dataset} */
    const ds = {
      get n() { return mod._dh_dataset_n(live()); },
      get d() { return mod._dh_dataset_d(live()); },
      get k() { return mod._dh_dataset_k(live()); },
      /** Float32Array (n*d) view, row-major features. */
      get x() {
        const p = live();
        return heap.f32(mod._dh_dataset_x(p), mod._dh_dataset_n(p) * mod._dh_dataset_d(p));
      },
      /** Int32Array (n) view of class ids. */
      get y() {
        const p = live();
        return heap.i32(mod._dh_dataset_y(p), mod._dh_dataset_n(p));
      },
      /** Float32Array (n) view of the continuous targets of a regression set; null for classes. */
      get target() {
        const p = live();
        const t = mod._dh_dataset_target(p);
        return t ? heap.f32(t, mod._dh_dataset_n(p)) : null;
      },
      /** True when the points carry a continuous target (plane, gauss-regression). */
      get regression() { return mod._dh_dataset_target(live()) !== 0; },
      /** Float32Array (d) views of the standardization statistics. */
      get mean() { const p = live(); return heap.f32(mod._dh_dataset_mean(p), mod._dh_dataset_d(p)); },
      get std() { const p = live(); return heap.f32(mod._dh_dataset_std(p), mod._dh_dataset_d(p)); },
      get featureNames() {
        const p = live();
        const d = mod._dh_dataset_d(p);
        const out = [];
        for (let j = 0; j < d; j++) out.push(heap.string(mod._dh_dataset_feature_name(p, j)));
        return out;
      },
      get classNames() {
        const p = live();
        const k = mod._dh_dataset_k(p);
        const out = [];
        for (let c = 0; c < k; c++) out.push(heap.string(mod._dh_dataset_class_name(p, c)));
        return out;
      },
      get freed() { return st.freed; },
      /** What the CSV reader found, for a dataset from parseCSV; else null. */
      csv: null,
      /** Smallest and largest value per feature: { lo: [..d], hi: [..d] }. */
      bounds() {
        const p = live();
        const d = mod._dh_dataset_d(p);
        mod._dh_dataset_bounds(p, scratch, scratch + FEATURE_BYTES);
        const lo = Array.from(heap.f32(scratch, d));
        const hi = Array.from(heap.f32(scratch + FEATURE_BYTES, d));
        return { lo, hi };
      },
      /** Shuffle, then round(testRatio*n) points to test, the rest to train (new datasets). */
      split(testRatio, seed = 1) {
        const p = live();
        check.range('split test ratio', testRatio, 0, 1);
        check.seed('split seed', seed);
        ok(mod._dh_dataset_split(p, testRatio, seed, scratch), 'could not split the dataset');
        const [tr, te] = heap.i32(scratch, 2);
        return { train: wrapDataset(tr >>> 0), test: wrapDataset(te >>> 0) };
      },
      standardize() {
        ok(mod._dh_dataset_standardize(live()));
        return ds;
      },
      standardizeLike(reference) {
        const p = live();
        ok(mod._dh_dataset_standardize_like(p, datasetPtr(reference, 'standardizeLike reference')));
        return ds;
      },
      /** A new dataset of these (raw, 2-coordinate) points with inputs expanded
       *  into `features` (names of dh.names.features, kept in that table's
       *  order): same labels, targets and class names; features named by
       *  their labels. */
      expand(features) {
        const p = live();
        return wrapDataset(mod._dh_dataset_expand(p, featureMask(features)));
      },
      shuffle(seed = 1) {
        check.seed('shuffle seed', seed);
        mod._dh_dataset_shuffle(live(), seed);
        return ds;
      },
      free() {
        if (st.freed) return;
        st.freed = true;
        releaseDataset(st);
      },
    };
    datasetState.set(ds, st);
    return ds;
  }

  const GENERATE_KEYS = ['count', 'noise', 'seed'];
  const GRID_KEYS = ['x0', 'x1', 'y0', 'y1', 'width', 'height', 'hidden'];
  function generate(name, opts = {}) {
    const kind = parseName(mod._dh_data_kind_parse, name, 'dataset');
    check.object('generate options', opts);
    check.keys('generate option', opts, GENERATE_KEYS);
    const count = check.int('count', opts.count ?? 200, 1, limits.maxPoints);
    const noise = check.range('noise', opts.noise ?? 0, 0, 1);
    const seed = check.seed('seed', opts.seed ?? 1);
    return wrapDataset(mod._dh_dataset_generate(kind, count, noise, seed));
  }

  // ---- CSV (core/nn_csv.h) ------------------------------------------------------

  // A number chooses a column by its 0-based index ("#3" to the core, which
  // reads a bare "3" as a name first); a string is a name, or an index when no
  // column has that name.
  function columnToken(what, v) {
    if (typeof v === 'number') return `#${check.int(what, v, 0, Infinity)}`;
    if (typeof v === 'string') return v;
    throw new Error(`${what} must be a column name or a 0-based index, got ${describe(v)}`);
  }
  function columnList(what, v) {
    if (v === undefined || v === null) return null;
    if (Array.isArray(v)) {
      return v.map((c, i) => {
        if (typeof c === 'string' && c.includes(',')) {
          throw new Error(`${what}[${i}] ${describe(c)} holds a comma, which separates columns; choose that column by its index`);
        }
        return columnToken(`${what}[${i}]`, c);
      }).join(',');
    }
    if (typeof v === 'number' || typeof v === 'string') return columnToken(what, v);
    throw new Error(`${what} must be a column name, an index or an array of them, got ${describe(v)}`);
  }

  const DELIMITERS = { auto: 0, ',': 44, ';': 59, '\t': 9 };
  /** header / delimiter options as the core's numbers. */
  function csvFormat(opts) {
    const header = opts.header ?? 'auto';
    if (header !== 'auto' && header !== true && header !== false) {
      throw new Error(`header must be 'auto', true (the first row names the columns) or false, got ${describe(header)}`);
    }
    const delimiter = opts.delimiter ?? 'auto';
    if (typeof delimiter !== 'string' || !Object.hasOwn(DELIMITERS, delimiter)) {
      throw new Error(`delimiter must be 'auto', ',', ';' or '\\t', got ${describe(delimiter)}`);
    }
    return { header: header === 'auto' ? 0 : header ? 1 : 2, delimiter: DELIMITERS[delimiter] };
  }

  /** A CSV input's bytes: a string (as UTF-8) or the file's own bytes, which
   *  may be UTF-16 or Windows-1252 (the core decodes them). */
  function csvBytes(input) {
    if (typeof input === 'string') return heap.encoder.encode(input);
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (input instanceof Uint8Array) return input;
    throw new Error(`CSV text must be a string or the file's bytes (a Uint8Array or ArrayBuffer), got ${describe(input)}`);
  }

  /** fn(handle) on the core's reader of `input`; the reader and its copy of
   *  the bytes are freed afterwards. */
  function withCsv(input, format, fn) {
    const bytes = csvBytes(input);
    if (bytes.length > limits.maxCsvBytes) {
      throw new Error(`the CSV text is ${bytes.length} bytes; the limit is ${limits.maxCsvBytes} bytes`);
    }
    const textPtr = mod._malloc(Math.max(1, bytes.length));
    if (!textPtr) throw new Error('out of memory for the CSV text');
    try {
      heap.u8().set(bytes, textPtr);
      const csv = mod._dh_csv_create(textPtr, bytes.length, format.header, format.delimiter);
      if (!csv) throw lastError('could not read the CSV text');
      try {
        return fn(csv);
      } finally {
        mod._dh_csv_destroy(csv);
      }
    } finally {
      mod._free(textPtr);
    }
  }

  /** What the core's reader found (nn_csv_info), its columns and its sentence.
   *  @returns {CsvFacts} */
  function csvFacts(csv) {
    mod._dh_csv_info(csv, scratch);
    const [encoding, bom, delimiter, delimiterAuto, decimalComma, header, headerAuto, columns, rows] = Array.from(heap.i32(scratch, 9));
    const list = [];
    for (let i = 0; i < columns; i++) {
      list.push({ name: heap.string(mod._dh_csv_column_name(csv, i)), numeric: mod._dh_csv_column_numeric(csv, i) === 1 });
    }
    return {
      columns: list, rows,
      delimiter: String.fromCharCode(delimiter), delimiterDetected: delimiterAuto === 1,
      decimalComma: decimalComma === 1,
      header: header === 1, headerDetected: headerAuto === 1,
      encoding: heap.string(mod._dh_csv_encoding_name(encoding)), bom: bom === 1,
      description: heap.string(mod._dh_csv_describe(csv)),
    };
  }

  const SNIFF_KEYS = ['header', 'delimiter'];
  /** The columns and format of a CSV, for a column chooser. @type {Downhill['sniffCSV']} */
  function sniffCSV(input, opts = {}) {
    check.object('sniffCSV options', opts);
    check.keys('sniffCSV option', opts, SNIFF_KEYS);
    return withCsv(input, csvFormat(opts), csvFacts);
  }

  const CSV_KEYS = ['features', 'label', 'header', 'delimiter', 'minClasses'];
  /** @type {Downhill['parseCSV']} */
  function parseCSV(input, opts = {}) {
    check.object('parseCSV options', opts);
    check.keys('parseCSV option', opts, CSV_KEYS);
    if (Array.isArray(opts.label)) throw new Error(`label must be one column name or index, got ${describe(opts.label)}`);
    const features = columnList('features', opts.features);
    const label = columnList('label', opts.label);
    const minClasses = check.int('minClasses', opts.minClasses ?? 2, 1, limits.maxClasses);
    const format = csvFormat(opts);
    return withCsv(input, format, (csv) => {
      const ds = heap.withString(features, (fp) =>
        heap.withString(label, (lp) => wrapDataset(mod._dh_csv_dataset(csv, fp, lp, minClasses))));
      ds.csv = csvFacts(csv);
      return ds;
    });
  }

  /** A dataset from arrays: x (n*d numbers), y (n class ids in [0, k)). */
  const ARRAYS_KEYS = ['x', 'y', 'd', 'k', 'featureNames'];
  /** @type {Downhill['fromArrays']} */
  function fromArrays(spec) {
    check.object('fromArrays argument', spec);
    check.keys('fromArrays', spec, ARRAYS_KEYS);
    const d = check.int('d', spec.d, 1, limits.maxFeatures);
    const { x, y } = spec;
    if (!(Array.isArray(x) || ArrayBuffer.isView(x))) throw new Error(`x must be an array of numbers, got ${describe(x)}`);
    if (!(Array.isArray(y) || ArrayBuffer.isView(y))) throw new Error(`y must be an array of class ids, got ${describe(y)}`);
    const n = y.length;
    if (x.length !== n * d) throw new Error(`x must hold y.length * d = ${n * d} numbers, got ${x.length}`);
    let kMax = 1;
    for (let i = 0; i < n; i++) {
      if (!Number.isInteger(y[i]) || y[i] < 0) throw new Error(`y[${i}] must be a class id >= 0, got ${describe(y[i])}`);
      kMax = Math.max(kMax, y[i] + 1);
    }
    for (let i = 0; i < x.length; i++) check.finite(`x[${i}]`, x[i]);
    const k = check.int('k', spec.k ?? Math.max(2, kMax), kMax, limits.maxClasses);
    const names = spec.featureNames;
    if (names !== undefined && (!Array.isArray(names) || names.length !== d || !names.every((s) => typeof s === 'string'))) {
      throw new Error(`featureNames must be ${d} strings, got ${describe(names)}`);
    }
    const ds = wrapDataset(mod._dh_dataset_create(n, d, k));
    const p = datasetState.get(ds).ptr;
    ds.x.set(x);
    ds.y.set(y);
    if (names) names.forEach((name, j) => heap.withString(name, (s) => mod._dh_dataset_set_feature_name(p, j, s)));
    return ds;
  }

  /** Row numbers 0..n-1 split at random: { train, test } (Int32Array each),
   *  test the first testCount of a seeded permutation (the core's RNG).
   * @type {Downhill['splitRows']} */
  function splitRows(n, testCount, seed = 1) {
    check.int('n', n, 0, limits.maxPoints);
    check.int('testCount', testCount, 0, n);
    check.seed('splitRows seed', seed);
    const ptr = mod._malloc(4 * Math.max(1, n));
    if (!ptr) throw new Error(`out of memory for a permutation of ${n} rows`);
    try {
      mod._dh_permutation(ptr, n, seed);
      const all = heap.i32(ptr, n).slice();
      return { test: all.subarray(0, testCount), train: all.subarray(testCount) };
    } finally {
      mod._free(ptr);
    }
  }

  const PIXELS_KEYS = ['pixels', 'labels', 'width', 'classes', 'scale', 'rows', 'namePrefix'];
  /** A dataset from bytes, e.g. grey levels: pixels (n*width bytes, row-major)
   *  and labels (n class ids). Only the chosen rows are copied in, as floats
   *  (byte * scale), so the heap holds 4 bytes per value of one set, never the
   *  whole byte array twice.
   * @type {Downhill['datasetFromPixels']} */
  function datasetFromPixels(spec) {
    check.object('datasetFromPixels argument', spec);
    check.keys('datasetFromPixels', spec, PIXELS_KEYS);
    const { pixels, labels } = spec;
    if (!(pixels instanceof Uint8Array || pixels instanceof Uint8ClampedArray)) {
      throw new Error(`pixels must be a Uint8Array of n*width bytes, got ${describe(pixels)}`);
    }
    if (!(labels instanceof Uint8Array || labels instanceof Int32Array || Array.isArray(labels))) {
      throw new Error(`labels must be a Uint8Array, an Int32Array or an array of class ids, got ${describe(labels)}`);
    }
    const width = check.int('width', spec.width, 1, limits.maxFeatures);
    const total = labels.length;
    if (pixels.length !== total * width) {
      throw new Error(`pixels must hold labels.length * width = ${total * width} bytes, got ${pixels.length}`);
    }
    const scale = spec.scale === undefined ? 1 / 255 : check.positive('scale', spec.scale);
    const rows = spec.rows ?? null;
    if (rows !== null && !(Array.isArray(rows) || rows instanceof Int32Array || rows instanceof Uint32Array)) {
      throw new Error(`rows must be an array of row numbers, got ${describe(rows)}`);
    }
    const n = rows ? rows.length : total;
    if (n > limits.maxPoints) throw new Error(`a dataset holds at most ${limits.maxPoints} points, got ${n}`);
    let kMax = 1;
    for (let i = 0; i < n; i++) {
      const r = rows ? rows[i] : i;
      if (!Number.isInteger(r) || r < 0 || r >= total) throw new Error(`rows[${i}] must be a row number in 0..${total - 1}, got ${describe(r)}`);
      const y = labels[r];
      if (!Number.isInteger(y) || y < 0) throw new Error(`labels[${r}] must be a class id >= 0, got ${describe(y)}`);
      kMax = Math.max(kMax, y + 1);
    }
    const k = check.int('classes', spec.classes ?? Math.max(2, kMax), Math.max(2, kMax), limits.maxClasses);
    const prefix = spec.namePrefix ?? 'pixel';
    if (typeof prefix !== 'string') throw new Error(`namePrefix must be a string, got ${describe(prefix)}`);
    const ds = wrapDataset(mod._dh_dataset_create(n, width, k));
    const p = datasetState.get(ds).ptr;
    const x = ds.x, y = ds.y; // views made after the allocation
    for (let i = 0; i < n; i++) {
      const r = rows ? rows[i] : i;
      y[i] = labels[r];
      const src = r * width, dst = i * width;
      for (let j = 0; j < width; j++) x[dst + j] = pixels[src + j] * scale;
    }
    for (let j = 0; j < width; j++) heap.withString(`${prefix}${j}`, (s) => mod._dh_dataset_set_feature_name(p, j, s));
    return ds;
  }

  // ---- configs ----------------------------------------------------------------

  // Every createTrainer key, with the group of settings a made trainer takes
  // together mid-run (model.update); null: fixed when the trainer is made.
  const CONFIG_GROUPS = Object.freeze({
    model: null, hidden: null, activation: null, loss: null, seed: null, classes: null, inputs: null,
    optimizer: 'optimizer', momentum: 'optimizer', rho: 'optimizer', beta1: 'optimizer', beta2: 'optimizer', eps: 'optimizer',
    lr: 'lr', batch: 'batch',
    schedule: 'schedule', scheduleStep: 'schedule', scheduleGamma: 'schedule', schedulePatience: 'schedule', minLr: 'schedule',
    reg: 'reg', regRate: 'reg', dropout: 'dropout', patience: 'patience',
  });
  const CONFIG_KEYS = Object.keys(CONFIG_GROUPS);
  const groupKeys = (group) => CONFIG_KEYS.filter((k) => CONFIG_GROUPS[k] === group);
  const OPTIMIZER_KEYS = groupKeys('optimizer');
  const SCHEDULE_KEYS = groupKeys('schedule');

  // Defaults are nn_config_default's and the optimizer's / schedule's.
  const DEFAULTS = Object.freeze({
    model: 'mlp', hidden: [4, 4], activation: 'tanh', loss: 'cross-entropy',
    optimizer: 'sgd', ...OPTIMIZER_DEFAULTS.sgd,
    lr: 0.03, batch: 10,
    schedule: 'constant', ...SCHEDULE_DEFAULTS.constant, scheduleGamma: undefined,
    reg: 'none', regRate: 0, dropout: 0, patience: 0, seed: 1,
  });

  // Validate and fill one group of keys (all of them if `only` is absent).
  function normalizeConfig(cfg, base, only) {
    const out = { ...base };
    const has = (k) => cfg[k] !== undefined && (!only || only.includes(k));
    if (has('model')) out.model = check.oneOf('config.model', cfg.model, NAMES.models);
    if (has('hidden')) {
      const h = cfg.hidden;
      if (!Array.isArray(h) || h.length > limits.maxHiddenLayers) {
        throw new Error(`config.hidden must be an array of at most ${limits.maxHiddenLayers} layer sizes, got ${describe(h)}`);
      }
      // A plain loop: forEach would skip the holes of [4, , 4].
      for (let i = 0; i < h.length; i++) check.int(`config.hidden[${i}]`, h[i], 1, limits.maxUnits);
      out.hidden = h.slice();
    }
    if (has('activation')) out.activation = check.oneOf('config.activation', cfg.activation, NAMES.activations);
    if (has('loss')) {
      // The core also accepts "bce", "ce" and "mse"; keep its canonical name.
      if (typeof cfg.loss !== 'string') throw new Error(`config.loss must be one of ${NAMES.losses.map((n) => `"${n}"`).join(', ')}, got ${describe(cfg.loss)}`);
      out.loss = NAMES.losses[parseName(mod._dh_loss_parse, cfg.loss, 'config.loss')];
    }
    if (has('optimizer')) out.optimizer = check.oneOf('config.optimizer', cfg.optimizer, NAMES.optimizers);
    if (has('momentum')) out.momentum = check.finite('config.momentum', cfg.momentum);
    if (has('rho')) out.rho = check.finite('config.rho', cfg.rho);
    if (has('beta1')) out.beta1 = check.finite('config.beta1', cfg.beta1);
    if (has('beta2')) out.beta2 = check.finite('config.beta2', cfg.beta2);
    if (has('eps')) out.eps = check.positive('config.eps', cfg.eps);
    if (has('lr')) out.lr = check.positive('config.lr', cfg.lr);
    if (has('batch')) out.batch = check.int('config.batch', cfg.batch, 1, Infinity);
    if (has('schedule')) out.schedule = check.oneOf('config.schedule', cfg.schedule, NAMES.schedules);
    if (has('scheduleStep')) out.scheduleStep = check.int('config.scheduleStep', cfg.scheduleStep, 1, Infinity);
    if (has('scheduleGamma')) out.scheduleGamma = check.finite('config.scheduleGamma', cfg.scheduleGamma);
    if (has('schedulePatience')) out.schedulePatience = check.int('config.schedulePatience', cfg.schedulePatience, 1, Infinity);
    if (has('minLr')) out.minLr = check.nonNegative('config.minLr', cfg.minLr);
    if (has('reg')) out.reg = check.oneOf('config.reg', cfg.reg, NAMES.regularizations);
    if (has('regRate')) out.regRate = check.nonNegative('config.regRate', cfg.regRate);
    if (has('dropout')) out.dropout = check.finite('config.dropout', cfg.dropout);
    if (has('patience')) out.patience = check.int('config.patience', cfg.patience, 0, Infinity);
    if (has('seed')) out.seed = check.seed('config.seed', cfg.seed);
    if (has('classes')) out.classes = check.int('config.classes', cfg.classes, 2, limits.maxClasses);
    if (has('inputs')) out.inputs = check.int('config.inputs', cfg.inputs, 1, limits.maxFeatures);
    return out;
  }

  const nanIfUndefined = (v) => (v === undefined ? NaN : v);

  function writeOptimizer(c) {
    mod._dh_config_set_optimizer(scratchConfig, NAMES.optimizers.indexOf(c.optimizer),
      c.momentum, c.rho, c.beta1, c.beta2, c.eps);
    ok(mod._dh_optimizer_validate(scratchConfig), 'invalid optimizer settings');
  }

  function writeSchedule(c) {
    mod._dh_config_set_schedule(scratchConfig, NAMES.schedules.indexOf(c.schedule),
      c.scheduleStep, nanIfUndefined(c.scheduleGamma), c.schedulePatience, c.minLr);
    ok(mod._dh_schedule_validate(scratchConfig), 'invalid schedule settings');
  }

  // Fill the scratch nn_config from a normalized config.
  function writeConfig(c) {
    mod._dh_config_reset(scratchConfig);
    mod._dh_config_set_model(scratchConfig, NAMES.models.indexOf(c.model), c.inputs, c.classes);
    const hidden = c.model === 'mlp' ? c.hidden : [];
    heap.i32(scratch, hidden.length).set(hidden);
    mod._dh_config_set_hidden(scratchConfig, scratch, hidden.length, NAMES.activations.indexOf(c.activation));
    mod._dh_config_set_training(scratchConfig, NAMES.losses.indexOf(c.loss), c.lr, c.batch, c.seed);
    writeOptimizer(c);
    writeSchedule(c);
    mod._dh_config_set_regularization(scratchConfig, NAMES.regularizations.indexOf(c.reg), c.regRate, c.dropout, c.patience);
    ok(mod._dh_config_validate(scratchConfig), 'invalid config');
  }

  // ---- trainers -----------------------------------------------------------------

  /**
   * @param {TrainerConfig} config
   * @param {Dataset} train
   * @param {Dataset | null} [test]
   * @returns {Trainer}
   */
  function createTrainer(config = {}, train, test = null) {
    check.object('config', config);
    check.keys('config', config, CONFIG_KEYS);
    const trainPtr = datasetPtr(train, 'createTrainer training set');
    const testPtr = test === null || test === undefined ? 0 : datasetPtr(test, 'createTrainer test set');
    const trainSt = datasetState.get(train);
    const testSt = testPtr ? datasetState.get(test) : null;

    const d = mod._dh_dataset_d(trainPtr);
    const k = mod._dh_dataset_k(trainPtr);
    let c = normalizeConfig(config, { ...DEFAULTS, hidden: DEFAULTS.hidden.slice() });
    if (c.model === 'mlp' && c.hidden.length === 0) {
      throw new Error('config.hidden must list at least one hidden layer for an mlp (or use model "logistic" or "softmax")');
    }
    c.inputs ??= d;
    c.classes ??= Math.max(2, k);
    // A regression set is fit by squared error whatever was asked (the core's rule).
    if (mod._dh_dataset_target(trainPtr) !== 0) c.loss = 'squared';
    writeConfig(c);
    const ptr = mod._dh_trainer_create(scratchConfig, trainPtr, testPtr);
    if (!ptr) throw lastError('could not create the model');
    trainSt.users++;
    if (testSt) testSt.users++;

    const st = { ptr, grid: null, hidden: null, surface: null, path: null };
    const buffers = ['grid', 'hidden', 'surface', 'path'];
    const live = () => {
      if (!st.ptr) throw new Error('this model was freed');
      return st.ptr;
    };
    const buffer = (slot, n) => slotBuffer(st, slot, n);
    // Both grid methods: check the rectangle and sizes, fill the module's
    // buffers with call(outPtr, hiddenPtr, [x0, x1, y0, y1, w, h]).
    const grid = (p, opts, call) => {
      const x0 = check.finite('x0', opts.x0), x1 = check.finite('x1', opts.x1);
      const y0 = check.finite('y0', opts.y0 ?? 0), y1 = check.finite('y1', opts.y1 ?? 0);
      const w = check.int('width', opts.width, 1, 4096), h = check.int('height', opts.height, 1, 4096);
      const nOut = mod._dh_trainer_n_outputs(p);
      const H = mod._dh_trainer_hidden_units(p);
      const wantHidden = opts.hidden !== false && H > 0;
      const cells = w * h;
      const outPtr = buffer('grid', nOut * cells);
      const hidPtr = wantHidden ? buffer('hidden', H * cells) : 0;
      ok(call(outPtr, hidPtr, [x0, x1, y0, y1, w, h]));
      return {
        output: heap.f32(outPtr, nOut * cells),
        hidden: wantHidden ? heap.f32(hidPtr, H * cells) : null,
        nOutputs: nOut,
        hiddenUnits: H,
      };
    };
    const statusName = (p) => NAMES.statuses[mod._dh_trainer_status(p)];
    // A step's result: the status it left (the bridge returns it), or its error.
    const stepped = (s) => {
      if (s < 0) throw lastError('the core reported an error');
      return NAMES.statuses[s];
    };

    /** @type {Trainer} */
    const model = {
      get status() { return statusName(live()); },
      get epoch() { return mod._dh_trainer_epoch(live()); },
      get updates() { return mod._dh_trainer_updates(live()); },
      get divergedEpoch() { return mod._dh_trainer_diverged_epoch(live()); },
      get bestEpoch() { return mod._dh_trainer_best_epoch(live()); },
      get lr() { return mod._dh_trainer_lr(live()); },
      get lrNow() { return mod._dh_trainer_lr_now(live()); },
      get batch() { return mod._dh_trainer_batch(live()); },
      /** Examples of the current epoch already trained (0..n). */
      get cursor() { return mod._dh_trainer_cursor(live()); },
      /** The settings in force (a copy), in createTrainer's form. */
      get config() { live(); return { ...c, hidden: c.hidden.slice() }; },
      get freed() { return !st.ptr; },
      /** Layer widths: [inputs, hidden..., outputs]. */
      get sizes() {
        const p = live();
        const n = mod._dh_trainer_n_layers(p);
        const out = [];
        for (let i = 0; i <= n; i++) out.push(mod._dh_trainer_size(p, i));
        return out;
      },
      get nOutputs() { return mod._dh_trainer_n_outputs(live()); },
      get hiddenUnits() { return mod._dh_trainer_hidden_units(live()); },
      /** Float32Array view of the whole parameter arena. */
      get params() {
        const p = live();
        return heap.f32(mod._dh_trainer_params(p), mod._dh_trainer_n_params(p));
      },

      stepBatches(n = 1) {
        const p = live();
        check.int('stepBatches count', n, 0, 0x7fffffff);
        return stepped(mod._dh_trainer_step_batches(p, n));
      },
      stepEpochs(n = 1) {
        const p = live();
        check.int('stepEpochs count', n, 0, 0x7fffffff);
        return stepped(mod._dh_trainer_step_epochs(p, n));
      },

      /** Records of epochs from+1 .. epoch (epoch is 1-based: the count of
       *  finished epochs when the record was made). Evicted records are skipped. */
      /** Records of epochs from+1 .. epoch; with `every` > 1 only those whose
       *  epoch is a multiple of it, and the latest (a thinned run for a chart,
       *  without making every record). */
      history(from = 0, every = 1) {
        const p = live();
        check.int('history from', from, 0, Infinity);
        check.int('history every', every, 1, 0x7fffffff);
        const epoch = mod._dh_trainer_epoch(p);
        const start = Math.max(from, epoch - limits.historyCap);
        const count = Math.max(0, epoch - start);
        const out = [];
        if (!count) return out;
        const buf = mod._malloc(28 * (Math.floor(count / every) + 2));
        if (!buf) throw new Error('out of memory for the history');
        try {
          const rows = mod._dh_trainer_history(p, start, count, every, buf);
          const f = heap.f32(buf, rows * 7);
          for (let r = 0; r < rows; r++) {
            const o = 7 * r;
            out.push({
              epoch: f[o] + 1, trainLoss: f[o + 1], testLoss: f[o + 2], trainAcc: f[o + 3],
              testAcc: f[o + 4], lr: f[o + 5], updates: f[o + 6],
            });
          }
        } finally {
          mod._free(buf);
        }
        return out;
      },

      /** Any settings a made trainer takes mid-run (createTrainer's keys whose
       *  CONFIG_GROUPS entry is not null), applied group by group through the
       *  setters below; training goes on from the same weights. */
      update(subset) {
        check.object('update argument', subset);
        check.keys('update', subset, CONFIG_KEYS);
        const keys = Object.keys(subset).filter((k) => subset[k] !== undefined);
        const fixed = keys.filter((k) => !CONFIG_GROUPS[k]);
        if (fixed.length) throw new Error(`${fixed.join(', ')} cannot change on a made model: create a new trainer`);
        const pick = (group) => Object.fromEntries(groupKeys(group).filter((k) => keys.includes(k)).map((k) => [k, subset[k]]));
        for (const group of new Set(keys.map((k) => CONFIG_GROUPS[k]))) {
          if (group === 'lr') model.setLearningRate(subset.lr);
          else if (group === 'batch') model.setBatchSize(subset.batch);
          else if (group === 'optimizer') model.setOptimizer(pick(group));
          else if (group === 'schedule') model.setSchedule(pick(group));
          else if (group === 'reg') model.setRegularization(subset.reg ?? c.reg, subset.regRate ?? c.regRate);
          else if (group === 'dropout') model.setDropout(subset.dropout);
          else if (group === 'patience') model.setPatience(subset.patience);
        }
      },
      setLearningRate(lr) {
        const p = live();
        const v = check.positive('learning rate', lr);
        ok(mod._dh_trainer_set_lr(p, v));
        c.lr = v;
      },
      setBatchSize(n) {
        const p = live();
        const v = check.int('batch size', n, 1, Infinity);
        ok(mod._dh_trainer_set_batch(p, v));
        c.batch = v;
      },
      /** { optimizer?, momentum?, rho?, beta1?, beta2?, eps? } merged with the current
       *  settings. Keeps the weights, zeroes the optimizer's state. */
      setOptimizer(subset) {
        const p = live();
        check.object('setOptimizer argument', subset);
        check.keys('setOptimizer', subset, OPTIMIZER_KEYS);
        const next = normalizeConfig(subset, c, OPTIMIZER_KEYS);
        writeOptimizer(next);
        ok(mod._dh_trainer_set_optimizer(p, scratchConfig));
        c = next;
      },
      /** { schedule?, scheduleStep?, scheduleGamma?, schedulePatience?, minLr? }. A
       *  new schedule kind starts from that kind's defaults for keys not given. */
      setSchedule(subset) {
        const p = live();
        check.object('setSchedule argument', subset);
        check.keys('setSchedule', subset, SCHEDULE_KEYS);
        let base = c;
        if (subset.schedule !== undefined && subset.schedule !== c.schedule) {
          const kind = check.oneOf('setSchedule schedule', subset.schedule, NAMES.schedules);
          base = { ...c, ...SCHEDULE_DEFAULTS[kind], scheduleGamma: undefined };
        }
        const next = normalizeConfig(subset, base, SCHEDULE_KEYS);
        writeSchedule(next);
        ok(mod._dh_trainer_set_schedule(p, scratchConfig));
        c = next;
      },
      setRegularization(kind, rate = 0) {
        const p = live();
        const r = check.oneOf('regularization', kind, NAMES.regularizations);
        const v = check.nonNegative('regularization rate', rate);
        ok(mod._dh_trainer_set_regularization(p, NAMES.regularizations.indexOf(r), v));
        c.reg = r;
        c.regRate = v;
      },
      setDropout(pDrop) {
        const p = live();
        const v = check.finite('dropout', pDrop);
        ok(mod._dh_trainer_set_dropout(p, v));
        c.dropout = v;
      },
      setPatience(n) {
        const p = live();
        const v = check.int('patience', n, 0, Infinity);
        ok(mod._dh_trainer_set_patience(p, v));
        c.patience = v;
      },
      reset() {
        mod._dh_trainer_reset(live());
      },
      reseed(seed) {
        const p = live();
        const v = check.seed('seed', seed);
        mod._dh_trainer_reseed(p, v);
        c.seed = v;
      },
      /** Train `restarts` runs of `epochs` from seeds seed, seed+1, ...; keep the best.
       *  Returns the best run's seed. */
      restarts(restarts, epochs) {
        const p = live();
        check.int('restarts', restarts, 1, Infinity);
        check.int('restart epochs', epochs, 1, Infinity);
        const best = mod._dh_trainer_restarts(p, restarts, epochs);
        if (best < 0) throw lastError('random restarts failed');
        c.seed = best;
        return best;
      },

      /** [{ in, out, w: Float32Array (out*in) view, b: Float32Array (out) view }]. */
      layers() {
        const p = live();
        const n = mod._dh_trainer_n_layers(p);
        const out = [];
        for (let l = 0; l < n; l++) {
          const nin = mod._dh_trainer_size(p, l);
          const nout = mod._dh_trainer_size(p, l + 1);
          out.push({
            in: nin, out: nout,
            w: heap.f32(mod._dh_trainer_layer_w(p, l), nin * nout),
            b: heap.f32(mod._dh_trainer_layer_b(p, l), nout),
          });
        }
        return out;
      },
      /** Sets one weight of layer `layer` (0 = inputs to first hidden), from
       *  unit `from` of its input side to unit `to` of its output side, in the
       *  same w (out*in, row per output unit) that layers() exposes. The
       *  optimizer's state is kept: training goes on from the new value. */
      setWeight(layer, from, to, value) {
        const p = live();
        check.int('weight layer', layer, 0, mod._dh_trainer_n_layers(p) - 1);
        const nin = mod._dh_trainer_size(p, layer);
        const nout = mod._dh_trainer_size(p, layer + 1);
        check.int('weight from', from, 0, nin - 1);
        check.int('weight to', to, 0, nout - 1);
        checkWeight('weight value', value);
        heap.f32(mod._dh_trainer_layer_w(p, layer), nin * nout)[to * nin + from] = value;
      },
      /** Sets the bias of unit `to` on the output side of layer `layer`. */
      setBias(layer, to, value) {
        const p = live();
        check.int('bias layer', layer, 0, mod._dh_trainer_n_layers(p) - 1);
        const nout = mod._dh_trainer_size(p, layer + 1);
        check.int('bias unit', to, 0, nout - 1);
        checkWeight('bias value', value);
        heap.f32(mod._dh_trainer_layer_b(p, layer), nout)[to] = value;
      },
      /** ‖∂L/∂W‖ per weight layer at the last update. */
      layerGradNorms() {
        const p = live();
        const n = mod._dh_trainer_n_layers(p);
        mod._dh_trainer_layer_grad_norms(p, scratch);
        return Array.from(heap.f32(scratch, n));
      },
      /** Mean loss and accuracy on a dataset: { loss, accuracy }. */
      evaluate(dataset) {
        const p = live();
        ok(mod._dh_trainer_evaluate(p, datasetPtr(dataset, 'evaluate dataset'), scratch));
        const [loss, accuracy] = heap.f32(scratch, 2);
        return { loss, accuracy };
      },
      /** Probabilities for points x (n*inputs numbers): Float32Array (n*nOutputs), a copy. */
      predict(x) {
        const p = live();
        if (!(Array.isArray(x) || ArrayBuffer.isView(x))) throw new Error(`predict needs an array of numbers, got ${describe(x)}`);
        const inputs = mod._dh_trainer_size(p, 0);
        const nOut = mod._dh_trainer_n_outputs(p);
        if (x.length % inputs !== 0) throw new Error(`predict needs a multiple of ${inputs} numbers, got ${x.length}`);
        for (let i = 0; i < x.length; i++) check.finite(`predict x[${i}]`, x[i]);
        // A view into this heap (a dataset's x) would be detached if the
        // mallocs below grow the memory: copy it out first.
        if (ArrayBuffer.isView(x) && x.buffer === heap.buffer()) x = Float32Array.from(/** @type {Float32Array} */ (x));
        const n = x.length / inputs;
        const xp = mod._malloc(4 * Math.max(1, x.length));
        const pp = mod._malloc(4 * Math.max(1, n * nOut));
        try {
          if (!xp || !pp) throw new Error('out of memory for predict');
          heap.f32(xp, x.length).set(x);
          mod._dh_trainer_predict(p, pp, xp, n);
          return heap.f32(pp, n * nOut).slice();
        } finally {
          mod._free(xp);
          mod._free(pp);
        }
      },

      /** Decision grid over [x0,x1]×[y0,y1], width×height cell centres, row 0 at y1.
       *  { output: (nOutputs*h*w) view, hidden: (H*h*w) view | null, nOutputs, hiddenUnits } */
      evalGrid(opts) {
        const p = live();
        check.object('evalGrid options', opts);
        check.keys('evalGrid option', opts, GRID_KEYS);
        return grid(p, opts, (outPtr, hidPtr, box) => mod._dh_trainer_eval_grid(p, outPtr, hidPtr, ...box));
      },
      /** evalGrid for a model whose inputs are not the two plotted coordinates
       *  as they are: the rectangle is in raw units; a cell's two coordinates go
       *  into raw features axisX and axisY of nRaw (the others hold held[j]), are
       *  expanded into `features` (names of dh.names.features) if given, then
       *  standardized with mean/std (one per model input). */
      evalGridMap(opts) {
        const p = live();
        check.object('evalGridMap options', opts);
        check.keys('evalGridMap option', opts, [...GRID_KEYS, 'nRaw', 'axisX', 'axisY', 'held', 'features', 'mean', 'std']);
        const max = limits.maxFeatures;
        const nRaw = check.int('nRaw', opts.nRaw ?? 2, 1, max);
        const axisX = check.int('axisX', opts.axisX ?? 0, 0, nRaw - 1);
        const axisY = check.int('axisY', opts.axisY ?? Math.min(1, nRaw - 1), 0, nRaw - 1);
        const mask = opts.features == null ? 0 : featureMask(opts.features);
        const held = floats('held', opts.held ?? new Array(nRaw).fill(0), nRaw, nRaw);
        const mean = floats('mean', opts.mean, 1, max);
        const std = floats('std', opts.std, mean.length, mean.length);
        const at = (k) => scratch + FEATURE_BYTES * k;
        heap.f32(scratch, 3 * max).fill(0);
        heap.f32(at(0), nRaw).set(held);
        heap.f32(at(1), mean.length).set(mean);
        heap.f32(at(2), std.length).set(std);
        return grid(p, opts, (outPtr, hidPtr, box) =>
          mod._dh_trainer_eval_grid_map(p, nRaw, axisX, axisY, mask, at(0), at(1), at(2), outPtr, hidPtr, ...box));
      },
      /** Loss over parameters p0, p1 (indices into params): Float32Array (h*w) view. */
      lossSurface(opts) {
        const p = live();
        check.object('lossSurface options', opts);
        check.keys('lossSurface option', opts, ['p0', 'p1', 'lo0', 'hi0', 'lo1', 'hi1', 'width', 'height']);
        const nParams = mod._dh_trainer_n_params(p);
        const p0 = check.int('p0', opts.p0, 0, nParams - 1), p1 = check.int('p1', opts.p1, 0, nParams - 1);
        const lo0 = check.finite('lo0', opts.lo0), hi0 = check.finite('hi0', opts.hi0);
        const lo1 = check.finite('lo1', opts.lo1), hi1 = check.finite('hi1', opts.hi1);
        const w = check.int('width', opts.width, 1, 4096), h = check.int('height', opts.height, 1, 4096);
        const outPtr = buffer('surface', w * h);
        ok(mod._dh_trainer_loss_surface(p, outPtr, p0, p1, lo0, hi0, lo1, hi1, w, h));
        return heap.f32(outPtr, w * h);
      },
      /** The optimizer's path from (a, b) over p0, p1: Float32Array (points*3) view of
       *  (p0, p1, loss) rows. */
      optimizerPath(opts) {
        const p = live();
        check.object('optimizerPath options', opts);
        check.keys('optimizerPath option', opts, ['p0', 'p1', 'a', 'b', 'steps']);
        const nParams = mod._dh_trainer_n_params(p);
        const p0 = check.int('p0', opts.p0, 0, nParams - 1), p1 = check.int('p1', opts.p1, 0, nParams - 1);
        const a = check.finite('a', opts.a), b = check.finite('b', opts.b);
        const steps = check.int('steps', opts.steps, 0, 1 << 20);
        const outPtr = buffer('path', 3 * (steps + 1));
        const points = mod._dh_trainer_optimizer_path(p, outPtr, p0, p1, a, b, steps);
        if (points < 0) throw lastError('could not trace the optimizer path');
        return heap.f32(outPtr, 3 * points);
      },

      free() {
        if (!st.ptr) return;
        mod._dh_trainer_destroy(st.ptr);
        st.ptr = 0;
        for (const slot of buffers) {
          if (st[slot]) mod._free(st[slot].ptr);
          st[slot] = null;
        }
        trainSt.users--;
        releaseDataset(trainSt);
        if (testSt) {
          testSt.users--;
          releaseDataset(testSt);
        }
      },
    };
    modelState.set(model, st);
    return model;
  }

  // ---- perceptron trick ---------------------------------------------------------

  const PERCEPTRON_KEYS = ['w', 'b', 'lr', 'dataset', 'cursor'];
  /** One step of the perceptron trick from `cursor` on dataset (2 classes):
   *  { w, b, index (-1: all classified), predicted, label, sign, cursor }.
   * @type {Downhill['perceptronStep']} */
  function perceptronStep(opts) {
    check.object('perceptronStep options', opts);
    check.keys('perceptronStep option', opts, PERCEPTRON_KEYS);
    const ds = datasetPtr(opts.dataset, 'perceptronStep dataset');
    const d = mod._dh_dataset_d(ds);
    const w = opts.w;
    if (!Array.isArray(w) && !ArrayBuffer.isView(w)) throw new Error(`w must be an array of ${d} numbers, got ${describe(w)}`);
    if (w.length !== d) throw new Error(`w must hold ${d} numbers (one per feature), got ${w.length}`);
    for (let j = 0; j < d; j++) check.finite(`w[${j}]`, w[j]);
    const b = check.finite('b', opts.b ?? 0);
    const lr = check.positive('lr', opts.lr);
    const cursor = check.int('cursor', opts.cursor ?? 0, 0, 0x7fffffff);
    // scratch: w (maxFeatures floats) | b | cursor | move (4)
    const wPtr = scratch, bPtr = scratch + FEATURE_BYTES, cPtr = bPtr + 4, mPtr = bPtr + 8;
    heap.f32(wPtr, d).set(w);
    heap.f32(bPtr, 1)[0] = b;
    heap.i32(cPtr, 1)[0] = cursor;
    ok(mod._dh_perceptron_step(wPtr, bPtr, ds, lr, cPtr, mPtr));
    const move = heap.f32(mPtr, 4);
    return {
      w: Array.from(heap.f32(wPtr, d)),
      b: heap.f32(bPtr, 1)[0],
      index: move[0], predicted: move[1], label: move[2], sign: move[3],
      cursor: heap.i32(cPtr, 1)[0],
    };
  }

  /** step(w·x + b) for one point.
   * @type {Downhill['perceptronPredict']} */
  function perceptronPredict(w, b, x) {
    if (!Array.isArray(w) && !ArrayBuffer.isView(w)) throw new Error(`w must be an array of numbers, got ${describe(w)}`);
    if (!Array.isArray(x) && !ArrayBuffer.isView(x)) throw new Error(`x must be an array of numbers, got ${describe(x)}`);
    const d = w.length;
    if (d < 1 || d > limits.maxFeatures || x.length !== d) throw new Error(`w and x must hold the same number (1..${limits.maxFeatures}) of numbers`);
    heap.f32(scratch, d).set(w);
    heap.f32(scratch + FEATURE_BYTES, d).set(x);
    return mod._dh_perceptron_predict(scratch, check.finite('b', b), scratch + FEATURE_BYTES, d);
  }

  // ---- landscapes ---------------------------------------------------------------

  const owned = { landscape: null, landscapePath: null };

  /** f over a width×height grid: Float32Array (h*w) view, row 0 at b = hiB. */
  function landscape(kind, opts) {
    const k = parseName(mod._dh_landscape_parse, kind, 'landscape');
    check.object('landscape options', opts);
    check.keys('landscape option', opts, ['loA', 'hiA', 'loB', 'hiB', 'width', 'height']);
    const loA = check.finite('loA', opts.loA), hiA = check.finite('hiA', opts.hiA);
    const loB = check.finite('loB', opts.loB), hiB = check.finite('hiB', opts.hiB);
    const w = check.int('width', opts.width, 1, 4096), h = check.int('height', opts.height, 1, 4096);
    const p = slotBuffer(owned, 'landscape', w * h);
    ok(mod._dh_landscape_grid(k, p, loA, hiA, loB, hiB, w, h));
    return heap.f32(p, w * h);
  }

  /** f(a, b) and its gradient: { f, ga, gb }. */
  function landscapeEval(kind, a, b) {
    const k = parseName(mod._dh_landscape_parse, kind, 'landscape');
    mod._dh_landscape_eval(k, check.finite('a', a), check.finite('b', b), scratch);
    const [f, ga, gb] = heap.f32(scratch, 3);
    return { f, ga, gb };
  }

  /** An optimizer's path on a landscape: Float32Array (points*3) view of (a, b, f).
   *  optimizerCfg: { optimizer, momentum?, rho?, beta1?, beta2?, eps? }. */
  function landscapePath(kind, optimizerCfg, lr, a, b, steps) {
    const k = parseName(mod._dh_landscape_parse, kind, 'landscape');
    check.object('optimizer settings', optimizerCfg);
    check.keys('optimizer settings', optimizerCfg, OPTIMIZER_KEYS);
    const c = normalizeConfig(optimizerCfg, DEFAULTS, OPTIMIZER_KEYS);
    check.positive('lr', lr);
    check.finite('a', a);
    check.finite('b', b);
    check.int('steps', steps, 0, 1 << 20);
    writeOptimizer(c);
    const p = slotBuffer(owned, 'landscapePath', 3 * (steps + 1));
    const points = mod._dh_landscape_path(k, scratchConfig, lr, a, b, steps, p);
    if (points < 0) throw lastError('could not trace the landscape path');
    return heap.f32(p, 3 * points);
  }

  // ---- checks and lesson math ----------------------------------------------------

  /** Fast kernels vs their plain-C twins inside wasm: { max, checks: { name: maxAbsDiff } }.
   * Only in the test builds (downhill-{simd,scalar}-test.wasm); the page's leave it out. */
  function kernelTwins(seed = 1) {
    if (!mod._dh_kernel_twin_compare) {
      throw new Error(`kernelTwins needs the test build downhill-${variant}-test.wasm; this is the page's build`);
    }
    check.seed('seed', seed);
    const n = mod._dh_kernel_twin_count();
    const max = mod._dh_kernel_twin_compare(seed, scratch);
    if (max < 0) throw new Error('out of memory for the kernel comparison');
    const diffs = Array.from(heap.f32(scratch, n));
    const checks = {};
    for (let i = 0; i < n; i++) checks[heap.string(mod._dh_kernel_twin_name(i))] = diffs[i];
    return { max, checks };
  }

  function sigmoid(x) {
    return mod._dh_sigmoid(check.finite('x', x));
  }

  /** Summed binary cross-entropy of labels y (0/1) and probabilities p.
   * @type {Downhill['crossEntropy']} */
  function crossEntropy(y, p) {
    if (!(Array.isArray(y) || ArrayBuffer.isView(y)) || !(Array.isArray(p) || ArrayBuffer.isView(p)) || y.length !== p.length) {
      throw new Error('crossEntropy needs two arrays of the same length');
    }
    const n = y.length;
    const buf = mod._malloc(8 * Math.max(1, n));
    if (!buf) throw new Error('out of memory');
    try {
      heap.f32(buf, n).set(y);
      heap.f32(buf + 4 * n, n).set(p);
      return mod._dh_cross_entropy_binary(buf, buf + 4 * n, n);
    } finally {
      mod._free(buf);
    }
  }

  return Object.freeze({
    variant,
    names: NAMES,
    datasetNames: NAMES.datasets,
    limits: Object.freeze(limits),
    /** What the page shows for each name: labels.optimizers.sgd === 'SGD'. */
    labels: LABELS,
    /** The config's defaults; `schedules[kind]` and `optimizers[kind]` hold each kind's own. */
    defaults: Object.freeze({ ...DEFAULTS, schedules: SCHEDULE_DEFAULTS, optimizers: OPTIMIZER_DEFAULTS }),
    /** Size of wasm memory in bytes. */
    heapBytes: () => heap.buffer().byteLength,
    /** Top of the allocator's heap (sbrk(0)); unchanged over create/free cycles
     *  when nothing leaks. */
    heapTop: () => mod._dh_heap_top() >>> 0,
    generate,
    parseCSV,
    sniffCSV,
    fromArrays,
    datasetFromPixels,
    splitRows,
    createTrainer,
    perceptronStep,
    perceptronPredict,
    landscape,
    landscapeEval,
    landscapePath,
    kernelTwins,
    sigmoid,
    crossEntropy,
  });
}

// ---- heap access: the only place typed arrays over wasm memory are made ---------

/** @param {EmscriptenModule} mod */
function createHeap(mod) {
  let buf = null;
  let u8 = null;
  const decoder = new TextDecoder('utf-8');
  const encoder = new TextEncoder();
  // Emscripten replaces Module.HEAPU8 when memory grows; compare buffers to notice.
  const refresh = () => {
    const b = mod.HEAPU8.buffer;
    if (b !== buf) {
      buf = b;
      u8 = new Uint8Array(b);
    }
  };
  return {
    encoder,
    buffer() { refresh(); return buf; },
    u8() { refresh(); return u8; },
    f32(ptr, n) { refresh(); return new Float32Array(buf, ptr >>> 0, n); },
    i32(ptr, n) { refresh(); return new Int32Array(buf, ptr >>> 0, n); },
    /** The NUL-terminated string at ptr. */
    string(ptr) {
      refresh();
      let end = ptr >>> 0;
      if (!end) return '';
      while (u8[end] !== 0) end++;
      return decoder.decode(u8.subarray(ptr >>> 0, end));
    },
    /** Call fn with a NUL-terminated copy of s in the heap (0 for null), then free it. */
    withString(s, fn) {
      if (s === null || s === undefined) return fn(0);
      const bytes = encoder.encode(s);
      const p = mod._malloc(bytes.length + 1);
      if (!p) throw new Error('out of memory for a string');
      try {
        refresh();
        u8.set(bytes, p);
        u8[p + bytes.length] = 0;
        return fn(p);
      } finally {
        mod._free(p);
      }
    },
  };
}
