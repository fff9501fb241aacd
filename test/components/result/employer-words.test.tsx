// An employer pays the employee scheme (payer-words.ts): the texts that speak of "the payment"
// say the employer's contributions instead, where the reader could not have made or changed it.
// - The back-pay hint (E1): "If your employer back-pays the gap months…", "Had the contributions
//   included the gap months…" (如单位当时一并补缴了断保的月份…), not "Back-pay…" / "Had the payment…".
// - The status before the first contribution: "contributions not paid yet" (单位尚未缴费).
// A flexible worker pays for themself: their texts stay.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const warningTexts = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');

/** National W14: employee cover to March 2025, the new employer's first contribution on 15 Jul 2025, the gap not back-paid. */
const w14 = scenario({ asOf: '2026-11-25', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', false)] });
/** National: an employer paid to September 2026, the cover moved city; the next contribution is expected on 7 Dec 2026, the gap not back-paid. */
const expected = (scheme: 'employee' | 'flexible') =>
  scenario({ asOf: '2026-12-07', employeePeriods: [{ from: '2020-01', to: '2026-09', paidBy: 'employer' }], payments: [employeePay('2026-12-07', false, scheme, 'planned')], circumstances: { movedRegion: true } });
/** 武汉: employee cover to November 2026, the first contribution expected on 20 Dec 2026. */
const later = (scheme: 'employee' | 'flexible') => scenario({ asOf: '2026-12-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2020-01', to: '2026-11', paidBy: 'self' }], payments: [employeePay('2026-12-20', true, scheme, 'planned')] });

describe('the back-pay hint, said of the employer', () => {
  it('contributions already paid, in English', async () => {
    await renderResultScreen(w14, { today: '2026-11-25' });
    expect(warningTexts('Warnings').find((w) => w.includes('gap months'))).toBe(
      "Had the contributions included the gap months (from April 2025), your reimbursement would have restarted between July 1, 2025 and August 1, 2025, depending on your region's rules. Whether the gap months are then covered retroactively depends on your region.",
    );
  });

  it('contributions already paid, in Chinese', async () => {
    await renderResultScreen(w14, { language: 'zh-CN', today: '2026-11-25' });
    const hint = warningTexts('提示').find((w) => w.includes('断保的月份'));
    expect(hint).toMatch(/^如单位当时一并补缴了断保的月份（自2025年4月起），医保报销本可在2025年7月1日至2025年8月1日之间恢复，具体取决于当地规定。/);
    expect(hint).not.toContain('这笔缴费');
  });

  it('contributions expected, in both languages: the employer back-pays, not the reader', async () => {
    await renderResultScreen(expected('employee'), { today: '2026-12-07' });
    expect(warningTexts('Warnings').find((w) => w.includes('gap months'))).toBe('If your employer back-pays the gap months (from October 2026), your reimbursement restarts on December 1, 2026. In that case the gap months are covered retroactively.');
    cleanup();
    await renderResultScreen(expected('employee'), { language: 'zh-CN', today: '2026-12-07' });
    expect(warningTexts('提示').find((w) => w.includes('断保的月份'))).toMatch(/^如单位补缴断保的月份（自2026年10月起），医保报销可自2026年12月1日起恢复。/);
  });

  it("a flexible worker's own payment keeps \"Back-pay the gap months\"", async () => {
    await renderResultScreen(expected('flexible'), { today: '2026-12-07' });
    expect(warningTexts('Warnings').find((w) => w.includes('gap months'))).toBe('Back-pay the gap months (from October 2026) and your reimbursement restarts on December 1, 2026. In that case the gap months are covered retroactively.');
  });
});

describe('the status before the first contribution', () => {
  it('in English: "contributions not paid yet"; a flexible worker: "not paid yet"', async () => {
    await renderResultScreen(later('employee'), { today: '2026-12-05' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on December 5, 2026: contributions not paid yet.');
    cleanup();
    await renderResultScreen(later('flexible'), { today: '2026-12-05' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on December 5, 2026: not paid yet.');
  });

  it('in Chinese: 单位尚未缴费', async () => {
    await renderResultScreen(later('employee'), { language: 'zh-CN', today: '2026-12-05' });
    expect(await screen.findByTestId('status')).toHaveTextContent('2026年12月5日的状态：单位尚未缴费。');
  });
});
