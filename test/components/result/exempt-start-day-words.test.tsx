// The exempt group's start day said as a day: "cover starts the day after December 6, 2026" left
// the reader to count (a keyboard walk, 6 Dec 2026).
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('江西, low-income (lapse not by choice), 2025 lapsed, 2026 paid on 4 Dec 2026', () => {
  const s = scenario({ asOf: '2026-12-04', region: 'jiangxi', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-04', [2026], 0, 'planned')], circumstances: { lowIncomeNotByChoice: true } });
  const why = () => screen.getByRole('heading', { name: /^(Why: step by step|计算依据（逐步说明）)$/ }).closest('section')?.textContent ?? '';

  it('in English: the day after payment is December 5, 2026', async () => {
    await renderResultScreen(s, { today: '2026-12-04' });
    expect(why()).toContain('your region starts cover on the day after payment (payment date: December 4, 2026), so cover starts on December 5, 2026.');
  });

  it('in Chinese: 即自2026年12月5日起享受', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-04' });
    expect(why()).toContain('当地自缴费次日起享受待遇（缴费日为2026年12月4日），即自2026年12月5日起享受。');
  });
});

// A newcomer walk (6 Dec 2026): under a range of start days (the payment day in some regions,
// the next day in others), the step naming the group stated the latest run's day as 云南's rule:
// "当地规定刑满释放人员免等待期：自2025年6月11日起享受待遇。依据：云南省".
describe('云南, released from prison, 2023-2024 not covered, 2025 paid on 10 Jun 2025', () => {
  const s = scenario({ asOf: '2025-06-15', region: 'yunnan', years: { 2023: 'none', 2024: 'none' }, payments: [residentPay('2025-06-10', [2025])], circumstances: { exemptGroup: { group: 'releasedPrisoner' } } });
  const why = () => screen.getByRole('heading', { name: /^(Why: step by step|计算依据（逐步说明）)$/ }).closest('section')?.textContent ?? '';

  it('in Chinese: the exemption without a day, then the day only as the regional start day gives it', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2025-06-15' });
    await screen.findByTestId('headline');
    expect(why()).toContain('当地规定刑满释放人员免等待期。');
    expect(why()).not.toMatch(/免等待期：自2025年6月11日起享受待遇/);
    expect(why()).toContain('如当地自缴费次日起享受待遇，则自缴费日（2025年6月10日）的次日，即2025年6月11日起享受。');
  });

  it('in English too', async () => {
    await renderResultScreen(s, { today: '2025-06-15' });
    await screen.findByTestId('headline');
    expect(why()).toContain('Your region exempts people released from prison from the waiting period.');
    expect(why()).not.toMatch(/from the waiting period: cover from June 11, 2025/);
  });
});

describe('a group whose source names its first day keeps the day in the same step (江西, 医疗救助对象 W24)', () => {
  it('says the day where no regional start day follows', async () => {
    const s = scenario({ asOf: '2025-03-20', region: 'jiangxi', years: { 2024: 'none' }, payments: [residentPay('2025-03-15', [2025])], circumstances: { exemptGroup: { group: 'medicalAid', since: '2025-03-01', newlyAdded: true } } });
    await renderResultScreen(s, { language: 'zh-CN', today: '2025-03-20' });
    await screen.findByTestId('headline');
    const why = screen.getByRole('heading', { name: '计算依据（逐步说明）' }).closest('section')?.textContent ?? '';
    expect(why).toMatch(/免等待期：自2025年3月1[56]日起享受待遇/);
  });
});

describe('a low-income household’s child enrolled late under the national rules (born 10 Jan 2026, paid 1 Jun 2026)', () => {
  it('the exemption is said of the child, without a day, and the day follows as a condition', async () => {
    const s = scenario({ asOf: '2026-06-05', region: 'national', payments: [residentPay('2026-06-01', [2026])], circumstances: { birthDate: '2026-01-10', lowIncomeNotByChoice: true } });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-06-05' });
    await screen.findByTestId('headline');
    const why = screen.getByRole('heading', { name: '计算依据（逐步说明）' }).closest('section')?.textContent ?? '';
    expect(why).toContain('家里属于困难群众，且孩子未参保并非您自己的选择：普遍不设待遇等待期。');
    expect(why).toContain('如当地自缴费次日起享受待遇，则自缴费日（2026年6月1日）的次日，即2026年6月2日起享受。');
  });
});
