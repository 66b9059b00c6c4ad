// worker-entry.js — the module worker's entry (dist/esm): load the engine and
// serve the page. The engine fetches its .wasm next to the built script.
import { serveTrainer } from './worker.js';
import { loadDownhill } from '../wasm/downhill.js';

serveTrainer(self, () => loadDownhill({ variant: 'auto' }));
