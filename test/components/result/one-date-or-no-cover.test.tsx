// A range whose dated outcomes all fall on one day, beside "no cover this year": 甘肃 pins all
// but whether it still accepts late payments for 2027 (its own pack states the closure after the
// supplementary period for 2026 only, P-GS2). The headline gives that day or no cover, never
// "between 29 September 2027 and 29 September 2027".
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** W36 in 甘肃: lapsed 2025, 2026 paid late on 2026-12-01, 2027 paid (or planned) on 2027-06-01. */
const w36 = (asOf: string, status: 'made' | 'planned') =>
  scenario({ asOf, region: 'gansu', years: { 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027], 0, status)] });

describe('one date or no cover', () => {
  it('in English, made and still to come', async () => {
    await renderResultScreen(w36('2027-06-01', 'made'), { today: '2027-06-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent("Your reimbursement restarts on September 29, 2027, or this payment brings no cover in 2027, depending on your region's rules.");
    expect(headline.textContent).not.toMatch(/between/);
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('no longer accepted payments for 2027');
  });

  it('in Chinese, planned', async () => {
    await renderResultScreen(w36('2027-05-01', 'planned'), { language: 'zh-CN', today: '2027-05-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent('您的医保报销将于2027年9月29日恢复；也可能这笔缴费在2027年度享受不到待遇，具体取决于当地规定。');
    expect(headline.textContent).not.toMatch(/之间/);
    // One region chosen: what is open is its rule, not "some regions'".
    expect(headline.textContent).not.toContain('部分地区');
  });

  it('in the past tense once the day has passed', async () => {
    await renderResultScreen(w36('2027-12-01', 'made'), { today: '2027-12-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent("Your reimbursement restarted on September 29, 2027, or this payment brought no cover in 2027, depending on your region's rules.");
  });
});
