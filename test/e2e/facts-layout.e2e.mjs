// The label-and-value lists of the result (.facts: the answer's facts and each option card's) in
// Chromium at tablet and desktop widths: a long label wraps within its half of the row and leaves
// its value a readable column. With the labels' column sized to its longest label, an employer-paid
// option's "Reimbursement restarts once the contributions are paid, backdated to" took the whole
// row and its date printed one letter to a line. Opened from a share link, so the test does not
// depend on the wizard's steps. Run alone with `node test/e2e/run.mjs "facts layout"`.
import assert from 'node:assert/strict';
import { CONTEXT } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

/**
 * 武汉: employer cover to October 2026, the contributions due 20 January 2027 without back-paying
 * the gap (seen 7 Dec 2026): the options' cards say cover restarts once the contributions are paid,
 * backdated to 1 Dec 2026 or 1 Jan 2027. (Due on 15 December with the gap back-paid, the only card
 * gave the plan's own date, and an employer's card that changes nothing is no longer shown.)
 */
const EMPLOYER_PAID = {
  v: 2,
  asOf: '2026-12-07',
  region: 'hubei-wuhan',
  history: { years: [], employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }] },
  payments: [{ scheme: 'employee', date: '2027-01-20', backPay: false, status: 'planned' }],
  circumstances: {},
};
const hash = (s) => `#s=1.${Buffer.from(JSON.stringify(s)).toString('base64url')}`;

/** The least width a value keeps: about eight Latin letters, so a date wraps at most once. */
const MIN_VALUE_PX = 100;

export const tests = [
  ['en', 520],
  ['en', 1280],
  ['zh-CN', 700],
].map(([lang, width]) => ({
  name: `facts layout: a long label leaves its value a readable column [${lang}, ${width} px]`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+08:00'));
        await page.goto(`/${hash(EMPLOYER_PAID)}`);
        await page.getByTestId('headline').waitFor();
        // Sections below the fold are laid out only when shown (content-visibility: auto).
        await page.evaluate(() => document.querySelectorAll('section').forEach((s) => (s.style.contentVisibility = 'visible')));
        const values = await page.evaluate(() =>
          [...document.querySelectorAll('.facts dd')].map((dd) => ({ label: dd.previousElementSibling?.textContent ?? '', value: dd.textContent, width: dd.getBoundingClientRect().width })),
        );
        assert.ok(values.length >= 4, `${values.length} label-value pairs`);
        // Option cards have long labels ("… once the contributions are paid, backdated to" / 费用缴纳后…).
        assert.ok(
          values.some((v) => v.label.length > (lang === 'en' ? 40 : 12)),
          'a long label is shown',
        );
        const squeezed = values.filter((v) => v.width < MIN_VALUE_PX).map((v) => `"${v.label}" → "${v.value}" is ${Math.round(v.width)} px wide`);
        assert.deepEqual(squeezed, [], 'values squeezed into a sliver');
      },
      { locale: lang, viewport: { width, height: 900 }, ...CONTEXT },
    ),
}));
