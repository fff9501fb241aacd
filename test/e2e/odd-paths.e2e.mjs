// Every path the server can answer, not just the pages: `vite preview` answers any path it has
// no file for with the app, so each such answer must carry the app's policy and refuse to be
// framed by another site, and a missing file (a chunk a deploy deleted, a pack) must be a 404,
// never the app. The headers come from scripts/security-headers.mjs through vite.config.ts.
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY } from '../../scripts/security-headers.mjs';
import { startHost } from './embed-host.mjs';
import { withPage } from './helpers.mjs';

/** What a browser sends for a navigation, and for a script or a fetch. */
const ACCEPT = { page: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', any: '*/*' };

/**
 * Paths answered with a page, and which: "page" where `vite preview` picks one of them (it
 * serves /embed.html/ as the widget page, Cloudflare Pages as the app), framed by no one either
 * way: only the widget's own names may be framed.
 */
const PAGE_PATHS = {
  '/': 'app',
  '/index.html': 'app',
  '/index.html/': 'app',
  '/x': 'app',
  '/deep/unknown/path': 'app',
  '/some/old/page.html': 'app',
  '/embed-help.html': 'help',
  '/embed-help': 'help',
  '/embed-help.html/': 'page',
  '/embed.html/': 'page',
  '/embed.html': 'widget',
  '/embed': 'widget',
};
const MISSING_FILES = ['/assets/missing-abc.js', '/assets/missing.css', '/rules/missing.json', '/icons/missing.png', '/missing.js', '/deep/missing.svg'];

async function get(baseURL, path, accept) {
  const response = await fetch(new URL(path, baseURL), { headers: { Accept: accept }, redirect: 'manual' });
  return { response, body: await response.text() };
}

export const tests = [
  {
    name: 'every path that answers HTML carries the policy and frame-ancestors (only the widget may be framed); a missing file is a 404',
    run: async ({ baseURL }) => {
      const markers = {};
      for (const [path, kind] of Object.entries(PAGE_PATHS)) {
        for (const accept of Object.values(ACCEPT)) {
          const { response, body } = await get(baseURL, path, accept);
          const label = `${path} (Accept: ${accept})`;
          assert.equal(response.status, 200, label);
          assert.match(response.headers.get('content-type') ?? '', /^text\/html/, label);
          const widget = kind === 'widget';
          assert.equal(response.headers.get('content-security-policy'), `${CONTENT_SECURITY_POLICY}; frame-ancestors ${widget ? '*' : "'none'"}`, label);
          assert.equal(response.headers.get('x-frame-options'), widget ? null : 'DENY', label);
          assert.equal(response.headers.get('x-content-type-options'), 'nosniff', label);
          assert.equal(response.headers.get('cache-control'), 'no-cache', label);
          // Which page came back: its entry script names it.
          const entry = /<script type="module"[^>]*src="\/assets\/([a-z-]+)-/.exec(body)?.[1];
          assert.ok(entry, `${label}: one of the built pages`);
          if (kind !== 'page') (markers[kind] ??= new Set()).add(entry);
        }
      }
      // Each kind of page is one page, and the three are different pages.
      assert.deepEqual(Object.values(markers).map((set) => set.size), [1, 1, 1], JSON.stringify(markers, (_, v) => (v instanceof Set ? [...v] : v)));
      assert.equal(new Set(Object.values(markers).map((set) => [...set][0])).size, 3);

      for (const path of MISSING_FILES) {
        for (const accept of Object.values(ACCEPT)) {
          const { response, body } = await get(baseURL, path, accept);
          const label = `${path} (Accept: ${accept})`;
          assert.equal(response.status, 404, label);
          assert.doesNotMatch(response.headers.get('content-type') ?? '', /html/, label);
          assert.doesNotMatch(body, /<html/i, label);
          assert.equal(response.headers.get('cache-control'), 'no-cache', `${label}: a 404 is not cached`);
          assert.equal(response.headers.get('x-content-type-options'), 'nosniff', label);
        }
      }

      // The files that do exist are still served as themselves.
      const { response: pack } = await get(baseURL, '/rules/index.json', ACCEPT.any);
      assert.equal(pack.status, 200);
      assert.match(pack.headers.get('content-type') ?? '', /json/);
      const { response: loader } = await get(baseURL, '/embed.js', ACCEPT.any);
      assert.equal(loader.status, 200);
      assert.equal(loader.headers.get('cross-origin-resource-policy'), 'cross-origin');
    },
  },
  {
    name: 'another site cannot frame the app under any path; a stale tab importing a deleted chunk gets a failed import, not the app',
    run: async ({ browser, baseURL }) => {
      const appOrigin = new URL(baseURL).origin;
      const host = await startHost(appOrigin);
      try {
        await withPage(
          browser,
          host.origin,
          async (page) => {
            const refusals = [];
            page.on('console', (message) => {
              if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
            });
            for (const path of ['/x', '/index.html/', '/embed-help.html/', '/embed.html/', '/deep/unknown/path']) {
              refusals.length = 0;
              await page.goto(host.page(`/frame${path.replace(/\W/g, '-')}.html`, {}, { frameSrc: `${appOrigin}${path}` }));
              await page.waitForFunction(() => document.querySelector('iframe') !== null);
              await page.waitForTimeout(500);
              assert.equal(refusals.length, 1, `${path}: one refusal, got ${refusals.join('\n')}`);
              assert.match(refusals[0], /frame-ancestors 'none'/, path);
              assert.equal(await page.frameLocator('iframe').locator('main, #root > *').count(), 0, `${path}: nothing of the app shows`);
            }

            await page.goto(`${appOrigin}/`);
            const outcome = await page.evaluate(async () => {
              try {
                await import('/assets/missing-abc.js');
                return 'ran';
              } catch (error) {
                return `failed: ${error instanceof Error ? error.name : typeof error}`;
              }
            });
            assert.equal(outcome, 'failed: TypeError');
          },
          // The refusals and the 404 are console errors by design; this test checks them itself.
          { allowConsoleErrors: true, allowOrigins: [baseURL] },
        );
      } finally {
        await host.close();
      }
    },
  },
];
