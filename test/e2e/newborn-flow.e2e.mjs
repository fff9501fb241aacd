// A parent enrolling a baby, on a first pass (the issue: the date of birth used to be asked on
// the circumstances step, after the history, so the history first listed 2023, 2024 and 2025 for
// a baby born in 2026). The history step now asks "a newborn? born on …" above the years, and the
// years start at the birth year as soon as the date is typed. By keyboard, with Back, Forward and
// a reload keeping it, and axe on every step in English.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, openApp, regionRadio, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

/** The benefit years the history step lists, by their legends. */
async function listedYears(page, lang) {
  const legend = new RegExp(`^${tr(lang, 'wizard.history.yearLegend', { year: '(\\d{4})' }).replace(/[()]/g, (c) => c)}$`);
  const names = await page.getByRole('group').evaluateAll((groups) => groups.map((g) => g.querySelector(':scope > legend')?.textContent ?? ''));
  return names.filter((n) => legend.test(n));
}

async function focusedIs(page, locator, label) {
  assert.equal(await locator.evaluate((el) => el === document.activeElement), true, `${label}: focus`);
}

export const tests = [
  {
    name: 'newborn: a first pass by keyboard asks the date of birth before the years, lists only 2026, and keeps it over Back, Forward and a reload (武汉, 中文)',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          const t = (key, vars) => tr(lang, key, vars);
          await openApp(page);
          await page.getByRole('button', { name: t('home.start'), exact: true }).press('Enter');
          await page.getByRole('heading', { level: 1, name: t('wizard.where.heading') }).waitFor();
          await page.locator('html[data-app]').waitFor({ state: 'attached' });
          await regionRadio(page, lang, 'hubei-wuhan').check();
          await page.getByRole('radio', { name: t('wizard.where.scheme.resident'), exact: true }).check();
          await page.getByRole('button', { name: t('wizard.nav.continue'), exact: true }).press('Enter');

          const history = page.getByRole('heading', { level: 1, name: t('wizard.history.heading') });
          await history.waitFor();
          await page.waitForFunction(() => document.activeElement?.matches('.wz-step__heading'));
          assert.deepEqual(await listedYears(page, lang), ['2023年度', '2024年度', '2025年度', '2026年度'].map((y) => t('wizard.history.yearLegend', { year: y.slice(0, 4) })));
          // The first thing the keyboard reaches is the newborn question, before any year.
          await page.keyboard.press('Tab');
          const newborn = page.getByRole('checkbox', { name: t('wizard.history.newborn') });
          await focusedIs(page, newborn, 'first Tab');
          await page.keyboard.press('Space');
          assert.equal(await newborn.isChecked(), true);
          await page.keyboard.press('Tab');
          const birth = page.getByLabel(t('wizard.history.birthDate'));
          await focusedIs(page, birth, 'second Tab');
          // The date field is the browser's own (its segments' order follows the browser's locale): filled as typed.
          await birth.fill('2026-03-10');
          assert.equal(await birth.inputValue(), '2026-03-10');
          await page.getByText(t('wizard.history.beforeBirth', { year: 2026 })).waitFor();
          assert.deepEqual(await listedYears(page, lang), [t('wizard.history.yearLegend', { year: 2026 })]);
          await expectNoAxeViolations(page, 'history, a newborn');
          await page.getByRole('button', { name: t('wizard.nav.continue'), exact: true }).press('Enter');

          // 武汉 charges nothing for the year of birth: the step is the child's enrolment (孩子参保).
          await page.getByRole('heading', { level: 1, name: t('wizard.payment.heading_enrol') }).waitFor();
          await page.getByRole('radio', { name: t('wizard.payment.status.made'), exact: true }).check();
          await page.getByLabel(t('wizard.payment.dateMade')).fill('2026-04-01');
          await page.getByRole('checkbox', { name: t('wizard.payment.yearOption', { year: 2026 }), exact: true }).check();

          // Back and Forward, then a reload on the history step: the baby and its years stay.
          await page.goBack();
          await history.waitFor();
          assert.equal(await newborn.isChecked(), true, 'Back: still a newborn');
          assert.equal(await birth.inputValue(), '2026-03-10');
          assert.deepEqual(await listedYears(page, lang), [t('wizard.history.yearLegend', { year: 2026 })], 'Back: only 2026');
          await page.goForward();
          await page.getByRole('heading', { level: 1, name: t('wizard.payment.heading_enrol') }).waitFor();
          await page.goBack();
          await history.waitFor();
          await page.reload();
          await history.waitFor();
          assert.equal(await newborn.isChecked(), true, 'reload: still a newborn');
          assert.equal(await birth.inputValue(), '2026-03-10');
          assert.deepEqual(await listedYears(page, lang), [t('wizard.history.yearLegend', { year: 2026 })], 'reload: only 2026');
          await page.getByRole('button', { name: t('wizard.nav.continue'), exact: true }).press('Enter');

          await page.getByRole('heading', { level: 1, name: t('wizard.payment.heading_enrol') }).waitFor();
          // 湖北 charges nothing for the year of birth: with that year alone ticked, the step asks about the enrolment.
          assert.equal(await page.getByLabel(t('wizard.payment.enrol.dateMade')).inputValue(), '2026-04-01', 'the enrolment date typed before Back');
          assert.equal(await page.getByRole('radio', { name: t('wizard.payment.enrol.status.made'), exact: true }).isChecked(), true, 'enrolled, not "the money has arrived"');
          await page.getByRole('button', { name: t('wizard.nav.continue'), exact: true }).press('Enter');

          // The circumstances step does not ask it again.
          await page.getByRole('heading', { level: 1, name: t('wizard.circumstances.heading') }).waitFor();
          assert.equal(await page.getByRole('checkbox', { name: t('wizard.history.newborn') }).count(), 0);
          await page.getByRole('button', { name: t('wizard.nav.continue'), exact: true }).press('Enter');

          await page.getByRole('heading', { level: 1, name: t('wizard.check.heading') }).waitFor();
          const cover = page.getByRole('region', { name: t('wizard.steps.history') });
          assert.match(await cover.textContent(), /2026年3月10日出生/);
          assert.doesNotMatch(await cover.textContent(), /2025年度/);
          await page.getByRole('button', { name: t('wizard.nav.seeResult') }).press('Enter');
          await page.getByTestId('headline').waitFor();
          await expectNoAxeViolations(page, 'result');
        },
        CONTEXT,
      ),
  },
  {
    name: 'newborn: the whole flow in English under the national rules, axe on every step, the history listing 2026 only',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          const seen = {};
          const headline = await completeWizard(
            page,
            'en',
            { scheme: 'resident', years: {}, payment: { status: 'made', date: '2026-04-01', years: [2026] }, circumstances: { birthDate: '2026-03-10' } },
            { axe: true, onStep: async (label) => label === 'history' && (seen.history = await listedYears(page, 'en')) },
          );
          assert.deepEqual(seen.history, ['Benefit year 2026']);
          assert.ok(headline.length > 0);
        },
        { ...CONTEXT, locale: 'en-US' },
      ),
  },
  {
    // W33 ★ P-HI1 海南 on a first pass: a baby born on 20 Nov 2025, its birth-year premium paid on
    // 15 Jan 2026. The payment step offered only 2026 and 2027 for a payment in 2026, so the birth
    // year could not be paid, and 2025 counted as a lapse (a wait to April or May 2026).
    name: 'newborn: a baby born late in 2025 can pay its birth year in January 2026 on a first pass, covered from birth (W33 海南, 中文)',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          const headline = await completeWizard(page, 'zh-CN', { region: 'hainan', years: {}, payment: { status: 'made', date: '2026-01-15', years: [2025] }, circumstances: { birthDate: '2025-11-20' } });
          assert.ok(headline.includes('2025年11月20日'), headline);
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  {
    // P-HN1: 湖南 enrols a baby born in 2026 free of charge where a parent is insured there; the
    // full ¥1,100 after 31 Jan is for people who missed the window. The question is asked only
    // where a region's rules say so, and the answer reaches the amount shown.
    name: 'newborn: 湖南 asks whether a parent is insured there, and with one the birth year costs nothing, not the full ¥1,100 (both languages)',
    run: async ({ browser, baseURL }) => {
      for (const lang of ['zh-CN', 'en']) {
        await withPage(
          browser,
          baseURL,
          async (page) => {
            await openApp(page);
            let asked = false;
            await completeWizard(
              page,
              lang,
              { region: 'hunan', years: {}, payment: { status: 'made', date: '2026-11-20', years: [2026] }, circumstances: { birthDate: '2026-10-01', parentInsured: true } },
              {
                axe: lang === 'en',
                onStep: async (label) => {
                  if (label !== 'circumstances') return;
                  const box = page.getByRole('checkbox', { name: tr(lang, 'wizard.circumstances.parentInsured.label') });
                  asked = (await box.isChecked()) && (await box.getAttribute('aria-describedby')) !== null;
                },
              },
            );
            assert.ok(asked, `${lang}: the parent question was asked and ticked`);
            // The amount beside "What you pay", and no full premium anywhere on the result.
            const paid = page.getByText(tr(lang, 'result.facts.premium'), { exact: true }).locator('xpath=following-sibling::dd[1]');
            assert.equal((await paid.textContent()).trim(), tr(lang, 'result.facts.premiumNewbornParentInsured'));
            assert.doesNotMatch(await page.locator('main').textContent(), /1,?100/, `${lang}: no full premium`);
          },
          { ...CONTEXT, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
        );
      }
    },
  },
];
