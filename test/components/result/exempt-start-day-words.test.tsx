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
