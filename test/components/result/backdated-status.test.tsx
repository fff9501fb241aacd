// A planned payment whose cover goes back to a day already past: the status as of today is "not
// paid yet", not "lapsed" (南通, employee cover to November 2026, the resident scheme planned for
// 10 December: covered from 1 December; a newcomer read 「未参保（断保）」 beside steps that say
// 「没有断保」, 6 Dec 2026). Made, or a start still ahead, keeps the status as it was.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const leaver = (date: string, status: 'planned' | 'made') =>
  scenario({ asOf: '2026-12-05', region: 'jiangsu-nantong', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee' }, employeePeriods: [{ from: '2020-07', to: '2026-11' }], payments: [residentPay(date, [2026, 2027], 0, status)] });

describe('the status beside a planned payment that covers back to a past day', () => {
  it('in Chinese: 「本年度尚未缴费」, not 「未参保（断保）」', async () => {
    await renderResultScreen(leaver('2026-12-10', 'planned'), { language: 'zh-CN', today: '2026-12-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('缴费后，您的医保报销将恢复，并追溯至2026年12月1日：自该日起发生的医疗费用，可按规定报销。');
    expect(screen.getByTestId('status')).toHaveTextContent('2026年12月5日的状态：本年度尚未缴费。');
    expect(screen.getByTestId('status')).not.toHaveTextContent('断保');
  });

  it('in English: "not paid for this year yet"', async () => {
    await renderResultScreen(leaver('2026-12-10', 'planned'), { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on December 5, 2026: not paid for this year yet.');
  });

  it('a monthly scheme planned later this month (cover from the payment month): "not paid yet", not "for this year"', async () => {
    const flexible = scenario({ asOf: '2026-12-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2020-01', to: '2026-11', paidBy: 'self' }], payments: [employeePay('2026-12-20', true, 'flexible', 'planned')] });
    await renderResultScreen(flexible, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on December 5, 2026: not paid yet.');
  });

  it('paid already (5 December): covered, as before', async () => {
    await renderResultScreen(leaver('2026-12-05', 'made'), { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('status')).toHaveTextContent(/^Status on December 5, 2026: covered/);
  });
});
