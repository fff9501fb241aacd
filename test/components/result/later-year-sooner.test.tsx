// A newborn's payment of several years compared with paying today: the first covered day is the
// birth either way, so the option read "the same"; but paid in the next year's window, that year
// is covered from 1 January, where the plan paid after it waits (青岛, born 20 Oct 2026, 2026 and
// 2027 planned for 12 Jan 2027: 2027 from a day up to 13 April; newcomer walk, 6 Dec 2026).
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const baby = (date: string) => scenario({ asOf: '2026-12-05', region: 'shandong-qingdao', payments: [residentPay(date, [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-10-20' } });

describe('a newborn’s later year paid sooner', () => {
  it('the calculator: paying today covers 2027 from 1 January; the plan from a day between 1 January and 13 April', () => {
    const o = calculate(baby('2027-01-12'), chainOf('shandong-qingdao'));
    if (!o.ok) throw new Error('invalid scenario');
    const today = o.result.options.find((x) => x.kind === 'payToday');
    expect(today?.laterYearSooner).toEqual({ year: 2027, from: { earliest: '2027-01-01', latest: '2027-01-01', days: 1 }, plan: { earliest: '2027-01-01', latest: '2027-04-13', days: 6 } });
  });

  it('none where the plan is itself in the window (paid 20 Dec 2026): nothing sooner to say', () => {
    const o = calculate(baby('2026-12-20'), chainOf('shandong-qingdao'));
    if (!o.ok) throw new Error('invalid scenario');
    expect(o.result.options.some((x) => x.laterYearSooner)).toBe(false);
  });

  it('the option says so, in both languages', async () => {
    await renderResultScreen(baby('2027-01-12'), { today: '2026-12-05' });
    await screen.findByTestId('headline');
    const options = screen.getByRole('list', { name: /options/i });
    expect(within(options).getByText("This way, 2027 is covered from January 1, 2027; with your plan, from a day between January 1, 2027 and April 13, 2027, depending on your region's rules.")).toBeInTheDocument();
    cleanup();
    await renderResultScreen(baby('2027-01-12'), { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(screen.getByText('这样缴费，2027年度自2027年1月1日起享受待遇；按您的计划，自2027年1月1日至2027年4月13日之间的某一天（取决于当地规定）起。')).toBeInTheDocument();
  });
});
