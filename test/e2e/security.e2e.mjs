// Locked down: the built pages carry a Content-Security-Policy without inline scripts, the
// browser reports no violation through whole calculations in the app and in the widget, and
// neither ever asks any origin but its own (and the host page's) for anything. (The policy has
// no 'unsafe-eval' either: zod/mini never compiles parsers with `new Function`; classic zod's
// JIT would probe for it and show up here as a violation.)
import assert from 'node:assert/strict';
import { startHost } from './embed-host.mjs';
import { CONTEXT, completeWizard, longDate, openApp } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const W7 = { region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-03-01', years: [2026] } };
const PAGES = ['/', '/embed.html', '/embed-help.html'];

export const tests = [
  {
    name: 'every built page has the CSP <meta> and header, no inline script, and only the widget may be framed',
    run: async ({ baseURL }) => {
      for (const path of PAGES) {
        const response = await fetch(new URL(path, baseURL));
        const html = await response.text();
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
        assert.ok(meta, `${path}: no CSP <meta>`);
        for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) assert.ok(meta.includes(directive), `${path}: ${directive}`);
        assert.ok(!meta.includes('unsafe'), `${path}: nothing unsafe in ${meta}`);
        const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs));
        assert.deepEqual(inline, [], `${path}: inline scripts`);
        assert.ok(!/\son[a-z]+=/i.test(html), `${path}: inline event handlers`);

        const header = response.headers.get('content-security-policy');
        assert.ok(header?.startsWith(meta), `${path}: the header policy starts with the <meta> one`);
        assert.match(header, path === '/embed.html' ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(response.headers.get('cache-control'), 'no-cache');
      }
      const sw = await fetch(new URL('/sw.js', baseURL));
      assert.equal(sw.headers.get('cache-control'), 'no-cache');
      assert.ok(!(await sw.text()).includes('importScripts("http'), 'the service worker loads Workbox from this site');
    },
  },
  {
    name: 'the violation listener works: an injected inline script is caught (so "zero" below means something)',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          await page.getByTestId('pack-name').waitFor();
          await page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.head.append(script);
          });
          await page.waitForFunction(() => window.__cspViolations.length > 0);
          assert.equal(await page.evaluate(() => window.injected), undefined, 'the inline script did not run');
          assert.match((await page.evaluate(() => window.__cspViolations))[0], /^script-src/);
        },
        { allowConsoleErrors: true },
      ),
  },
  {
    name: 'no CSP violation and no request to another origin through a whole calculation, in the app and in the widget on a host page',
    timeout: 90_000,
    run: async ({ browser, baseURL }) => {
      const appOrigin = new URL(baseURL).origin;
      const host = await startHost(appOrigin);
      const lang = 'en';
      try {
        await withPage(
          browser,
          host.origin,
          async (page, context) => {
            const requests = [];
            context.on('request', (request) => requests.push(request.url()));

            // The app itself, then the help page (which frames the widget from this same site).
            await openApp(page, `${appOrigin}/`);
            const headline = await completeWizard(page, lang, W7);
            assert.ok(headline.includes(longDate(lang, '2026-06-02')), headline);
            assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'app');
            await page.goto(`${appOrigin}/embed-help.html`);
            // The preview shows the widget's first step: its region and scheme choices.
            await page.frameLocator('iframe').getByRole('radio').first().waitFor();
            assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'embed help');

            // The widget on the host page (another origin), through to its result.
            host.page('/host.html', { lang, region: 'guangdong-guangzhou', 'result-event': 'dates' });
            await page.goto('/host.html');
            const widget = page.frameLocator('iframe');
            const widgetHeadline = await completeWizard(widget, lang, { ...W7, region: undefined });
            assert.equal(widgetHeadline, headline);
            assert.deepEqual(await widget.locator('html').evaluate(() => window.__cspViolations), [], 'widget');
            assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'host page');

            // Everything the browser asked for, the service worker's requests included.
            const origins = [...new Set(requests.map((url) => new URL(url).origin))].sort();
            assert.deepEqual(origins, [appOrigin, host.origin].sort(), `origins asked: ${origins.join(', ')}`);
            const fromApp = requests.filter((url) => url.startsWith(appOrigin));
            assert.ok(fromApp.some((url) => url.includes('/rules/guangdong-guangzhou.json')), 'the rule pack came from the app origin');
            const hostPaths = requests.filter((url) => url.startsWith(host.origin)).map((url) => new URL(url).pathname);
            const hostFiles = ['/favicon.ico', '/host.css', '/host.html', '/host.js'];
            assert.deepEqual(hostPaths.filter((path) => !hostFiles.includes(path)), [], 'only the host page itself came from the host');
            console.log(`    ${requests.length} requests, all to ${origins.join(' and ')}`);
          },
          { locale: lang, allowOrigins: [baseURL], ...CONTEXT },
        );
      } finally {
        await host.close();
      }
    },
  },
];
