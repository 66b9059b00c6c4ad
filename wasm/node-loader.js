// node-loader.js — load Downhill in Node from the wasm build directories.
//
// Node only (it reads files); browsers use downhill.js directly. Emscripten's
// web glue cannot fetch a file in Node, so the .wasm bytes are read here and
// handed to loadDownhill as wasmBinary, with the factories imported from disk.
//
//   import { loadDownhillNode } from '../../wasm/node-loader.js';
//   const dh = await loadDownhillNode({ variant: 'scalar' });
//
// Files are looked up in DOWNHILL_WASM_DIR (a folder holding both variants, e.g.
// dist/) if set, else in build/wasm-simd and build/wasm-scalar.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadDownhill, simdSupported } from './downhill.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Directory holding downhill-{variant}.js and .wasm. */
export function wasmDir(variant) {
  if (process.env.DOWNHILL_WASM_DIR) return resolve(process.env.DOWNHILL_WASM_DIR);
  return join(ROOT, 'build', `wasm-${variant}`);
}

/** Paths of one variant's files; throws with a hint when the build is missing. */
export function wasmFiles(variant) {
  const dir = wasmDir(variant);
  const js = join(dir, `downhill-${variant}.js`);
  const wasm = join(dir, `downhill-${variant}.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) {
    throw new Error(`${wasm} is missing: run \`npm run build\` first`);
  }
  return { js, wasm };
}

/** loadDownhill with the bytes and factory read from disk. */
/** The Emscripten factory and the .wasm bytes of one built variant. */
export async function readVariant(variant) {
  const files = wasmFiles(variant);
  const factory = (await import(pathToFileURL(files.js).href)).default;
  return { factory, bytes: readFileSync(files.wasm) };
}

export async function loadDownhillNode({ variant = 'auto' } = {}) {
  const chosen = variant === 'auto' ? (simdSupported() ? 'simd' : 'scalar') : variant;
  const { factory, bytes } = await readVariant(chosen);
  return loadDownhill({ variant: chosen, factories: { [chosen]: factory }, wasmBinary: bytes });
}
