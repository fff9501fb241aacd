// Options and packs after a newcomer audit (Dec 2026), named cases with exact dates:
// - every option states its premium on one basis, relative to the person's own payment (R1c, R5);
// - an option that drops a year the plan covers says so, and a newborn is not offered to skip the
//   birth year the plan covers from birth (X1);
// - "in its enrolment window" today only where the region's own packs state that window (R1, §8.6);
// - 湖北 newborns pay nothing for the year of birth (P-HB1 「出生即参保，当年参保无需缴费」);
// - a window nobody has announced names no region as known to use it (R1, §8.6).
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { calculate } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const repair = (r: Result, n: number) => r.options.find((o) => o.kind === 'repair' && o.repairYears === n) as OptionResult;

describe('option costs relative to the plan (R1c, R5)', () => {
  // National; covered 2024, not insured 2025–26; plans 2027 on 2026-12-15 with 1 repair year.
  const s = scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-15', [2027], 1, 'planned')] });
  const r = run(s);

  it('no repair pays one year less than the plan; two repair years one more; paying today the same', () => {
    expect(repair(r, 0).extraPremiumYears).toBe(-1);
    expect(repair(r, 2).extraPremiumYears).toBe(1);
    expect(r.options.find((o) => o.kind === 'payToday')?.extraPremiumYears).toBe(0);
  });

  it('青海, covered 2025, plans 2026 on 2026-03-01 with 0 repair: paying today costs the same years (0), not more', () => {
    const q = run(scenario({ asOf: '2026-02-01', region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026], 0, 'planned')] }));
    expect(q.options.find((o) => o.kind === 'payToday')?.extraPremiumYears).toBe(0);
  });

  // Employee scheme: contributions are monthly from the month paid (R1c gives no amounts, so months).
  // A back-payment pays the months up to the plan either way; where it buys nothing today either
  // (a gap still over 3 months, E3), paying today leaves it out and saves the months before today.
  it.each([
    ['2026-07', false, 2, undefined],
    ['2026-09', true, 0, undefined],
    ['2026-07', true, -4, true],
  ])('青岛 flexible worker covered to %s, plans to pay on 2027-02-05 (back-pay %s): paying today costs %i more months (without the back-payment: %s)', (to, backPay, months, noBackPay) => {
    const q = run(scenario({ asOf: '2026-12-03', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to }], payments: [employeePay('2027-02-05', backPay, 'flexible', 'planned')] }));
    const today = q.options.find((o) => o.kind === 'payToday');
    expect(today?.extraPremiumYears).toBe(months);
    expect(today?.noBackPay).toBe(noBackPay);
  });
});

