// A range line whose ways differ only in a rule all of whose values they name (W23 under the
// national rules: the wait in months or in days both give 30 March when cover starts on the payment
// date plus the wait) does not list that rule as "one of these": in words it does not matter there.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const w23 = scenario({ asOf: '2025-06-01', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] });

/** The headline's line for `date`: the list item that starts with it. */
const lineFor = (date: string) => screen.getAllByRole('listitem').find((li) => li.textContent?.startsWith(date)) as HTMLElement;

describe('W23 (2025 paid on 30 Dec 2024, after 河北-like windows) under the national rules: 30 March without "one of these"', () => {
  it('in English', async () => {
    await renderResultScreen(w23);
    const line = lineFor('March 30, 2025');
    expect(line).toHaveTextContent("March 30, 2025 — if your region's 2025 enrolment window had already ended on your payment date and cover starts on the payment date plus the wait (region: Gansu by our reading of its rules)");
    expect(line).not.toHaveTextContent('one of these');
    // 1 March still needs the wait in months: the payment month counted as its first month.
    expect(lineFor('March 1, 2025')).toHaveTextContent('the wait is counted in months');
  });

  it('in Chinese', async () => {
    await renderResultScreen(w23, { language: 'zh-CN' });
    const line = lineFor('2025年3月30日');
    expect(line).toHaveTextContent('2025年3月30日：如果您缴费时当地2025年度集中参保期已经结束，且自缴费之日起满等待期的当天开始享受待遇（适用地区：甘肃（按我们对当地规定的理解））');
    expect(line).not.toHaveTextContent('情形之一');
    expect(lineFor('2025年3月1日')).toHaveTextContent('按月计算');
  });
});
