import react from '@vitejs/plugin-react';
import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { checkRulePacks } from './scripts/check-rule-packs.ts';
import { localeSubset } from './scripts/locale-subset.mjs';
import { precacheIntegrity } from './scripts/precache-integrity.mjs';
import { prerenderFirstScreens } from './scripts/prerender.mjs';
import { regionSearch } from './scripts/region-search.mjs';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor, isFilePath, notFoundPages } from './scripts/security-headers.mjs';
import { FIRST_SCREEN_KEYS } from './src/i18n/first-screen-keys.ts';

const THEME = '#1f5f8b';
const BACKGROUND = '#f5f6f8';

/**
 * The Content-Security-Policy <meta> goes into the built pages only: the dev server needs an
 * inline script for React's hot reload. The build fails if any page has an inline script, so
 * the policy can stay without 'unsafe-inline'.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'yibao:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before anything the policy governs.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const withMeta = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
        if (withMeta === html) throw new Error('Every page needs <meta charset="UTF-8" /> for the CSP <meta> to follow');
        return withMeta;
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = String(file.source);
        const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(([, attrs]) => !/\bsrc\s*=/.test(attrs ?? ''));
        if (inline.length > 0) this.error(`${file.fileName} has an inline <script>; the CSP (script-src 'self') would block it`);
        if (/\son[a-z]+\s*=/i.test(html.replace(/<meta[^>]*>/gi, ''))) this.error(`${file.fileName} has an inline event handler`);
      }
      // The same headers vite preview sends, for hosts that read a _headers file.
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      // 404 pages in the folders of files, so hosts that answer a missing path with the app answer 404 there.
      for (const [fileName, source] of Object.entries(notFoundPages())) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * `vite preview` (and so the e2e tests) answers as a real deploy must: the headers for every
 * path, the app page's for any path Vite answers with the app (test/e2e/odd-paths.e2e.mjs), and
 * 404 for a missing file rather than the app.
 */
