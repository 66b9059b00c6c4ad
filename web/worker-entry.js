// worker-entry.js — the module worker's entry (dist/esm): load the engine and
// serve the page.
import { serveTrainer } from './worker.js';
import { loadDownhill } from './downhill.js';

serveTrainer(self, () => loadDownhill({ variant: 'auto' }));
