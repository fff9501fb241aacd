// R5 with R1c: paying today with repair years too is offered where it is sooner than paying today
// as planned and than repairing on the day planned, each alone; with the fewest repair years that
// give its dates. Named cases with exact dates, then the invariants over generated scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, firstDay } from '../../src/calc';
import type { OptionResult, Restoration, Result, Scenario } from '../../src/calc';
import { lastDay } from '../../src/calc/restoration-days';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { chainOf } from './arbitraries';
import { pinnedIds, V1 } from './pinned-chains';
import { v2ScenarioInArb } from './v2-arbitraries';

/** The "pay today" options with more repair years than the plan (whose repair years are `planned`). */
const withRepairToday = (r: Result, planned = 0): OptionResult[] => r.options.filter((o) => o.kind === 'payToday' && o.repairYears > planned);

/** Covered 2023–2024, no cover in 2025 and 2026; 2027 planned for 15 Jan 2027, seen on 6 Dec 2026. */
const twoLapseYears = (region: string): Scenario =>
  scenario({ asOf: '2026-12-06', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] });

describe('paying today with repair years (R5, R1c)', () => {
  it('national rules: 2 repair years paid today give 1 April 2027 in every region, where each alone leaves some regions later', () => {
    const r = runShipped(twoLapseYears('national'));
    const today = r.options.filter((o) => o.kind === 'payToday');
    expect(today).toHaveLength(2);
    const [plain, both] = today as [OptionResult, OptionResult];
    expect(plain).toMatchObject({ paymentDate: '2026-12-06', years: [2027], repairYears: 0, restoration: { kind: 'range', earliest: '2027-05-01', latest: '2027-06-01' } });
    expect(both).toMatchObject({ paymentDate: '2026-12-06', years: [2027], repairYears: 2, extraPremiumYears: 2, restoration: { kind: 'date', date: '2027-04-01' } });
    const repairAlone = r.options.find((o) => o.kind === 'repair' && o.repairYears === 2);
    expect(repairAlone?.restoration).toMatchObject({ kind: 'range', earliest: '2027-04-01', latest: '2027-04-16' });
    // The same payment calculated on its own gives that date.
    expect(runShipped({ ...twoLapseYears('national'), payments: [residentPay('2026-12-06', [2027], 2, 'planned')] }).main.restoration).toEqual({ kind: 'date', date: '2027-04-01' });
  });

  it('a chain that pins every value: the repair year paid today helps in its one run, so it says nowhere that it does not (a year repaid leaves no lapse year to count)', () => {
    // Found by the pinned repairHelp property: the runs with the repair year paid counted no useful
    // year (none left to repair) and gave a "helps in 0 years" list beside a sooner date.
    const s: Scenario = {
      v: 2,
      asOf: '2031-11-16',
      region: 'test-pinned-hubei-wuhan',
      history: { years: [], employeePeriods: [{ from: '2029-12', to: '2029-12' }, { from: '2029-10', to: '2029-10' }] },
      payments: [{ scheme: 'resident', date: '2032-01-03', status: 'planned', years: [2032], repairYears: 0 }],
      circumstances: {},
    };
    const outcome = calculate(s, chainOf(s.region));
    if (!outcome.ok) throw new Error('invalid');
    const [both] = withRepairToday(outcome.result);
    expect(both).toMatchObject({ paymentDate: '2031-11-16', repairYears: 1, restoration: { kind: 'date', date: '2032-04-01' } });
    expect(outcome.result.options.find((o) => o.kind === 'payToday' && o.repairYears === 0)?.restoration).toEqual({ kind: 'date', date: '2032-04-30' });
    expect(both?.repairHelp).toBeUndefined();
  });

  it('青岛 (2025–2026 lapsed, 2027 planned in the open window on 10 Dec 2026): repairing on the day planned is as soon, so it is not offered', () => {
    const r = runShipped(scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }));
    expect(r.options.find((o) => o.kind === 'repair' && o.repairYears === 1)?.restoration).toEqual({ kind: 'date', date: '2027-04-01' });
    expect(withRepairToday(r)).toEqual([]);
  });

  it('national rules, one lapse year (2026), 2027 planned for 15 Jan 2027, seen 2 Dec 2026: the repair year paid today shortens the wait only where every lapse year counts (R4), and the option says so', () => {
    // Paid today without repair: 1 April 2027, or 1 May where every lapse year counts (呼和浩特).
    // With 1 repair year: 1 April 2027 everywhere; elsewhere the year's premium buys nothing.
    const r = runShipped(scenario({ asOf: '2026-12-02', region: 'national', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] }));
    const [both] = withRepairToday(r) as [OptionResult];
    expect(both).toMatchObject({ paymentDate: '2026-12-02', years: [2027], repairYears: 1, restoration: { kind: 'date', date: '2027-04-01' } });
    expect(both.repairHelp?.map((h) => h.years)).toEqual([1, 0]);
    // Where it helps: only where every lapse year lengthens the wait.
    const helps = both.repairHelp?.[0]?.when ?? [];
    expect(helps.length).toBeGreaterThan(0);
    expect(helps.every((way) => way.some((c) => c.param === 'resident.variableReading' && c.answer === 'everyYear'))).toBe(true);
  });

  it('national rules, two lapse years: of the 2 repair years paid today, the second helps only where every lapse year counts, and the option says so', () => {
    const [, both] = runShipped(twoLapseYears('national')).options.filter((o) => o.kind === 'payToday') as [OptionResult, OptionResult];
    expect(both.repairYears).toBe(2);
    expect(both.repairHelp?.map((h) => h.years)).toEqual([2, 1]);
  });

  it('a made payment is offered no such plan (only its repair variants)', () => {
    const r = runShipped({ ...twoLapseYears('national'), asOf: '2027-01-20', payments: [residentPay('2027-01-15', [2027], 0, 'made')] });
    expect(withRepairToday(r)).toEqual([]);
  });
});

