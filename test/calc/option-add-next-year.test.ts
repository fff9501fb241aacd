// X1 in the what-if options: a newborn's plan covered from birth that pays the birth year only
// leaves the next year unpaid, or covered only where the region extends a newborn's cover (海南,
// 兵团), so the end of cover is a range. The same plan with the next year added, on the plan's day
// in that year's window, covers it everywhere: an option of its own (addsNextYear).
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Born `birth`, `years` planned for `date`, seen on `asOf`. */
const baby = (region: string, birth: string, date: string, years: number[], asOf = date): Result =>
  runShipped(scenario({ asOf, region, circumstances: { birthDate: birth }, payments: [residentPay(date, years, 0, 'planned')] }));

const withNext = (r: Result): OptionResult[] => r.options.filter((o) => o.addsNextYear);

describe('a newborn plan for the birth year: the option to pay the next year too', () => {
  it('福建, born 20 Oct 2026, 2026 planned today (7 Dec 2026): 2026 and 2027 together today, from birth, 2027 from 1 Jan 2027', () => {
    const r = baby('fujian', '2026-10-20', '2026-12-07', [2026]);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-10-20' });
    expect(r.main.uncertainCover).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    const [o, ...rest] = withNext(r);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: 'nextWindow', paymentDate: '2026-12-07', years: [2026, 2027], restoration: { kind: 'date', date: '2026-10-20' }, extraPremiumYears: 1, sameAsPlan: false });
    expect(o?.addsNextYear).toEqual({ year: 2027, from: { earliest: '2027-01-01', latest: '2027-01-01', days: 1 }, windowOpen: false });
  });

  it('national rules, same baby: offered too; planned for 10 Jan 2027 instead (seen 7 Dec), on that day', () => {
    expect(withNext(baby('national', '2026-10-20', '2026-12-07', [2026])).map((o) => [o.paymentDate, o.years, o.addsNextYear?.year])).toEqual([['2026-12-07', [2026, 2027], 2027]]);
    const later = withNext(baby('national', '2026-10-20', '2027-01-10', [2026], '2026-12-07'));
    expect(later.map((o) => [o.paymentDate, o.years])).toEqual([['2027-01-10', [2026, 2027]]]);
  });

  it.each([
    ['海南 covers the next year too (P-HI1): the plan alone already covers 2027', baby('hainan', '2026-10-20', '2026-12-07', [2026])],
    ['2026 and 2027 both planned: nothing to add', baby('fujian', '2026-10-20', '2026-12-07', [2026, 2027])],
    ['born in March 2026, paid in April: the 2027 window has not opened on the plan’s day', baby('fujian', '2026-03-10', '2026-04-20', [2026])],
  ])('not offered: %s', (_name, r) => {
    expect(withNext(r)).toEqual([]);
  });
});
