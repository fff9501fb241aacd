// 江苏: a flexible worker whose last month paid was July 2026, planning to pay on 10 Jan 2027
// without back-paying the gap. A region with no wait after a long gap covers from the payment
// month (RULES W15: from the 1st of that month), so the range's earliest day, 1 Jan 2027, comes
// before the payment. The headline and the "pay today" option say such dates are backdated, not
// a restart to come (a newcomer's walk: "will restart on 1 December" beside a payment on 5 December).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });

describe('a range whose earliest day comes before the payment', () => {
  it('the engine gives 1 Jan 2027 as the earliest day, before the payment on 10 Jan (W15: from the payment month)', () => {
    const out = calculate(flexible, chainOf('jiangsu'));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result.main.restoration;
    expect(r.kind).toBe('range');
    if (r.kind === 'range') expect(r.earliest).toBe('2027-01-01');
    const today = out.result.options.find((o) => o.kind === 'payToday' && o.paymentDate === '2026-12-05' && !o.backPay);
    expect(today?.restoration.kind === 'range' && today.restoration.earliest).toBe('2026-12-01');
  });

  it('in Chinese: the headline and the option say those dates are backdated', async () => {
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('上述日期如早于缴费日（2027年1月10日），表示缴费后可追溯自该日起享受待遇。');
    const option = screen.getByRole('heading', { name: /今天（2026年12月5日）缴费/ }).closest('li') as HTMLElement;
    expect(within(option).getByText('上述日期如早于缴费日（2026年12月5日），表示缴费后可追溯自该日起享受待遇。')).toBeInTheDocument();
  });

  it('in English', async () => {
    await renderResultScreen(flexible, { today: '2026-12-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Dates before the day you pay (January 10, 2027) are backdated: once you pay, cover counts from them.');
    const option = screen.getAllByRole('heading', { name: /^Pay today \(December 5, 2026\)/ })[0]?.closest('li') as HTMLElement;
    expect(within(option).getByText('Dates before the day of this payment (December 5, 2026) are backdated: once it is paid, cover counts from them.')).toBeInTheDocument();
  });
});
