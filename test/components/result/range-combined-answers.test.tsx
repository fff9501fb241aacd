// A range line whose dates come from two answers of one rule (W21 北京: paid after the window,
// day counting not stated) names them together in words of their own, not as "A, and B or C",
// which does not say which goes with which.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const w21 = scenario({ asOf: '2026-03-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] });

describe('W21 (北京, 2026 paid on 10 Mar 2026): same-day or next-day counting in one line', () => {
  it('in English', async () => {
    await renderResultScreen(w21);
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts between June 1, 2026 and June 11, 2026');
    const page = screen.getByRole('article');
    // R7: sameDay is the payment date plus the wait, nextDay one day later; said so, not "the day it runs out".
    expect(page).toHaveTextContent('cover starts on the payment date plus the wait, or the day after');
    expect(page).not.toHaveTextContent('plus the wait or cover starts the day after');
    expect(page).not.toHaveTextContent('runs out');
  });

  it('in Chinese', async () => {
    await renderResultScreen(w21, { language: 'zh-CN' });
    const page = screen.getByRole('article');
    expect(page).toHaveTextContent('自缴费之日起满等待期的当天或次日开始享受待遇');
    expect(page).not.toHaveTextContent('开始享受待遇，或自缴费之日起满等待期的次日开始享受待遇');
    // Said once, plainly: not "the wait counts from the payment date" and then the payment date again.
    expect(page).not.toHaveTextContent('等待期从缴费之日算起');
    expect(page).not.toHaveTextContent('届满当日');
  });
});
