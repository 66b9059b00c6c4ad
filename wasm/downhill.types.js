// downhill.types.js — the types of downhill.js's public objects, as JSDoc, for
// the type checker (`npm run lint`) and editors. Typedefs only: nothing here
// runs and nothing is exported at run time. ARCHITECTURE.md describes the API
// in words; these say the same in types.
//
//   /** @import { Downhill, Dataset, Trainer, TrainerConfig } from '../wasm/downhill.types.js' */
//
// Names (datasets, models, optimizers, statuses, ...) are typed `string`: the
// core's name tables (`dh.names`) own the lists, and a page derives its lists
// from them at run time.

export {};

// ---- loading ------------------------------------------------------------------

/**
 * Bytes of one .wasm build (any view over them).
 * @typedef {ArrayBuffer | ArrayBufferView} WasmBytes
 */

/**
 * The default export of Emscripten's downhill-{simd,scalar}.js: makes one
 * instance of the core.
 * @typedef {(moduleArgs: { wasmBinary?: WasmBytes, locateFile?: LocateFile }) => Promise<EmscriptenModule>} EmscriptenFactory
 */

/**
 * Emscripten's locateFile hook: where to fetch `path` from.
 * @typedef {(path: string, prefix: string) => string} LocateFile
 */

/**
 * One instantiated Emscripten module: the heap and the `_dh_*` exports of
 * wasm/bridge.c (handles are pointers, numbers in JS). Only downhill.js uses it.
 * @typedef {{ HEAPU8: Uint8Array, _malloc: (bytes: number) => number, _free: (ptr: number) => void } & Record<string, any>} EmscriptenModule
 */

/**
 * A build of the core: relaxed SIMD (fused multiply-add), SIMD, or scalar.
 * @typedef {'relaxed' | 'simd' | 'scalar'} Variant
 */

/**
 * loadDownhill's options.
 * @typedef {object} LoadOptions
 * @property {'auto' | Variant} [variant] 'auto' (default): the fastest build the engine runs, among those given
 * @property {WasmBytes | { relaxed?: WasmBytes, simd?: WasmBytes, scalar?: WasmBytes }} [wasmBinary] the chosen variant's bytes, or each one's
 * @property {{ relaxed?: EmscriptenFactory, simd?: EmscriptenFactory, scalar?: EmscriptenFactory }} [factories] imported next to downhill.js when absent
 * @property {LocateFile} [locateFile] passed to Emscripten when it fetches the .wasm itself
 */

// ---- the module ---------------------------------------------------------------

/**
 * Every enum's names, in the core's order (frozen arrays).
 * @typedef {object} Names
 * @property {readonly string[]} datasets
 * @property {readonly string[]} regressionDatasets the datasets with a continuous target
 * @property {readonly string[]} models
 * @property {readonly string[]} activations
 * @property {readonly string[]} losses
 * @property {readonly string[]} optimizers
 * @property {readonly string[]} schedules
 * @property {readonly string[]} regularizations
 * @property {readonly string[]} statuses
 * @property {readonly string[]} landscapes
 */

/**
 * The core's compile-time limits, by their names in wasm/bridge.c's table.
 * @typedef {object} Limits
 * @property {number} maxFeatures
 * @property {number} maxClasses
 * @property {number} maxPoints
 * @property {number} maxHiddenLayers
 * @property {number} maxUnits
 * @property {number} historyCap epochs of history a trainer keeps
 * @property {number} chunk
 * @property {number} maxNameLength
 * @property {number} maxCsvBytes
 * @property {number} maxLr largest learning rate the core takes
 * @property {number} maxRegRate largest L1/L2 strength λ
 * @property {number} maxDropout largest dropout probability
 */

/**
 * One optimizer kind's own hyperparameters (dh.defaults.optimizers[kind]).
 * @typedef {object} OptimizerDefaults
 * @property {number} momentum
 * @property {number} rho
 * @property {number} beta1
 * @property {number} beta2
 * @property {number} eps
 */

/**
 * One schedule kind's own settings (dh.defaults.schedules[kind]).
 * @typedef {object} ScheduleDefaults
 * @property {number} scheduleStep
 * @property {number} scheduleGamma
 * @property {number} schedulePatience
 * @property {number} minLr
 */

