// The first screen: prerendered into index.html at build time, painted before the app's
// JavaScript runs, and fetched with only the JavaScript that `npm run test:size` budgets.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport } from '../../scripts/bundle-report.mjs';
import { tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

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
    name: 'a first visit fetches only the budgeted first-screen JavaScript; Start then brings the wizard',
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
        const budgeted = bundleReport(dist).pages['index.html'].firstScreen.js.list;
        // The service worker's registration helper loads after the first render; it draws nothing.
        const extra = fetched.filter((file) => !budgeted.includes(file) && !/^assets\/workbox-window\.[^/]+\.js$/.test(file));
        assert.deepEqual(extra, [], 'JavaScript fetched for the start page beyond the budgeted files');
        for (const file of budgeted) assert.ok(fetched.includes(file), `${file} is listed in index.html but was not fetched`);

        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        await page.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        assert.ok(fetched.length > budgeted.length, 'the wizard arrives in chunks of its own');
      }),
  },
];
