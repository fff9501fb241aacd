// A flexible worker's plan just inside a month-count limit (E3a, 武汉's tiers): the result says by
// which day to pay, first among the warnings under the headline, in both languages, and "no other
// way" is said as besides that day. Entered through the wizard in real Chromium.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, longDate, openApp, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

/**
 * 武汉: the employer paid up to May 2026; as a flexible worker, paying today (25 Nov 2026, month 6
 * after the employer stopped) without back-paying: from 1 Dec 2026 (the month after payment).
 * Paid from 1 Dec 2026 (month 7): only from 1 Jun 2027. So: pay by 30 Nov 2026.
 */
const wuhan = ['zh-CN', 'en'].map((lang) => ({
  name: `武汉 flexible worker, employer stopped after May 2026, paying 25 Nov 2026 [${lang}]: 1 Dec 2026, and "pay by 30 Nov 2026", else 1 Jun 2027`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        const onStep = async (label) => {
          if (label !== 'history') return;
          await page.getByRole('group', { name: tr(lang, 'wizard.history.paidBy.legend') }).getByRole('radio', { name: tr(lang, 'wizard.history.paidBy.employer') }).check();
        };
        const headline = await completeWizard(page, lang, { region: 'hubei-wuhan', scheme: 'flexible', employeeLast: '2026-05', payment: { status: 'planned', date: '2026-11-25', backPay: false } }, { onStep });
        assert.ok(headline.includes(longDate(lang, '2026-12-01')), `the plan's date in the headline: ${headline}`);
        const warnings = await page.getByRole('note', { name: tr(lang, 'result.warningsTitle') }).getByRole('listitem').allTextContents();
        const expected =
          lang === 'en'
            ? 'Please pay by November 30, 2026. If you pay on or after December 1, 2026, the gap in your cover will be longer, and your reimbursement will restart only on June 1, 2027, not on December 1, 2026.'
            : '请在2026年11月30日及之前缴费。如果在2026年12月1日或之后缴费，断保时间会更长，医保报销要到2027年6月1日才能恢复，而不是2026年12月1日。';
        assert.equal(warnings[0], expected);
        const none = await page.getByRole('region', { name: tr(lang, 'result.options.title') }).getByText(tr(lang, 'result.options.noneBesidesPayBy', { lastDay: longDate(lang, '2026-11-30') })).count();
        assert.equal(none, 1, 'the options say "besides paying by 30 Nov 2026"');
      },
      { locale: lang, ...CONTEXT },
    ),
}));

/**
 * 青岛: own cover paid to October 2026, paying November on 25 Nov 2026 (today): no gap, covered
 * from 1 Nov 2026. Paid on 1 Dec 2026, October-to-December leaves November a gap: back-paid, only
 * from 1 Jan 2027 (E1). The warning says a gap will open, not that it "will be longer".
 */
const qingdao = ['zh-CN', 'en'].map((lang) => ({
  name: `青岛 flexible worker, own cover to Oct 2026, paying 25 Nov 2026 [${lang}]: no gap yet, so "there will be a gap" if paid from 1 Dec 2026, restarting 1 Jan 2027`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        const headline = await completeWizard(page, lang, { region: 'shandong-qingdao', scheme: 'flexible', employeeLast: '2026-10', payment: { status: 'planned', date: '2026-11-25' } });
        assert.ok(headline.includes(longDate(lang, '2026-11-01')), `the plan's date in the headline: ${headline}`);
        const warnings = await page.getByRole('note', { name: tr(lang, 'result.warningsTitle') }).getByRole('listitem').allTextContents();
        const expected =
          lang === 'en'
            ? 'Please pay by November 30, 2026. If you pay on or after December 1, 2026, there will be a gap in your cover, and your reimbursement will restart only on January 1, 2027, not on November 1, 2026.'
            : '请在2026年11月30日及之前缴费。如果在2026年12月1日或之后缴费，就会断保，医保报销要到2027年1月1日才能恢复，而不是2026年11月1日。';
        assert.equal(warnings[0], expected);
      },
      { locale: lang, ...CONTEXT },
    ),
}));

export const tests = [...wuhan, ...qingdao];
