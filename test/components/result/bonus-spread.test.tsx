// B1-B4 under the national rules (§8): covered 2023, no cover in 2024 and 2025, 2026 paid late on
// 15 Jun 2026 (taken in some regions only, R1b), 2027 planned; 2026 with no claims. Where the
// region took the 2026 payment, 2026 was covered and its no-claim year earns ¥1,000 (阜新's own
// rules give that); where it did not, nothing. The estimate says ¥0 to ¥1,000, never a firm ¥0
// (a newcomer's walk found "No-claim bonus ¥0 … unchanged" beside 阜新's ¥1,000).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import type { Scenario } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

function lateYear(region: string, originalCapYuan = 400_000): Scenario {
  return {
    ...scenario({ asOf: '2026-12-05', region, years: { 2023: 'resident', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-06-15', [2026]), residentPay('2026-12-20', [2027], 0, 'planned')] }),
    criticalIllness: { originalCapYuan, noClaimYears: [2026], bonusUsedYears: [] },
  };
}

function bonusOf(region: string, originalCapYuan?: number) {
  const out = calculate(lateYear(region, originalCapYuan), chainOf(region));
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.bonus;
}

describe('the bonus estimate where regions differ on which years were covered', () => {
  it('the national answer spans ¥0 to ¥1,000 and the cap ¥400,000 to ¥401,000; 阜新 pins ¥1,000, inside it', () => {
    const national = bonusOf('national');
    expect(national?.spread).toEqual({ continuityYuan: [0, 0], noClaimYuan: [0, 1000], upliftYuan: [0, 1000], capWithBonusYuan: [400_000, 401_000] });
    const fuxin = bonusOf('liaoning-fuxin');
    expect(fuxin).toMatchObject({ noClaimYuan: 1000, capWithBonusYuan: 401_000 });
    expect(fuxin?.spread).toBeUndefined();
  });

  it('in Chinese: each amount that differs is a span, with why', async () => {
    await renderResultScreen(lateYear('national'), { language: 'zh-CN', today: '2026-12-05' });
    const section = await screen.findByRole('region', { name: '2027年度大病保险最高支付限额激励（估算）' });
    const value = (term: string) => within(section).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(value('零报销激励')).toHaveTextContent(/^¥0至¥1,000，取决于当地规定$/);
    expect(value('提高总额')).toHaveTextContent(/^¥0至¥1,000，取决于当地规定$/);
    expect(value('最高支付限额')).toHaveTextContent(/^视当地规定，为¥400,000至¥401,000（原为¥400,000）$/);
    expect(value('连续参保激励')).toHaveTextContent(/^¥0$/);
    expect(section).toHaveTextContent('这些金额取决于当地规定：您哪些年度享受待遇（见上方的计算结果），以及当地如何计算激励。');
    expect(section).not.toHaveTextContent('没有提高');
  });

  it('in English', async () => {
    await renderResultScreen(lateYear('national'), { today: '2026-12-05' });
    const section = await screen.findByRole('region', { name: 'Critical-illness cap bonus for 2027 (estimate)' });
    const value = (term: string) => within(section).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(value('No-claim bonus')).toHaveTextContent(/^CN¥0 to CN¥1,000, depending on your region's rules$/);
    expect(value('Payment cap')).toHaveTextContent(/^CN¥400,000 to CN¥401,000, depending on your region's rules \(was CN¥400,000\)$/);
  });
});

describe('the limit (B3) under a span of uplifts', () => {
  // A cap of ¥2,000 allows at most ¥400 (the national 20%): where 2026 counts, the ¥1,000 is cut to ¥400; where not, there is nothing to cut.
  it('limited in some ways only: the engine says so', () => {
    expect(bonusOf('national', 2000)?.spread).toMatchObject({ upliftYuan: [0, 400], capWithBonusYuan: [2000, 2400], capped: 'some' });
    expect(bonusOf('national')?.spread?.capped).toBeUndefined();
  });

  it('in Chinese: the span, then that under some regions\' rules it reaches the limit', async () => {
    await renderResultScreen(lateYear('national', 2000), { language: 'zh-CN', today: '2026-12-05' });
    const section = await screen.findByRole('region', { name: '2027年度大病保险最高支付限额激励（估算）' });
    expect(within(section).getByText('提高总额', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^¥0至¥400，取决于当地规定 （按部分地区的规定已达上限）$/);
  });

  it('in English', async () => {
    await renderResultScreen(lateYear('national', 2000), { today: '2026-12-05' });
    const section = await screen.findByRole('region', { name: 'Critical-illness cap bonus for 2027 (estimate)' });
    expect(within(section).getByText('Total uplift', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^CN¥0 to CN¥400, depending on your region's rules \(limited by the cap under some regions' rules\)$/);
  });
});

describe('the bonus rules regions set apart (§8.1): B2\'s next year paid', () => {
  // Covered 2023-2024, no claims in 2024, no cover in 2025, 2026 paid on 10 Dec 2025. 山东, 云南 and 西藏 count a
  // no-claim year only with the next year paid normally (P-SD1, P-YN1, P-XZ1): 2025 lapsed, so nothing; elsewhere ¥1,000 at least.
  const noClaimThenLapse = (region: string): Scenario => ({
    ...scenario({ asOf: '2025-12-10', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }),
    criticalIllness: { originalCapYuan: 400_000, noClaimYears: [2024], bonusUsedYears: [] },
  });
  const estimate = (region: string) => {
    const out = calculate(noClaimThenLapse(region), chainOf(region));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    return out.result.bonus;
  };

  it('under the national rules the no-claim bonus is ¥0 to ¥1,000, never a firm ¥1,000 that 山东 contradicts; 山东 and 云南 give ¥0', () => {
    expect(estimate('national')?.spread).toMatchObject({ noClaimYuan: [0, 1000], upliftYuan: [0, 1000] });
    expect(estimate('shandong')).toMatchObject({ noClaimYuan: 0, lapseCutYuan: 3000, capWithBonusYuan: 397_000 });
    expect(estimate('yunnan')).toMatchObject({ noClaimYuan: 0 });
  });

  it('the step explained cites the rule and says it holds "if your region" counts the year anyway; 山东\'s says "where the next year is paid normally"', async () => {
    const national = calculate(noClaimThenLapse('national'), chainOf('national'));
    if (!national.ok) throw new Error('invalid');
    const step = national.result.trace.find((t) => t.rule === 'B2' && t.step === 'noClaim');
    expect(step?.params).toEqual({ stepYuan: 1000, noClaimYuan: 1000 });
    expect(step?.variantPackIds).toEqual(['national']);
    expect(step?.sources).toEqual(expect.arrayContaining(['S1', 'S2']));
    await renderResultScreen(noClaimThenLapse('national'), { today: '2025-12-10' });
    expect(await screen.findByText("No-claim bonus: each year without reimbursement adds CN¥1,000 to the next year's cap, if your region counts such a year even when the next year is not paid. Total CN¥1,000.")).toBeInTheDocument();
    const shandong = calculate(noClaimThenLapse('shandong'), chainOf('shandong'));
    if (!shandong.ok) throw new Error('invalid');
    expect(shandong.result.trace.find((t) => t.rule === 'B2')).toMatchObject({ step: 'noClaimNextPaid', params: { noClaimYuan: 0 } });
    expect(shandong.result.trace.find((t) => t.rule === 'B2')?.sources).toContain('P-SD1');
  });

  it('the same in Chinese', async () => {
    await renderResultScreen(noClaimThenLapse('national'), { language: 'zh-CN', today: '2025-12-10' });
    expect(await screen.findByText('零报销激励：没有医保报销的年度，次年最高支付限额提高¥1,000（如当地对次年断保的也计算这一激励）。合计¥1,000。')).toBeInTheDocument();
  });

  it('a region whose rules do not say (湖北) gives the span of its own step, ¥0 to ¥3,000', () => {
    expect(estimate('hubei')?.spread).toMatchObject({ noClaimYuan: [0, 3000] });
  });

  it('without a lapse after the no-claim year the rule decides nothing: one figure, no span', () => {
    const s = { ...noClaimThenLapse('national'), history: { years: [2022, 2023, 2024, 2025].map((year) => ({ year, cover: 'resident' as const })), employeePeriods: [] } };
    const out = calculate(s, chainOf('national'));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.bonus?.noClaimYuan).toBe(1000);
    expect(out.result.bonus?.spread).toBeUndefined();
  });
});

