// The repair hint on the payment step says what a repair year removes in the unit the region
// counts its wait in (R3, R5: 1 month, or 30 days where it counts days: 湖南 from 2026), and,
// where the region's own rules leave the count open, says so plainly: the rules do not say,
// not "under some readings" / 「按有的理解」, as if the law were a matter of opinion.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, draftAt, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** 湖南, covered 2023 and 2024, no cover in 2025 and 2026, paying for 2027 in the window on 20 Nov 2026 (the newcomer's situation 1). */
const hunanPlanned = answersWith({ region: 'hunan', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
/** 湖南, covered 2023 and 2024, no cover in 2025, paid for 2026 on 20 Jan 2026. */
const hunanPaid = answersWith({ region: 'hunan', payment: { status: 'made', date: '2026-01-20', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });

/** The same lapse under the national rules, and under 阜新's, which count the wait in months (L-FX). */
const elsewhere = (region: string) => ({ ...hunanPlanned, region });

describe('payment step: the repair hint in the region’s unit, in plain words', () => {
  it('湖南, 2027 planned on 20 Nov 2026 after 2025 and 2026 without cover: 30 days a year, 1 to 2 years, as the rules do not say how long (zh and en)', async () => {
    const zhView = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', hunanPlanned) });
    const zh = await screen.findByRole('spinbutton', { name: '用于修复待遇等待期的额外缴费年数' });
    await waitFor(() =>
      expect(zh).toHaveAccessibleDescription('断保会产生变动待遇等待期，当地规定没有写明时长怎么算。按当年个人缴费标准每多缴1年，变动待遇等待期可减少30天。多缴1至2年有用（取决于具体怎么算），再多也不会缩短等待期。'),
    );
    zhView.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', hunanPlanned) });
    const en = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    await waitFor(() =>
      expect(en).toHaveAccessibleDescription(
        "The lapse in your cover adds a variable waiting period: your region's rules do not say exactly how long it is. Each extra year of premium, at this year's personal rate, shortens it by 30 days. Depending on how it is counted, 1 to 2 years help; more buys nothing.",
      ),
    );
  });

  it('湖南, 2026 paid on 20 Jan 2026 after 2025 without cover: a year may shorten the wait by 30 days or not at all (zh and en)', async () => {
    const zhView = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', hunanPaid) });
    const zh = await screen.findByRole('spinbutton', { name: '为修复待遇等待期额外缴费的年数' });
    await waitFor(() =>
      expect(zh).toHaveAccessibleDescription('断保可能会产生变动待遇等待期，当地规定没有写明怎么算。按当年个人缴费标准每多缴1年，变动待遇等待期可能减少30天，也可能不减少；最多多缴1年有用，再多缴也不会缩短等待期。'),
    );
    expect(zh).not.toHaveAccessibleDescription(/理解|1个月/);
    zhView.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', hunanPaid) });
    const en = await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' });
    await waitFor(() =>
      expect(en).toHaveAccessibleDescription(
        "The lapse in your cover may add a variable waiting period: your region's rules do not say exactly how it is counted. Each extra year of premium, at this year's personal rate, may shorten it by 30 days, or not at all. At most 1 year helps; more buys nothing.",
      ),
    );
  });

  it('under the national rules, where regions count in months or days, the hint names both: one month, 30 days where the wait is counted in days (zh and en)', async () => {
    const zhView = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', elsewhere('national')) });
    const zh = await screen.findByRole('spinbutton', { name: '用于修复待遇等待期的额外缴费年数' });
    await waitFor(() =>
      expect(zh).toHaveAccessibleDescription('断保会产生变动待遇等待期，时长取决于当地规定。按当年个人缴费标准每多缴1年，变动待遇等待期可减少1个月（按天计算等待期的地区为30天）。视当地规定，多缴1至2年有用，再多也不会缩短等待期。'),
    );
    zhView.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', elsewhere('national')) });
    const en = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    await waitFor(() =>
      expect(en).toHaveAccessibleDescription(
        "The lapse in your cover adds a variable waiting period; how long it is depends on your region's rules. Each extra year of premium, at this year's personal rate, shortens it by 1 month (30 days where the wait is counted in days). Depending on your region, 1 to 2 years help; more buys nothing.",
      ),
    );
  });

  it('阜新, which counts in months, says one month and nothing about days (zh and en)', async () => {
    const zhView = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', elsewhere('liaoning-fuxin')) });
    const zh = await screen.findByRole('spinbutton', { name: '用于修复待遇等待期的额外缴费年数' });
    await waitFor(() => expect(zh).toHaveAccessibleDescription('断保会产生变动待遇等待期。按当年个人缴费标准每多缴1年，变动待遇等待期可减少1个月。对您来说，最多多缴1年有用，再多缴也不会缩短等待期。'));
    zhView.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', elsewhere('liaoning-fuxin')) });
    const en = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    await waitFor(() =>
      expect(en).toHaveAccessibleDescription("The lapse in your cover adds a variable waiting period. Each extra year of premium, at this year's personal rate, shortens it by 1 month. For you, at most 1 year helps; more buys nothing."),
    );
  });
});
