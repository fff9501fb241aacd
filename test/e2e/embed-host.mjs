// A host page on another origin for the embed tests: the widget is served by the runner on
// 127.0.0.1, the host by a server of its own on localhost (another origin and another site).
// The host page is as strict as a careful site would be: its CSP allows scripts and frames
// only from itself and the widget's origin, and it has no inline script, so the loader is
// checked to need nothing more.
import { serveStatic } from './static-server.mjs';

/** Records what the host page can see: result events and every message it is sent. */
const HOST_JS = `window.hostLog = { events: [], messages: [] };
window.addEventListener('message', (event) => {
  window.hostLog.messages.push({ origin: event.origin, data: event.data });
});
window.addEventListener('yibao:result', (event) => {
  window.hostLog.events.push({ target: event.target.tagName, detail: event.detail });
});
`;

const HOST_CSS = `body { font-family: sans-serif; margin: 0; background: #f3efe6; color: #222; }
.page { max-width: 56rem; margin: 0 auto; padding: 1.5rem; }
.column { background: #fff; border: 1px solid #ccc; }
`;

function escape(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `attributes`: the data- attributes of the loader's script tag, without "data-". */
export function hostPage(widgetOrigin, attributes = {}, { frameSrc } = {}) {
  const data = Object.entries(attributes)
    .map(([name, value]) => ` data-${name}="${escape(value)}"`)
    .join('');
  const widget = frameSrc
    ? `<iframe src="${escape(frameSrc)}" title="Framed page" width="600" height="400"></iframe>`
    : `<script src="${widgetOrigin}/embed.js"${data}></script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A host page</title>
    <link rel="stylesheet" href="/host.css" />
    <script src="/host.js"></script>
  </head>
  <body>
    <main class="page">
      <h1>A host page</h1>
      <p>Some of the host's own text above the calculator.</p>
      <div class="column">${widget}</div>
      <p id="after">The host's text after the calculator.</p>
    </main>
  </body>
</html>`;
}

/** Starts the host server. `page(path, attributes, options)` publishes a host page at `path`. */
export async function startHost(widgetOrigin) {
  const server = await serveStatic({ hostname: 'localhost' });
  const csp = `default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; style-src 'self'; object-src 'none'; base-uri 'none'`;
  const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
  server.files.set('/host.js', { body: HOST_JS, headers });
  server.files.set('/host.css', { body: HOST_CSS, headers });
  // Browsers ask for it by themselves; a 404 would be a console error.
  server.files.set('/favicon.ico', { body: '', type: 'image/x-icon', headers });
  return {
    ...server,
    page(path, attributes, options) {
      server.files.set(path, { body: hostPage(widgetOrigin, attributes, options), type: 'text/html; charset=utf-8', headers });
      return `${server.origin}${path}`;
    },
  };
}
