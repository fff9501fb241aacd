// The employee scheme pays by the month and has no benefit years: a regional rule it reads is the
// one in force in the year of the payment, said as such, not "the rules for 2027" as a benefit
// year (a newcomer's walk). 江苏 flexible worker, last paid July 2026, paying on 10 Jan 2027.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });
/** A resident payment under the national rules keeps the benefit year: 「（2026年度的规定）」. */
const resident = scenario({ asOf: '2026-03-10', region: 'national', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] });

const why = () => screen.getByRole('region', { name: /^(计算依据（逐步说明）|Why: step by step)$/ });

describe('the year of a regional rule the employee scheme reads', () => {
  it('in Chinese: 2027年适用的规定, not 2027年度', async () => {
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(why()).toHaveTextContent('（2027年适用的规定）');
    expect(why()).not.toHaveTextContent('2027年度的规定');
  });

  it('in English', async () => {
    await renderResultScreen(flexible, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(why()).toHaveTextContent('(the rule in force in 2027)');
    expect(why()).not.toHaveTextContent('in the rules for 2027');
  });

  it('a resident payment keeps its benefit year', async () => {
    await renderResultScreen(resident, { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(why()).toHaveTextContent('2026年度的规定');
    expect(within(why()).queryByText(/年适用的规定/)).toBeNull();
  });
});
