// A person's journeys around the wizard: keyboard only, share links, reload, broken links,
// printing and a 360 px phone. Screenshots go to test-results/ for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT, completeWizard, expectNoHorizontalOverflow, longDate, openApp, regionRadio, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

const W5 = { region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payment: { status: 'planned', date: '2026-11-30', years: [2027] } };

/** Presses Tab until `locator` has focus; fails if it never does. */
async function tabTo(page, locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${locator}`);
}

export const tests = [
  {
    name: 'W5 entirely by keyboard (zh-CN): Qingdao, 2027 paid today in the window gives 2027年5月1日',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          await openApp(page);
          // The start page's button, by keyboard; focus then lands on the first step's heading.
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }));
          await page.keyboard.press('Enter');
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') }).waitFor();
          const search = page.getByRole('searchbox', { name: tr(lang, 'wizard.where.filterLabel') });
          await tabTo(page, search);
          await page.keyboard.type('青岛');
          // Typed on the static step, the search applies once the app has taken the step over.
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
          await page.waitForFunction(() => document.querySelector('input[name=region]:checked')?.value === 'shandong-qingdao');
          assert.ok(await regionRadio(page, lang, 'shandong-qingdao').isChecked());
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }));
          await page.keyboard.press('Enter');

          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          // Leave every year "not covered": 2025 and 2026 are the lapse that counts.
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }));
          await page.keyboard.press('Enter');

          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.payment.heading') }).waitFor();
          await tabTo(page, page.getByRole('checkbox', { name: tr(lang, 'wizard.payment.yearOption', { year: 2027 }) }));
          await page.keyboard.press('Space');
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }));
          await page.keyboard.press('Enter');

          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.circumstances.heading') }).waitFor();
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }));
          await page.keyboard.press('Enter');

          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.check.heading') }).waitFor();
          await tabTo(page, page.getByRole('button', { name: tr(lang, 'wizard.nav.seeResult') }));
          await page.keyboard.press('Enter');

          const headline = page.getByTestId('headline');
          await headline.waitFor();
          assert.ok((await headline.textContent()).includes(longDate(lang, '2027-05-01')));
          // Focus moved to the result's title, so a screen reader starts with the answer.
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title');
          // On through the why steps: each source's link is one Tab stop, though several steps cite
          // it (a newcomer passed S1's link five times), and every citation is still shown as a link.
          const why = page.locator('section.why');
          const cited = await why.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          assert.ok(cited.length > new Set(cited).size, `some source is cited at more than one step: ${cited.join(', ')}`);
          const stops = [];
          for (let i = 0; i < 200; i++) {
            await page.keyboard.press('Tab');
            const at = await page.evaluate(() => {
              const el = document.activeElement;
              return { inWhy: Boolean(el?.closest('section.why')), href: el?.getAttribute('href') ?? null };
            });
            if (at.inWhy) stops.push(at.href);
            else if (stops.length > 0) break;
          }
          assert.deepEqual(stops, [...new Set(cited)]);
          await expectNoAxeViolations(page, 'result, after tabbing through the why steps');
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  {
    name: 'share link round trip: the link opens the same result in a fresh browser',
    run: async ({ browser, baseURL }) => {
      let link = '';
      let headline = '';
      await withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          headline = await completeWizard(page, 'en', W5);
          link = await page.getByLabel(tr('en', 'result.actions.shareLabel')).inputValue();
        },
        { locale: 'en', ...CONTEXT },
      );
      assert.match(link, /#s=1\./);
      await withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page, link.slice(link.indexOf('/', 8)));
          const opened = (await page.getByTestId('headline').textContent()).trim();
          assert.equal(opened, headline);
          assert.ok(!page.url().includes('#s='), 'the answers are removed from the address bar');
        },
        { locale: 'en', ...CONTEXT },
      );
    },
  },
  {
    // Newcomer review 7 Dec 2026: 泉州 found no region and the step advised the national baseline.
    name: 'a city without a pack of its own (泉州) typed in the region search chooses its province, 福建省, and goes on with it',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          await openApp(page);
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
          await page.getByRole('searchbox', { name: tr(lang, 'wizard.where.filterLabel') }).fill('泉州');
          await page.waitForFunction(() => document.querySelector('input[name=region]:checked')?.value === 'fujian');
          // The province's radio, named for the rest of it, and the line saying whose rules apply.
          assert.ok(await regionRadio(page, lang, 'fujian').isChecked());
          assert.equal(await page.getByRole('radio', { name: '福建省其他地区', exact: true }).count(), 1);
          assert.ok(await page.getByText('泉州市：按福建省的规定计算。', { exact: true }).isVisible());
          assert.deepEqual(
            (await page.getByRole('status').allTextContents()).filter((text) => text.includes('泉州')),
            ['找到1个地区：福建省，已为您选中。泉州市：按福建省的规定计算。'],
          );
          assert.equal(await page.getByText(/请选择“全国基准/).count(), 0);
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back') }).click();
          assert.ok(await regionRadio(page, lang, 'fujian').isChecked());
          await page.screenshot({ path: join(shots, 'region-search-quanzhou.png') });
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  {
    name: 'a reload keeps the draft, mid-way and on the result',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openApp(page);
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
          await regionRadio(page, lang, 'fujian').check();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }).click();
          const group = page.getByRole('group', { name: tr(lang, 'wizard.history.yearLegend', { year: 2025 }) });
          await group.getByRole('radio', { name: tr(lang, 'wizard.history.cover.employee'), exact: true }).check();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.payment.heading') }).waitFor();

          await page.reload();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.payment.heading') }).waitFor();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back') }).click();
          const again = page.getByRole('group', { name: tr(lang, 'wizard.history.yearLegend', { year: 2025 }) });
          assert.ok(await again.getByRole('radio', { name: tr(lang, 'wizard.history.cover.employee'), exact: true }).isChecked());
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back') }).click();
          assert.ok(await regionRadio(page, lang, 'fujian').isChecked());

          await page.evaluate(() => localStorage.clear());
          await page.reload();
          const headline = await completeWizard(page, lang, W5);
          await page.reload();
          assert.equal((await page.getByTestId('headline').textContent()).trim(), headline);
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  ...[
    ['#s=garbage', 'malformed'],
    ['#s=1.eyJ2IjoxLCJhc09mIjoiMjAyNi0wMi0zMCJ9', 'invalid'],
    ['#s=0.eyJ2IjowfQ', 'outdated'],
  ].map(([hash, problem]) => ({
    name: `shared link that is ${problem} (${hash.slice(0, 12)}…): a message and a clean start page`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page, `/${hash}`);
          await page.getByRole('alert').filter({ hasText: tr('zh-CN', `share.problems.${problem}`) }).waitFor();
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'home.title') }).waitFor();
          await page.getByRole('button', { name: tr('zh-CN', 'home.start'), exact: true }).waitFor();
          assert.ok(!page.url().includes('#s='), 'the broken answers are removed from the address bar');
          await expectNoAxeViolations(page, `${problem} link`);
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  })),
  {
    name: 'at 360 px nothing scrolls sideways, in either language; print keeps the summary and drops the controls',
    run: async ({ browser, baseURL }) => {
      for (const lang of ['zh-CN', 'en']) {
        await withPage(
          browser,
          baseURL,
          async (page) => {
            await openApp(page);
            const onStep = async (label) => {
              await expectNoHorizontalOverflow(page, `${lang} ${label}`);
              await page.screenshot({ path: join(shots, `360-${lang}-${label}.png`), fullPage: true });
            };
            await completeWizard(page, lang, { ...W5, payment: { ...W5.payment, repair: 0 } }, { onStep });
            await page.emulateMedia({ media: 'print' });
            assert.equal(await page.getByRole('button', { name: tr(lang, 'result.actions.print') }).isVisible(), false);
            assert.ok(await page.getByTestId('headline').isVisible());
            assert.ok(await page.getByRole('table', { name: tr(lang, 'timeline.tableCaption') }).isVisible());
            await page.screenshot({ path: join(shots, `print-${lang}.png`), fullPage: true });
            const pdf = await page.pdf({ format: 'A4', printBackground: false });
            assert.ok(pdf.length > 10_000);
          },
          { locale: lang, viewport: { width: 360, height: 780 }, ...CONTEXT },
        );
      }
    },
  },
];