/** Whether `a` is sooner than `b` at one end of its dates and no later at the other. */
function sooner(a: Restoration, b: Restoration): boolean {
  const [fa, fb] = [firstDay(a), firstDay(b)];
  if (fa === null) return false;
  if (fb === null) return true;
  return fa <= fb && lastDay(a) <= lastDay(b) && (fa < fb || lastDay(a) < lastDay(b));
}

describe('invariants of paying today with repair years', () => {
  it('is sooner than paying today as planned and than repairing as many years on the day planned, and no repair year of it is idle (fast-check, pinned chains)', () => {
    let seen = 0;
    fc.assert(
      fc.property(v2ScenarioInArb([V1, ...pinnedIds], 3), (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        const plan = s.payments.at(-1);
        if (!plan || plan.scheme !== 'resident') return;
        for (const o of outcome.result.options.filter((x) => x.kind === 'payToday' && x.repairYears > plan.repairYears)) {
          seen++;
          const plain = outcome.result.options.find((x) => x.kind === 'payToday' && x.repairYears === plan.repairYears);
          expect(plain && sooner(o.restoration, plain.restoration)).toBe(true);
          // The most repair years offered on the day planned: the soonest that day gives.
          const repairAlone = outcome.result.options.filter((x) => x.kind === 'repair').at(-1);
          if (repairAlone) expect(sooner(o.restoration, repairAlone.restoration)).toBe(true);
          // One repair year fewer, paid today, gives other dates.
          const fewer = calculate({ ...s, payments: [...s.payments.slice(0, -1), { ...plan, date: s.asOf, repairYears: o.repairYears - 1 }] }, chainOf(s.region));
          if (fewer.ok) expect(fewer.result.main.restoration).not.toEqual(o.restoration);
        }
      }),
      { numRuns: 3_000, seed: 20261206 },
    );
    expect(seen).toBeGreaterThan(0);
  }, 300_000);
});
