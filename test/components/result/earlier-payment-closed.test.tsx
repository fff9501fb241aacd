// 南通: 2024 paid, 2025 paid late on 10 May 2025 (after the region stopped taking 2025 payments),
// and 2027 planned. The 2025 payment's warning names it by its date and says what it brought
// (nothing in 2025), without "pay in the next enrolment window": a later payment follows it, and
// the advice would be past. Paid with 2026 in it, the warning does not point at "the date above"
// either: that date is the 2027 payment's.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const nantong = scenario({ asOf: '2026-12-05', region: 'jiangsu-nantong', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2025-05-10', [2025]), residentPay('2026-12-05', [2027], 0, 'planned')] });
const withNextYear = scenario({ asOf: '2026-12-05', region: 'jiangsu-nantong', years: { 2024: 'resident' }, payments: [residentPay('2025-05-10', [2025, 2026]), residentPay('2026-12-05', [2027], 0, 'planned')] });

function closedWarnings(s: typeof nantong) {
  const out = calculate(s, chainOf('jiangsu-nantong'));
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.warnings.filter((w) => w.id === 'lateEnrolmentClosed');
}

describe('an earlier payment made after its year stopped taking payments', () => {
  it('the engine marks its warning as having a later payment after it, with its date', () => {
    const closed = closedWarnings(nantong);
    expect(closed.length).toBeGreaterThan(0);
    for (const w of closed) expect(w.params).toEqual({ year: 2025, later: true, paymentDate: '2025-05-10' });
    for (const w of closedWarnings(withNextYear)) expect(w.params).toEqual({ year: 2025, nextYear: 2026, later: true, paymentDate: '2025-05-10' });
  });

  it('in English: named by its date, no advice to pay in the next window', async () => {
    await renderResultScreen(nantong, { today: '2026-12-05' });
    const text = screen.getByText(/no longer accepted payments that buy cover for 2025/);
    expect(text.textContent).toMatch(/^(Depending on your region, the following may apply\. )?When you paid on May 10, 2025, your region no longer accepted payments that buy cover for 2025: that payment brought no cover in 2025\.$/);
  });

  it('in Chinese', async () => {
    await renderResultScreen(nantong, { language: 'zh-CN', today: '2026-12-05' });
    const text = screen.getByText(/当地已停止办理2025年度的参保缴费/);
    expect(text.textContent).not.toContain('请在下一个集中参保期缴费');
    expect(text.textContent).toContain('您2025年5月10日缴费时，当地已停止办理2025年度的参保缴费：那笔缴费在2025年度享受不到待遇。');
  });

  it('paid with the next year in it: no "the date above"', async () => {
    await renderResultScreen(withNextYear, { today: '2026-12-05' });
    const text = screen.getByText(/no longer accepted payments that buy cover for 2025/);
    expect(text.textContent).toContain('When you paid on May 10, 2025, your region no longer accepted payments that buy cover for 2025: that payment brought no cover in 2025, and 2025 counts as a year your cover lapsed. The premium for 2026 in it counted as a payment for 2026.');
    expect(text.textContent).not.toContain('the date above');
  });
});