/**
 * The loaded core: what `await loadDownhill()` returns (frozen).
 * @typedef {object} Downhill
 * @property {Variant} variant which build was loaded
 * @property {Names} names
 * @property {readonly string[]} datasetNames the same as names.datasets
 * @property {Readonly<Limits>} limits
 * @property {Readonly<Record<string, Readonly<Record<string, string>>>>} labels what a page shows for each
 *   name, per table: labels.optimizers.rmsprop === 'RMSProp'
 * @property {Readonly<Required<Omit<TrainerConfig, 'classes' | 'inputs' | 'scheduleGamma'>> & { scheduleGamma: undefined,
 *   schedules: Readonly<Record<string, Readonly<ScheduleDefaults>>>, optimizers: Readonly<Record<string, Readonly<OptimizerDefaults>>> }>} defaults
 *   the config's defaults; each schedule's and optimizer's kind has its own (`schedules[kind]`, `optimizers[kind]`)
 * @property {() => number} heapBytes size of wasm memory in bytes
 * @property {() => number} heapTop the allocator's break; unchanged over create/free cycles when nothing leaks
 * @property {(name: string, opts?: GenerateOptions) => Dataset} generate one of names.datasets
 * @property {(input: string | Uint8Array | ArrayBuffer, opts?: CsvOptions) => Dataset} parseCSV throws the core's
 *   message naming row and column; the dataset's `csv` says what was detected
 * @property {(input: string | Uint8Array | ArrayBuffer, opts?: CsvFormat) => CsvFacts} sniffCSV the columns and the
 *   detected format, for a column chooser (throws for a file that cannot be read at all)
 * @property {(spec: ArraysSpec) => Dataset} fromArrays
 * @property {(spec: PixelsSpec) => Dataset} datasetFromPixels bytes (grey levels) as features: x = byte * scale
 * @property {(n: number, testCount: number, seed?: number) => { train: Int32Array, test: Int32Array }} splitRows
 *   a seeded split of row numbers 0..n-1 (testCount of them to test), for datasetFromPixels' rows
 * @property {(config: TrainerConfig, train: Dataset, test?: Dataset | null) => Trainer} createTrainer
 * @property {(opts: PerceptronStepOptions) => PerceptronMove} perceptronStep
 * @property {(w: ArrayLike<number>, b: number, x: ArrayLike<number>) => number} perceptronPredict step(w·x + b)
 * @property {(kind: string, opts: LandscapeOptions) => Float32Array} landscape (height*width) view, row 0 at b = hiB
 * @property {(kind: string, a: number, b: number) => { f: number, ga: number, gb: number }} landscapeEval
 * @property {(kind: string, optimizerCfg: OptimizerSettings, lr: number, a: number, b: number, steps: number) => Float32Array} landscapePath
 *   (points*3) view of (a, b, f) rows
 * @property {(seed?: number) => { max: number, checks: Record<string, number> }} kernelTwins test builds only
 * @property {(x: number) => number} sigmoid
 * @property {(y: ArrayLike<number>, p: ArrayLike<number>) => number} crossEntropy summed binary cross-entropy
 */

// ---- datasets -----------------------------------------------------------------

/**
 * @typedef {object} GenerateOptions
 * @property {number} [count] points (default 200)
 * @property {number} [noise] 0..1 (default 0)
 * @property {number} [seed] default 1
 */

/**
 * How to read a CSV (core/nn_csv.h detects both by default).
 * @typedef {object} CsvFormat
 * @property {'auto' | boolean} [header] does the first row name the columns? default 'auto'
 * @property {'auto' | ',' | ';' | '\t'} [delimiter] default 'auto'
 */

/**
 * Columns by name (a string) or 0-based index (a number, or a string of digits
 * when no column has that name); features also as a comma-separated list.
 * @typedef {CsvFormat & {
 *   features?: string | number | Array<string | number>,
 *   label?: string | number,
 *   minClasses?: number }} CsvOptions
 *   features default every column but the label; label default the last
 *   column; minClasses distinct labels needed (default 2, 1 for the perceptron trick)
 */

/**
 * What the CSV reader found.
 * @typedef {object} CsvFacts
 * @property {{ name: string, numeric: boolean }[]} columns distinct names; numeric: every data cell is a number
 * @property {number} rows data rows
 * @property {',' | ';' | '\t' | string} delimiter
 * @property {boolean} delimiterDetected false when given
 * @property {boolean} decimalComma some number was written with a decimal comma
 * @property {boolean} header the first row names the columns (else they are x1, x2, ...)
 * @property {boolean} headerDetected false when given
 * @property {string} encoding 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252'
 * @property {boolean} bom a byte-order mark was skipped
 * @property {string} description the facts in words, e.g. "semicolon-separated, decimal commas, no header row: columns named x1, x2, …"
 */

/**
 * @typedef {object} ArraysSpec
 * @property {ArrayLike<number>} x n*d numbers, row-major
 * @property {ArrayLike<number>} y n class ids in 0..k-1
 * @property {number} d features per point
 * @property {number} [k] classes (default max(2, largest id + 1))
 * @property {string[]} [featureNames] d names
 */

