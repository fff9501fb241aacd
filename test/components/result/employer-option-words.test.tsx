// The options where an employer pays the employee scheme: the cost compared "with your plan"
// (与您计划的缴费相比) and dates "before the day of this payment" made the reader the payer. An
// employer's contributions are compared "with those planned" (与计划缴纳的费用相比), and the
// backdated dates count from "the day the contributions are paid", as the headline says it. A
// flexible worker, who pays, keeps "your plan".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// 武汉: employee cover to August 2026; the contributions planned for 15 December do not back-pay
// September to November. Seen on 7 December: back-paying them costs 3 more months. (Paying today,
// in the plan's own month, gives the plan's dates for the same months: no card where the employer
// pays, employer-pay-today-no-gain.test.tsx.)
const plan = (scheme: 'employee' | 'flexible') =>
  scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-08', paidBy: 'employer' }], payments: [employeePay('2026-12-15', false, scheme, 'planned')] });

// National rules: employee cover to October 2026, contributions planned for 20 January 2027 that
// back-pay November and December. Paid today, 7 December, the same months: from a day between
// 1 December (backdated) and 1 January, where the plan gives 1 January to 1 February.
const backPaying = scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay('2027-01-20', true, 'employee', 'planned')] });

/** An option's card by its title. */
const card = (title: string) => screen.getByRole('listitem', { name: title });
/** A card's facts as [term, definition] pairs. */
const facts = (title: string) => within(card(title)).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
const optionsRegion = (language: 'en' | 'zh-CN') => screen.getByRole('region', { name: language === 'en' ? 'What you can do' : '您可以怎么做' });

describe('the employer pays: the options compare contributions with those planned', () => {
  it.each([
    ['en', 'If the missed months are back-paid with the contributions planned for December 15, 2026', 'Contributions compared with those planned', '3 more months of contributions'],
    ['zh-CN', '如在计划缴费日（2026年12月15日）一并补缴断保月份', '与计划缴纳的费用相比', '多缴3个月的缴费'],
  ] as const)('%s: the cost column of the back-payment', async (language, backPay, column, more) => {
    await renderResultScreen(plan('employee'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(facts(backPay)).toContainEqual([column, more]);
    expect(optionsRegion(language)).not.toHaveTextContent(/compared with your plan|day of this payment|与您计划的缴费相比|表示缴费后/);
  });

  it.each([
    [
      'en',
      'If the contributions are paid today (December 7, 2026)',
      'Contributions compared with those planned',
      'the same months of contributions',
      'Dates before the day the contributions are paid (December 7, 2026) are backdated: once they are paid, cover counts from them.',
    ],
    ['zh-CN', '如今天（2026年12月7日）缴纳费用', '与计划缴纳的费用相比', '缴费月数相同', '上述日期如早于缴费日（2026年12月7日），表示费用缴纳后可追溯自该日起享受待遇。'],
  ] as const)('%s: paying today, the same months, and the backdated note', async (language, today, column, same, backdated) => {
    await renderResultScreen(backPaying, { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(facts(today)).toContainEqual([column, same]);
    expect(within(card(today)).getByText(backdated)).toBeVisible();
    expect(optionsRegion(language)).not.toHaveTextContent(/compared with your plan|day of this payment|与您计划的缴费相比|表示缴费后/);
  });
});

describe('the reader pays (a flexible worker): "your plan" stays', () => {
  it.each([
    ['en', 'Pay today (December 7, 2026)', 'Contributions compared with your plan'],
    ['zh-CN', '今天（2026年12月7日）缴费', '与您计划的缴费相比'],
  ] as const)('%s', async (language, today, column) => {
    await renderResultScreen(plan('flexible'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(facts(today).map(([term]) => term)).toContain(column);
  });
});
