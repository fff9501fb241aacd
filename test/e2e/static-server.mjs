// A tiny static file server for the tests that need a second origin or a deploy they can
// change under a running browser: the embed tests' host page (on localhost, while the widget
// is on 127.0.0.1) and the update test (dist/ whose sw.js and rule packs are swapped after the
// first visit). Every answer carries the deploy headers from scripts/security-headers.mjs
// unless the test overrides them.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor } from '../../scripts/security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (if given) on 127.0.0.1:`port` (0: any free port), named `hostname` in its
 * origin: "localhost" gives a second origin (and site) on the same machine. `files` maps a path to
 * { body, type?, headers? } and wins over the disk; tests may change it while serving.
 * Paths without an extension fall back to /index.html, as `vite preview` does.
 * Resolves to { origin, files, requests, close() }; `requests` lists every path asked for.
 */
export function serveStatic({ root = null, hostname = '127.0.0.1', port = 0, files = new Map() } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    requests.push(pathname);
    let path = pathname === '/' ? '/index.html' : pathname;
    let entry = files.get(pathname) ?? files.get(path);
    if (!entry && root) {
      if (!extname(path)) path = '/index.html';
      const file = normalize(join(root, path));
      if (file.startsWith(root + sep)) {
        try {
          entry = { body: await readFile(file) };
        } catch {
          entry = undefined;
        }
      }
    }
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headersFor(pathname),
      'Content-Type': entry.type ?? TYPES[extname(path)] ?? 'application/octet-stream',
      ...entry.headers,
    });
    res.end(entry.body);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        origin: `http://${hostname}:${actual}`,
        files,
        requests,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive sockets from the browser must not hold the test run open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
