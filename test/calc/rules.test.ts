// Rule-by-rule cases beyond the worked examples; expected dates follow RULES.md (v2) and the
// derivations in its evidence file (R-numbers there). Under rules v2 the national pack leaves
// window ends, late enrolment, wait units, day conventions, readings, newborn, exemption and
// employee details to the regions (§8.5) and answers with a range over them; the cases written
// for the v1 national defaults run under the test pack that pins them (RULES.md §10,
// test/fixtures/v1-defaults.ts), and under the national pack must give a range holding that date.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Restoration, Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';
import { datesOf } from './restoration-sets';

const V1 = 'test-v1-defaults';

const run = (s: Scenario): Result => runShipped(s, s.region === V1 ? v1DefaultsChain() : chainFor(s.region));
const noteIds = (r: Result) => r.notes.map((n) => n.id);
const warningIds = (r: Result) => r.warnings.map((w) => w.id);
const span = (x: Restoration) => (x.kind === 'range' ? [x.earliest, x.latest] : `not a range: ${JSON.stringify(x)}`);

/** The v1 case `s` (run under the v1 defaults) under the national pack: a range that holds `date` among its outcomes (§8). */
function nationalHolds(s: Scenario, date: string): Result {
  const r = run({ ...s, region: 'national' });
  expect(datesOf(r.main.restoration)).toContain(date);
  return r;
}

describe('R7 day conventions for a lapsed person paying outside the window (lapsed 2025, pays 2026 on 2026-03-10)', () => {
  const lapsed = (region: string) => scenario({ asOf: '2026-03-10', region, years: { 2025: 'none' }, payments: [residentPay('2026-03-10', [2026])] });

  it.each([
    ['liaoning-fuxin', '2026-06-10'],
    ['neimenggu-hohhot', '2026-07-01'],
  ])('%s gives %s', (region, date) => {
    expect(run(lapsed(region)).main.restoration).toEqual({ kind: 'date', date });
  });

  // 广州 pins the next-day convention (L-GZ) but not R4's reading, which a lapse of one year reads.
  it('guangdong-guangzhou gives 2026-06-11 (next day), or 2026-07-11 where every lapse year adds a month', () => {
    const r = run(lapsed('guangdong-guangzhou'));
    expect(span(r.main.restoration)).toEqual(['2026-06-11', '2026-07-11']);
    expect(r.regional.map((p) => p.param)).toEqual(['resident.variableReading']);
  });

  it('clamps 30 Nov + 3 months to 28 Feb and flags the point as unconfirmed (v1 defaults; national: a range holding it)', () => {
    const s = scenario({ asOf: '2025-11-30', region: V1, payments: [residentPay('2025-11-30', [2025, 2026])] });
    const r = run(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-28' });
    expect(noteIds(r)).toContain('R7.monthEndClamp');
    expect(noteIds(nationalHolds(s, '2026-02-28'))).toContain('R7.monthEndClamp');
  });
});

describe('R8, R9 and I4: waits that cross 31 December', () => {
  it('a 2025 payment on 20 Oct does not make 2025 a covered year; paying 2026 continues the same wait (2026-01-20)', () => {
    const s = scenario({ asOf: '2025-12-01', region: V1, payments: [residentPay('2025-10-20', [2025]), residentPay('2025-12-01', [2026])] });
    const r = run(s);
    expect(r.enrolments[0]?.coveredYears).toEqual([]);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-20' });
    expect(r.trace.some((t) => t.rule === 'R8' && t.step === 'continuesWait')).toBe(true);
    nationalHolds(s, '2026-01-20');
  });

  it('under the Hohhot reading a 6-year lapse paid on 2031-04-15 needs 2032 paid too (2032-01-15 at the earliest, Fuxin days)', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const r = run(scenario({ asOf: '2031-04-15', region: 'neimenggu-hohhot', years: lapsed, payments: [residentPay('2031-04-15', [2031])] }));
    // Hohhot counts months from the payment month: April is month 1 of 9.
    expect(r.main.restoration).toEqual({ kind: 'needsNextYear', date: '2032-01-01', year: 2032 });
    expect(warningIds(r)).toContain('paysForNothing');
    expect(noteIds(r)).toContain('I4');
  });

  it('a wait that is not continued lapses: 2025 paid late, 2026 skipped, 2027 paid in the window counts 2 lapse years', () => {
    const s = scenario({ asOf: '2026-11-01', region: V1, years: { 2026: 'none' }, payments: [residentPay('2025-10-20', [2025]), residentPay('2026-11-01', [2027])] });
    const r = run(s);
    expect(r.main.lapse).toEqual({ years: [2025, 2026] });
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
    nationalHolds(s, '2027-05-01');
  });
});

