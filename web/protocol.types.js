// protocol.types.js — the messages between the page and the training worker, as
// JSDoc types for the type checker (no code: nothing imports this file at run
// time; `import('./protocol.types.js').PageMessage` names a type).
//
// The worker owns the run: the page sends intents and draws what the worker
// reports. Every frame says whether training runs, so the page keeps no flag
// of its own to reconcile.

export {};

/**
 * Page -> worker.
 * @typedef {(
 *   { type: 'set', values: Record<string, unknown>, custom?: CustomSource,
 *     keepWeights?: boolean, standardization?: Standardization, weights?: Weights, digits?: Digits } |
 *   { type: 'load', id: number, values: Record<string, unknown>, standardization?: Standardization | null,
 *     weights: Weights } |
 *   { type: 'play' } | { type: 'pause' } | { type: 'step', unit: 'batch' | 'epoch' } |
 *   { type: 'reset' } | { type: 'select', unit: number } | { type: 'ack' } |
 *   { type: 'slice', axes: [number, number], held: number[] } |
 *   { type: 'weight', layer: number, from: number | null, to: number, value: number } |
 *   { type: 'rpc', id: number, lesson: string, op: string, args?: object } |
 *   { type: 'leave', lesson: string }
 * )} PageMessage
 */

/**
 * Worker -> page.
 * @typedef {(
 *   { type: 'ready', variant: string, engine: EngineFacts } |
 *   { type: 'data', run: number, info: DataInfo } |
 *   { type: 'model', run: number, sizes?: number[], error?: string, empty?: boolean,
 *     weights?: { ok: boolean, error: string | null, from: string } | null, loaded?: boolean } |
 *   { type: 'loaded', id: number, ok: boolean, error: string | null } |
 *   Frame |
 *   { type: 'rpc', id: number, ok: boolean, result?: unknown, message?: string } |
 *   { type: 'error', where: string, message: string }
 * )} WorkerMessage
 */

/**
 * What the engine reports of itself (wasm/downhill.js): every choice list,
 * label, per-kind default and limit the page shows.
 * @typedef {{ names: Record<string, string[]>, labels: Record<string, Record<string, string>>,
 *   limits: Record<string, number>, defaults: Record<string, any> }} EngineFacts
 */

/**
 * The user's data: a CSV file (its bytes, or text) or points clicked on the
 * plot. CSV columns by index (numbers) or name; header 'auto' unless the user
 * switched it; name and format (what the engine read it as) are for the page.
 * @typedef {{ kind: 'csv', bytes?: Uint8Array, text?: string, features?: string | Array<string | number>,
 *   label?: string | number, header?: 'auto' | boolean, name?: string, format?: string, classNames?: string[] } |
 *   { kind: 'points', x: number[], y: number[], k: number, bounds?: Bounds,
 *     featureNames?: string[], classNames?: string[] }} CustomSource
 */

/**
 * The Digits mode's digits, as the page loaded them (web/digits/pack.js):
 * labels (n, 0-9) and pixels (n*784 grey bytes), sent once, transferred.
 * @typedef {{ labels: Uint8Array, pixels: Uint8Array }} Digits
 */

/** @typedef {{ x0: number, x1: number, y0: number, y1: number }} Bounds */
/** @typedef {{ mean: number[], std: number[] }} Standardization */
/** @typedef {{ layers?: { w: ArrayLike<number>, b: ArrayLike<number> }[], flat?: Float32Array,
 *   from?: string, quiet?: boolean }} Weights */

/**
 * The data as the worker describes it (original units, for drawing). testN:
 * test rows; evalN: how many of them the trainer evaluates each epoch (fewer
 * on a big set: the test loss and accuracy are then estimated on a sample).
 * ranges: each feature's span, [lo, hi], for data of more than two features,
 * whose view is a slice along any two of them (Frame's slice).
 * @typedef {{ dataset: string, n: number, d: number, k: number, featureNames: string[],
 *   classNames: string[], bounds: Bounds, truthTable: boolean, trainN: number, testN?: number, evalN?: number,
 *   ranges?: Array<[number, number]>,
 *   train: Points, test: Points, regression?: boolean, valueScale?: { lo: number, hi: number } | null,
 *   mean: number[], std: number[], points?: boolean, empty?: boolean,
 *   inputs?: string[] | null, inputNames?: string[], inputMaps?: Float32Array, inputMapSize?: number, featureMaps?: Float32Array,
 *   digits?: { trainN: number, testRows: Int32Array } }} DataInfo
 * mean and std are per model input; inputs: the chosen input features (null
 * for the plain x1, x2), inputNames the model inputs' names, inputMaps each
 * input over the picture (inputs, size, size), −1..1; featureMaps every
 * candidate feature of the engine's table (in its order), −1..1.
 * (digits: the Digits mode's split, testRows the page's digits in test-set order;
 * its train and test Points are then empty: the page draws its own copy)
 */

/**
 * Points in original units: x (n*d), class ids y (n) and, for a regression
 * set, the targets t (n).
 * @typedef {{ x: Float32Array, y: Int32Array, n: number, t?: Float32Array }} Points
 */

/**
 * A confusion matrix on the test set (the whole set when `whole`, a truth
 * table): counts[true * k + predicted], summing to n. Only in frames that
 * recomputed it (worker/confusion.js), else null.
 * `predicted` (Digits mode only): each counted test point's predicted class.
 * @typedef {{ counts: number[], k: number, n: number, whole: boolean, predicted?: Uint8Array }} Confusion
 */

/**
 * One frame of the run. `playing` and `phase` are the worker's word on the run.
 * `slice`: for data of more than two features, the slice the grid shows (the
 * features on the axes, and every feature's held value), else null.
 * @typedef {{ type: 'frame', run: number, playing: boolean,
 *   phase: 'ready' | 'running' | 'paused' | 'diverged' | 'early-stopped' | 'converged',
 *   status: string, epoch: number, updates: number, lrNow: number, divergedEpoch: number,
 *   history: object[], confusion: Confusion | null, grid: Float32Array, gridSize: number, nOutputs: number,
 *   thumbs: Float32Array | null, thumbSize: number, hiddenUnits: number,
 *   unitMap: Float32Array | null, unitSize: number, selectedUnit: number,
 *   slice: { axes: [number, number], held: number[] } | null,
 *   weights: { in: number, out: number, w: Float32Array, b: Float32Array }[],
 *   gradNorms: number[], examplesPerSecond: number, epochsPerSecond: number, speed: number | 'max',
 *   heapBytes: number, heapTop: number }} Frame
 */
