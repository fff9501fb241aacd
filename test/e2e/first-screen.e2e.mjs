// The first screen: prerendered into index.html at build time, painted before the app's
// JavaScript runs, and fetched with only the JavaScript that `npm run test:size` budgets.
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
    name: 'a first visit runs only the start page’s own scripts until a press; pointing at Start fetches the app, pressing it opens the first step',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        const fetched = [];
        page.on('response', (response) => {
          const { pathname } = new URL(response.url());
          if (pathname.endsWith('.js')) fetched.push(pathname.replace(/^\//, ''));
        });
        await page.goto('/');
        await page.getByTestId('pack-name').waitFor();
        await page.waitForLoadState('networkidle');
        // The service worker registers after the first paint and precaches from its own thread.
        const pageScripts = () => fetched.filter((file) => file !== 'sw.js' && !file.startsWith('workbox-'));
        const { untilFirstPress, firstScreen } = bundleReport(dist).pages['index.html'];
        assert.deepEqual(pageScripts().sort(), [...untilFirstPress.js.list].sort(), 'scripts fetched before any press');
        assert.ok(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean)), 'the service worker is registered all the same');

        const appArrives = page.waitForResponse((response) => response.url().endsWith(`/${builtFile('src/boot.tsx')}`));
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).hover();
        await appArrives;
        await page.waitForTimeout(500);
        const app = pageScripts().filter((file) => !untilFirstPress.js.list.includes(file));
        assert.ok(app.length > 0, 'pointing at Start fetches the app');
        for (const file of app) assert.ok(firstScreen.js.list.includes(file), `${file} is fetched before a press but not budgeted as first-screen JavaScript`);

        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        const heading = page.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') });
        await heading.waitFor();
        assert.ok(await heading.evaluate((element) => element === document.activeElement), 'focus is on the first step');
        assert.ok(pageScripts().length > firstScreen.js.list.length, 'the wizard arrives in chunks of its own');
      }),
  },
  {
    name: 'a visit that needs the app at once (an English reader) loads the budgeted first-screen JavaScript, and no more',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        const fetched = [];
        page.on('response', (response) => {
          const { pathname } = new URL(response.url());
          if (pathname.endsWith('.js')) fetched.push(pathname.replace(/^\//, ''));
        });
        await page.addInitScript(() => localStorage.setItem('yibao.language', 'en'));
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
        await page.waitForLoadState('networkidle');
        const { firstScreen } = bundleReport(dist).pages['index.html'];
        const pageScripts = fetched.filter((file) => file !== 'sw.js' && !/^(assets\/)?workbox-/.test(file));
        // Besides the budget, which counts the Chinese start page: the English start page's texts (~1 KiB).
        const englishTexts = builtFile('src/i18n/locales/en.json?first-screen');
        assert.ok(pageScripts.includes(englishTexts), 'the English texts are fetched');
        const extra = pageScripts.filter((file) => !firstScreen.js.list.includes(file) && file !== englishTexts);
        assert.deepEqual(extra, [], 'JavaScript fetched beyond the budgeted files');
        for (const file of firstScreen.js.list) assert.ok(pageScripts.includes(file), `${file} is budgeted but was not fetched`);
      }),
  },
];
