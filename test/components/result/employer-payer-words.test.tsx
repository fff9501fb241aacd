// An employer pays the employee scheme (a payment's scheme 'employee'): the result must not make
// the reader the payer. "Once you pay, your reimbursement restarts, backdated to 1 December" told
// a worker whose new employer's first contribution was expected to pay it themselves. Where the
// employer pays, the headline, the timeline's name and the options say "once the contributions are
// paid" (「费用缴纳后」); where the reader pays (a flexible worker, the resident scheme), "once you
// pay" (「缴费后」) stays.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// 武汉: employee cover (an employer's) to October 2026, November missed and back-paid with a
// payment planned for 15 December, seen on 7 December: cover from the payment month, 1 December,
// and November covered too.
const wuhan = (scheme: 'employee' | 'flexible') =>
  scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay('2026-12-15', true, scheme, 'planned')] });

/** The "pay on 7 December" option's card. */
const todayCard = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
/** The label of a card's restoration, as the term before its date. */
const restorationLabel = (card: HTMLElement) => within(card).getAllByRole('term')[0]?.textContent;
const timelineName = () => screen.getByRole('img', { name: /^(Timeline|时间线)/ }).getAttribute('aria-label') ?? '';

describe('the employer pays (武汉, the employee scheme, planned)', () => {
  it('in English: "once the contributions are paid" in the headline, the timeline and the options, never "you pay"', async () => {
    await renderResultScreen(wuhan('employee'), { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent(
      'Once the contributions are paid, your reimbursement restarts, backdated to December 1, 2026. The time before that, from November 1, 2026 to November 30, 2026, is covered too once the contributions are paid.',
    );
    expect(timelineName()).toContain('; once the contributions are paid, reimbursement restarts, backdated to December 1, 2026.');
    // Contributions paid today, in the plan's own month, would change nothing: no option tells the reader to pay (employer-pay-today-no-gain.test.tsx).
    expect(screen.queryByRole('heading', { name: /^Pay today|paid today/ })).toBeNull();
    expect(screen.getByText('We found no other way of paying that would change this result.')).toBeVisible();
    // Nor the month back-paid beside the answer.
    expect(document.body).toHaveTextContent('1 month to be back-paid with the contributions (November 2026)');
    expect(document.body).not.toHaveTextContent(/once you pay|paying on this day|Your plan back-pays|to back-pay with this payment|your own plan|compared with your plan/i);
    expect(timelineName()).not.toMatch(/you pay/);
  });

  it('in Chinese: 费用缴纳后, not 缴费后 as if the reader paid', async () => {
    await renderResultScreen(wuhan('employee'), { language: 'zh-CN', today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent(
      '费用缴纳后，您的医保报销将恢复，并追溯至2026年12月1日：自该日起发生的医疗费用，可按规定报销。此前2026年11月1日至2026年11月30日的期间，费用缴纳后也享受待遇。',
    );
    expect(timelineName()).toContain('；费用缴纳后医保报销将恢复，并追溯至2026年12月1日。');
    expect(screen.queryByRole('heading', { name: /今天（2026年12月7日）/ })).toBeNull();
    expect(screen.getByText('我们没有找到能改变这一结果的其他缴费方式。')).toBeVisible();
    expect(document.body).toHaveTextContent('本次缴纳的费用补缴1个月（2026年11月）');
    expect(document.body).not.toHaveTextContent(/这样缴费不会提前恢复|您计划的缴费也会补缴|这次缴费补缴/);
  });
});

describe('the reader pays (武汉, as a flexible worker, planned): "you" stays', () => {
  it('in English: "Once you pay"', async () => {
    await renderResultScreen(wuhan('flexible'), { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent(
      'Once you pay, your reimbursement restarts, backdated to December 1, 2026. The time before that, from November 1, 2026 to November 30, 2026, is covered too once you pay.',
    );
    expect(timelineName()).toContain('; once you pay, reimbursement restarts, backdated to December 1, 2026.');
    expect(restorationLabel(todayCard('Pay today (December 7, 2026)'))).toBe('Reimbursement restarts once you pay, backdated to');
    expect(todayCard('Pay today (December 7, 2026)')).toHaveTextContent('paying on this day does not bring it forward.');
    expect(todayCard('Pay today (December 7, 2026)')).toHaveTextContent('Your plan back-pays the missed months too, so once paid it also covers you from November 1, 2026.');
    expect(document.body).toHaveTextContent('1 month to back-pay with this payment (November 2026)');
    expect(document.body).not.toHaveTextContent(/contributions are paid|contributions paid on this day/);
  });

  it('in Chinese: 缴费后', async () => {
    await renderResultScreen(wuhan('flexible'), { language: 'zh-CN', today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('缴费后，您的医保报销将恢复，并追溯至2026年12月1日：自该日起发生的医疗费用，可按规定报销。此前2026年11月1日至2026年11月30日的期间，缴费后也享受待遇。');
    expect(restorationLabel(todayCard('今天（2026年12月7日）缴费'))).toBe('缴费后医保报销恢复，追溯自');
    expect(todayCard('今天（2026年12月7日）缴费')).toHaveTextContent('恢复日期与按原计划缴费相同，这样缴费不会提前恢复。');
    expect(document.body).not.toHaveTextContent(/费用缴纳后/);
  });
});

describe('the employer pays under the national rules (a range, some dates before the payment)', () => {
  // The gap back-paid: cover from 1 December in some regions, from the day after payment or from January in others.
  const national = (status: 'made' | 'planned', date: string) =>
    scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay(date, true, 'employee', status)] });

  it('planned, in English: the backdated dates count "once they are paid", from "the day the contributions are paid"', async () => {
    await renderResultScreen(national('planned', '2026-12-15'), { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Dates before the day the contributions are paid (December 15, 2026) are backdated: once they are paid, cover counts from them.');
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/you pay/);
  });

  it('planned, in Chinese: 费用缴纳后可追溯', async () => {
    await renderResultScreen(national('planned', '2026-12-15'), { language: 'zh-CN', today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('上述日期如早于缴费日（2026年12月15日），表示费用缴纳后可追溯自该日起享受待遇。');
  });

  it('made, in English: "the day the contributions were paid", not "the day you paid"', async () => {
    await renderResultScreen(national('made', '2026-12-03'), { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Dates before the day the contributions were paid (December 3, 2026) are backdated: the payment covered you from them.');
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/you paid/);
  });
});

describe('the employer pays with no month missed: cover goes on', () => {
  // Employee cover to November 2026, the new employer's first contribution expected on 15 December: from 1 December.
  const next = scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: [{ from: '2023-01', to: '2026-11', paidBy: 'employer' }], payments: [employeePay('2026-12-15', false, 'employee', 'planned')] });

  it('in English', async () => {
    await renderResultScreen(next, { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Once the contributions are paid, your cover continues without a break: this payment covers you from December 1, 2026.');
    expect(timelineName()).toContain('; once the contributions are paid, your cover continues without a break');
    // Contributions paid today would give the same: no option.
    expect(screen.getByText('We found no other way of paying that would change this result.')).toBeVisible();
  });

  it('in Chinese', async () => {
    await renderResultScreen(next, { language: 'zh-CN', today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('费用缴纳后，您的医保待遇没有中断：这笔缴费自2026年12月1日起为您提供保障。');
    expect(screen.getByText('我们没有找到能改变这一结果的其他缴费方式。')).toBeVisible();
  });

  it('the same as a flexible worker, who pays: "once you pay", and cover from, not a restart', async () => {
    const own = { ...next, payments: [employeePay('2026-12-15', false, 'flexible', 'planned')] };
    await renderResultScreen(own, { today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Once you pay, your cover continues without a break: this payment covers you from December 1, 2026.');
    expect(restorationLabel(todayCard('Pay today (December 7, 2026)'))).toBe('Cover from (backdated once you pay)');
  });
});

describe('the employer pays: the options that move the payment do not tell the reader to pay', () => {
  // 武汉, employee cover to August 2026, the employer's contributions paid on 1 December without the
  // missed months: the comparison shows what back-paying them would have given.
  const made = (scheme: 'employee' | 'flexible') =>
    scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-08', paidBy: 'employer' }], payments: [employeePay('2026-12-01', false, scheme, 'made')] });
  // 武汉, employee cover to October 2026, contributions planned for 15 December without November.
  const plannedWithoutBackPay = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay('2026-12-15', false, 'employee', 'planned')] });

  it.each([
    ['en', 'The contributions have already been paid, so there are no other ways of paying to compare.', 'For comparison only: the contributions already paid', 'If the missed months had been back-paid with the contributions of December 1, 2026 (already paid)'],
    ['zh-CN', '这笔费用已经缴纳，没有其他可供比较的缴费做法。', '仅供对照：已缴纳的这笔费用', '如2026年12月1日缴纳费用时一并补缴了断保月份'],
  ] as const)('made (%s): the comparison speaks of the contributions paid, not "your payment"', async (language, none, title, option) => {
    await renderResultScreen(made('employee'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByText(none)).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: option })).toBeVisible();
    expect(document.body).not.toHaveTextContent(/Your payment (of|has)|您的这笔费用|您已缴的这笔费用/);
  });

  it('made, as a flexible worker, who paid: "your payment" stays', async () => {
    await renderResultScreen(made('flexible'), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Your payment has already been made, so there are no other ways of paying to compare.')).toBeVisible();
    expect(document.body).not.toHaveTextContent('The contributions have already been paid');
  });

  it.each([
    ['en', 'If the missed months are back-paid with the contributions planned for December 15, 2026', 'If the contributions are paid today (December 7, 2026)'],
    ['zh-CN', '如在计划缴费日（2026年12月15日）一并补缴断保月份', '如今天（2026年12月7日）缴纳费用'],
  ] as const)('planned without the back-payment (%s): "if the missed months are back-paid"', async (language, backPay, today) => {
    await renderResultScreen(plannedWithoutBackPay, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: backPay })).toBeVisible();
    // Paid today, in the plan's own month and without the missed months, the plan's dates: no card.
    expect(screen.queryByRole('heading', { level: 3, name: today })).toBeNull();
  });
});

describe('the employer pays: the "why" step on the wait says the contributions do not back-pay the gap', () => {
  // 青岛: employee cover to December 2025, the employer's contributions paid on 10 March 2026
  // without January and February: the wait after a gap, 3 months from March.
  const qingdao = (scheme: 'employee' | 'flexible') =>
    scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', employeePeriods: [{ from: '2023-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay('2026-03-10', false, scheme, 'made')] });

  it.each([
    ['en', 'Why: step by step', 'The contributions do not back-pay the missed months, so the wait after a gap applies: cover starts 3 months after the payment month, on June 1, 2026.', /This payment does not back-pay/],
    ['zh-CN', '计算依据（逐步说明）', '本次缴纳的费用未补缴断保的月份，按断保的等待期规定：自缴费当月起等待3个月，自2026年6月1日起享受待遇。', /这笔缴费未补缴/],
  ] as const)('%s', async (language, region, step, old) => {
    await renderResultScreen(qingdao('employee'), { language, today: '2026-12-01' });
    const why = await screen.findByRole('region', { name: region });
    expect(why).toHaveTextContent(step);
    expect(why).not.toHaveTextContent(old);
  });

  it('a flexible worker, who pays: "This payment" stays', async () => {
    await renderResultScreen(qingdao('flexible'), { today: '2026-12-01' });
    const why = await screen.findByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('This payment does not back-pay the missed months, so the wait after a gap applies');
  });
});
