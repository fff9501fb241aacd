// One source for the policy every deploy must send, and for which paths must answer 404.
// vite.config.ts uses it four ways: the <meta http-equiv="Content-Security-Policy"> written into
// each built HTML page, the headers and 404s `vite preview` (and so the e2e tests) sends,
// dist/_headers for hosts that read that file (Cloudflare Pages, Netlify), and small 404 pages
// for hosts that would answer a missing file with the app. The README's Deploy section lists
// the same rules for other hosts.
//
// Plain ESM JavaScript so Node (the e2e servers) can import it without a TypeScript step.

/**
 * No inline scripts, no eval, nothing from another origin. `frame-ancestors` is not allowed in a
 * <meta> policy, so it is added per page in the headers below.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  // The embed-help page previews the widget from this same site.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Pages that other sites may frame (the widget); every other page refuses to be framed. */
export const FRAMEABLE_PAGES = ['/embed.html', '/embed'];
/** Folders that hold only files (no page lives there): a missing name in them is a 404. */
export const FILE_FOLDERS = ['/assets/', '/rules/', '/icons/'];

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  // The app links only to official sources; they need not learn which page sent the reader.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Revalidate every time: a page or service worker must never be stale after a deploy. */
const NO_CACHE = 'no-cache';

function pageHeaders(frameable) {
  return {
    ...COMMON,
    'Cache-Control': NO_CACHE,
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameable ? '*' : "'none'"}`,
    // For browsers that predate frame-ancestors. The widget must not send it at all.
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/**
 * The headers for one requested path on the deployed site. The default is the app page's: a
 * host may answer any path it has no file for with the app itself (`vite preview` and
 * Cloudflare Pages do; so does the service worker's navigateFallback), so whatever path a
 * response goes out under, if it is HTML it carries the policy and refuses to be framed. Only
 * the widget's paths may be framed. Files only change how long they may be cached (the policy
 * is inert on a script, a style or JSON, and the service worker runs under it as well).
 */
export function headersFor(pathname) {
  const path = pathname.replace(/\/{2,}/g, '/');
  if (FRAMEABLE_PAGES.includes(path)) return pageHeaders(true);
  const page = pageHeaders(false);
  // The loader other sites link to has a fixed name: a short cache so fixes reach them within the hour,
  // and readable from any site, including hosts that require Cross-Origin-Resource-Policy.
  if (path === '/embed.js') return { ...page, 'Cache-Control': 'public, max-age=3600', 'Cross-Origin-Resource-Policy': 'cross-origin' };
  // File names carry a content hash (assets/*) or a build hash (workbox-*.js): never changes.
  if (path.startsWith('/assets/') || /^\/workbox-[\w-]+\.js$/.test(path)) return { ...page, 'Cache-Control': 'public, max-age=31536000, immutable' };
  // Rule packs keep their names across versions: a short cache. The service worker precaches them
  // by revision, so an installed app changes packs only through the update prompt.
  if (path.startsWith('/rules/')) return { ...page, 'Cache-Control': 'public, max-age=300' };
  // Icons, favicon, robots.txt: unhashed but rarely changed.
  if (path.startsWith('/icons/') || path === '/favicon.svg' || path === '/robots.txt') return { ...page, 'Cache-Control': 'public, max-age=86400' };
  // Pages, the service worker, the manifest (they decide what the installed app is: always
  // revalidate) and every other path, which a host may answer with the app.
  return page;
}

/**
 * Whether `pathname` names a file rather than a page: its last segment has an extension other
 * than .html, or it lies in a folder of files. A host with no such file must answer 404, never
 * the app: a tab still open on an old version asking for a chunk a deploy deleted must see its
 * import fail (and reload), not run an HTML page as a script. Any other path may get the app.
 */
export function isFilePath(pathname) {
  const path = pathname.replace(/\/{2,}/g, '/');
  if (FILE_FOLDERS.some((folder) => path.startsWith(folder))) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.[^.]+$/.test(name) && !name.endsWith('.html');
}

/** The _headers rules after the catch-all, each with a path headersFor reads as that rule. */
const RULES = [
  ['/embed.html', '/embed.html'],
  ['/embed', '/embed'],
  ['/embed.js', '/embed.js'],
  ['/assets/*', '/assets/x.js'],
  ['/workbox-*.js', '/workbox-x.js'],
  ['/rules/*', '/rules/x.json'],
  ['/icons/*', '/icons/x.png'],
  ['/favicon.svg', '/favicon.svg'],
  ['/robots.txt', '/robots.txt'],
];

/**
 * The same rules as a `_headers` file (Cloudflare Pages and Netlify). The catch-all `/*` comes
 * first with the app page's headers, so a fallback or an old path is covered; each later rule
 * states only what differs. Cloudflare applies every matching rule in order and joins two
 * values of one header, so a rule first detaches (`! Name`) what it replaces: two policies on
 * the widget would both apply and frame-ancestors 'none' would win. Netlify skips the `!`
 * lines and lets the later rule's value replace the earlier; only X-Frame-Options: DENY then
 * stays on the widget, which every browser ignores once frame-ancestors is present.
 */
export function headersFile() {
  const page = headersFor('/index.html');
  const block = (path, headers) => [path, ...headers].join('\n');
  const blocks = [block('/*', Object.entries(page).map(([name, value]) => `  ${name}: ${value}`))];
  for (const [path, sample] of RULES) {
    const headers = headersFor(sample);
    const lines = [];
    for (const name of Object.keys(page)) if (headers[name] !== page[name]) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(headers)) if (value !== page[name]) lines.push(`  ${name}: ${value}`);
    blocks.push(block(path, lines));
  }
  return `# Written by vite.config.ts from scripts/security-headers.mjs; see the README's Deploy section.\n${blocks.join('\n')}\n`;
}

/**
 * Small 404 pages for the folders of files, for hosts that answer a missing path with the
 * app (Cloudflare Pages does unless it finds a 404.html in the folder or above): with these, a
 * missing chunk or pack gets 404 there too. Nothing links to them; the service worker skips them.
 */
export function notFoundPages() {
  const html = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
    <title>404</title>
  </head>
  <body>
    <p>找不到此文件。 <span lang="en">File not found.</span> <a href="/">医保断缴恢复计算器 · <span lang="en">Lapse calculator</span></a></p>
  </body>
</html>
`;
  return Object.fromEntries(FILE_FOLDERS.map((folder) => [`${folder.slice(1)}404.html`, html]));
}
