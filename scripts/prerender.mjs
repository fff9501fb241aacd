// Vite plugin: renders the start page (src/prerender.tsx) into the built index.html, so the
// first screen paints from HTML and CSS alone. Runs inside the build, before the service
// worker's precache list is made, so the precached index.html is the prerendered one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const ROOT = '<div id="root"></div>';
/** Kept in step with START_STATUS_ID in src/app/static-start-page.ts (tested there). */
export const START_STATUS_ID = 'start-status';

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function prerenderStartPage({ configFile, entry = '/src/prerender.tsx' }) {
  let publicDir = '';
  return {
    name: 'yibao:prerender-start-page',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, { filename }) {
        if (!filename.endsWith('/index.html')) return html;
        if (!html.includes(ROOT)) throw new Error(`index.html needs an empty ${ROOT} to prerender into`);
        // A throwaway dev server in SSR mode gives the app's own plugins (JSON slices, the PWA
        // virtual modules) without a second build.
        const server = await createServer({
          configFile,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderStartPage } = await server.ssrLoadModule(entry);
          // The pack index this build ships, so the page names the rules in use without a request.
          const packIndex = JSON.parse(readFileSync(join(publicDir, 'rules', 'index.json'), 'utf8'));
          const page = renderStartPage(packIndex);
          // Outside the root, so React never sees it: the static page's own status line
          // (src/app/static-start-page.ts), announced while a press loads the app.
          const status = `<div id="${START_STATUS_ID}" class="visually-hidden" role="status" data-busy-text="${escapeAttribute(page.busyText)}"></div>`;
          return html.replace(ROOT, `<div id="root">${page.html}</div>${status}`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
