// boot.js — the ES-module entry (dist/esm, served only): a module worker that
// imports downhill.js, which fetches its .wasm next to it. dist/index.html uses
// the bundled entry that scripts/build-web.mjs writes instead.
import { start } from './main.js';

window.downhill = start({
  createWorker: () => new Worker(new URL('./worker-entry.js', import.meta.url), { type: 'module', name: 'downhill-trainer' }),
  Chart: window.Chart,
});
