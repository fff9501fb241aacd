// B4 (S1): using the bonus clears the no-claim bonus built up before. 湖北, 2024-2026 paid in the
// window, 2027 planned; 2025 without reimbursement, the bonus used in 2026: the no-claim bonus is
// ¥0. The steps once said "each year without reimbursement adds ¥3,000. Total ¥0" and nothing
// more; now the use in 2026 and the ¥3,000 it cleared are said.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const hubei = scenario({
  asOf: '2026-12-05',
  region: 'hubei',
  years: { 2024: 'resident', 2025: 'resident', 2026: 'resident' },
  payments: [residentPay('2026-12-20', [2027], 0, 'planned')],
  criticalIllness: { originalCapYuan: 400_000, noClaimYears: [2025], bonusUsedYears: [2026] },
});

describe('a no-claim bonus cleared by using the bonus', () => {
  it('in Chinese: the year of use and the amount cleared', async () => {
    await renderResultScreen(hubei, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(await screen.findByText('您在2026年使用过激励额度。使用后，此前累计的零报销激励（¥3,000）清零，之后没有医保报销的年度重新累计。')).toBeInTheDocument();
  });

  it('in English', async () => {
    await renderResultScreen(hubei, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    const step = await screen.findByText('You used the bonus in 2026: using it clears the no-claim bonus built up until then (CN¥3,000). Only years without reimbursement after that count again.');
    // Under the no-claim bonus it explains, not "Bonuses after a lapse": nothing lapsed here.
    expect(step.closest('li')).toHaveTextContent(/^The no-claim bonus/);
  });
});
