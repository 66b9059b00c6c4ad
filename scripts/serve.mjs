#!/usr/bin/env node
// serve.mjs — serve dist/ on localhost with Node's http module (no dependencies).
//
//   node scripts/serve.mjs [--port N] [--root DIR] [--quiet]
//
// Tries port 8080 (or --port / $PORT) and the next ones until one is free, then
// prints "Downhill is running at http://localhost:PORT/". Listens on the
// loopback address only. Exported startServer() is what the tests use.

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

function handler(root) {
  return (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end('method not allowed');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Length': st.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  };
}

/** Serve `root` on the first free port from `port` upward (port 0: any free
 *  port). Resolves to { server, port, url, close() }. */
export function startServer({ root = join(ROOT, 'dist'), port = 8080, tries = 50, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  return new Promise((resolvePromise, reject) => {
    const attempt = (p, left) => {
      const server = createServer(handler(dir));
      server.once('error', (/** @type {NodeJS.ErrnoException} */ err) => {
        if (err.code === 'EADDRINUSE' && left > 0 && p !== 0) attempt(p + 1, left - 1);
        else reject(err);
      });
      server.listen(p, host, () => {
        const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
        resolvePromise({
          server,
          port: actual,
          url: `http://localhost:${actual}/`,
          /** @returns {Promise<void>} */
          close: () => new Promise((r) => { server.close(() => r()); }),
        });
      });
    };
    attempt(port, tries);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('--port') ?? process.env.PORT ?? 8080);
  const root = arg('--root') ?? join(ROOT, 'dist');
  try {
    statSync(join(root, 'index.html'));
  } catch {
    console.error(`serve: ${join(root, 'index.html')} not found; run npm run build first`);
    process.exit(1);
  }
  const { url } = await startServer({ root, port });
  console.log(`Downhill is running at ${url}`);
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
