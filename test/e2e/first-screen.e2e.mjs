// The first screen: prerendered into index.html at build time, painted before the app's
// JavaScript runs, static (a few KiB of script, no React) on a new Chinese visit until a press,
// and never fetching JavaScript beyond what `npm run test:size` budgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport } from '../../scripts/bundle-report.mjs';
import { tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** The built file of a source module, from Vite's manifest (whose keys may be absolute paths). */
function builtFile(source) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const key = Object.keys(manifest).find((k) => k === source || k.endsWith(`/${source}`));
  assert.ok(key, `${source} is not in the Vite manifest`);
  return manifest[key].file;
}

/**
 * Records the JavaScript the page itself fetches, as paths like assets/main-….js. The service
 * worker's script and its Workbox runtime are left out: they load from the worker's own thread.
 */
function recordScripts(page) {
  const fetched = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) fetched.push(pathname.replace(/^\//, ''));
  });
  return () => fetched.filter((file) => file !== 'sw.js' && !/^(assets\/)?workbox-/.test(file));
}

export const tests = [
  {
    name: 'the start page is in the HTML: with JavaScript off it still reads, in Chinese',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), tr('zh-CN', 'home.title'));
          assert.ok(await page.getByText(tr('zh-CN', 'home.privacy')).isVisible());
          assert.ok(await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).isVisible());
        },
        { javaScriptEnabled: false },
      ),
  },
  {
    name: 'a first visit runs only the start page’s own scripts until a press; pointing at Start loads the app and the first step, pressing it opens that step',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        const pageScripts = recordScripts(page);
        await page.goto('/');
        await page.getByTestId('pack-name').waitFor();
        await page.waitForLoadState('networkidle');
        const { untilFirstPress, firstScreen } = bundleReport(dist).pages['index.html'];
        assert.deepEqual(pageScripts().sort(), [...untilFirstPress.js.list].sort(), 'scripts fetched before any press');
        assert.ok(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean)), 'the service worker is registered all the same');

        // Pointing at Start loads the app and the first step ahead of the press.
        const ahead = [builtFile('src/boot.tsx'), builtFile('src/app/calculator-flow.tsx')];
        const arrivals = ahead.map((file) => page.waitForResponse((response) => response.url().endsWith(`/${file}`)));
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).hover();
        await Promise.all(arrivals);
        // Until no script has arrived for half a second: the chunks those two import.
        for (let count = -1; count !== pageScripts().length; ) {
          count = pageScripts().length;
          await page.waitForTimeout(500);
        }
        const fetchedAhead = pageScripts();
        for (const file of firstScreen.js.list) assert.ok(fetchedAhead.includes(file), `${file} (first-screen JavaScript) was not loaded ahead`);

        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        const heading = page.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') });
        await heading.waitFor();
        assert.ok(await heading.evaluate((element) => element === document.activeElement), 'focus is on the first step');
        assert.deepEqual(pageScripts().filter((file) => !fetchedAhead.includes(file)), [], 'nothing left to fetch after pointing');
      }),
  },
  {
    name: 'when the app cannot be fetched, the start page stays usable and the next press tries again',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          const boot = `**/${builtFile('src/boot.tsx')}`;
          let refused = 0;
          await context.route(boot, (route) => {
            refused += 1;
            return route.abort('internetdisconnected');
          });
          await page.goto('/');
          const start = page.getByRole('button', { name: tr('zh-CN', 'home.start') });
          await start.click();
          // The busy mark comes and goes; the page is as it was.
          await page.waitForFunction(() => !document.documentElement.hasAttribute('data-starting'));
          assert.ok(refused > 0, 'the press asked for the app');
          assert.ok(await start.isVisible());
          await context.unroute(boot);
          await start.click();
          await page.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        },
        // The failed fetch is logged by the browser; the page itself reports nothing.
        { allowConsoleErrors: true, serviceWorkers: 'block' },
      ),
  },
  {
    name: 'a visit that needs the app at once (an English reader) loads the budgeted first-screen JavaScript, and no more',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        const pageScripts = recordScripts(page);
        await page.addInitScript(() => localStorage.setItem('yibao.language', 'en'));
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
        await page.waitForLoadState('networkidle');
        const { firstScreen } = bundleReport(dist).pages['index.html'];
        // Besides the budget, which counts the Chinese start page: the English start page's texts (~1 KiB).
        const englishTexts = builtFile('src/i18n/locales/en.json?first-screen');
        assert.ok(pageScripts().includes(englishTexts), 'the English texts are fetched');
        const extra = pageScripts().filter((file) => !firstScreen.js.list.includes(file) && file !== englishTexts);
        assert.deepEqual(extra, [], 'JavaScript fetched beyond the budgeted files');
        for (const file of firstScreen.js.list) assert.ok(pageScripts().includes(file), `${file} is budgeted but was not fetched`);
      }),
  },
];
