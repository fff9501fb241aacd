// Worked examples from the policy spec entered through the UI, in both languages, with axe
// on every step and on the result.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, longDate, openApp } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const EXAMPLES = [
  {
    name: 'W4 (Fuxin): lapsed 2025, paid 2026 on 2025-12-03 in the window',
    lang: 'zh-CN',
    spec: { region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payment: { status: 'made', date: '2025-12-03', years: [2026] } },
    expected: '2026-04-01',
  },
  {
    name: 'W5 (Qingdao): lapsed 2025 and 2026, 2027 planned in the window',
    lang: 'en',
    spec: { region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payment: { status: 'planned', date: '2026-11-30', years: [2027] } },
    expected: '2027-05-01',
  },
  {
    name: 'W6 (Qingdao): as W5 with one repair year',
    lang: 'zh-CN',
    spec: { region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payment: { status: 'planned', date: '2026-11-30', years: [2027], repair: 1 } },
    expected: '2027-04-01',
  },
  {
    name: 'W6 (Qingdao), made: one repair year already paid with 2027 on 2026-11-20 (the field named "paid to repair")',
    lang: 'en',
    spec: { region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payment: { status: 'made', date: '2026-11-20', years: [2027], repair: 1 } },
    expected: '2027-04-01',
    absent: '2027-05-01',
  },
  {
    name: 'W7 (Guangzhou): covered 2025, money received 2026-03-01',
    lang: 'en',
    spec: { region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-03-01', years: [2026] } },
    expected: '2026-06-02',
  },
  {
    name: 'W2 (Fuxin): 2025 paid late on 2025-07-03, 2026 paid in the window',
    lang: 'zh-CN',
    spec: { region: 'liaoning-fuxin', years: { 2025: 'residentLate' }, late: { 2025: '2025-07-03' }, payment: { status: 'made', date: '2025-11-20', years: [2026] } },
    expected: '2026-01-01',
  },
  {
    name: 'W14: employee, last paid 2025-03, back-pays in July 2025',
    lang: 'en',
    spec: { scheme: 'employee', employeeLast: '2025-03', payment: { status: 'made', date: '2025-07-15' } },
    expected: '2025-07-01',
    // Back-payment ticked by default for the three-month gap of the date typed: not the E3 wait of an unticked box.
    also: '2025-08-01',
    absent: '2026-01-01',
  },
  {
    name: 'E2: resident 2023-2025, then employee cover paid 2026-02-15 with the January gap back-paid (national)',
    lang: 'zh-CN',
    spec: { scheme: 'employee', prior: 'resident', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident' }, payment: { status: 'made', date: '2026-02-15' } },
    expected: '2026-02-01',
    // S5 ②: national, not a range.
    absent: '2026-03-01',
  },
  {
    name: 'E3a (武汉): a first enrolment as a flexible worker, paid 2026-05-15: from the 7th month',
    lang: 'en',
    spec: { region: 'hubei-wuhan', scheme: 'flexible', prior: 'none', payment: { status: 'made', date: '2026-05-15' } },
    expected: '2026-11-01',
  },
  {
    name: 'W19: low-income, lapse not by choice, pays 2025-06-10',
    lang: 'zh-CN',
    spec: { years: {}, payment: { status: 'made', date: '2025-06-10', years: [2025] }, circumstances: { lowIncome: true } },
    expected: '2025-06-10',
  },
];

export const tests = EXAMPLES.map((example) => ({
  name: `${example.name} [${example.lang}] shows ${example.expected}, axe clean on every step`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        const headline = await completeWizard(page, example.lang, example.spec, { axe: true });
        assert.ok(headline.includes(longDate(example.lang, example.expected)), `headline "${headline}" lacks ${longDate(example.lang, example.expected)}`);
        if (example.also) assert.ok(headline.includes(longDate(example.lang, example.also)), `headline "${headline}" lacks ${longDate(example.lang, example.also)}`);
        if (example.absent) assert.ok(!headline.includes(longDate(example.lang, example.absent)), `headline "${headline}" has ${longDate(example.lang, example.absent)}`);
      },
      { locale: example.lang, ...CONTEXT },
    ),
}));
