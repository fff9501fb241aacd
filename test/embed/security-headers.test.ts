import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor } from '../../scripts/security-headers.mjs';

describe('deploy headers', () => {
  it('the policy allows nothing inline, nothing evaluated, nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('app pages refuse framing, the widget allows it', () => {
    for (const path of ['/', '/index.html', '/embed-help.html', '/some/old/path.html']) {
      expect(headersFor(path)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
      expect(headersFor(path)['X-Frame-Options']).toBe('DENY');
    }
    expect(headersFor('/embed.html')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed.html')['X-Frame-Options']).toBeUndefined();
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

  it('the _headers file has one rule per path, so hosts never merge two policies', () => {
    const file = headersFile();
    const paths = file.split('\n').filter((line) => line.startsWith('/'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).not.toContain('/*');
    const embed = file.split('\n/').find((block) => block.startsWith('embed.html\n'));
    expect(embed).toContain('frame-ancestors *');
    expect(embed).not.toContain('X-Frame-Options');
  });
});
