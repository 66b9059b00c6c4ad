// protocol.types.js — the messages between the page (main.js) and the training
// worker (worker.js), as JSDoc types for the type checker (`npm run lint`).
// Typedefs only: nothing here runs and nothing is exported at run time.
//
//   /** @import { PageMessage, WorkerMessage } from './protocol.types.js' */
//   /** @param {PageMessage} msg */    function handle(msg) { switch (msg.type) { ... } }
//   /** @param {WorkerMessage} msg */  function receive(msg) { ... }
//
// Each message is an object whose `type` names it; the checker narrows a
// `switch (msg.type)` to that message's fields. The worker owns the run: the
// page sends intents and draws what the worker reports. Every page message
// may carry `gen` (the page's run generation) and `run` (its count of
// play/pause/step commands); frames echo both so the page drops stale ones.
//
// Written from worker.js and main.js as they are when this file was added;
// worker.js and main.js are not type-checked yet (tsconfig.json's pending
// list), so the two are held together by review until they are.

/** @import { Layer, HistoryRecord, Limits, ScheduleDefaults, TrainerConfig, OptimizerSettings, ScheduleSettings } from '../wasm/downhill.types.js' */

export {};

// ---- shared shapes --------------------------------------------------------------

/**
 * A picture's rectangle in the data's original units.
 * @typedef {{ x0: number, x1: number, y0: number, y1: number }} Bounds
 */

/**
 * The user's data: a CSV file or points clicked on the plot.
 * @typedef {{ kind: 'csv', text: string, features?: string, label?: string, name?: string }
 *   | { kind: 'points', x: number[], y: number[], k: number, bounds?: Bounds, featureNames?: string[], classNames?: string[] }} CustomData
 */

/**
 * Which data to make (state.js dataConfig, plus what the message adds).
 * @typedef {object} DataConfig
 * @property {string} dataset a dataset name of the engine, or 'custom'
 * @property {number} noise
 * @property {number} count
 * @property {number} seed
 * @property {number} testRatio share of the points held out for testing
 * @property {boolean} truthTable trained and tested on every row
 * @property {CustomData} [custom] when dataset is 'custom'
 * @property {{ mean: number[], std: number[] }} [standardization] a saved model's, used instead of the data's own
 */

/**
 * Weights to write into the new model: per layer or one flat array.
 * @typedef {object} Weights
 * @property {Array<{ w: ArrayLike<number>, b: ArrayLike<number> }>} [layers]
 * @property {Float32Array} [flat]
 * @property {'link' | 'file'} [from] named in the message when they do not fit
 * @property {boolean} [quiet] true: report nothing back (the page's own weights)
 */

/**
 * Points of one split, copies.
 * @typedef {{ x: Float32Array, y: Int32Array, n: number }} SplitPoints
 */

/**
 * What the worker made of a DataConfig.
 * @typedef {object} DataInfo
 * @property {string} dataset
 * @property {number} n
 * @property {number} d
 * @property {number} k
 * @property {string[]} featureNames
 * @property {string[]} classNames
 * @property {Bounds} bounds
 * @property {SplitPoints} train
 * @property {SplitPoints} test
 * @property {boolean} truthTable
 * @property {number[]} mean the standardization in force
 * @property {number[]} std
 * @property {number} trainN
 * @property {boolean} [points] the user's clicked points
 * @property {boolean} [empty] no usable data yet: the 'model' message says why
 */

/**
 * Settings a running model takes without a rebuild ('live').
 * @typedef {object} LiveChanges
 * @property {number} [lr]
 * @property {number} [batch]
 * @property {OptimizerSettings} [optimizer]
 * @property {ScheduleSettings} [schedule]
 * @property {{ kind: string, rate: number }} [reg]
 * @property {number} [dropout]
 * @property {number} [patience]
 * @property {TrainerConfig} [config] merged into the worker's copy of the config
 */

// ---- page -> worker ---------------------------------------------------------------

