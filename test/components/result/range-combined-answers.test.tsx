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
    expect(page).toHaveTextContent('cover starts on the day the wait runs out or on the day after (the wait counted from the payment date)');
    expect(page).not.toHaveTextContent('runs out or cover starts the day after');
  });

  it('in Chinese', async () => {
    await renderResultScreen(w21, { language: 'zh-CN' });
    const page = screen.getByRole('article');
    expect(page).toHaveTextContent('待遇自等待期届满当日或次日起享受（等待期从缴费之日算起）');
    expect(page).not.toHaveTextContent('届满当日即可享受待遇，或待遇自等待期届满的次日起享受');
  });
});
