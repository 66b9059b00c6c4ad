// worker.js — the training worker: one downhill.js instance, one run, and the
// lessons' ops, off the main thread.
//
// serveTrainer(scope, load) loads the engine, posts 'ready' with what the
// engine reports of itself (names, labels, limits, defaults), then answers the
// page's messages (protocol.js PageMessage): run intents go to the run
// (worker/run.js), 'rpc' runs one op of a lesson's worker side (the
// playground is one more lesson: lessons/playground/ops.js), 'leave' frees
// what a lesson kept.

import { LESSON_OPS } from './lessons/ops.js';
import { useEngine } from './state.js';
import { createRun, messageOf } from './worker/run.js';

/** @param {{ postMessage: Function, onmessage: any }} scope  @param {() => Promise<any>} load */
export function serveTrainer(scope, load) {
  const post = (msg, transfer) => scope.postMessage(msg, transfer || []);
  const stores = {};   // lesson id -> what its ops keep between calls
  let dh = null;
  let run = null;

  const ready = (async () => {
    try {
      dh = await load();
      useEngine(dh);
      run = createRun(dh, post);
      const { names, labels, limits, defaults } = dh;
      post({ type: 'ready', variant: dh.variant, engine: { names, labels, limits, defaults } });
    } catch (e) {
      post({ type: 'error', where: 'load', message: messageOf(e) });
      throw e;
    }
  })();

  scope.onmessage = async (ev) => {
    await ready.catch(() => {});
    if (!dh) return;
    const msg = ev.data;
    try {
      handle(msg);
    } catch (e) {
      post({ type: 'error', where: msg && msg.type, message: messageOf(e) });
    }
  };

  /** @param {import('./protocol.types.js').PageMessage} msg */
  function handle(msg) {
    switch (msg.type) {
      case 'set': run.set(msg); break;
      case 'load': run.load(msg); break;
      case 'play': run.play(); break;
      case 'pause': run.pause(); break;
      case 'step': run.step(msg.unit); break;
      case 'reset': run.reset(); break;
      case 'select': run.select(msg.unit); break;
      case 'slice': run.slice(msg); break;
      case 'ack': run.ack(); break;
      case 'weight': run.weight(msg); break;
      case 'rpc': answer(msg); break;
      case 'leave': leave(msg.lesson); break;
      default: throw new Error(`unknown message ${/** @type {any} */ (msg).type}`);
    }
  }

  /** @param {{ id: number, lesson: string, op: string, args?: object }} msg */
  function answer({ id, lesson, op, args }) {
    try {
      const ops = LESSON_OPS[lesson];
      if (!ops || typeof ops[op] !== 'function' || op === 'dispose') {
        throw new Error(`unknown lesson operation ${lesson}.${op}`);
      }
      stores[lesson] ??= {};
      post({ type: 'rpc', id, ok: true, result: ops[op](dh, args ?? {}, stores[lesson], run) });
    } catch (e) {
      post({ type: 'rpc', id, ok: false, message: messageOf(e) });
    }
  }

  function leave(lesson) {
    const store = stores[lesson];
    if (!store) return;
    delete stores[lesson];
    LESSON_OPS[lesson]?.dispose?.(dh, store);
  }

  return { get run() { return run; } };
}
