// node-loader.js — load Downhill in Node from the wasm build directories.
//
// Node only (it reads files); browsers use downhill.js directly. Emscripten's
// web glue cannot fetch a file in Node, so the .wasm bytes are read here and
// handed to loadDownhill as wasmBinary, with the factories imported from disk.
//
//   import { loadDownhillNode } from '../../wasm/node-loader.js';
//   const dh = await loadDownhillNode({ variant: 'scalar' });
//   const t = await loadDownhillNode({ variant: 'simd', test: true });
//
// { test: true } loads downhill-{variant}-test.{js,wasm}: the same core plus
// the test-only exports (dh.kernelTwins), which the page's builds leave out.
//
// Files are looked up in DOWNHILL_WASM_DIR (a folder holding every variant, e.g.
// dist/esm/) if set, else in build/wasm-{relaxed,simd,scalar}. 'auto' loads
// the fastest build the engine runs: relaxed SIMD only where Node runs it
// (Node 20: node --experimental-wasm-relaxed-simd), else SIMD.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { bestVariant, loadDownhill } from './downhill.js';

/** @import { Downhill, Variant } from './downhill.types.js' */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Directory holding downhill-{variant}.js and .wasm. */
export function wasmDir(variant) {
  if (process.env.DOWNHILL_WASM_DIR) return resolve(process.env.DOWNHILL_WASM_DIR);
  return join(ROOT, 'build', `wasm-${variant}`);
}

/** Paths of one variant's files (its test build if test); throws with a hint when the build is missing. */
export function wasmFiles(variant, { test = false } = {}) {
  const dir = wasmDir(variant);
  const name = `downhill-${variant}${test ? '-test' : ''}`;
  const js = join(dir, `${name}.js`);
  const wasm = join(dir, `${name}.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) {
    throw new Error(`${wasm} is missing: run \`npm run build\` first`);
  }
  return { js, wasm };
}

/** The Emscripten factory and the .wasm bytes of one built variant. */
export async function readVariant(variant, { test = false } = {}) {
  const files = wasmFiles(variant, { test });
  const factory = (await import(pathToFileURL(files.js).href)).default;
  return { factory, bytes: readFileSync(files.wasm) };
}

/**
 * loadDownhill with the bytes and factory read from disk.
 * @param {{ variant?: 'auto' | Variant, test?: boolean }} [options]
 * @returns {Promise<Downhill>}
 */
export async function loadDownhillNode({ variant = 'auto', test = false } = {}) {
  const chosen = variant === 'auto' ? bestVariant() : variant;
  const { factory, bytes } = await readVariant(chosen, { test });
  return loadDownhill({ variant: chosen, factories: { [chosen]: factory }, wasmBinary: bytes });
}
