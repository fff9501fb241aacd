// The deploy headers (scripts/security-headers.mjs): what every path gets, which paths are a
// 404 when missing, and the _headers file read the way Cloudflare Pages and Netlify read it.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor, isFilePath, notFoundPages } from '../../scripts/security-headers.mjs';

/** A _headers file as rules: the path pattern, the headers it detaches (`! Name`) and sets. */
function parseHeadersFile(text: string) {
  const rules: { pattern: RegExp; unset: string[]; set: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) {
      const source = line.trim().split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), unset: [], set: [] });
    } else if (/^\s+!/.test(line)) rules.at(-1)!.unset.push(line.replace(/^\s+!\s*/, '').toLowerCase());
    else if (/^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.set.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Cloudflare Pages: every matching rule in order; `!` detaches, a second value of a header is appended. */
function cloudflare(text: string, path: string): Record<string, string> {
  const headers = new Map<string, string>();
  const set = new Set<string>();
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(path))) {
    for (const name of rule.unset) headers.delete(name);
    for (const [name, value] of rule.set) {
      headers.set(name, set.has(name) && headers.has(name) ? `${headers.get(name)}, ${value}` : value);
      set.add(name);
    }
  }
  return Object.fromEntries(headers);
}

/** Netlify (as its CLI serves it): no `!` lines; a later matching rule's value replaces the earlier. */
function netlify(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(path))) for (const [name, value] of rule.set) headers[name] = value;
  return headers;
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** Paths a host answers with a page, the app as a fallback or a file, each as a browser may ask. */
const PATHS = ['/', '/index.html', '/embed-help.html', '/embed-help', '/x', '/index.html/', '/embed.html/', '/embed-help.html/', '/deep/unknown/path', '/sw.js', '/manifest.webmanifest', '/embed.html', '/embed', '/embed.js', '/assets/app-Dx1.js', '/assets/missing.css', '/workbox-9c191d2f.js', '/rules/fujian.json', '/icons/icon-192.png', '/favicon.svg', '/robots.txt'];
const WIDGET = ['/embed.html', '/embed'];

describe('deploy headers', () => {
  it('the policy allows nothing inline, nothing evaluated, nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('every path but the widget refuses framing, fallbacks and files included; the widget allows it', () => {
    for (const path of PATHS.filter((p) => !WIDGET.includes(p)).concat('/some/old/path.html')) {
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      expect(headersFor(path)['X-Frame-Options'], path).toBe('DENY');
    }
    for (const path of WIDGET) {
      expect(headersFor(path)['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
      expect(headersFor(path)['X-Frame-Options']).toBeUndefined();
    }
  });

  it('a missing file is a 404, any other path may be the app', () => {
    for (const path of ['/assets/missing-abc.js', '/assets/missing.css', '/assets/', '/rules/missing.json', '/icons/x', '/missing.png', '/embed.jss']) expect(isFilePath(path), path).toBe(true);
    for (const path of ['/', '/x', '/deep/unknown/path', '/index.html/', '/embed-help.html/', '/some/old/path.html', '/embed']) expect(isFilePath(path), path).toBe(false);
  });

  it('cache rules: pages and the service worker revalidate, hashed files are immutable, rule packs short', () => {
    expect(headersFor('/')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/manifest.webmanifest')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/assets/app-Dx1.js')['Cache-Control']).toContain('immutable');
    expect(headersFor('/workbox-9c191d2f.js')['Cache-Control']).toContain('immutable');
    expect(headersFor('/rules/fujian.json')['Cache-Control']).toBe('public, max-age=300');
    expect(headersFor('/embed.js')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
  });

  it('every answer says nosniff and no-referrer', () => {
    for (const path of ['/', '/embed.html', '/sw.js', '/embed.js', '/assets/a.js', '/rules/index.json', '/icons/icon-192.png']) {
      expect(headersFor(path)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    }
  });

  it('the _headers file gives every path what vite preview sends, read as Cloudflare Pages reads it', () => {
    const file = headersFile();
    for (const path of PATHS) expect(cloudflare(file, path), path).toEqual(lowerCased(headersFor(path)));
  });

  it('read as Netlify reads it, only X-Frame-Options stays on the widget, which frame-ancestors * overrides', () => {
    const file = headersFile();
    for (const path of PATHS) {
      const expected = lowerCased(headersFor(path));
      expect(netlify(file, path), path).toEqual(WIDGET.includes(path) ? { ...expected, 'x-frame-options': 'DENY' } : expected);
    }
  });

  it('the _headers file starts with the catch-all, then one rule per path, each detaching what it replaces', () => {
    const paths = headersFile()
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(paths[0]).toBe('/*');
    expect(new Set(paths).size).toBe(paths.length);
    for (const rule of parseHeadersFile(headersFile()).slice(1)) {
      for (const [name] of rule.set) if (parseHeadersFile(headersFile())[0]!.set.some(([base]) => base === name)) expect(rule.unset).toContain(name);
    }
  });

  it('the 404 pages for the folders of files carry the policy and no script', () => {
    const pages = notFoundPages();
    expect(Object.keys(pages).sort()).toEqual(['assets/404.html', 'icons/404.html', 'rules/404.html']);
    for (const html of Object.values(pages)) {
      expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
      expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    }
  });
});
