// Where an employer pays the employee scheme, "If the contributions are paid today" is shown only
// where it changes something. A person who pays (a resident, a flexible worker) chooses the day:
// for them a card that gives the plan's own dates says so ("paying on this day does not bring it
// forward"), which answers whether to hurry. The employer's contributions are not the reader's to
// time (the headline never offers them "pay today" either), so a card that changes neither a date
// nor the months paid is left out: the plan's own dates (E4: cover from the payment month, any day
// in it), or, after a plan that back-pays its gap (E1), a later "restart" when the plan already
// covers from the gap's first day.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmployeePeriod } from '../../../src/calc';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const employer = (to: string): EmployeePeriod[] => [{ from: '2023-01', to, paidBy: 'employer' }];
/** The option cards' titles, in order. */
const titles = (list: string) => within(screen.getByRole('list', { name: list })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const EN_LIST = 'Options and when reimbursement restarts under each';
const options = (language: 'en' | 'zh-CN') => screen.getByRole('region', { name: language === 'en' ? 'What you can do' : '您可以怎么做' });

describe('武汉, employer cover to August 2026, contributions planned for 15 December without the missed months, seen on 7 December', () => {
  const plan = (scheme: 'employee' | 'flexible') => scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: employer('2026-08'), payments: [employeePay('2026-12-15', false, scheme, 'planned')] });

  it.each([
    ['en', EN_LIST, 'If the missed months are back-paid with the contributions planned for December 15, 2026', /paid today/],
    ['zh-CN', '各种做法及医保报销恢复日期', '如在计划缴费日（2026年12月15日）一并补缴断保月份', /今天/],
  ] as const)('%s: paid today in the same month gives the plan’s dates for the same months: only the back-payment is offered', async (language, list, backPay, today) => {
    await renderResultScreen(plan('employee'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(titles(list)).toEqual([backPay]);
    expect(options(language)).not.toHaveTextContent(today);
  });

  it('a flexible worker, who pays, still sees paying today, told it does not bring the date forward', async () => {
    await renderResultScreen(plan('flexible'), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(titles(EN_LIST)).toContain('Pay today (December 7, 2026)');
    expect(screen.getByRole('listitem', { name: 'Pay today (December 7, 2026)' })).toHaveTextContent('Your reimbursement restarts on the same date as under your own plan: paying on this day does not bring it forward.');
  });
});

describe('national rules, employer cover to November 2026, the new employer’s contributions planned for 15 December, seen on 7 December', () => {
  const next = scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: employer('2026-11'), payments: [employeePay('2026-12-15', false, 'employee', 'planned')] });

  it.each([
    ['en', 'We found no other way of paying that would change this result.', 'December 1, 2026'],
    ['zh-CN', '我们没有找到能改变这一结果的其他缴费方式。', '2026年12月1日'],
  ] as const)('%s: cover goes on from 1 December either way, so no option is listed', async (language, none, from) => {
    await renderResultScreen(next, { language, today: '2026-12-07' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(from);
    expect(within(options(language)).getByText(none)).toBeVisible();
    expect(within(options(language)).queryByRole('list')).toBeNull();
  });
});

describe('武汉, employer cover to October 2026, contributions planned for 20 January 2027 back-paying November and December, seen on 7 December', () => {
  const plan = (scheme: 'employee' | 'flexible') => scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: employer('2026-10'), payments: [employeePay('2027-01-20', true, scheme, 'planned')] });

  it.each([
    ['en', 'The time before that, from November 1, 2026 to December 31, 2026, is covered too once the contributions are paid.', 'We found no other way of paying that would change this result.'],
    ['zh-CN', '此前2026年11月1日至2026年12月31日的期间，费用缴纳后也享受待遇。', '我们没有找到能改变这一结果的其他缴费方式。'],
  ] as const)('%s: paid today, cover would restart on 1 December, but the plan covers from 1 November too: no option', async (language, covered, none) => {
    await renderResultScreen(plan('employee'), { language, today: '2026-12-07' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(covered);
    expect(within(options(language)).getByText(none)).toBeVisible();
  });

  it('a flexible worker, who pays, still sees paying today, told the plan covers from 1 November too', async () => {
    await renderResultScreen(plan('flexible'), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('listitem', { name: 'Pay today (December 7, 2026)' })).toHaveTextContent('Your plan back-pays the missed months too, so once paid it also covers you from November 1, 2026.');
  });
});

describe('青岛, employer cover to August 2026, contributions planned for 20 January 2027 without the missed months, seen on 4 December', () => {
  // The plan waits to 1 April 2027 (a gap of 4 months); paid today, 1 March, or 1 January with September to November back-paid.
  const plan = scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: employer('2026-08'), payments: [employeePay('2027-01-20', false, 'employee', 'planned')] });

  it('paying today brings the date forward: both cards stay, with their dates', async () => {
    await renderResultScreen(plan, { today: '2026-12-04' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('April 1, 2027');
    expect(titles(EN_LIST)).toEqual(['If the contributions are paid today (December 4, 2026)', 'If the contributions are paid today (December 4, 2026) and the missed months back-paid']);
    expect(within(screen.getByRole('listitem', { name: 'If the contributions are paid today (December 4, 2026)' })).getAllByRole('definition')[0]).toHaveTextContent('March 1, 2027');
    expect(within(screen.getByRole('listitem', { name: 'If the contributions are paid today (December 4, 2026) and the missed months back-paid' })).getAllByRole('definition')[0]).toHaveTextContent('January 1, 2027');
  });
});
