// One source for the policy every deploy must send. vite.config.ts uses it three ways: the
// <meta http-equiv="Content-Security-Policy"> written into each built HTML page, the headers
// `vite preview` (and so the e2e tests) sends, and dist/_headers for hosts that read that file
// (Netlify, Cloudflare Pages). The README's Deploy section lists the same rules for other hosts.
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
/** The HTML pages the build writes. */
export const PAGES = ['/', '/index.html', '/embed-help.html', '/embed-help', ...FRAMEABLE_PAGES];

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
 * The headers for one path on the deployed site, in the order of the rules in the README:
 * pages, the service worker, the loader, hashed assets, rule packs, the rest.
 */
export function headersFor(pathname) {
  const path = pathname.replace(/\/{2,}/g, '/');
  if (FRAMEABLE_PAGES.includes(path)) return pageHeaders(true);
  if (PAGES.includes(path) || path.endsWith('.html')) return pageHeaders(false);
  // The service worker and the manifest decide what the installed app is: always revalidate.
  if (path === '/sw.js' || path === '/manifest.webmanifest') return { ...COMMON, 'Cache-Control': NO_CACHE };
  // The loader other sites link to has a fixed name: a short cache so fixes reach them within the hour,
  // and readable from any site, including hosts that require Cross-Origin-Resource-Policy.
  if (path === '/embed.js') return { ...COMMON, 'Cache-Control': 'public, max-age=3600', 'Cross-Origin-Resource-Policy': 'cross-origin' };
  // File names carry a content hash (assets/*) or a build hash (workbox-*.js): never changes.
  if (path.startsWith('/assets/') || /^\/workbox-[\w-]+\.js$/.test(path)) {
    return { ...COMMON, 'Cache-Control': 'public, max-age=31536000, immutable' };
  }
  // Rule packs keep their names across versions: a short cache. The service worker precaches them
  // by revision, so an installed app changes packs only through the update prompt.
  if (path.startsWith('/rules/')) return { ...COMMON, 'Cache-Control': 'public, max-age=300' };
  // Icons, favicon, robots.txt: unhashed but rarely changed.
  return { ...COMMON, 'Cache-Control': 'public, max-age=86400' };
}

/** The same rules as a `_headers` file (Netlify and Cloudflare Pages syntax). */
export function headersFile() {
  // Each path gets exactly one rule: both hosts merge every rule that matches, and two CSP
  // headers on the widget would combine into the stricter frame-ancestors 'none'.
  const paths = [
    ...PAGES,
    '/sw.js',
    '/manifest.webmanifest',
    '/embed.js',
    '/assets/*',
    '/rules/*',
  ];
  const sample = { '/assets/*': '/assets/x.js', '/rules/*': '/rules/x.json' };
  const blocks = paths.map((path) => {
    const headers = headersFor(sample[path] ?? path);
    return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  });
  return `# Written by vite.config.ts from scripts/security-headers.mjs; see the README's Deploy section.\n${blocks.join('\n')}\n`;
}