/**
 * @typedef {object} PixelsSpec
 * @property {Uint8Array | Uint8ClampedArray} pixels n*width bytes, row-major (one image a row)
 * @property {Uint8Array | Int32Array | number[]} labels n class ids in 0..classes-1
 * @property {number} width features (bytes) per row, 1..limits.maxFeatures
 * @property {number} [classes] default max(2, largest label taken + 1)
 * @property {number} [scale] each byte becomes byte * scale (default 1/255: grey levels 0..255 to 0..1)
 * @property {ArrayLike<number>} [rows] which rows to take, in order (default all); e.g. splitRows' train
 * @property {string} [namePrefix] feature names are prefix + index (default 'pixel': pixel0..pixel783)
 */

/**
 * A dataset in wasm memory. Its arrays are views, re-made when memory grows:
 * read them again rather than keeping them across calls that allocate.
 * @typedef {object} Dataset
 * @property {number} n points
 * @property {number} d features per point
 * @property {number} k classes
 * @property {Float32Array} x (n*d) view, row-major
 * @property {Int32Array} y (n) view of class ids (all 0 for a regression set)
 * @property {Float32Array | null} target (n) view of a regression set's continuous targets, else null
 * @property {boolean} regression the points carry a continuous target (names.regressionDatasets)
 * @property {Float32Array} mean (d) view of the standardization means
 * @property {Float32Array} std (d) view of the standardization deviations
 * @property {string[]} featureNames
 * @property {string[]} classNames
 * @property {boolean} freed
 * @property {CsvFacts | null} csv what the CSV reader found (parseCSV), else null
 * @property {() => { lo: number[], hi: number[] }} bounds smallest and largest value per feature
 * @property {(testRatio: number, seed?: number) => { train: Dataset, test: Dataset }} split new datasets
 * @property {() => Dataset} standardize
 * @property {(reference: Dataset) => Dataset} standardizeLike
 * @property {(seed?: number) => Dataset} shuffle
 * @property {() => void} free later calls throw 'this dataset was freed'
 */

// ---- trainers -----------------------------------------------------------------

/**
 * A model's settings. Every key is optional in createTrainer (the defaults are
 * dh.defaults); model.config returns them all.
 * @typedef {object} TrainerConfig
 * @property {string} [model] names.models: 'perceptron' | 'logistic' | 'softmax' | 'mlp'
 * @property {number[]} [hidden] hidden layer sizes (mlp only)
 * @property {string} [activation] names.activations
 * @property {string} [loss] names.losses (also 'bce', 'ce', 'mse')
 * @property {string} [optimizer] names.optimizers
 * @property {number} [momentum]
 * @property {number} [rho]
 * @property {number} [beta1]
 * @property {number} [beta2]
 * @property {number} [eps]
 * @property {number} [lr] base learning rate
 * @property {number} [batch]
 * @property {string} [schedule] names.schedules
 * @property {number} [scheduleStep]
 * @property {number} [scheduleGamma] left out: the schedule kind's own
 * @property {number} [schedulePatience]
 * @property {number} [minLr]
 * @property {string} [reg] names.regularizations
 * @property {number} [regRate]
 * @property {number} [dropout] 0..0.95
 * @property {number} [patience] early-stopping patience in epochs (0: off)
 * @property {number} [seed]
 * @property {number} [classes] default: the training set's max(2, k)
 * @property {number} [inputs] default: the training set's d
 */

/**
 * setOptimizer's subset (and landscapePath's optimizer settings).
 * @typedef {Pick<TrainerConfig, 'optimizer' | 'momentum' | 'rho' | 'beta1' | 'beta2' | 'eps'>} OptimizerSettings
 */

/**
 * setSchedule's subset: a new kind starts from that kind's defaults.
 * @typedef {Pick<TrainerConfig, 'schedule' | 'scheduleStep' | 'scheduleGamma' | 'schedulePatience' | 'minLr'>} ScheduleSettings
 */

/**
 * One epoch's record; `epoch` is 1-based (model.epoch when it was written).
 * @typedef {object} HistoryRecord
 * @property {number} epoch
 * @property {number} trainLoss
 * @property {number} testLoss
 * @property {number} trainAcc
 * @property {number} testAcc
 * @property {number} lr the rate in force
 * @property {number} updates
 */

/**
 * One weight layer: views into the parameter arena.
 * @typedef {object} Layer
 * @property {number} in
 * @property {number} out
 * @property {Float32Array} w (out*in) view
 * @property {Float32Array} b (out) view
 */

/**
 * @typedef {object} GridOptions
 * @property {number} x0
 * @property {number} x1
 * @property {number} [y0]
 * @property {number} [y1]
 * @property {number} width cells, 1..4096
 * @property {number} height cells, 1..4096
 * @property {boolean} [hidden] false: skip the hidden units' planes
 */

