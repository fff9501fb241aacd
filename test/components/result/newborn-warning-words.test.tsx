// A baby's first enrolment: the warnings that speak of "your cover" speak of the child's, as the
// headline does (孩子, "your child"). 阜新, born 1 May 2026, paid on 20 Nov 2026 after the newborn
// period: the wait runs past the end of 2026, so this payment alone buys no cover.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const lateBaby = scenario({ asOf: '2026-12-04', region: 'liaoning-fuxin', payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-05-01' } });
/** An adult's late 2026 payment after a 2025 lapse: the warning keeps "your cover". */
const adult = scenario({ asOf: '2026-12-04', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-11-20', [2026])] });

describe('warnings about a baby’s first cover speak of the child', () => {
  it('in English', async () => {
    await renderResultScreen(lateBaby, { today: '2026-12-04' });
    const warnings = await screen.findByRole('note', { name: 'Warnings' });
    expect(warnings).toHaveTextContent("your child's cover could start");
    expect(warnings.textContent).not.toMatch(/[^']your cover/);
  });

  it('in Chinese', async () => {
    await renderResultScreen(lateBaby, { language: 'zh-CN', today: '2026-12-04' });
    const warnings = await screen.findByRole('note', { name: '提示' });
    expect(warnings).toHaveTextContent('仅凭这笔已缴的费用，孩子享受不到待遇');
    expect(warnings.textContent).not.toMatch(/您享受不到待遇/);
  });

  it('an adult’s keep “your cover”', async () => {
    await renderResultScreen(adult, { today: '2026-12-04' });
    const warnings = await screen.findByRole('note', { name: 'Warnings' });
    expect(warnings).toHaveTextContent('your cover could start');
    expect(warnings.textContent).not.toMatch(/child/);
  });
});

describe('a newborn whose next-year premium waits (X1 covers the birth year only)', () => {
  // 阜新, born 20 Dec 2025, 2025 and 2026 paid on 10 Mar 2026: covered from birth; 2026 after a wait.
  const both = scenario({ asOf: '2026-04-01', region: 'liaoning-fuxin', payments: [residentPay('2026-03-10', [2025, 2026])], circumstances: { birthDate: '2025-12-20' } });

  it('the facts do not give a waiting period beside "no waiting period": the warning tells of 2026', async () => {
    await renderResultScreen(both, { today: '2026-04-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent("Your child's reimbursement started on December 20, 2025.");
    expect(screen.queryByText(/^Waiting period/)).toBeNull();
    expect(await screen.findByRole('note', { name: 'Warnings' })).toHaveTextContent('The newborn rules covered your child from birth for 2025 only.');
  });
});
