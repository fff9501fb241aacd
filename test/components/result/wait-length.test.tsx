// An employee-scheme wait counted in calendar months from the month of payment: paid 10 Nov,
// covered from 1 Feb, is "3 months" only because the month of payment counts as the first. Beside
// "10 November to 31 January" the count says so, in the facts and the timeline table, in both languages.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countsPaymentMonth } from '../../../src/features/result/wait-length';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 青岛: employee-scheme cover to March 2026, a flexible worker from 10 Nov 2026: a gap over 3 months waits 3 months (E3). */
const qingdao = scenario({ asOf: '2026-11-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2024-01', to: '2026-03' }], payments: [employeePay('2026-11-10', false, 'flexible', 'planned')] });

describe('a wait counted from the month of payment', () => {
  it('in English: the facts and the timeline table say how the month is counted', async () => {
    await renderResultScreen(qingdao, { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Your reimbursement restarts on February 1, 2027.');
    expect(screen.getByText(/^November 10, 2026 to January 31, 2027 \(3 months, counting the month of payment as the first\)$/)).toBeVisible();
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    expect(within(table).getByRole('row', { name: /^Waiting period.*\(3 months, counting the month of payment as the first\)/ })).toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.getByText(/^2026年11月10日至2027年1月31日（3个月，缴费当月计为第1个月）$/)).toBeVisible();
  });

  it('which waits count that way: months from the payment month to a 1st, not a same-day or next-day count', () => {
    const w = { unit: 'months' as const, fixed: 1, variable: 0, variableBeforeRepair: 0, repairRemoved: 0, usefulRepairYears: 0 };
    expect(countsPaymentMonth({ ...w, start: '2026-11-10', end: '2026-11-30', total: 1 })).toBe(true);
    // 呼和浩特's month start: paid 10 Mar, 3 months with March as the first → 1 Jun.
    expect(countsPaymentMonth({ ...w, start: '2026-03-10', end: '2026-05-31', total: 3 })).toBe(true);
    // Same day: 10 Mar + 3 months = 10 Jun; next day from 30 Nov: 28 Feb + 1 = 1 Mar (4 calendar months, not 3).
    expect(countsPaymentMonth({ ...w, start: '2026-03-10', end: '2026-06-09', total: 3 })).toBe(false);
    expect(countsPaymentMonth({ ...w, start: '2025-11-30', end: '2026-02-28', total: 3 })).toBe(false);
    // From 1 Jan (a window payment): whole months anyway.
    expect(countsPaymentMonth({ ...w, start: '2026-01-01', end: '2026-03-31', total: 3 })).toBe(false);
  });
});
