// The servers the cross-engine journeys need, all on this machine:
// - a front server per journey: a fresh origin (a new port, so fresh storage, caches and service
//   workers in every engine without a new browser) that passes every request to `vite preview`
//   as it is and puts the in-page harness (harness.js: frozen clock, error and warning log) at
//   the top of every HTML page; it can go "offline", answering every request but the harness's
//   with a dropped connection, as a network that is gone does;
// - a blocking proxy the Firefox and WebKit runs are configured to use for every origin but
//   127.0.0.1 and localhost: it records and refuses whatever reaches it, so no request can leave
//   the machine and a journey can fail on any that tried (the service worker's included).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const HARNESS_SOURCE = readFileSync(join(here, 'harness.js'), 'utf8');
export const HARNESS_PATH = '/__e2e/harness.js';

/** Headers that describe the body as sent upstream, or the connection; the front server re-sends the body itself. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host', 'accept-encoding', 'if-none-match', 'if-modified-since']);

function listen(server) {
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function closeServer(server) {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

/**
 * A front server for `upstream` (the `vite preview` origin). `now`: the instant the pages'
 * clock is frozen at (ISO string), or null. Resolves to { origin, requests, setOffline(bool), close() }.
 */
export async function startFrontServer(upstream, { now = null } = {}) {
  let offline = false;
  const requests = [];
  const harnessTag = `<script src="${HARNESS_PATH}${now ? `?now=${encodeURIComponent(now)}` : ''}"></script>`;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    requests.push(pathname);
    if (pathname === HARNESS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(HARNESS_SOURCE);
      return;
    }
    if (offline) {
      req.socket.destroy();
      return;
    }
    try {
      const headers = {};
      for (const [name, value] of Object.entries(req.headers)) if (!HOP.has(name)) headers[name] = value;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const answer = await fetch(new URL(req.url, upstream), { method: req.method, headers, body, redirect: 'manual' });
      const out = {};
      answer.headers.forEach((value, name) => {
        if (!HOP.has(name)) out[name] = value;
      });
      let payload = Buffer.from(await answer.arrayBuffer());
      if ((answer.headers.get('content-type') ?? '').startsWith('text/html')) {
        const html = payload.toString('utf8');
        const at = html.search(/<head[^>]*>/i);
        const injected = at === -1 ? harnessTag + html : html.replace(/<head[^>]*>/i, (head) => head + harnessTag);
        payload = Buffer.from(injected, 'utf8');
      }
      res.writeHead(answer.status, out);
      res.end(req.method === 'HEAD' ? undefined : payload);
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`front server: ${error.message}`);
    }
  });
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setOffline(value) {
      offline = value;
      // Keep-alive sockets would otherwise carry on answering.
      if (value) server.closeIdleConnections();
    },
    close: () => closeServer(server),
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The blocking proxy. Resolves to { port, take(): string[] (what was asked since the last
 * take), close() }. Plain requests arrive with an absolute URL; HTTPS ones as CONNECT host:port.
 */
export async function startBlockingProxy() {
  let seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' }).end('blocked by the e2e proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  const port = await listen(server);
  return {
    port,
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
    close: () => closeServer(server),
  };
}
