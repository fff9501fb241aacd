import assert from 'node:assert/strict';
import { openApp, TODAY } from './flow-driver.mjs';
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
    name: 'a damaged pack index is an error with a retry on the start page, never data',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        await context.route('**/rules/index.json', (route) => route.fulfill({ json: { schemaVersion: 1, packs: [{ id: 'national' }] } }));
        await page.goto('/');
        await page.getByRole('alert').getByText('规则文件内容有误').waitFor();
        assert.equal(await page.getByTestId('pack-name').count(), 0);
        await context.unroute('**/rules/index.json');
        await page.getByRole('button', { name: '重试' }).click();
        assert.equal(await textOf(page, 'pack-name'), NATIONAL_ZH);
      }),
  },
  {
    name: 'a damaged rule pack stops the result with a retry, never data',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        await context.route('**/rules/national.json', (route) => route.fulfill({ json: { schemaVersion: 1, id: 'national' } }));
        const scenario = {
          v: 1,
          asOf: TODAY,
          region: 'national',
          history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
          payments: [{ scheme: 'resident', date: '2026-12-01', status: 'planned', years: [2027], repairYears: 0 }],
          circumstances: {},
        };
        await openApp(page, `/#s=1.${Buffer.from(JSON.stringify(scenario)).toString('base64url')}`);
        await page.getByRole('alert').getByText('规则文件内容有误').waitFor();
        assert.equal(await page.getByRole('heading', { name: '计算结果', level: 1 }).count(), 0);
        await context.unroute('**/rules/national.json');
        await page.getByRole('button', { name: '重试' }).click();
        await page.getByRole('heading', { name: '计算结果', level: 1 }).waitFor();
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
