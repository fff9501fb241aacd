// 甘肃 closes late enrolment for a year (R1b). A payment made after that for the closed year and
// the next one together buys nothing in the closed year, but the next year's premium counts for
// that year: the result gives its date, and the warning does not send the person to pay again.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// Covered 2024; 2025 and 2026 paid together on 6 Nov 2025 (甘肃 closed 2025 after its supplementary period).
const paidBoth = scenario({ asOf: '2025-12-02', region: 'gansu', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] });

const warningTexts = () =>
  within(screen.getByRole('note', { name: /^(Warnings|提示)$/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('the closed year paid together with the next one', () => {
  it('in English: a date in 2026, and the warning says the 2026 premium counts', async () => {
    await renderResultScreen(paidBoth);
    expect(screen.getByTestId('headline').textContent).toMatch(/April 1, 2026/);
    const closed = warningTexts().find((w) => w.includes('no longer accepted payments that buy cover for 2025'));
    expect(closed).toContain('The premium for 2026 in it counts as a payment for 2026');
    expect(closed).not.toContain('Pay in the next enrolment window');
  });

  it('in Chinese', async () => {
    await renderResultScreen(paidBoth, { language: 'zh-CN' });
    expect(screen.getByTestId('headline').textContent).toMatch(/2026年4月1日/);
    const closed = warningTexts().find((w) => w.includes('当地已停止办理2025年度的参保缴费'));
    expect(closed).toContain('其中2026年度的保费按2026年度的缴费计算');
    expect(closed).not.toContain('请在下一个集中参保期缴费');
  });
});
