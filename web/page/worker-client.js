// page/worker-client.js — the page's side of the training worker: intents
// out, messages in, and lesson ops as promises.
//
// createWorkerClient(worker, { onMessage, onFail }) -> { send, rpc, ready }.
// `ready` resolves with the worker's 'ready' message (the engine's facts).

/** @param {Worker} worker */
export function createWorkerClient(worker, { onMessage, onFail }) {
  const pending = new Map();   // rpc id -> { resolve, reject }
  let nextId = 1;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  worker.onmessage = (ev) => {
    /** @type {import('../protocol.types.js').WorkerMessage} */
    const msg = ev.data;
    if (msg.type === 'ready') { resolveReady(msg); return; }
    if (msg.type === 'rpc') {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result); else p.reject(new Error(msg.message));
      return;
    }
    onMessage(msg);
  };
  worker.onerror = (ev) => {
    ev.preventDefault?.();
    onFail(`The training engine failed to start: ${ev.message || 'unknown error'}`);
  };

  return {
    ready,
    /** @param {import('../protocol.types.js').PageMessage} msg  @param {Transferable[]} [transfer] */
    send(msg, transfer = []) { worker.postMessage(msg, transfer); },
    /** Run op `op` of lesson `lesson` in the worker; resolves with its result. */
    rpc(lesson, op, args) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'rpc', id, lesson, op, args });
      });
    },
  };
}
