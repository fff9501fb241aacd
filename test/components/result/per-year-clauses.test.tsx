// Regional values are chosen per benefit year (§8): one outcome of a payment for 2026 and 2027 can
// need a region that does not exempt a group in 2026 and does in 2027. Said without the years, the
// line read "your region does not exempt your group … your region exempts your group" (a 成都
// graduate, newcomer walk 6 Dec 2026): each such clause now names its year, and one answer for
// both years is said once with them.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** 成都, 2023-2025 covered, a graduate back home on 10 Oct 2026, 2026 and 2027 planned for 15 Dec 2026. */
const graduate = scenario({
  asOf: '2026-12-06',
  region: 'sichuan-chengdu',
  years: { 2023: 'resident', 2024: 'resident', 2025: 'resident' },
  payments: [residentPay('2026-12-15', [2026, 2027], 0, 'planned')],
  circumstances: { exemptGroup: { group: 'graduateReturning', since: '2026-10-10' } },
});

describe('a rule chosen for two years in one condition names each year', () => {
  it('in English: "does not exempt … (for 2026)" and "exempts … (for 2027)", not both bare', async () => {
    await renderResultScreen(graduate, { today: '2026-12-06' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: 'Which date applies in which case' });
    const jan1 = within(lines).getByText(/^January 1, 2027/).closest('li') as HTMLElement;
    expect(jan1).toHaveTextContent('your region does not exempt your group from the wait (for 2026)');
    expect(jan1).toHaveTextContent('your region exempts your group from the wait and cover starts on the day after payment (for 2027)');
    // One answer for both years, said once (the repair option's note: under 成都's own rules, "depends on your region's rules").
    const repair = screen.getAllByText(/^Whether this helps depends on your region's rules/)[0] as HTMLElement;
    expect(repair).toHaveTextContent('your region does not exempt your group from the wait (for 2026 and 2027)');
    expect(repair.textContent?.match(/does not exempt your group/g)).toHaveLength(1);
  });

  it('in Chinese: 「（2026年度）」 and 「（2027年度）」', async () => {
    await renderResultScreen(graduate, { language: 'zh-CN', today: '2026-12-06' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: '各种情形对应的日期' });
    const jan1 = within(lines).getByText(/^2027年1月1日/).closest('li') as HTMLElement;
    expect(jan1).toHaveTextContent('当地没有将您所属人群列为免等待期人群（2026年度）');
    expect(jan1).toHaveTextContent('当地对您所属人群免等待期，且自缴费次日起享受待遇（2027年度）');
  });
});
