// R1c: "What you pay" for a planned payment the packs cannot price. It was left out altogether, so
// "what will it cost?" went unanswered (newcomer walk, 7 Dec 2026: 湖南, 福建, 江西, 云南 plans for
// 2026/2027). Now it says the region's notice sets the amount, and where the packs state no premium
// for the year but a full premium for an earlier one (湖南 2026, P-HN1: ¥1,100 from 1 Feb 2026), that
// earlier year's rule is given for reference, as that year's only.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unpricedPremium } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered 2024 and 2025 in 湖南; `years` paid on `date` (`status`), seen on 7 Dec 2026. */
const hunan = (date: string, years: number[], status: 'made' | 'planned' = 'planned') =>
  scenario({ asOf: '2026-12-07', region: 'hunan', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay(date, years, 0, status)] });

/** The "What you pay" fact's value, or null where the headline has none. */
const paid = (term: string) => screen.queryByText(term, { selector: 'dt' })?.nextElementSibling?.textContent ?? null;

describe('the premium of a planned payment the packs cannot price', () => {
  it('the calculator: 湖南 2027 has no premium in the packs, 2026 a full ¥1,100 from 1 Feb 2026; 2026 itself is stated; the national rules state none', () => {
    expect(unpricedPremium(chainOf('hunan'), 2027)).toEqual({ stated: false, earlierFull: { year: 2026, from: '2026-02-01', yuan: 1100 } });
    expect(unpricedPremium(chainOf('hunan'), 2026)).toEqual({ stated: true, earlierFull: null });
    expect(unpricedPremium(chainOf('national'), 2027)).toEqual({ stated: false, earlierFull: null });
  });

  it('湖南, 2027 planned for today (7 Dec 2026) or for 20 Jan 2027: the region’s notice sets it, and 2026’s full premium for reference, in both languages', async () => {
    for (const date of ['2026-12-07', '2027-01-20']) {
      for (const [language, term, said] of [
        ['en', 'What you pay', "The premium for 2027 is set by your region's notice (the rules we have do not give the amount). For reference only: for 2026, your region charges the full premium of CN¥1,100 for payments from February 1, 2026."],
        ['zh-CN', '缴费金额', '2027年度的缴费标准以当地通知为准（我们收录的规定中没有这一金额）。仅供参考：当地2026年度的规定是，2026年2月1日起的缴费按全额保费¥1,100收取。'],
      ] as const) {
        await renderResultScreen(hunan(date, [2027]), { language, today: '2026-12-07' });
        await screen.findByTestId('headline');
        expect(paid(term), `${date} ${language}`).toBe(said);
        cleanup();
      }
    }
  });

  it('福建, a newborn’s 2026 planned for 7 Dec 2026: the region’s notice sets it, nothing earlier to refer to', async () => {
    const baby = scenario({ asOf: '2026-12-07', region: 'fujian', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-07', [2026], 0, 'planned')] });
    await renderResultScreen(baby, { language: 'zh-CN', today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(paid('缴费金额')).toBe('2026年度的缴费标准以当地通知为准（我们收录的规定中没有这一金额）');
  });

  it('not said where the packs price it (湖南 2026 on 10 Mar 2026: the full ¥1,100), nor of a payment already made', async () => {
    await renderResultScreen(scenario({ asOf: '2026-03-01', region: 'hunan', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026], 0, 'planned')] }), { today: '2026-03-01' });
    await screen.findByTestId('headline');
    expect(paid('What you pay')).toBe('CN¥1,100 a year: the full premium, which your region charges for payments from February 1, 2026');
    cleanup();
    await renderResultScreen(hunan('2026-12-01', [2027], 'made'), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(paid('What you pay')).toBeNull();
  });
});
