// B2 (云南, 山东, 西藏): a year without reimbursement counts only where the year after it is paid
// normally. 云南, covered 2023-2025 with no claim in 2025, nothing for 2026, 2027 planned on
// 7 Dec 2026, cap ¥400,000: the no-claim bonus is ¥0, and the card once left the reader to think
// the ticked year was ignored (the reason was only in the steps). Now the card says why; under
// the national rules, where only some regions ask for the next year, it says "in regions that…".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runShipped as run } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const lapsed2026 = (region: string, noClaimYears: number[]) =>
  scenario({
    asOf: '2026-12-07',
    region,
    years: { 2023: 'resident', 2024: 'resident', 2025: 'resident', 2026: 'none' },
    payments: [residentPay('2026-12-07', [2027], 0, 'planned')],
    criticalIllness: { originalCapYuan: 400_000, noClaimYears, bonusUsedYears: [] },
  });

const bonus = () => screen.getByRole('region', { name: /Critical-illness cap bonus|大病保险/ });
const valueOf = (term: string) => within(bonus()).getByText(term).nextElementSibling?.textContent;

describe('B2: a no-claim year lost to a lapse in the year after it', () => {
  it('the calculator lists the year lost (云南: 2025, because 2026 has no cover), and none where the year after is covered', () => {
    expect(run(lapsed2026('yunnan', [2025])).bonus?.noClaimNeedsNextYear).toEqual({ years: [2025], regional: false });
    expect(run(lapsed2026('yunnan', [2024])).bonus?.noClaimNeedsNextYear).toEqual({ years: [], regional: false });
  });

  it('云南 in English: ¥0 with the reason beside it', async () => {
    await renderResultScreen(lapsed2026('yunnan', [2025]), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(valueOf('No-claim bonus')).toBe('CN¥0 2025 does not count: a year without reimbursement counts only where the year after it is paid normally, and 2026 has no cover.');
  });

  it('云南 in Chinese', async () => {
    await renderResultScreen(lapsed2026('yunnan', [2025]), { language: 'zh-CN', today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(valueOf('零报销激励')).toBe('¥0 2025年度不计入：没有医保报销的年度，须下一年度正常参保缴费才计入，而2026年度没有参保。');
  });

  it('under the national rules the reason is one some regions give', async () => {
    const result = run(lapsed2026('national', [2025]));
    expect(result.bonus?.noClaimNeedsNextYear).toEqual({ years: [2025], regional: true });
    await renderResultScreen(lapsed2026('national', [2025]), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(valueOf('No-claim bonus')).toContain('In regions that count a year without reimbursement only where the year after it is paid normally, 2025 does not count: 2026 has no cover.');
  });

  it('a no-claim year followed by a covered year: no reason line', async () => {
    await renderResultScreen(lapsed2026('yunnan', [2024]), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(valueOf('No-claim bonus')).not.toContain('does not count');
  });
});
