// 南通: 2024 paid, 2025 paid late on 10 May 2025 (after the region stopped taking 2025 payments),
// and 2027 planned. The 2025 payment's warning says what it brought (nothing in 2025), without
// "pay in the next enrolment window": a later payment follows it, and the advice would be past.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';
import { chainOf } from '../../calc/arbitraries';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const nantong = scenario({ asOf: '2026-12-05', region: 'jiangsu-nantong', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2025-05-10', [2025]), residentPay('2026-12-05', [2027], 0, 'planned')] });

describe('an earlier payment made after its year stopped taking payments', () => {
  it('the engine marks its warning as having a later payment after it', () => {
    const out = calculate(nantong, chainOf('jiangsu-nantong'));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const closed = out.result.warnings.filter((w) => w.id === 'lateEnrolmentClosed');
    expect(closed.length).toBeGreaterThan(0);
    for (const w of closed) expect(w.params).toMatchObject({ year: 2025, later: true });
  });

  it('in English: no advice to pay in the next window', async () => {
    await renderResultScreen(nantong, { today: '2026-12-05' });
    const text = screen.getByText(/no longer accepted payments that buy cover for 2025/);
    expect(text.textContent).toMatch(/^(Depending on your region, this may apply: )?By the day you paid, your region no longer accepted payments that buy cover for 2025: that payment brought no cover in 2025\.$/);
  });

  it('in Chinese', async () => {
    await renderResultScreen(nantong, { language: 'zh-CN', today: '2026-12-05' });
    const text = screen.getByText(/当地已停止办理2025年度的参保缴费/);
    expect(text.textContent).not.toContain('请在下一个集中参保期缴费');
    expect(text.textContent).toContain('您缴费时，当地已停止办理2025年度的参保缴费：这笔缴费在2025年度享受不到待遇。');
  });
});
