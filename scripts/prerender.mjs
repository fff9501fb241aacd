// Vite plugin: the first screens as HTML in the built pages, in both languages, so each paints
// from HTML and CSS alone and works before the app's JavaScript arrives (src/prerender.tsx
// renders them; src/first-paint/first-paint.ts, bundled here as a classic script in <head>,
// keeps the reader's language and makes the controls work):
// - index.html: the start page in each language, each with the first step inside its <main>,
//   shown at "#/where" (`:target`, app.css);
// - embed.html: the widget's first screen (its first step) in each language, beside the empty
//   React root.
// Runs inside the build, before the service worker's precache list is made, so the precached
// pages are the prerendered ones.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const ROOT = '<div id="root"></div>';
/** Kept in step with START_STATUS_ID in src/app/static-start-page.ts (tested there). */
export const START_STATUS_ID = 'start-status';
/** Kept in step with src/first-paint/first-screen-dom.ts (test/app/first-paint.test.ts). */
export const DOM = {
  prerenderLang: 'data-prerender-lang',
  appRoot: 'data-app-root',
  staticStep: 'data-static-step',
  staticStepId: '/where',
};

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The app page's body: a root per language, the first step inside each root's <main>. */
export function appBody(pages) {
  const roots = Object.entries(pages).map(([language, page], i) => {
    const end = page.start.lastIndexOf('</main>');
    if (end < 0) throw new Error('The prerendered start page has no <main> to put the first step in');
    // Test ids stay unique to the start page: the step is the app's own copy of what follows it.
    const step = `<div id="${DOM.staticStepId}" class="static-step" ${DOM.staticStep}>${page.step.replace(/ data-testid="[^"]*"/g, '')}</div>`;
    const id = i === 0 ? 'root' : `root-${language.toLowerCase()}`;
    return `<div id="${id}" ${DOM.appRoot} ${DOM.prerenderLang}="${language}" lang="${language}">${page.start.slice(0, end)}${step}${page.start.slice(end)}</div>`;
  });
  return roots.join('') + statusLine(pages);
}

/** The widget page's body: the empty React root, then the first screen in each language. */
export function widgetBody(pages) {
  const screens = Object.entries(pages).map(
    ([language, page]) => `<div class="static-step static-widget" ${DOM.staticStep} ${DOM.prerenderLang}="${language}" lang="${language}">${page.widget}</div>`,
  );
  return ROOT + screens.join('') + statusLine(pages);
}

/**
 * Outside the roots, so React never sees it: the static page's status line (static-start-page.ts),
 * announced while a press waits for the app, with its busy text in each language.
 */
function statusLine(pages) {
  const texts = Object.entries(pages).map(([language, page]) => `data-busy-${language.toLowerCase()}="${escapeAttribute(page.busyText)}"`);
  return `<div id="${START_STATUS_ID}" class="visually-hidden" role="status" ${texts.join(' ')}></div>`;
}

/** The head script, bundled into one classic script (an IIFE) with the page titles written in. */
async function bundleHeadScript(entry, titles) {
  // Imported here: the tests import this file's constants in jsdom, where esbuild refuses to load.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    legalComments: 'none',
    define: { FIRST_PAINT_TITLES: JSON.stringify(titles) },
  });
  return result.outputFiles[0].text;
}

export function prerenderFirstScreens({ configFile, root, entry = '/src/prerender.tsx', headEntry = 'src/first-paint/first-paint.ts' }) {
  let publicDir = '';
  let base = '/';
  let pages = null;
  let head = null;
  async function render() {
    if (pages) return;
    // A throwaway dev server in SSR mode gives the app's own plugins (JSON slices, the PWA
    // virtual modules, the region search keys) without a second build.
    const server = await createServer({
      configFile,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const { renderFirstScreens } = await server.ssrLoadModule(entry);
      // The pack index this build ships, so the pages name the rules in use without a request.
      const packIndex = JSON.parse(readFileSync(join(publicDir, 'rules', 'index.json'), 'utf8'));
      pages = await renderFirstScreens(packIndex);
    } finally {
      await server.close();
    }
    const code = await bundleHeadScript(join(root, headEntry), Object.fromEntries(Object.entries(pages).map(([l, p]) => [l, p.title])));
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
    head = { code, fileName: `assets/first-paint-${hash}.js` };
  }
  const pageOf = (filename) => (filename.endsWith('/index.html') ? 'app' : filename.endsWith('/embed.html') ? 'widget' : null);
  return [
    {
      name: 'yibao:prerender-first-screens',
      apply: 'build',
      configResolved(config) {
        publicDir = config.publicDir;
        base = config.base;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html, { filename }) {
          const page = pageOf(filename);
          if (!page) return html;
          if (!html.includes(ROOT)) throw new Error(`${filename} needs an empty ${ROOT} to prerender into`);
          await render();
          return html.replace(ROOT, page === 'app' ? appBody(pages) : widgetBody(pages));
        },
      },
      generateBundle() {
        if (head) this.emitFile({ type: 'asset', fileName: head.fileName, source: head.code });
      },
    },
    {
      // After Vite's own HTML processing, which would only warn that a classic script cannot be bundled.
      name: 'yibao:first-paint-script',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, { filename }) {
          if (!pageOf(filename) || !head) return html;
          // Last in <head>: it must run before <body> is parsed, and after the stylesheet links,
          // so that they are requested at once rather than after this script has arrived (a
          // parser-blocking script hides what follows it until then: Lighthouse's simulated
          // network counted the stylesheets after it, one round trip later, and the first
          // paint with them). It runs once they have loaded, which the first paint waits for too.
          const script = `<script src="${base}${head.fileName}"></script>`;
          const withScript = html.replace(/(\s*<\/head>)/i, `\n    ${script}$1`);
          if (withScript === html) throw new Error(`${filename} needs </head> for the head script to go before`);
          return withScript;
        },
      },
    },
  ];
}