describe('R1a and I5: extended payment periods (Fujian: 1 Jan to end of February)', () => {
  it('a continuous enrollee paying on 2026-02-10 is covered from the payment date', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'fujian', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-10' });
    expect(r.main.waiting).toBeNull();
  });

  // 福建 pins the extension, not the wait's unit, reading or day convention: the wait runs from
  // the payment date (I5) and ends on a date the national conventions span (2026-05-10 same day).
  it('a lapsed person paying in the extended period waits from the payment date (I5)', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'fujian', years: { 2025: 'none' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(r.main.waiting?.start).toBe('2026-02-10');
    expect(datesOf(r.main.restoration)).toContain('2026-05-10');
    for (const d of datesOf(r.main.restoration)) expect(d > '2026-04-30').toBe(true);
    expect(noteIds(r)).toContain('I5');
  });

  // 福州's bureau: 「每多断保1年在固定等待期基础上再增加1个月变动等待期」 (P-FJ2). 福建's pack reads it as
  // 甘肃's and 吉林's like wording, a month for each lapse year after the first (our reading, noted):
  // one lapse year (2025) paid after the extension waits the fixed 3 months only. Day conventions and
  // units stay regional: 10 Jun (same day), 11 Jun (next day), 1 Jun (month start), or 90 days to
  // 8 Jun (same day) or 9 Jun (next day). Never July, which the other reading gave.
  it('a lapse of one year paid after the extended period: the fixed wait only, by the wording of 福州\'s bureau (our reading)', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'fujian', years: { 2025: 'none' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(datesOf(r.main.restoration)).toEqual(['2026-06-01', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11']);
    expect(noteIds(r)).toContain('R4.additionalYears');
  });

  // 陕西's window for 2026 ended on 2025-12-25, and every known extension runs from 1 Jan (R1a; L-FJ
  // 「参保年度1月1日至2月底」): a continuous payer on 2025-12-27 is off-window, the wait runs from the
  // payment date (R3, R7), and cover never starts in 2025 or on 1 Jan.
  it('a continuous enrollee paying after a window that ends in December, before 1 January, is off-window', () => {
    const r = run(scenario({ asOf: '2025-12-27', region: 'shaanxi', years: { 2025: 'resident' }, payments: [residentPay('2025-12-27', [2026])] }));
    const dates = datesOf(r.main.restoration);
    expect(dates).not.toContain('2026-01-01');
    expect(r.main.waiting?.start).toBe('2025-12-27');
    for (const d of dates) expect(d >= '2026-03-01').toBe(true);
  });

  it('Hebei 2026: the window opened on 2025-10-20, so paying 2026 on 2025-10-01 is too early', () => {
    const outcome = calculate(scenario({ asOf: '2025-10-01', region: 'hebei', payments: [residentPay('2025-10-01', [2026], 0, 'made')] }), chainFor('hebei'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors).toContainEqual({ path: ['payments', 0, 'date'], key: 'date.beforeWindow' });
  });
});

describe('I1, I2 and I3: interpretations', () => {
  it('I1: years before 2025 are not lapse years', () => {
    const r = run(scenario({ asOf: '2025-11-01', years: { 2022: 'none', 2023: 'none', 2024: 'none' }, payments: [residentPay('2025-11-01', [2026])] }));
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(noteIds(r)).toContain('I1');
  });

  it('I2: a year covered by the employee scheme is not a lapse year', () => {
    const r = run(scenario({ asOf: '2026-11-01', years: { 2025: 'resident', 2026: 'employee' }, payments: [residentPay('2026-11-01', [2027])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(noteIds(r)).toContain('I2');
  });
});

describe('X1 newborns (born 2025-03-01, birth-year premium paid 2025-05-31, day 91 or 92)', () => {
  it('national: after 90 days the region decides, from the payment date up to the ordinary wait', () => {
    const r = run(scenario({ asOf: '2025-05-31', circumstances: { birthDate: '2025-03-01' }, payments: [residentPay('2025-05-31', [2025])] }));
    expect(span(r.main.restoration)).toEqual(['2025-05-31', '2025-09-01']);
    expect(r.regional.map((p) => p.param)).toEqual(expect.arrayContaining(['newborn.afterWindow']));
    expect(warningIds(r)).toContain('newbornAfterWindow');
  });

  it('Fujian: after 90 days, covered from the payment date', () => {
    const r = run(scenario({ asOf: '2025-05-31', region: 'fujian', circumstances: { birthDate: '2025-03-01' }, payments: [residentPay('2025-05-31', [2025])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-05-31' });
  });

  // 青岛's 6-month newborn window rests on a C source only; a C value never widens the national
  // range (RULES.md §2, §8.4), so the pack no longer sets it and 青岛 follows the 90 days.
  it('Qingdao: paid on day 91, the national 90 days apply (the 6-month window is a C source only)', () => {
    const r = run(scenario({ asOf: '2025-05-31', region: 'shandong-qingdao', circumstances: { birthDate: '2025-03-01' }, payments: [residentPay('2025-05-31', [2025])] }));
    expect(r.main.restoration).not.toEqual({ kind: 'date', date: '2025-03-01' });
    expect(r.warnings.map((w) => w.id)).toContain('newbornAfterWindow');
  });

  it('paid on day 90 (2025-05-30): covered from birth under the national reading; 武汉 counts the birth day as day 1, so the national answer is a range from birth', () => {
    const s = scenario({ asOf: '2025-05-30', region: V1, circumstances: { birthDate: '2025-03-01' }, payments: [residentPay('2025-05-30', [2025])] });
    expect(run(s).main.restoration).toEqual({ kind: 'date', date: '2025-03-01' });
    const national = nationalHolds(s, '2025-03-01');
    expect(national.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-03-01' });
    expect(national.regional.map((p) => p.param)).toContain('newborn.dayCount');
    expect(noteIds(national)).toContain('X1.dayCount');
  });
});

describe('X2 special groups', () => {
  it('a newly discharged service member enrolling 2025-10-20 has no wait (v1 defaults); national: the payment date or the next day (exact day unconfirmed)', () => {
    const s = scenario({ asOf: '2025-10-20', region: V1, circumstances: { newVeteran: true, veteranDischargeDate: '2025-09-15' }, payments: [residentPay('2025-10-20', [2025])] });
    const r = run(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-10-20' });
    expect(r.main.exemption).toBe('veteran');
    const national = run({ ...s, region: 'national' });
    expect(span(national.main.restoration)).toEqual(['2025-10-20', '2025-10-21']);
    expect(noteIds(national)).toEqual(expect.arrayContaining(['X2.veteranRecent', 'X2.exactDay']));
  });

  it('a low-income person who lapsed by choice gets the ordinary rules', () => {
    const s = scenario({ asOf: '2025-06-10', region: V1, circumstances: { lowIncomeNotByChoice: false }, payments: [residentPay('2025-06-10', [2025])] });
    expect(run(s).main.restoration).toEqual({ kind: 'date', date: '2025-09-10' });
    expect(nationalHolds(s, '2025-09-10').main.exemption).toBeNull();
  });
});

describe('E1-E3 edge cases', () => {
  it('E2 without two years of continuity: ordinary rules under the v1 defaults; the national pack spans the regions that waive the wait (E2)', () => {
    const s = scenario({ asOf: '2025-08-05', region: V1, employeePeriods: [{ from: '2024-06', to: '2025-05' }], years: { 2024: 'employee' }, payments: [residentPay('2025-08-05', [2025])] });
    const r = run(s);
    expect(r.main.exemption).toBeNull();
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-05' });
    expect(r.trace.some((t) => t.rule === 'E2' && t.step === 'noContinuity')).toBe(true);
    const national = nationalHolds(s, '2025-11-05');
    expect(noteIds(national)).toContain('E2.noContinuity');
    expect(datesOf(national.main.restoration)).toEqual(expect.arrayContaining(['2025-08-05', '2025-08-06']));
    expect(national.regional.map((p) => p.param)).toContain('switch.shortGapWithoutTwoYears');
  });

  it('E1 without back-payment: a gap of 3 months waits as E3 says (0-6 months, regional), and back-paying is offered', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', false)] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-07-01', latest: '2026-01-01' });
    expect(datesOf(r.main.restoration)).toEqual(['2025-07-01', '2025-10-01', '2026-01-01']);
    expect(r.regional.map((p) => p.param)).toEqual(['employee.longGapWaitMonths']);
    const backPay = r.options.find((o) => o.kind === 'backPay');
    // E1 within one region is regional: gap covered from July, or from the next day or month.
    expect(backPay?.restoration).toMatchObject({ kind: 'range', earliest: '2025-07-01', latest: '2025-08-01' });
    expect(backPay?.extraPremiumYears).toBe(3);
  });

  it('E2 resident to employee: two years of resident cover, a 2-month gap, back-paid', () => {
    const r = run(scenario({ asOf: '2026-03-10', years: { 2024: 'resident', 2025: 'resident' }, payments: [employeePay('2026-03-10', true)] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-03-01' });
    expect(r.main.retroactive).toEqual({ from: '2026-01-01', to: '2026-02-28' });
  });
});

describe('B1-B4 critical-illness bonus', () => {
  const continuous = { 2025: 'resident', 2026: 'resident', 2027: 'resident', 2028: 'resident' } as const;
  const ci = { originalCapYuan: 300_000, noClaimYears: [2025, 2026, 2027, 2028], bonusUsedYears: [] };

  it('national minimum steps: 2029, the 5th consecutive year after 4 no-claim years, adds 1,000 + 4,000', () => {
    const r = run(scenario({ asOf: '2028-11-10', years: continuous, payments: [residentPay('2028-11-10', [2029])], criticalIllness: ci }));
    expect(r.bonus).toMatchObject({ year: 2029, continuityYuan: 1000, noClaimYuan: 4000, upliftYuan: 5000, capWithBonusYuan: 305_000, stepIsMinimum: true });
  });

  it('Xuchang steps of 3,000 and the 20% cap (original cap 50,000 allows at most 10,000)', () => {
    const r = run(scenario({ asOf: '2028-11-10', region: 'henan-xuchang', years: continuous, payments: [residentPay('2028-11-10', [2029])], criticalIllness: { ...ci, originalCapYuan: 50_000 } }));
    expect(r.bonus).toMatchObject({ continuityYuan: 3000, noClaimYuan: 12_000, upliftYuan: 10_000, capped: true });
  });

  it('using the bonus on a claim clears the no-claim part; continuity stays', () => {
    const r = run(scenario({ asOf: '2029-11-10', years: { ...continuous, 2029: 'resident' }, payments: [residentPay('2029-11-10', [2030])], criticalIllness: { ...ci, noClaimYears: [2025, 2026, 2027, 2028], bonusUsedYears: [2029] } }));
    expect(r.bonus).toMatchObject({ year: 2030, continuityYuan: 2000, noClaimYuan: 0 });
    // Said, with the amount cleared: the four no-claim years 2025-2028 had added 4,000 by 2029.
    expect(r.trace.find((t) => t.rule === 'B2' && t.step === 'usedClears')?.params).toEqual({ usedYear: 2029, clearedYuan: 4000 });
  });

  it('a use of the bonus with nothing built up to clear is not said to clear anything', () => {
    const r = run(scenario({ asOf: '2029-11-10', years: { ...continuous, 2029: 'resident' }, payments: [residentPay('2029-11-10', [2030])], criticalIllness: { ...ci, noClaimYears: [], bonusUsedYears: [2029] } }));
    expect(r.bonus).toMatchObject({ year: 2030, noClaimYuan: 0 });
    expect(r.trace.some((t) => t.step === 'usedClears')).toBe(false);
  });

  it('R24: after a 2030 lapse the count restarts but the earned continuity bonus is kept; cover from 2031-04-01 (v1 defaults)', () => {
    const s = scenario({
      asOf: '2030-11-10',
      region: V1,
      years: { ...continuous, 2029: 'resident', 2030: 'none' },
      payments: [residentPay('2030-11-10', [2031])],
      criticalIllness: { originalCapYuan: 300_000, noClaimYears: [], bonusUsedYears: [] },
    });
    const r = run(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2031-04-01' });
    expect(r.bonus).toMatchObject({ continuityYuan: 1000, consecutiveYears: 1 });
    expect(noteIds(r)).toContain('B4.capReduction');
    expect(nationalHolds(s, '2031-04-01').bonus).toMatchObject({ continuityYuan: 1000, consecutiveYears: 1 });
  });
});

describe('options, computed by the same engine', () => {
  it('W5 as a plan: one useful repair year brings cover to 2027-04-01; the cost is unknown to the pack', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')] }));
    const repair = r.options.filter((o) => o.kind === 'repair');
    expect(repair).toHaveLength(1);
    expect(repair[0]).toMatchObject({ repairYears: 1, restoration: { kind: 'date', date: '2027-04-01' }, extraPremiumYears: 1, extraCostYuan: null });
    expect(r.options.find((o) => o.kind === 'payToday')?.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
  });

  // Under the national pack the 'every year counts' reading (呼和浩特) makes it 3 + 4 = 7 months,
  // which one repair year does shorten to the floor: only the pinned reading offers none.
  it('W11: no repair option is offered when the floor makes repair useless (v1 defaults)', () => {
    const r = run(scenario({ asOf: '2028-11-01', region: V1, years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-11-01', [2029], 0, 'planned')] }));
    expect(r.options.filter((o) => o.kind === 'repair')).toEqual([]);
  });

  it('mid-2026 after a 2025 lapse: paying 2026 today (cover 2026-09-01) beats waiting for the 2027 window (2027-05-01) (v1 defaults)', () => {
    const s = scenario({ asOf: '2026-06-01', region: V1, years: { 2025: 'none' }, payments: [residentPay('2026-09-01', [2027], 0, 'planned')] });
    const r = run(s);
    // 2026 is unpaid too, so waiting for the window means two lapse years.
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
    expect(r.options.find((o) => o.kind === 'payToday')).toMatchObject({ paymentDate: '2026-06-01', years: [2026], restoration: { kind: 'date', date: '2026-09-01' } });
    expect(r.status).toBe('lapsed');
    const national = nationalHolds(s, '2027-05-01');
    expect(datesOf(national.options.find((o) => o.kind === 'payToday')?.restoration ?? { kind: 'noCover', year: 0 })).toContain('2026-09-01');
  });
});
