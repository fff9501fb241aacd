// A newborn's year of birth that costs nothing (湖北: 出生当年参保无需缴费) is an enrolment, not a
// payment: the wizard asks "Date of enrolment", so the result names that day an enrolment too. A
// 武汉 parent who enrolled on 1 Apr 2026 (day 91 counting the birth day, W26) read "paid; cover has
// not started yet", "Payment date after the period…", "The payment date is after March 31, 2026"
// and "Payment made" beside "What you pay: nothing for the year of birth". A paying newborn (福建)
// keeps the payment's words.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import type { TraceStep } from '../../../src/calc';
import { WhyTrace } from '../../../src/features/result/why-trace';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const born = { birthDate: '2026-01-01' };
const enrolled = scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: born });
const planned = scenario({ asOf: '2026-03-20', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026], 0, 'planned')], circumstances: born });
const paying = scenario({ asOf: '2026-04-15', region: 'fujian', payments: [residentPay('2026-04-15', [2026])], circumstances: born });

const warnings = (name: string) => screen.getByRole('note', { name });
const timelineRow = (table: string, what: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .map((row) => [within(row).queryByRole('rowheader')?.textContent, ...within(row).queryAllByRole('cell').map((c) => c.textContent)])
    .find((r) => r[0] === what);

describe('a free newborn enrolment is said as an enrolment', () => {
  it('in English, enrolled on day 91 (W26): from May 1, 2026', async () => {
    await renderResultScreen(enrolled, { today: '2026-04-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent("Your child's reimbursement starts on May 1, 2026.");
    expect(screen.getByTestId('status')).toHaveTextContent('Status on April 1, 2026: enrolled; cover has not started yet.');
    expect(screen.getByText('Enrolment after the period for enrolling a newborn; the rule for late newborn enrolment applies')).toBeVisible();
    expect(warnings('Warnings')).toHaveTextContent('Your child was enrolled after March 31, 2026, the last day of the period for enrolling a newborn.');
    expect(warnings('Warnings')).not.toHaveTextContent(/payment date/i);
    expect(timelineRow('The timeline as a table', 'Child enrolled')).toEqual(['Child enrolled', 'April 1, 2026', '']);
    expect(timelineRow('The timeline as a table', 'Payment made')).toBeUndefined();
  });

  it('in Chinese', async () => {
    await renderResultScreen(enrolled, { language: 'zh-CN', today: '2026-04-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('孩子的医保报销将于2026年5月1日开始。');
    expect(screen.getByTestId('status')).toHaveTextContent('2026年4月1日的状态：已为孩子办理参保，待遇尚未开始。');
    expect(screen.getByText('办理参保的日期超过新生儿参保期限，按超期参保新生儿的规定')).toBeVisible();
    expect(warnings('提示')).toHaveTextContent('新生儿参保期限截至2026年3月31日，孩子办理参保的日期在此之后。');
    expect(warnings('提示')).not.toHaveTextContent('缴费日');
    expect(timelineRow('时间线（表格）', '已为孩子办理参保')).toEqual(['已为孩子办理参保', '2026年4月1日', '']);
    expect(timelineRow('时间线（表格）', '已缴费')).toBeUndefined();
  });

  it('planned, in English: the enrolment is still to come', async () => {
    await renderResultScreen(planned, { today: '2026-03-20' });
    await screen.findByTestId('headline');
    expect(warnings('Warnings')).toHaveTextContent('The day you plan to enrol your child is after March 31, 2026, the last day of the period for enrolling a newborn.');
    expect(timelineRow('The timeline as a table', 'Enrolment planned')).toEqual(['Enrolment planned', 'April 1, 2026', '']);
  });

  it('a newborn whose year of birth is paid for (福建) keeps the payment words', async () => {
    await renderResultScreen(paying, { today: '2026-04-15' });
    await screen.findByTestId('headline');
    expect(warnings('Warnings')).toHaveTextContent('The payment date is after April 1, 2026, the last day of the period for enrolling a newborn.');
    expect(timelineRow('The timeline as a table', 'Payment made')).toEqual(['Payment made', 'April 15, 2026', '']);
    expect(timelineRow('The timeline as a table', 'Child enrolled')).toBeUndefined();
  });

  // Enrolled in time, still to come: cover is backdated to the day of birth once the child is
  // enrolled; nothing is paid, so not "once you pay" (a fresh-eyes review of the payer wording).
  const inTime = scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', payments: [residentPay('2026-11-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-11-01' } });
  it.each([
    ['en', "Once your child is enrolled, your child's reimbursement starts, backdated to November 1, 2026.", 'once your child is enrolled, reimbursement starts, backdated to November 1, 2026'],
    ['zh-CN', '为孩子办理参保后，孩子即可享受医保报销，并追溯至2026年11月1日', '为孩子办理参保后医保报销将开始，并追溯至2026年11月1日'],
  ] as const)('enrolled in time, planned (%s): backdated once the child is enrolled', async (language, headline, timeline) => {
    await renderResultScreen(inTime, { language, today: '2026-11-10' });
    const said = await screen.findByTestId('headline');
    expect(said).toHaveTextContent(headline);
    expect(said).not.toHaveTextContent(/Once you pay|缴费后/);
    expect(screen.getByRole('img', { name: new RegExp(timeline) })).toBeInTheDocument();
  });
});

// 武汉, a child born on 20 August 2026 (the 90 days end on 17 November): the options and the steps
// of "Why" say the free year of birth is enrolled, not paid for; a payment that adds 2027 keeps
// the payment's words (2027 costs a premium).
describe('a free newborn enrolment in the options and the steps of "Why"', () => {
  const born = { birthDate: '2026-08-20' };
  const why = (name: string) => screen.getByRole('region', { name });
  const inTime = scenario({ asOf: '2026-09-15', region: 'hubei-wuhan', payments: [residentPay('2026-10-01', [2026], 0, 'planned')], circumstances: born });
  const late = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-12-20', [2026], 0, 'planned')], circumstances: born });
  const lateMade = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-12-01', [2026])], circumstances: born });
  const inTimeMade = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-10-15', [2026])], circumstances: born });
  const withNextYear = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-12-20', [2026, 2027], 0, 'planned')], circumstances: born });

  it.each([
    ['en', 'Why: step by step', 'Enrol your child today (September 15, 2026) for 2026', "Your child's reimbursement starts on the same date as under your own plan: enrolling on this day does not bring it forward.", ['Cost compared with your plan', 'nothing to pay either way'], ['Cost of enrolling', 'CN¥0'], 'Enrolled by November 17, 2026 (within 90 days of birth), so covered from the date of birth, August 20, 2026.'],
    ['zh-CN', '计算依据（逐步说明）', '今天（2026年9月15日）为孩子办理2026年度参保', '孩子的医保报销开始的日期与按原计划办理参保相同，这样办理不会提前开始。', ['与您计划的参保相比', '均无需缴费'], ['办理参保的费用', '¥0'], '在出生后90天内（最迟2026年11月17日）办理参保的，自出生之日2026年8月20日起享受待遇。'],
  ] as const)('enrolled within the 90 days, planned (%s)', async (language, whyName, title, same, cost, total, step) => {
    await renderResultScreen(inTime, { language, today: '2026-09-15' });
    await screen.findByTestId('headline');
    const card = screen.getByRole('listitem', { name: title });
    expect(card).toHaveTextContent(same);
    const terms = within(card).getAllByRole('term');
    expect(terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])).toEqual(expect.arrayContaining([[...cost], [...total]]));
    expect(card).not.toHaveTextContent(/Premium|premium|Pay today|缴费金额|缴纳/);
    expect(within(why(whyName)).getByText(step, { exact: false })).toBeVisible();
    expect(why(whyName)).not.toHaveTextContent(/Registered and paid|参保缴费的/);
  });

  it.each([
    ['en', 'Why: step by step', 'Enrol your child today (December 7, 2026) for 2026', 'The day of enrolment (December 20, 2026) is after the 90 days for enrolling a newborn (to November 17, 2026). Your region\'s rule for late newborn enrolment: cover from the first day of the month after enrolment.', 'An enrolment that brings no cover that year', 'after the year your child is enrolled for (2026) has ended'],
    ['zh-CN', '计算依据（逐步说明）', '今天（2026年12月7日）为孩子办理2026年度参保', '办理参保的日期（2026年12月20日）已超过出生后90天的期限（截至2026年11月17日）。当地对超期参保新生儿的规定：自办理参保次月1日起享受待遇。', '当年无法享受待遇的参保', '晚于为孩子参保的年度（2026年度）的年底'],
  ] as const)('enrolled after the 90 days, planned (%s)', async (language, whyName, title, step, label, past) => {
    await renderResultScreen(late, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    const steps = why(whyName);
    expect(within(steps).getByText(step, { exact: false })).toBeVisible();
    expect(within(steps).getByText(label)).toBeVisible();
    expect(steps).toHaveTextContent(past);
    expect(steps).not.toHaveTextContent(/payment date|缴费日|所缴最后年度/);
  });

  it.each([
    ['en', "Also pay for 2027 today (December 7, 2026), if your region's 2027 enrolment window is already open, on top of your child's enrolment already made"],
    ['zh-CN', '除已为孩子办理的参保外，今天（2026年12月7日）另缴2027年度保费（如当地2027年度集中参保期已经开始）'],
  ] as const)('enrolled after the 90 days, made (%s): paying for 2027 adds to the enrolment, not to a payment', async (language, title) => {
    await renderResultScreen(lateMade, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
  });

  it.each([
    ['en', 'Your child is already enrolled, so there are no other ways to compare.'],
    ['zh-CN', '孩子已经办理参保，没有其他可供比较的做法。'],
  ] as const)('enrolled within the 90 days, made (%s): nothing left to compare', async (language, none) => {
    await renderResultScreen(inTimeMade, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByText(none)).toBeVisible();
  });

  it.each([
    ['en', 'Pay today (December 7, 2026) for 2026 and 2027', 'The payment date (December 20, 2026)'],
    ['zh-CN', '今天（2026年12月7日）缴纳2026和2027年度保费', '缴费日（2026年12月20日）'],
  ] as const)('the year of birth with 2027, which costs a premium (%s): the payment words stay', async (language, title, step) => {
    await renderResultScreen(withNextYear, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    expect(document.body).toHaveTextContent(step);
  });
});

// 武汉, a child born on 20 August 2026 and enrolled after the 90 days (to 17 November): cover from
// the next month, 1 January 2027, after the year of birth is over, so the free year alone brings no
// cover. The headline and the status said "This payment alone buys no cover" and "paid, in the
// waiting period" of an enrolment that cost nothing; the payment for 2027 they ask for keeps the
// payment's words.
describe('a free newborn enrolment that brings no cover in the year of birth', () => {
  const born = { birthDate: '2026-08-20' };
  const made = (date: string, asOf: string) => scenario({ asOf, region: 'hubei-wuhan', payments: [residentPay(date, [2026])], circumstances: born });
  const planned = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-12-20', [2026], 0, 'planned')], circumstances: born });

  it.each([
    ['en', '2026-12-01', '2026-12-07', "This enrolment alone brings no cover. If you also pay for 2027, your child's reimbursement starts on January 1, 2027.", "Status on December 7, 2026: enrolled, in the waiting period. The wait ends only after the year your child is enrolled for is over, so your child's reimbursement starts only if you also pay for the next year."],
    ['zh-CN', '2026-12-01', '2026-12-07', '仅办理这次参保不能让孩子享受待遇。如同时缴纳2027年度保费，孩子的医保报销将于2027年1月1日开始。', '2026年12月7日的状态：已为孩子办理参保，处于待遇等待期。等待期到参保年度结束后才结束，只有再缴纳下一年度保费，孩子的医保报销才会开始。'],
    ['en', '2026-12-28', '2026-12-29', "This enrolment alone brings no cover. If you also pay for 2027, your child's reimbursement starts on January 1, 2027.", 'Status on December 29, 2026: enrolled, in the waiting period.'],
    ['zh-CN', '2026-12-28', '2026-12-29', '仅办理这次参保不能让孩子享受待遇。如同时缴纳2027年度保费，孩子的医保报销将于2027年1月1日开始。', '2026年12月29日的状态：已为孩子办理参保，处于待遇等待期。'],
  ] as const)('made (%s, enrolled on %s): the headline and the status say enrolled, the next year is paid', async (language, date, asOf, headline, status) => {
    await renderResultScreen(made(date, asOf), { language, today: asOf });
    expect(await screen.findByTestId('headline')).toHaveTextContent(headline);
    expect(screen.getByTestId('status')).toHaveTextContent(status);
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/This payment|这笔缴费/);
    expect(screen.getByTestId('status')).not.toHaveTextContent(/paid, in|已缴费|所缴年度/);
  });

  it.each([
    ['en', "This enrolment alone brings no cover. If you also pay for 2027, your child's reimbursement starts on January 1, 2027.", 'Status on December 7, 2026: not yet enrolled, so not covered yet.'],
    ['zh-CN', '仅办理这次参保不能让孩子享受待遇。如同时缴纳2027年度保费，孩子的医保报销将于2027年1月1日开始。', '2026年12月7日的状态：尚未参保，暂无保障。'],
  ] as const)('planned (%s): the same headline, and not yet enrolled', async (language, headline, status) => {
    await renderResultScreen(planned, { language, today: '2026-12-07' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(headline);
    expect(screen.getByTestId('status')).toHaveTextContent(status);
  });

  it('a payment for a year that costs a premium keeps the payment words (武汉, a child born in 2024 paid for 2026 on 1 December)', async () => {
    const paying = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', payments: [residentPay('2026-12-01', [2026])], circumstances: { birthDate: '2024-03-01' } });
    await renderResultScreen(paying, { today: '2026-12-07' });
    const said = await screen.findByTestId('headline');
    expect(said).toHaveTextContent('The payment you made brings no cover on its own');
    expect(said).not.toHaveTextContent(/enrolment/);
    expect(screen.getByTestId('status')).not.toHaveTextContent(/enrolled/);
  });
});

// The step of a rule that enrols children up to age one without a wait (江西's, or a region's
// among others): a free year of birth's day is the day of enrolment, not "the enrolment and payment date".
describe('the "until age one" step of a free newborn enrolment', () => {
  const step: TraceStep = { rule: 'X1', step: 'untilAgeOne', packId: 'national', packIds: ['national'], sources: [], params: { birthDate: '2026-08-20', firstBirthday: '2027-08-20', paymentDate: '2026-12-01', coverFrom: '2026-12-02' } };
  it.each([
    ['en', 'enrol', 'Born on August 20, 2026; the enrolment date (December 1, 2026) is before the first birthday (August 20, 2027)', false],
    ['en', 'self', 'Born on August 20, 2026; the enrolment and payment date (December 1, 2026) is before the first birthday (August 20, 2027)', false],
    ['zh-CN', 'enrol', '2026年8月20日出生，办理参保的日期（2026年12月1日）在1周岁（2027年8月20日）之前', false],
    ['zh-CN', 'self', '2026年8月20日出生，参保缴费日（2026年12月1日）在1周岁（2027年8月20日）之前', false],
    ['en', 'enrol', 'the enrolment date (December 1, 2026) is before the first birthday (August 20, 2027): if your region enrols', true],
    ['zh-CN', 'enrol', '办理参保的日期（2026年12月1日）在1周岁（2027年8月20日）之前：如当地', true],
  ] as const)('%s, payer %s', async (language, payer, text, regional) => {
    const i18n = await makeI18n(language);
    const shown = regional ? { ...step, variantPackIds: ['jiangxi'] } : step;
    render(
      <I18nextProvider i18n={i18n}>
        <WhyTrace steps={[shown]} lookup={() => undefined} packName={(id) => id} regional={regional} range={regional} cover="first" payer={payer} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(text);
  });
});
