// R1c in the what-if options: a plan that pays a year after the day the region starts charging the
// full premium, beside an option that pays it before that day at the personal contribution. 湖南
// 2026 (P-HN1): 「若错过本次集中缴费期，后续补缴需按每人每年1100元的标准全额缴纳」, the window ending on
// 31 January (P-HN1, P-HN2); 青海 2026 (P-QH1): ¥400 to 30 June, the full ¥1,100 from 1 July. The
// option is marked with the last day at the personal rate and the full amount, even where the
// personal amount is not in the pack (湖南), so its cost cannot be given in yuan.
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Covered 2025; plans to pay 2026 on `date`, seen on `asOf`. */
const plan = (region: string, asOf: string, date: string, years: Record<number, 'resident' | 'none'> = { 2025: 'resident' }) =>
  runShipped(scenario({ asOf, region, years, payments: [residentPay(date, [2026], 0, 'planned')] }));

const payToday = (r: Result): OptionResult[] => r.options.filter((o) => o.kind === 'payToday');

describe('an option paid before the full premium starts, beside a plan paid after', () => {
  it('湖南, plan 10 Mar 2026 (full ¥1,100, from 8 Jun 2026), seen 10 Jan: paying today, in the window, from 1 Jan 2026 at the personal contribution to 31 Jan', () => {
    const r = plan('hunan', '2026-01-10', '2026-03-10');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-06-08' });
    expect(r.main.premium).toEqual({ yuan: 1100, full: true, tier: 'full' });
    const [today] = payToday(r);
    expect(today?.paymentDate).toBe('2026-01-10');
    expect(today?.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    // The personal amount is not in the pack: no yuan, but the full premium avoided is said.
    expect(today?.costYuan).toBeNull();
    expect(today?.fullPremiumAvoided).toEqual({ year: 2026, lastDay: '2026-01-31', fullYuan: 1100 });
    // Paying 2027 in its window pays another year: nothing of the plan's is avoided.
    expect(r.options.find((o) => o.kind === 'nextWindow')?.fullPremiumAvoided).toBeUndefined();
  });

  it('湖南, lapsed in 2025: paying today with the useful repair year is marked too (the same year, the same day)', () => {
    const r = plan('hunan', '2026-01-10', '2026-03-10', { 2024: 'resident', 2025: 'none' });
    expect(payToday(r).map((o) => [o.repairYears, o.fullPremiumAvoided])).toEqual([
      [0, { year: 2026, lastDay: '2026-01-31', fullYuan: 1100 }],
      [1, { year: 2026, lastDay: '2026-01-31', fullYuan: 1100 }],
    ]);
    // The repair option keeps the plan's date, after 31 January: at the full premium like the plan.
    expect(r.options.find((o) => o.kind === 'repair')?.fullPremiumAvoided).toBeUndefined();
  });

  it('青海, plan 5 Jul 2026 (full ¥1,100), seen 10 May: paying today costs ¥400, ¥700 less, by 30 Jun', () => {
    const [today] = payToday(plan('qinghai', '2026-05-10', '2026-07-05'));
    expect(today?.costYuan).toBe(400);
    expect(today?.extraCostYuan).toBe(-700);
    expect(today?.fullPremiumAvoided).toEqual({ year: 2026, lastDay: '2026-06-30', fullYuan: 1100 });
  });

  it.each([
    ['a plan in the window too (20 Jan): both at the personal contribution', plan('hunan', '2026-01-10', '2026-01-20')],
    ['seen after 31 Jan (5 Mar): paying today costs the full premium as well', plan('hunan', '2026-03-05', '2026-03-10')],
    ['a region without a full premium (the national rules)', plan('national', '2026-01-10', '2026-03-10')],
  ])('not marked: %s', (_name, r) => {
    expect(payToday(r).length).toBeGreaterThan(0);
    expect(r.options.filter((o) => o.fullPremiumAvoided)).toEqual([]);
  });

  it('湖南, a newborn with a parent insured there pays nothing for 2026 either way: not marked', () => {
    const r = runShipped(scenario({ asOf: '2026-04-20', region: 'hunan', payments: [residentPay('2026-05-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-03-10', parentInsured: true } }));
    expect(payToday(r).map((o) => o.fullPremiumAvoided)).toEqual([undefined]);
  });

  it('湖南 year-end switch (衡山 P-HN2): employee cover to Nov 2025, the personal contribution to 31 Mar 2026; plan 10 Apr, seen 5 Mar: marked to 31 Mar, as the warning says', () => {
    const r = runShipped(scenario({ asOf: '2026-03-05', region: 'hunan', employeePeriods: [{ from: '2020-01', to: '2025-11' }], payments: [residentPay('2026-04-10', [2026], 0, 'planned')] }));
    expect(r.main.premium).toEqual({ yuan: 1100, full: true, tier: 'full' });
    expect(payToday(r).map((o) => o.fullPremiumAvoided)).toEqual([{ year: 2026, lastDay: '2026-03-31', fullYuan: 1100 }]);
    expect(r.warnings.filter((w) => w.id === 'fullPremiumFrom').map((w) => w.params.lastDay)).toEqual(['2026-03-31']);
    // Planned 10 Mar instead: still within the switch, the plan itself pays the personal contribution.
    const within = runShipped(scenario({ asOf: '2026-01-10', region: 'hunan', employeePeriods: [{ from: '2020-01', to: '2025-11' }], payments: [residentPay('2026-03-10', [2026], 0, 'planned')] }));
    expect(within.options.filter((o) => o.fullPremiumAvoided)).toEqual([]);
  });
});