function deployHeaders(): Plugin {
  return {
    name: 'yibao:deploy-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const isFile = (pathname: string) => {
        try {
          const file = join(outDir, decodeURIComponent(pathname));
          return file.startsWith(outDir + sep) && statSync(file).isFile();
        } catch {
          return false;
        }
      };
      server.middlewares.use((req, res, next) => {
        const { pathname } = new URL(req.url ?? '/', 'http://localhost');
        const headers = headersFor(pathname);
        if (isFilePath(pathname) && !isFile(pathname)) {
          // Not cached: the file may yet appear (a deploy in progress, a rollback).
          res.writeHead(404, { ...headers, 'Cache-Control': 'no-cache', 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Not found\n');
          return;
        }
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    checkRulePacks(resolve(import.meta.dirname, 'public/rules')),
    localeSubset(FIRST_SCREEN_KEYS),
    // Pinyin search keys for the region step, made here so no pinyin library reaches the browser.
    regionSearch(resolve(import.meta.dirname, 'public/rules')),
    prerenderFirstScreens({ configFile: resolve(import.meta.dirname, 'vite.config.ts'), root: import.meta.dirname }),
    contentSecurityPolicy(),
    deployHeaders(),
    VitePWA({
      strategies: 'generateSW',
      // A new service worker waits until the person agrees to reload (src/app/update-prompt.tsx),
      // so an update never swaps code or rule packs under a half-filled form.
      registerType: 'prompt',
      // Registration comes from the bundled virtual:pwa-register/react module, never an injected
      // inline script: the CSP forbids inline scripts.
      injectRegister: false,
      // Icons in the manifest are precached by the globs below already.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '医保断缴恢复计算器 · Medical insurance lapse calculator',
        short_name: '医保断缴计算',
        description: '医保断缴后什么时候能重新报销？When does Chinese basic medical insurance pay again after a lapse?',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: THEME,
        background_color: BACKGROUND,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        // The English name, for browsers that read localized members (Manifest Incubations); others ignore it.
        ...({ name_localized: { en: 'Medical insurance lapse calculator' }, short_name_localized: { en: 'Lapse calculator' } } as object),
      },
      workbox: {
        // Precache (cache first, refreshed only by a new service worker, which the update prompt
        // announces): the three pages, every JS chunk (the lazily loaded English locale too), the
        // CSS, every rule pack and the index (public/rules/*.json), the icons. With these a full
        // calculation for any region works offline after one visit.
        globPatterns: ['*.html', 'assets/*.{js,css}', 'rules/*.json', 'icons/*.png', 'favicon.svg'],
        // Not precached: embed.js runs on other sites, whose pages this worker never controls;
        // _headers and robots.txt are for the host and crawlers.
        globIgnores: ['embed.js', '_headers', 'robots.txt'],
        // Each rule pack and hashed asset is fetched with its SHA-384 integrity: a file damaged
        // at install fails the install (retried on a later visit) instead of being kept offline.
        manifestTransforms: [precacheIntegrity(resolve(import.meta.dirname, 'dist'))],
        // Precached URLs match whatever their query string: embed.html?lang=en&region=… is the
        // precached embed.html. Nothing here is ever varied by a query parameter on the server.
        ignoreURLParametersMatching: [/./],
        // Any other navigation inside the scope (an old or mistyped path) gets the app page,
        // offline too, as `vite preview` and most static hosts do.
        navigateFallback: 'index.html',
        // Files under assets/ carry a content hash: fetch them without a cache-busting revision.
        dontCacheBustURLsMatching: /^assets\//,
        // Delete precaches an older Workbox version left behind.
        cleanupOutdatedCaches: true,
        // The first service worker takes control of the open page at once, so the first visit
        // already works offline. An update waits (no skipWaiting) until the prompt is accepted.
        clientsClaim: true,
        skipWaiting: false,
        // No runtimeCaching rules: everything the app ever requests is precached, and nothing
        // is requested from any other origin.
      },
    }),
  ],
  resolve: {
    // Exact match only: `use-sync-external-store/shim/with-selector` (unused here) stays as it is.
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: resolve(import.meta.dirname, 'src/i18n/sync-external-store-shim.ts') }],
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has <link rel="modulepreload">: no polyfill on the first screen.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each page loads first (scripts/bundle-report.mjs).
    manifest: true,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        'embed-help': resolve(import.meta.dirname, 'embed-help.html'),
      },
      output: {
        codeSplitting: {
          // What the static start page runs (src/main.tsx) in one file, not seven: each request
          // before the first paint costs a round trip on a slow phone network.
          // The modules it shares with the head script and the app go with it, not into a shared
          // chunk with the app's (which would fetch zod before the first press).
          groups: [
            {
              name: 'start-page',
              test: /vite\/preload-helper|\/src\/app\/(start-decision|static-start-page|after-first-paint|register-service-worker|retry-by-reload)\.ts$|\/src\/first-paint\/(first-screen-dom|static-step-carry)\.ts$|\/src\/features\/wizard\/(step-address|steps|draft-peek)\.ts$|\/src\/features\/result\/share-hash\.ts$|\/src\/i18n\/(languages|detect-language)\.ts$|\/src\/rules\/default-pack\.ts$/,
            },
            // What the widget's static first screen runs before its app (static-widget.ts), in one
            // file rather than four small requests. The app's wizard fetches it too (for
            // static-step-changes.ts) on Start, rather than the start page carrying it before a press.
            {
              name: 'widget-start',
              test: /\/src\/app\/embed\/(static-widget|widget-channel|frame-channel|accent)\.ts$|\/src\/first-paint\/static-step-changes\.ts$|\/src\/app\/embed\/embed\.css$/,
            },
            // What the app's first render needs, in one file rather than five shared chunks
            // (each compressed alone, each a request): React, i18next, the query cache and the shell.
            {
              name: 'app',
              test: /node_modules\/(react|react-dom|scheduler|react-i18next|i18next|html-parse-stringify|void-elements|@tanstack)\/|\/src\/app\/(app|shell|calculator-page|hand-over|lazy-screens|update-prompt|update-prompt-view|language-switch|offline-indicator)\.tsx?$|\/src\/features\/home\/|\/src\/i18n\/(setup|use-format|format)\.ts/,
            },
          ],
        },
      },
    },
  },
  test: {
    // Vitest 4 has no environmentMatchGlobs: one project per environment instead. `extends: true`
    // inherits the root config, and arrays merge by concatenation, so `include` lives only here.
    projects: [
      {
        extends: true,
        // Generous: a few tests walk hundreds of calculations, and a busy CI machine is slow.
        test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/setup-dom.ts'], testTimeout: 30_000 },
      },
    ],
  },
});
