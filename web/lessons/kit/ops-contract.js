// kit/ops-contract.js — a lesson's worker ops, named once for both sides.
//
// Each lesson folder has names.js, the one place its op names are written:
//
//   export const OPS = opNames('perceptron', ['load', 'classify', 'step']);
//
// The worker side builds its ops object against that list (<id>/ops.js):
//
//   export const perceptronOps = defineOps(OPS, { load(dh, args, store) { ... }, ..., dispose(dh, store) { ... } });
//
// and defineOps throws, when the module loads, if an op of the list is missing
// or the object has one the list lacks. The page side never writes an op's
// name as a string: the registry (index.js) hands each view a ctx whose
// ctx.ops has one method per listed name, ctx.ops.load({ preset }) -> Promise
// of the op's result, and whose ctx.rpc refuses. A misspelt ctx.ops.lod(...)
// is a TypeError at the call; tests/node/lesson-ops.test.js checks that both
// sides list the same ops for every lesson.

const NAME = /^[A-Za-z_$][\w$]*$/;

/** The frozen op list of one lesson: { lesson, names }. 'dispose' is not an
 *  op (the worker calls it when the page leaves the lesson) and may not be listed. */
export function opNames(lesson, names) {
  for (const n of names) {
    if (!NAME.test(n) || n === 'dispose') throw new Error(`lesson ${lesson}: '${n}' cannot be an op name`);
  }
  if (new Set(names).size !== names.length) throw new Error(`lesson ${lesson}: an op is listed twice in ${names.join(', ')}`);
  return Object.freeze({ lesson, names: Object.freeze(names.slice()) });
}

/** The worker's ops object for `list`: exactly its names, each a function
 *  (dh, args, store) -> result, plus an optional dispose(dh, store). */
export function defineOps(list, ops) {
  const missing = list.names.filter((n) => typeof ops[n] !== 'function');
  const extra = Object.keys(ops).filter((k) => k !== 'dispose' && !list.names.includes(k));
  if (missing.length || extra.length) {
    throw new Error(`lesson ${list.lesson}: its ops must be exactly ${list.names.join(', ')} (names.js)`
      + (missing.length ? `; missing ${missing.join(', ')}` : '')
      + (extra.length ? `; not listed ${extra.join(', ')}` : ''));
  }
  if ('dispose' in ops && typeof ops.dispose !== 'function') throw new Error(`lesson ${list.lesson}: dispose must be a function`);
  return Object.freeze({ ...ops });
}

/** One method per listed op: client.name(args) is rpc(name, args).
 *  @returns {Readonly<Record<string, (args?: object) => Promise<any>>>} */
export function opsClient(rpc, list) {
  const client = {};
  for (const name of list.names) client[name] = (args) => rpc(name, args);
  return Object.freeze(client);
}

/** The ctx a view is given: the page's own fields, with ctx.ops (the client of
 *  `list`) in place of ctx.rpc. */
export function lessonContext(ctx, list) {
  return {
    ...ctx,
    ops: opsClient(ctx.rpc, list),
    rpc() {
      throw new Error(`lesson ${list.lesson}: call its ops as ctx.ops.<name>(args), one of ${list.names.join(', ')}`);
    },
  };
}
