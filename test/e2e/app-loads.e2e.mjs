import assert from 'node:assert/strict';
import { expectNoAxeViolations, textOf, withPage } from './helpers.mjs';

const NATIONAL_ZH = '全国基准（国家规定）';
const NATIONAL_EN = 'National baseline';
const VERSION = '2026.1.0';

export const tests = [
  {
    name: 'loads in Chinese and shows the national rule pack',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        await page.goto('/');
        assert.equal(await textOf(page, 'pack-name'), NATIONAL_ZH);
        assert.equal(await textOf(page, 'pack-version'), VERSION);
        assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
        assert.equal(await page.title(), '医保断缴恢复计算器');
      }),
  },
  {
    name: 'switches to English and keeps <html lang> in step',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        await page.goto('/');
        await textOf(page, 'pack-name');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByTestId('pack-name').getByText(NATIONAL_EN, { exact: true }).waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
        // The choice is remembered over the browser's language.
        await page.reload();
        assert.equal(await textOf(page, 'pack-name'), NATIONAL_EN);
      }),
  },
  {
    name: 'an English browser gets English, an unsupported language gets Chinese',
    run: async ({ browser, baseURL }) => {
      await withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          assert.equal(await textOf(page, 'pack-name'), NATIONAL_EN);
          assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        },
        { locale: 'en-GB' },
      );
      await withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          assert.equal(await textOf(page, 'pack-name'), NATIONAL_ZH);
        },
        { locale: 'fr-FR' },
      );
    },
  },
  {
    name: 'has no axe violations (WCAG 2.2 AA) in either language',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        await page.goto('/');
        await textOf(page, 'pack-name');
        await expectNoAxeViolations(page, 'zh-CN');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByTestId('pack-name').getByText(NATIONAL_EN, { exact: true }).waitFor();
        await expectNoAxeViolations(page, 'en');
      }),
  },
  {
    name: 'a damaged rule pack is an error with a retry, never data',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        await context.route('**/rules/national.json', (route) => route.fulfill({ json: { schemaVersion: 1, id: 'national' } }));
        await page.goto('/');
        await page.getByRole('alert').waitFor();
        assert.equal(await page.getByTestId('pack-name').count(), 0);
        await context.unroute('**/rules/national.json');
        await page.getByRole('button', { name: '重试' }).click();
        assert.equal(await textOf(page, 'pack-name'), NATIONAL_ZH);
      }),
  },
  {
    name: 'fits a 360 px wide phone without sideways scrolling',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          await textOf(page, 'pack-name');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `the page is ${overflow} px wider than the screen`);
        },
        { viewport: { width: 360, height: 740 } },
      ),
  },
];
