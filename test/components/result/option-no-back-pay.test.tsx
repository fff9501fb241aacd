// On screen: a flexible worker's plan back-pays missed months that buy nothing (武汉, E3a: from the
// 4th month since the employer stopped the gap is not covered, back-paid or not). The card offering
// the same payment without them says so in its title, restores on the plan's date, costs the months
// less, and is the lowest cost; it is not "earliest" where paying today gives that date too.
// Options come from the real calculator with the shipped packs.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Scenario } from '../../../src/calc';
import { OptionsList } from '../../../src/features/result/options-list';
import { planCostOf } from '../../../src/features/result/plan-cost';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { makeI18n, serveRules } from '../wizard/harness';

async function renderOptions(s: Scenario, language: SupportedLanguage) {
  const i18n = await makeI18n(language);
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const result = outcome.result;
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <OptionsList options={result.options} asOf={s.asOf} made={false} plan={result.main.restoration} planCost={planCostOf(s, result.main.restoration)} />
    </AppProviders>,
  );
}

/** 武汉: employer-paid cover to May 2026; a flexible worker plans to pay on 15 Dec 2026 (month 7), back-paying June to November: from 1 Jun 2027. */
const wuhan = (asOf: string) => scenario({ asOf, region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-05', paidBy: 'employer' }], payments: [employeePay('2026-12-15', true, 'flexible', 'planned')] });

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('option: the plan without a back-payment that buys nothing', () => {
  it('seen on 1 Oct 2026 (month 5): on the planned day without it, 1 Jun 2027 for 6 months less (lowest cost); today without it, 1 Nov 2026 for 4 months less (earliest)', async () => {
    await renderOptions(wuhan('2026-10-01'), 'en');
    const planned = screen.getByRole('listitem', { name: 'Pay on December 15, 2026 as you plan, without back-paying the missed months' });
    expect(planned).toHaveTextContent('June 1, 2027');
    expect(within(planned).getByText('6 fewer months of contributions')).toBeInTheDocument();
    expect(within(planned).getByText('Your reimbursement restarts on the same date as under your own plan: this option changes only what you pay.')).toBeInTheDocument();
    expect(within(planned).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent(/^Lowest cost$/);
    const today = screen.getByRole('listitem', { name: 'Pay today (October 1, 2026), without back-paying the missed months' });
    expect(today).toHaveTextContent('November 1, 2026');
    expect(within(today).getByText('4 fewer months of contributions')).toBeInTheDocument();
    expect(within(today).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent(/^Earliest restart$/);
    // Leaving months unpaid is compared on its date only: both cards send the reader to ask what else
    // back-paid months count for; the plan's own back-paying card in month 7 says nothing of it.
    const other = /This compares only when reimbursement restarts\. Back-paid months may still matter for other things/;
    expect(within(planned).getByText(other)).toBeInTheDocument();
    expect(within(today).getByText(other)).toBeInTheDocument();
    expect(screen.getAllByText(other)).toHaveLength(2);
    // Said after what the option does to the date, which it qualifies.
    const notes = [...planned.querySelectorAll('p.option__note')].map((p) => p.textContent ?? '');
    expect(notes.findIndex((n) => other.test(n))).toBeGreaterThan(notes.findIndex((n) => n.startsWith('Your reimbursement restarts on the same date')));
  });

  it('in Chinese: 不补缴断保月份, 少缴6个月的缴费', async () => {
    await renderOptions(wuhan('2026-10-01'), 'zh-CN');
    const planned = screen.getByRole('listitem', { name: '在计划缴费日（2026年12月15日）缴费，不补缴断保月份' });
    expect(planned).toHaveTextContent('2027年6月1日');
    expect(within(planned).getByText('少缴6个月的缴费')).toBeInTheDocument();
    expect(within(planned).getByRole('list', { name: '与其他做法相比' })).toHaveTextContent(/^花费最少$/);
    const today = screen.getByRole('listitem', { name: '今天（2026年10月1日）缴费，不补缴断保月份' });
    expect(within(today).getByText('少缴4个月的缴费')).toBeInTheDocument();
    expect(within(planned).getByText(/^这里只比较医保报销何时恢复。.*累计缴费年限.*请先向当地医保经办机构咨询。$/)).toBeInTheDocument();
  });

  it('seen on 7 Dec 2026, in the planned month: paying today gives the plan\'s date too, so the card without the back-payment is the lowest cost but not "earliest"', async () => {
    await renderOptions(wuhan('2026-12-07'), 'en');
    const planned = screen.getByRole('listitem', { name: 'Pay on December 15, 2026 as you plan, without back-paying the missed months' });
    expect(within(planned).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent(/^Lowest cost$/);
    expect(screen.queryByText('Earliest restart')).toBeNull();
    // Paying today keeps the plan's back-payment in its month: the same months, the same date.
    const today = screen.getByRole('listitem', { name: 'Pay today (December 7, 2026)' });
    expect(within(today).getByText('the same months of contributions')).toBeInTheDocument();
    expect(within(today).queryByText(/This compares only when reimbursement restarts/)).toBeNull();
  });
});