/**
 * @typedef {{ gen?: number, run?: number }} RunStamp
 */

/**
 * @typedef {RunStamp & (
 *     { type: 'init', data: DataConfig, config: TrainerConfig, speed?: number, selectedUnit?: number, weights?: Weights | null }
 *   | { type: 'data', data: DataConfig, keepWeights?: boolean }
 *   | { type: 'load', data: DataConfig, config?: TrainerConfig, weights?: Weights | null }
 *   | { type: 'config', config: TrainerConfig }
 *   | { type: 'live', changes: LiveChanges }
 *   | { type: 'play' }
 *   | { type: 'pause' }
 *   | { type: 'step', unit: 'batch' | 'epoch' }
 *   | { type: 'reset' }
 *   | { type: 'reseed', seed: number }
 *   | { type: 'speed', speed: number }
 *   | { type: 'view', selectedUnit: number }
 *   | { type: 'ack' }
 *   | { type: 'thumbs', noise?: number }
 *   | { type: 'lesson-dispose', lesson: string }
 *   | RpcRequest
 * )} PageMessage
 */

/**
 * One worker-side op of a lesson (lessons/ops.js) or of the playground
 * (lesson 'playground'), answered by an RpcReply with the same id.
 * @typedef {{ type: 'rpc', id: number, lesson: string, op: string, args?: unknown }} RpcRequest
 */

// ---- worker -> page ---------------------------------------------------------------

/**
 * Everything the page draws after training moved on. Arrays are copies the
 * worker transferred.
 * @typedef {object} Frame
 * @property {'frame'} type
 * @property {number} gen
 * @property {number} run
 * @property {string} status the trainer's status name
 * @property {boolean} running
 * @property {number} epoch
 * @property {number} updates
 * @property {number} lrNow
 * @property {number} divergedEpoch
 * @property {HistoryRecord[]} history records new since the last frame
 * @property {Float32Array} grid (nOutputs*gridSize*gridSize) decision values
 * @property {number} gridSize
 * @property {number} nOutputs
 * @property {Float32Array | null} thumbs (hiddenUnits*thumbSize*thumbSize), null when not sent
 * @property {number} thumbSize
 * @property {number} hiddenUnits
 * @property {Float32Array | null} unitMap the selected unit's plane (unitSize*unitSize)
 * @property {number} unitSize
 * @property {number} selectedUnit -1: none
 * @property {Array<Omit<Layer, 'w' | 'b'> & { w: Float32Array, b: Float32Array }>} weights copies
 * @property {number[]} gradNorms
 * @property {number} examplesPerSecond
 * @property {number} heapBytes
 * @property {number} heapTop
 */

/**
 * ok: result is the op's return value; else message says why it failed.
 * @typedef {{ type: 'rpc', id: number, ok: boolean, result?: unknown, message?: string }} RpcReply
 */

/**
 * The model the worker built for the last data or config message, or why it
 * could not (error; empty: there is no usable data yet, and error says what to do).
 * @typedef {object} ModelMessage
 * @property {'model'} type
 * @property {number} gen
 * @property {string | null} [error]
 * @property {boolean} [empty]
 * @property {number[]} [sizes] layer widths
 * @property {string} [model]
 * @property {{ ok: boolean, error: string | null, from?: string } | null} [weights] how writing the given weights went
 */

/**
 * @typedef {{ type: 'ready', variant: 'simd' | 'scalar', datasetNames: string[], scheduleDefaults: Record<string, ScheduleDefaults>, limits: Limits }
 *   | { type: 'data', info: DataInfo, gen: number }
 *   | ModelMessage
 *   | Frame
 *   | { type: 'thumbs', list: Array<{ name: string, d: number, k: number, x: Float32Array, y: Int32Array, bounds: Bounds }> }
 *   | RpcReply
 *   | { type: 'error', where: string | undefined, message: string }} WorkerMessage
 */
