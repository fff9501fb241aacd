// The result screen after a second newcomer audit (Dec 2026), by role and label: the date a
// warning gives is the day cover starts, said as such (never "the wait ends on" the day after
// the wait).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const warningTexts = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('W3 辽宁·阜新: 2024 covered, 2025 and 2026 paid together on 2025-11-06', () => {
  const w3 = scenario({ asOf: '2026-11-25', region: 'liaoning-fuxin', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] });

  it('in English: the wait runs to February 5, the warning says cover starts on February 6', async () => {
    await renderResultScreen(w3, { today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarted on February 6, 2026.');
    const warnings = warningTexts('Warnings');
    const noCover = warnings.find((w) => w.includes('brings no cover in 2025'));
    expect(noCover).toBe('Your payment for 2025 brings no cover in 2025: your cover starts only on February 6, 2026.');
    expect(warnings.join(' ')).not.toMatch(/wait ends on February 6/);
  });

  it('in Chinese: 要到2026年2月6日起才能享受待遇, not 等待期至2026年2月6日', async () => {
    await renderResultScreen(w3, { language: 'zh-CN', today: '2026-11-25' });
    const warnings = warningTexts('提示');
    expect(warnings).toContain('您已缴纳的2025年度保费，在2025年度享受不到待遇：要到2026年2月6日起才能享受待遇。');
    expect(warnings.join(' ')).not.toContain('等待期至2026年2月6日');
  });
});