/**
 * evalGrid's result: views of buffers the trainer owns, valid until its next
 * evalGrid (or a memory growth). Row 0 is at y1.
 * @typedef {object} GridResult
 * @property {Float32Array} output (nOutputs*height*width)
 * @property {Float32Array | null} hidden (hiddenUnits*height*width), null when not asked for or none
 * @property {number} nOutputs
 * @property {number} hiddenUnits
 */

/**
 * @typedef {object} LossSurfaceOptions
 * @property {number} p0 index into params
 * @property {number} p1 index into params
 * @property {number} lo0
 * @property {number} hi0
 * @property {number} lo1
 * @property {number} hi1
 * @property {number} width
 * @property {number} height
 */

/**
 * @typedef {object} OptimizerPathOptions
 * @property {number} p0 index into params
 * @property {number} p1 index into params
 * @property {number} a start value of params[p0]
 * @property {number} b start value of params[p1]
 * @property {number} steps
 */

/**
 * A model training on datasets in wasm memory. Array results are views (see
 * Dataset). After free() every call throws 'this model was freed'.
 * @typedef {object} Trainer
 * @property {string} status names.statuses: 'ready' | 'running' | 'diverged' | 'early-stopped' | 'converged'
 * @property {number} epoch finished epochs
 * @property {number} updates
 * @property {number} divergedEpoch
 * @property {number} bestEpoch
 * @property {number} lr the base rate
 * @property {number} lrNow the rate the schedule gives now
 * @property {number} batch
 * @property {number} cursor examples of the current epoch already trained
 * @property {Required<Omit<TrainerConfig, 'scheduleGamma'>> & { scheduleGamma: number | undefined }} config the settings in force (a copy)
 * @property {boolean} freed
 * @property {number[]} sizes layer widths: [inputs, hidden..., outputs]
 * @property {number} nOutputs
 * @property {number} hiddenUnits
 * @property {Float32Array} params view of the whole parameter arena
 * @property {(n?: number) => string} stepBatches returns the status
 * @property {(n?: number) => string} stepEpochs returns the status
 * @property {(from?: number, every?: number) => HistoryRecord[]} history records of epochs from+1 .. epoch
 *   (with every > 1: those whose epoch is a multiple of it, and the latest)
 * @property {(subset: TrainerConfig) => void} update any settings a made trainer takes mid-run, group by group
 * @property {(lr: number) => void} setLearningRate
 * @property {(n: number) => void} setBatchSize
 * @property {(subset: OptimizerSettings) => void} setOptimizer keeps the weights, zeroes the optimizer's state
 * @property {(subset: ScheduleSettings) => void} setSchedule
 * @property {(kind: string, rate?: number) => void} setRegularization
 * @property {(p: number) => void} setDropout
 * @property {(n: number) => void} setPatience
 * @property {() => void} reset back to the seed's initial weights
 * @property {(seed: number) => void} reseed
 * @property {(restarts: number, epochs: number) => number} restarts keeps the best run; returns its seed
 * @property {() => Layer[]} layers
 * @property {(layer: number, from: number, to: number, value: number) => void} setWeight one weight of layers()[layer].w
 * @property {(layer: number, to: number, value: number) => void} setBias one bias of layers()[layer].b
 * @property {() => number[]} layerGradNorms ‖∂L/∂W‖ per layer at the last update
 * @property {(dataset: Dataset) => { loss: number, accuracy: number }} evaluate
 * @property {(x: ArrayLike<number>) => Float32Array} predict probabilities (n*nOutputs), a copy
 * @property {(opts: GridOptions) => GridResult} evalGrid
 * @property {(opts: LossSurfaceOptions) => Float32Array} lossSurface (height*width) view
 * @property {(opts: OptimizerPathOptions) => Float32Array} optimizerPath (points*3) view of (p0, p1, loss) rows
 * @property {() => void} free
 */

// ---- perceptron and landscapes --------------------------------------------------

/**
 * @typedef {object} PerceptronStepOptions
 * @property {ArrayLike<number>} w one weight per feature
 * @property {number} [b] default 0
 * @property {number} lr
 * @property {Dataset} dataset two classes
 * @property {number} [cursor] where to look next (default 0)
 */

/**
 * One step of the perceptron trick.
 * @typedef {object} PerceptronMove
 * @property {number[]} w
 * @property {number} b
 * @property {number} index the point that moved the line; -1: every point is classified
 * @property {number} predicted
 * @property {number} label
 * @property {number} sign
 * @property {number} cursor
 */

/**
 * @typedef {object} LandscapeOptions
 * @property {number} loA
 * @property {number} hiA
 * @property {number} loB
 * @property {number} hiB
 * @property {number} width
 * @property {number} height
 */