describe('a newborn is not offered to skip the birth year (X1)', () => {
  // Born 2026-10-15; plans to pay 2026 on 2026-12-20 (within 90 days); national; as of 2026-12-02.
  const s = scenario({ asOf: '2026-12-02', payments: [residentPay('2026-12-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-10-15' } });
  const r = run(s);

  it('the plan covers the baby from birth, 2026-10-15', () => {
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-10-15' });
  });

  it('no option pays 2027 instead of 2026', () => {
    expect(r.options.some((o) => !o.years.includes(2026) && o.years.includes(2027))).toBe(false);
    // Paying 2027 as well, on the plan's day (addsNextYear), keeps 2026 and its cover from birth.
    expect(r.options.map((o) => [o.kind, o.paymentDate, o.years])).toEqual([
      ['payToday', '2026-12-02', [2026]],
      ['nextWindow', '2026-12-20', [2026, 2027]],
    ]);
  });

  it('covered 2025, plans 2026 late on 2026-06-10 (as of 2026-06-01): paying 2027 in its window instead gives up 2026, and says so', () => {
    const adult = run(scenario({ asOf: '2026-06-01', years: { 2025: 'resident' }, payments: [residentPay('2026-06-10', [2026], 0, 'planned')] }));
    const next = adult.options.find((o) => o.kind === 'nextWindow') as OptionResult;
    expect(next.paymentDate).toBe('2026-09-01');
    expect(next.years).toEqual([2027]);
    expect(next.givesUpYears).toEqual([2026]);
  });
});

describe('海南, a newborn registered in time but paid after the 90 days (X1, P-HI1)', () => {
  // Born 2026-09-01, registered 2026-09-20; plans to pay 2026 on 2026-12-01 (after the 90 days, which end 2026-11-30); as of 2026-10-01.
  const r = run(scenario({ asOf: '2026-10-01', region: 'hainan', payments: [residentPay('2026-12-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-09-01', newbornRegistrationDate: '2026-09-20' } }));

  it('the plan: cover from the payment date, 2026-12-01, and the explanation says the earlier registration does not move it earlier', () => {
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-12-01' });
    const step = r.trace.find((s) => s.rule === 'X1');
    expect(step?.step).toBe('afterRegisteredEarlier');
    expect(step?.params).toMatchObject({ registrationDate: '2026-09-20', paymentDate: '2026-12-01', rule: 'registrationDate' });
  });

  it('paying for 2027 today, within the 90 days, covers the baby from birth, in 2026 too: it is not said to give up 2026', () => {
    const next = r.options.find((o) => o.kind === 'nextWindow') as OptionResult;
    expect(next.years).toEqual([2027]);
    expect(next.restoration).toEqual({ kind: 'date', date: '2026-09-01' });
    expect(next.givesUpYears).toBeUndefined();
  });

  it('an option paying an earlier year still gives up a later year the plan pays (湖南, 2027 planned; paying 2026 today covers from 2026-08-30 but not 2027)', () => {
    const plan = run(scenario({ asOf: '2026-06-01', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-10-15', [2027], 0, 'planned')] }));
    const today = plan.options.find((o) => o.kind === 'payToday') as OptionResult;
    expect(today.years).toEqual([2026]);
    expect(today.restoration).toEqual({ kind: 'date', date: '2026-08-30' });
    expect(today.givesUpYears).toEqual([2027]);
  });

  it('registered on the payment day itself: the plain step, with no registration sentence', () => {
    const same = run(scenario({ asOf: '2026-10-01', region: 'hainan', payments: [residentPay('2026-12-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-09-01', newbornRegistrationDate: '2026-12-01' } }));
    expect(same.trace.find((s) => s.rule === 'X1')?.step).toBe('after');
  });
});

describe('"in its enrolment window" only where the region states it (R1, §8.6)', () => {
  it('青岛, 2026 paid 2026-10-10 after a 2025 lapse, as of 2026-12-02: the 2027 option is not said to be in a known window', () => {
    const r = run(scenario({ asOf: '2026-12-02', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] }));
    const next = r.options.find((o) => o.kind === 'nextWindow');
    expect(next?.paymentDate).toBe('2026-12-02');
    expect(next?.years).toEqual([2027]);
    expect(next?.windowOpen).toBeUndefined();
  });

  it('national, the same: no region’s window is known, so none is said to be open', () => {
    const r = run(scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] }));
    expect(r.options.every((o) => o.windowOpen === undefined)).toBe(true);
  });
});

describe('湖北 newborns pay nothing for the year of birth (P-HB1)', () => {
  it('武汉, born 2026-10-15, 2026 paid 2026-11-20: premium ¥0, the newborn rate', () => {
    const r = run(scenario({ asOf: '2026-12-02', region: 'hubei-wuhan', payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-10-15' } }));
    expect(r.main.premium).toEqual({ yuan: 0, full: false, tier: 'newborn' });
    expect(r.trace.some((t) => t.rule === 'R1c' && t.step === 'newborn')).toBe(true);
  });

  it('湖北, an adult paying 2026: ¥400 as before', () => {
    const r = run(scenario({ asOf: '2026-01-10', region: 'hubei', years: { 2025: 'resident' }, payments: [residentPay('2026-01-10', [2026])] }));
    expect(r.main.premium?.yuan).toBe(400);
  });

  it('湖北, born 2025-12-20, 2026 paid for the next year: the birth-year rate does not apply to 2026', () => {
    const r = run(scenario({ asOf: '2026-01-10', region: 'hubei', years: { 2025: 'none' }, payments: [residentPay('2026-01-10', [2026])], circumstances: { birthDate: '2025-12-20' } }));
    expect(r.main.premium?.yuan).toBe(400);
  });
});

describe('a window nobody has announced names no region (R1, §8.6)', () => {
  it('national, covered 2026, plans 2027 on 2027-01-20: the conditions on the 2027 window list no region', () => {
    const r = run(scenario({ asOf: '2026-12-02', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-01-20', [2027], 0, 'planned')] }));
    const range = r.main.restoration;
    if (range.kind !== 'range') throw new Error(`expected a range, got ${range.kind}`);
    const windowConditions = range.outcomes.flatMap((o) => o.when.flat()).filter((c) => (c.param === 'resident.windowEnd' || c.param === 'resident.extension') && c.year === 2027);
    expect(windowConditions.length).toBeGreaterThan(0);
    for (const c of windowConditions) expect(c.regions).toEqual([]);
  });

  it('2026 (announced) still names its regions: 北京 among those whose window ran to 28 Feb', () => {
    const r = run(scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    const range = r.main.restoration;
    if (range.kind !== 'range') throw new Error('expected a range');
    const window = range.outcomes.flatMap((o) => o.when.flat()).find((c) => c.param === 'resident.windowEnd' && c.answer === 'window');
    expect(window?.regions).toContain('beijing');
  });
});

describe('paying today against the plan, where regions differ on the day (E1, §8.2)', () => {
  // National; employee cover to September 2026; the gap back-paid on 10 Dec 2026 (planned), seen on 5 Dec.
  // Regions that cover from the day after payment (常州) give 11 Dec under the plan and 6 Dec paying
  // today: the span (1 Dec 2026 to 1 Jan 2027) is the same, the answer is not. It was "the same date
  // as under your own plan: paying on this day does not bring it forward" (a newcomer's walk).
  const s = scenario({ asOf: '2026-12-05', employeePeriods: [{ from: '2024-01', to: '2026-09' }], payments: [employeePay('2026-12-10', true, 'employee', 'planned')] });
  const r = run(s);
  const today = r.options.find((o) => o.kind === 'payToday') as OptionResult;
  const days = (x: OptionResult['restoration']) => (x.kind === 'range' ? x.outcomes.map((o) => (o.restoration.kind === 'noCover' ? null : o.restoration.date)) : []);

  it('the plan gives 11 Dec where cover starts the day after payment; paying today 6 Dec', () => {
    expect(days(r.main.restoration)).toContain('2026-12-11');
    expect(days(today.restoration)).toContain('2026-12-06');
    expect(today.restoration).toMatchObject({ kind: 'range', earliest: '2026-12-01', latest: '2027-01-01' });
  });

  it('so paying today is not "the same as the plan"', () => {
    expect(today.sameAsPlan).toBe(false);
  });
});
