// RULES.md §10: every worked example as a named case with exact dates. ★ = official source.
// W1, W10-W19 and W36 run under a fixture that pins the v1 national defaults; under the shipped
// national pack each of them must give a range containing its date (§8). The others run
// under the region's own pack.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Restoration, Result, Scenario } from '../../src/calc';
import { chainFor, outcomeDates as dates, runShipped } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const FIXTURE = 'test-v1-defaults';

const run = (s: Scenario): Result => runShipped(s, s.region === FIXTURE ? v1DefaultsChain() : chainFor(s.region));

const restoredOn = (r: Result) => (r.main.restoration.kind === 'date' ? r.main.restoration.date : `not a date: ${JSON.stringify(r.main.restoration)}`);
const dateOf = (r: Restoration) => (r.kind === 'date' ? r.date : `not a date: ${JSON.stringify(r)}`);
const rangeOf = (r: Result) => (r.main.restoration.kind === 'range' ? [r.main.restoration.earliest, r.main.restoration.latest] : `not a range: ${JSON.stringify(r.main.restoration)}`);
const outcomeDates = (r: Restoration) => (r.kind === 'range' ? r.outcomes.map((o) => (o.restoration.kind === 'noCover' ? 'noCover' : o.restoration.date)) : []);

/** The v1 cases: each runs under the fixture, and under the national pack gives a range that holds its date. */
const v1Cases: { name: string; s: Scenario; date: string }[] = [];
function v1Case(name: string, s: Scenario, date: string): Scenario {
  v1Cases.push({ name, s, date });
  return s;
}

describe('resident scheme, v1 national defaults (fixture)', () => {
  it('W1 covered 2025 and paying 2026 in the window gives cover from 1 Jan with no wait', () => {
    const r = run(v1Case('W1', scenario({ asOf: '2025-11-10', region: FIXTURE, years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }), '2026-01-01'));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
    expect(r.main.lapse).toBeNull();
    expect(r.status).toBe('covered');
  });

  it.each([
    [0, '2028-06-01', 5],
    [1, '2028-05-01', 4],
    [2, '2028-04-01', 3],
    [3, '2028-04-01', 3],
  ])('W10 lapsed 2025-2027, paying 2028 on 2027-11-20 with %i repair years gives %s', (repair, date, months) => {
    const s = v1Case(`W10 repair ${repair}`, scenario({ asOf: '2027-11-20', region: FIXTURE, years: { 2025: 'none', 2026: 'none', 2027: 'none' }, payments: [residentPay('2027-11-20', [2028], repair)] }), date);
    const r = run(s);
    expect(restoredOn(r)).toBe(date);
    expect(r.main.waiting).toMatchObject({ unit: 'months', total: months, usefulRepairYears: 2 });
    expect(r.warnings.some((w) => w.id === 'repairRemovesNothing')).toBe(repair === 3);
  });

  it.each([0, 1, 3])('W11 lapsed 2025-2028, paying 2029 in the window: the 6-month floor gives 2029-07-01 with %i repair years', (repair) => {
    const r = run(v1Case(`W11 repair ${repair}`, scenario({ asOf: '2028-11-01', region: FIXTURE, years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-11-01', [2029], repair)] }), '2029-07-01'));
    expect(restoredOn(r)).toBe('2029-07-01');
    expect(r.main.waiting).toMatchObject({ total: 6, usefulRepairYears: 0 });
  });

  it('W12 lapsed 2025-2030, paying 2031 on 2031-04-15 outside the window waits 8 months; 2 repair years make it 6', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const plain = run(v1Case('W12', scenario({ asOf: '2031-04-15', region: FIXTURE, years: lapsed, payments: [residentPay('2031-04-15', [2031])] }), '2031-12-15'));
    expect(restoredOn(plain)).toBe('2031-12-15');
    expect(plain.main.waiting).toMatchObject({ fixed: 3, variable: 5, total: 8, usefulRepairYears: 2 });
    const repaired = run(v1Case('W12 repair 2', scenario({ asOf: '2031-04-15', region: FIXTURE, years: lapsed, payments: [residentPay('2031-04-15', [2031], 2)] }), '2031-10-15'));
    expect(restoredOn(repaired)).toBe('2031-10-15');
    expect(repaired.main.waiting?.total).toBe(6);
  });

  it('W13 separate lapses: only the latest run counts (2026-04-01, 2027-01-01, 2029-04-01)', () => {
    const r = run(
      v1Case(
        'W13',
        scenario({
          asOf: '2028-11-10',
          region: FIXTURE,
          years: { 2025: 'none', 2028: 'none' },
          payments: [residentPay('2025-12-01', [2026]), residentPay('2026-11-10', [2027]), residentPay('2028-11-10', [2029])],
        }),
        '2029-04-01',
      ),
    );
    expect(r.enrolments.map((e) => dateOf(e.restoration))).toEqual(['2026-04-01', '2027-01-01', '2029-04-01']);
    expect(r.main.lapse).toEqual({ years: [2028] });
    expect(r.notes.map((n) => n.id)).toContain('I3');
  });

  it('W36 I7: a late 2026 payment and a June 2027 payment: 2026 buys nothing, 2027 waits 4 months from 1 Jun, never from March', () => {
    const r = run(
      v1Case('W36', scenario({ asOf: '2027-06-01', region: FIXTURE, years: { 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027])] }), '2027-10-01'),
    );
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'needsNextYear', date: '2027-03-01', year: 2027 });
    expect(second?.lapse).toEqual({ years: [2025, 2026] });
    expect(second?.waiting).toMatchObject({ start: '2027-06-01', fixed: 3, variable: 1, total: 4 });
    expect(dateOf(second!.restoration)).toBe('2027-10-01');
  });
});

describe('employee scheme and switching, v1 national defaults (fixture)', () => {
  it('W14 last paid 2025-03, back-paying Apr-Jun in July: cover from July, Apr-Jun retroactive', () => {
    const r = run(v1Case('W14', scenario({ asOf: '2025-07-15', region: FIXTURE, employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }), '2025-07-01'));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(r.main.lapse).toEqual({ months: { from: '2025-04', to: '2025-06' }, count: 3 });
    expect(r.status).toBe('covered');
  });

  it('W14 after a move between pooling regions (S5) the gap is covered under the national pack too', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], circumstances: { movedRegion: true }, payments: [employeePay('2025-07-15', true)] }));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('W14 within one region under the national pack: 2025-07-01 to 2025-08-01, gap cover uncertain', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }));
    expect(rangeOf(r)).toEqual(['2025-07-01', '2025-08-01']);
    expect(r.regional.map((p) => p.param)).toContain('employee.shortGapWithinRegion');
  });

  it('W14 under hubei-wuhan the gap is covered (C source, unconfirmed)', () => {
    const r = run(scenario({ asOf: '2025-07-15', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('W15 last paid 2025-03, resuming 2025-08: a 4-month gap gives 2025-08-01 to 2026-02-01 (at most 6 months)', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: FIXTURE, employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(rangeOf(r)).toEqual(['2025-08-01', '2026-02-01']);
    expect(r.regional.map((p) => p.param)).toEqual(['employee.longGapWaitMonths']);
  });

  it('W15 in Jiangsu the wait is at most 3 months: 2025-08-01 to 2025-11-01', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(rangeOf(r)).toEqual(['2025-08-01', '2025-11-01']);
  });

  it('W16 two years of employee cover to 2025-05, paying resident 2025 on 2025-08-05: cover from August, Jun-Jul retroactive', () => {
    const r = run(v1Case('W16', scenario({ asOf: '2025-08-05', region: FIXTURE, employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-08-05', [2025])] }), '2025-08-01'));
    expect(restoredOn(r)).toBe('2025-08-01');
    expect(r.main.retroactive).toEqual({ from: '2025-06-01', to: '2025-07-31' });
    expect(r.main.exemption).toBe('switch');
    expect(r.main.waiting).toBeNull();
  });

  it('W17 employee cover to 2025-05, resident 2025 paid 2025-10-10 and 2026 in the window: no 2025 cover, cover from 2026-01-10', () => {
    const r = run(
      v1Case(
        'W17',
        scenario({ asOf: '2025-11-20', region: FIXTURE, employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-10-10', [2025]), residentPay('2025-11-20', [2026])] }),
        '2026-01-10',
      ),
    );
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'needsNextYear', date: '2026-01-10', year: 2026 });
    expect(first?.coveredYears).toEqual([]);
    // The 2025 payment bought no 2025 cover (said), but "also pay the next year" is not: 2026 is paid (R8).
    expect(r.warnings.map((w) => w.id)).toContain('noCoverInYear');
    expect(r.warnings.map((w) => w.id)).not.toContain('paysForNothing');
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-10' });
    expect(r.status).toBe('waiting');
  });
});

describe('exemptions, v1 national defaults (fixture)', () => {
  it('W18 newborn born 2025-11-20 with the birth-year premium paid 2026-01-10 is covered from birth', () => {
    const r = run(v1Case('W18', scenario({ asOf: '2026-01-10', region: FIXTURE, circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-10', [2025])] }), '2025-11-20'));
    expect(restoredOn(r)).toBe('2025-11-20');
    expect(r.main.exemption).toBe('newborn');
    expect(r.main.coveredYears).toEqual([{ year: 2025, from: '2025-11-20', to: '2025-12-31' }]);
  });

  it('W19 low-income, lapse not by choice, paying 2025-06-10 is covered from the payment date', () => {
    const r = run(v1Case('W19', scenario({ asOf: '2025-06-10', region: FIXTURE, circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-06-10', [2025])] }), '2025-06-10'));
    expect(restoredOn(r)).toBe('2025-06-10');
    expect(r.main.exemption).toBe('lowIncome');
    expect(r.main.waiting).toBeNull();
  });
});

describe('the shipped national pack gives a range holding every v1 date (§8)', () => {
  // The cases are recorded by the tests above as they run (vitest runs a file's tests in order).
  it('W1, W10-W19 and W36 each give, under the national pack, their v1 date or a range with it as an outcome', () => {
    expect(v1Cases.length).toBeGreaterThanOrEqual(15);
    for (const c of v1Cases) {
      const main = run({ ...c.s, region: 'national' }).main.restoration;
      if (main.kind === 'range') {
        expect(outcomeDates(main), c.name).toContain(c.date);
        expect(main.earliest <= c.date && c.date <= main.latest, c.name).toBe(true);
      } else {
        expect(dateOf(main), c.name).toBe(c.date);
      }
    }
  });
});

describe('W2-W9: v1 regional examples under their packs', () => {
  it('W2 ★ L-FX paying 2025 late on 3 Jul waits until 2 Oct; 2026 paid in the window starts on 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-11-20', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] }));
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'date', date: '2025-10-03' });
    expect(first?.waiting).toMatchObject({ start: '2025-07-03', end: '2025-10-02', total: 3, fixed: 3, variable: 0 });
    expect(first?.coveredYears).toEqual([{ year: 2025, from: '2025-10-03', to: '2025-12-31' }]);
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
  });

  it('W3 ★ L-FX paying 2025 and 2026 together on 6 Nov 2025 gives no 2025 cover and cover from 2026-02-06', () => {
    const r = run(scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', payments: [residentPay('2025-11-06', [2025, 2026])] }));
    expect(restoredOn(r)).toBe('2026-02-06');
    expect(r.main.waiting).toMatchObject({ start: '2025-11-06', end: '2026-02-05', total: 3 });
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2026-02-06', to: '2026-12-31' }]);
    expect(r.warnings).toContainEqual({ id: 'noCoverInYear', params: { year: 2025, coverStart: '2026-02-06' } });
  });

  it('W4 ★ L-FX lapsed 2025, paying 2026 in the window on 3 Dec 2025 waits 3 months from 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-12-03', region: 'liaoning-fuxin', years: { 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', end: '2026-03-31', fixed: 3, variable: 0 });
  });

  it('W5 ★ L-QD lapsed 2025 and 2026, paying 2027 in the window without repair waits 3+1 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027])] }));
    expect(restoredOn(r)).toBe('2027-05-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 1, total: 4, usefulRepairYears: 1 });
  });

  it('W6 ★ L-QD as W5 with one repair year waits 3 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027], 1)] }));
    expect(restoredOn(r)).toBe('2027-04-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 0, repairRemoved: 1, total: 3 });
  });

  it('W7 ★ L-GZ money received 1 Mar 2026 after the window ended waits 1 Mar to 1 Jun and is covered from 2 Jun', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-06-02');
    expect(r.main.waiting).toMatchObject({ start: '2026-03-01', end: '2026-06-01', total: 3 });
  });

  it('W7 inside the Guangzhou window (28 Feb 2026) a continuous enrollee is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2026-02-28', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-02-28', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
  });

  it('W8 ★ L-HHHT missing the 2025 window and paying on 12 Mar 2025 is covered from 1 Jun (month-based)', () => {
    const r = run(scenario({ asOf: '2025-03-12', region: 'neimenggu-hohhot', payments: [residentPay('2025-03-12', [2025])] }));
    expect(restoredOn(r)).toBe('2025-06-01');
    expect(r.main.waiting).toMatchObject({ start: '2025-03-12', end: '2025-05-31', total: 3 });
  });

  it('W9 L-HHHT lapsed 2025, paying 2026 in the window: the Hohhot reading waits 4 months', () => {
    const r = run(scenario({ asOf: '2025-12-01', region: 'neimenggu-hohhot', years: { 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-05-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 1 });
  });
});

describe('W20-W35: v2 examples from official sources', () => {
  it('W20 ★ P-BJ1 北京: covered 2025, paying 2026 on 10 Feb 2026 inside the window is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
  });

  it('W21 P-BJ1 北京: paying on 10 Mar 2026 after the window: the national conventions give 2026-06-01 to 2026-06-11', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-06-01', '2026-06-11']);
    expect(r.regional.map((p) => p.param)).toContain('resident.dateConvention');
  });

  it('W22 ★ P-JX2 江西: covered 2025, paying 2026 on 20 Jan 2026 is covered from the next day', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-21');
  });

  it('W23 ★ P-HE-2025 河北: paying 2025 on 30 Dec 2024 after the window closed on the 28th waits from the payment date, never from 1 Jan', () => {
    const r = run(scenario({ asOf: '2024-12-30', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] }));
    const main = r.main.restoration;
    expect(main.kind === 'range' ? [main.earliest, main.latest] : dateOf(main)).toEqual(['2025-03-01', '2025-03-31']);
    expect(outcomeDates(main)).not.toContain('2025-01-01');
    expect(r.main.waiting).toMatchObject({ start: '2024-12-30' });
  });

  it('W24 ★ P-JX4 江西: a low-income person (医疗救助对象) paying 2025 on 15 Mar 2025 is covered from the next day', () => {
    const r = run(scenario({ asOf: '2025-03-15', region: 'jiangxi', circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-03-15', [2025])] }));
    expect(restoredOn(r)).toBe('2025-03-16');
    expect(r.main.waiting).toBeNull();
  });

  it('W25 ★ P-JX4 江西: employee cover 2024-06 to 2025-01 (under 2 years), paying resident 2025 on 20 Mar 2025: no wait, from the next day', () => {
    const r = run(scenario({ asOf: '2025-03-20', region: 'jiangxi', employeePeriods: [{ from: '2024-06', to: '2025-01' }], payments: [residentPay('2025-03-20', [2025])] }));
    expect(restoredOn(r)).toBe('2025-03-21');
  });

  it('W26 ★ P-HB3 武汉: born 1 Jan 2026, paid 1 Apr 2026 (day 91 counting the birth day): from 1 May 2026', () => {
    const r = run(scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-05-01');
  });

  it('W27 ★ E3a 武汉: employer-paid cover to 2025-12, paying as a flexible worker on 15 May 2026 (month 5): from 1 Jun 2026', () => {
    const r = run(scenario({ asOf: '2026-05-15', region: 'hubei-wuhan', employeePeriods: [{ from: '2020-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay('2026-05-15', false, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-06-01');
  });

  // P-WH-E counts the months since the employer stopped with the month of payment as one of them
  // (「三个月（含办理当月）内」): cover to December, so January is month 1 and April month 4.
  // The step says which month of the count the payment falls in, so a gap of 3 months paid in the
  // 4th month is not read as "back-paid within 3 months" (newcomer walk).
  it.each([
    ['2026-03-10', true, '2026-03-01', '2026-01-01', 'gapCovered', undefined],
    ['2026-02-10', false, '2026-03-01', null, 'nextMonthNotBackPaid', undefined],
    ['2026-04-10', true, '2026-05-01', null, 'nextMonth', 4],
    ['2026-06-10', false, '2026-07-01', null, 'nextMonth', 6],
    ['2026-07-10', true, '2027-01-01', null, 'later', 7],
  ])('E3a 武汉 tiers: employer-paid cover to 2025-12, a flexible worker paying on %s (back-pay %s): from %s, gap covered from %s, step %s (month %s)', (paid, backPay, from, retroFrom, step, month) => {
    const r = run(scenario({ asOf: paid, region: 'hubei-wuhan', employeePeriods: [{ from: '2022-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay(paid, backPay, 'flexible')] }));
    expect(restoredOn(r)).toBe(from);
    expect(r.main.retroactive?.from ?? null).toBe(retroFrom);
    const e3a = r.trace.find((s) => s.rule === 'E3a');
    expect(e3a?.step).toBe(step);
    expect(e3a?.params.monthOfPayment).toBe(month);
  });

  it('a move between pooling regions (S5) is not 武汉\'s tiers for its own ex-employees: employer-paid cover to 2026-08 elsewhere, moved, back-paying Sep-Nov on 10 Dec 2026 (month 4): from 1 Dec 2026, the gap covered', () => {
    const moved = (region: string) => run(scenario({ asOf: '2026-12-05', region, employeePeriods: [{ from: '2020-01', to: '2026-08', paidBy: 'employer' }], circumstances: { movedRegion: true }, payments: [{ ...employeePay('2026-12-10', true, 'flexible'), status: 'planned' }] }));
    for (const region of ['hubei-wuhan', 'national']) {
      const r = moved(region);
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-12-01' });
      expect(r.main.retroactive).toEqual({ from: '2026-09-01', to: '2026-11-30' });
      expect(r.trace.find((s) => s.rule === 'E1')?.step).toBe('backPaidMoved');
      expect(r.trace.some((s) => s.rule === 'E3a')).toBe(false);
    }
  });

  it('W28 ★ 青岛 (C): a flexible worker covered to 2025-12 back-pays Jan-Feb on 10 Mar 2026: from 1 Apr 2026, Jan-Feb not covered', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', true, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.retroactive).toBeNull();
  });

  it('青岛 (P-QD-E, C): the same with employer-paid cover before is one date, 1 Apr 2026: 青岛\'s rule for flexible workers does not depend on who paid, so 武汉\'s tiers are no variant here', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2022-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay('2026-03-10', true, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.regional).toEqual([]);
  });

  it('W29 ★ 厦门: a continuous university entrant insured at school paying 2026 on 15 Nov 2025 is covered from 1 Sep 2025', () => {
    const r = run(scenario({ asOf: '2025-11-15', region: 'fujian-xiamen', years: { 2025: 'resident' }, circumstances: { universityEntrant: true }, payments: [residentPay('2025-11-15', [2026])] }));
    expect(restoredOn(r)).toBe('2025-09-01');
  });

  // R12 and a lapse: 福建 covers early only 「连续参保的高校新生」 (L-FJ, P-XM1); 兵团 students first
  // insured there (P-XJ1); 湖南 does not say, so its answer spans both. A year in the employee
  // scheme is no lapse (I2). One lapse year adds no month where 福建 reads 「每多断保1年」 as years
  // after the first (P-FJ2, our reading): the fixed 3 months from 1 Jan.
  it('R12 厦门: a university entrant whose cover lapsed in 2025, paying 2026 in the window on 15 Nov 2025, waits from 1 Jan to 2026-04-01, not 1 Sep 2025', () => {
    const r = run(scenario({ asOf: '2025-11-15', region: 'fujian-xiamen', years: { 2024: 'resident', 2025: 'none' }, circumstances: { universityEntrant: true }, payments: [residentPay('2025-11-15', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.notes.map((n) => n.id)).toContain('R4.additionalYears');
    expect(r.main.exemption).toBeNull();
    const step = r.trace.find((t) => t.rule === 'R12');
    expect(step?.step).toBe('lapsed');
    expect(step?.sources).toEqual(expect.arrayContaining(['L-FJ']));
    const employee = run(scenario({ asOf: '2025-11-15', region: 'fujian-xiamen', years: { 2024: 'resident', 2025: 'employee' }, circumstances: { universityEntrant: true }, payments: [residentPay('2025-11-15', [2026])] }));
    expect(restoredOn(employee)).toBe('2025-09-01');
  });

  it('R12 湖南: the same lapsed entrant paying on 10 Oct 2025: 1 Sep 2025 where a lapse does not matter, else 2026-04-01 or 2026-05-01', () => {
    const r = run(scenario({ asOf: '2025-10-10', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, circumstances: { universityEntrant: true }, payments: [residentPay('2025-10-10', [2026])] }));
    expect(outcomeDates(r.main.restoration)).toEqual(['2025-09-01', '2026-04-01', '2026-05-01']);
    expect(r.regional.map((p) => p.param)).toContain('resident.universityEntrantNeedsContinuity');
  });

  it.each([
    ['2026-01-15', '2026-01-15', false],
    ['2026-04-10', '2026-07-10', false],
    ['2026-07-05', '2026-10-05', true],
  ])('W30 ★ P-QH1 青海: continuous, paying 2026 on %s is covered from %s', (paid, from, full) => {
    const r = run(scenario({ asOf: paid, region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay(paid, [2026])] }));
    expect(restoredOn(r)).toBe(from);
    if (full) expect(r.main.premium).toMatchObject({ yuan: 1100, full: true });
  });

  it('W31 ★ P-HN1/2 湖南: paying 2026 on 20 Jan 2026 is in the window (from 1 Jan); on 10 Mar 2026 waits 90 days to 8 Jun at the full 1,100', () => {
    const inWindow = run(scenario({ asOf: '2026-01-20', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(restoredOn(inWindow)).toBe('2026-01-01');
    const late = run(scenario({ asOf: '2026-03-10', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(restoredOn(late)).toBe('2026-06-08');
    expect(late.main.waiting).toMatchObject({ unit: 'days', total: 90 });
    expect(late.main.premium).toMatchObject({ yuan: 1100, full: true });
  });

  it('W32 ★ P-GS1/2 甘肃: 10 Feb 2026 in the supplementary period waits 90 days (11 May); 5 Mar 2026 buys no cover in 2026', () => {
    const supplementary = run(scenario({ asOf: '2026-02-10', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(restoredOn(supplementary)).toBe('2026-05-11');
    const closed = run(scenario({ asOf: '2026-03-05', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] }));
    expect(closed.main.restoration).toEqual({ kind: 'noCover', year: 2026 });
    expect(closed.warnings.map((w) => w.id)).toContain('lateEnrolmentClosed');
  });

  it('甘肃 R1b: 2025 and 2026 paid together on 6 Nov 2025, after 2025 closed: 2026 is its own enrolment in its window, one lapse year, from 1 Apr 2026 (「每多断保1年」, P-GS1)', () => {
    const s = scenario({ asOf: '2025-11-06', region: 'gansu', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] });
    const r = run(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2026]);
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(r.warnings.map((w) => w.id)).toContain('lateEnrolmentClosed');
    expect(r.trace.map((t) => `${t.rule}.${t.step}`)).toEqual(expect.arrayContaining(['R1b.closed', 'R1.window', 'R10.lapsed']));
    // The national range, under 甘肃's closed variant, holds it too (§8.4).
    expect(outcomeDates(run({ ...s, region: 'national' }).main.restoration)).toContain('2026-04-01');
    // Paid before 甘肃's 2026 window opened (§8.5: the premium was taken): in that window all the same, with a note saying so.
    const early = run(scenario({ asOf: '2025-09-20', region: 'gansu', years: { 2024: 'resident' }, payments: [residentPay('2025-09-20', [2025, 2026])] }));
    expect(early.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(early.notes.map((n) => n.id)).toContain('R1.together');
  });

  it('W33 ★ P-HI1 海南: born 20 Nov 2025, registered and paid 15 Jan 2026: covered from birth in 2025 and 2026', () => {
    const r = run(scenario({ asOf: '2026-01-15', region: 'hainan', circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] }));
    expect(restoredOn(r)).toBe('2025-11-20');
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025, 2026]);
  });

  it('W34 I6 national: covered 2025, paying 2026 on 20 Jan 2026 gives 1 Jan to 21 Apr 2026, explained by conditions', () => {
    const r = run(scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-01-01', '2026-04-21']);
    const dates = outcomeDates(r.main.restoration);
    for (const d of ['2026-01-01', '2026-01-20', '2026-01-21', '2026-04-21']) expect(dates).toContain(d);
    expect(r.regional.map((p) => p.param)).toEqual(expect.arrayContaining(['resident.windowEnd', 'resident.extension', 'resident.waitUnit', 'resident.dateConvention']));
    expect(r.status).toBe('uncertain');
  });

  it('W35 I6 national: covered 2025, paying 2026 on 20 Dec 2025 is covered from 1 Jan (every known window is open then)', () => {
    const r = run(scenario({ asOf: '2025-12-20', years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.regional).toEqual([]);
  });
});

describe('v2 packs 吉林, 江苏·南通, 四川 and 广东: dates worked out by hand from their sources', () => {
  const ci = (originalCapYuan: number, noClaimYears: number[] = []) => ({ originalCapYuan, noClaimYears, bonusUsedYears: [] });
  const continuous = { 2025: 'resident', 2026: 'resident', 2027: 'resident', 2028: 'resident' } as const;

  it('吉林 P-JL1: covered 2025, paying 2026 on 20 Feb 2026 (window 2025-11-01 to 2026-02-28) is covered from 1 Jan at 400 yuan', () => {
    const r = run(scenario({ asOf: '2026-02-20', region: 'jilin', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
    expect(r.main.premium).toMatchObject({ yuan: 400, full: false });
  });

  it('吉林 P-JL1: a 2026 payment on 20 Oct 2025 is before the window opened on 1 Nov', () => {
    const outcome = calculate(scenario({ asOf: '2025-10-20', region: 'jilin', years: { 2025: 'resident' }, payments: [residentPay('2025-10-20', [2026])] }), chainFor('jilin'));
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.key)).toContain('date.beforeWindow');
  });

  // P-JL2 (C): a fixed wait of 90 days. 10 Mar + 90 days = 8 Jun (21 days to 31 Mar, 30 in Apr,
  // 31 in May, 8 in Jun), or 9 Jun where the day after counts; the source does not say whether
  // late enrolment stays open after the window, so some variants give no cover in 2026.
  it('吉林 P-JL2 (C): covered 2025, paying 2026 on 10 Mar 2026 after the window waits 90 days: 2026-06-08 or 2026-06-09', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'jilin', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-06-08', '2026-06-09']);
    expect(outcomeDates(r.main.restoration)).toEqual(expect.arrayContaining(['2026-06-08', '2026-06-09', 'noCover']));
    expect(r.regional.map((p) => p.param)).toEqual(expect.arrayContaining(['resident.dateConvention', 'resident.lateEnrolmentUntil']));
    expect(r.notes.map((n) => n.id)).toContain('secondarySource');
  });

  // P-JL2 (C): 90 days from 1 Jan = 1 Apr (31 + 28 + 31 days); where every lapse year adds its 30
  // days (the 呼和浩特 reading of R4) 120 days = 1 May.
  it('吉林 P-JL2 (C): lapsed 2025, paying 2026 in the window on 1 Dec 2025 waits 90 days from 1 Jan: 2026-04-01 (「每多断保1年」, our reading, said so)', () => {
    const r = run(scenario({ asOf: '2025-12-01', region: 'jilin', years: { 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.regional).toEqual([]);
    expect(r.notes.find((n) => n.id === 'R4.additionalYears')?.kind).toBe('interpretation');
  });

  it('吉林 P-JL1: the 5th consecutive year (2029) raises the critical-illness cap by 4,000', () => {
    const r = run(scenario({ asOf: '2028-11-10', region: 'jilin', years: continuous, payments: [residentPay('2028-11-10', [2029])], criticalIllness: ci(400_000) }));
    expect(r.bonus).toMatchObject({ year: 2029, continuityYuan: 4000, upliftYuan: 4000, stepYuan: 4000, stepIsMinimum: false });
  });

  it('吉林 P-JL2 (C): one lapse year (2027) lowers the cap by 4,000 when 2028 is paid', () => {
    const r = run(
      scenario({ asOf: '2027-11-10', region: 'jilin', years: { 2025: 'resident', 2026: 'resident', 2027: 'none' }, payments: [residentPay('2027-11-10', [2028])], criticalIllness: ci(400_000) }),
    );
    expect(r.bonus).toMatchObject({ lapseYears: 1, lapseCutYuan: 4000, capWithBonusYuan: 396_000 });
    expect(r.notes.map((n) => n.id)).toContain('secondarySource');
  });

  // B4 counts lapse years after some cover (断保), and a year in the employee scheme is none (I2).
  it('云南 P-YN1: insured in 2024, nothing in 2025, paying 2026: one lapse year lowers the cap by 3,000 (cover before 2025 counts)', () => {
    const s = scenario({ asOf: '2025-12-10', region: 'yunnan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])], criticalIllness: ci(400_000) });
    expect(run(s).bonus).toMatchObject({ lapseYears: 1, lapseCutYuan: 3000, capWithBonusYuan: 397_000 });
    // Under the national rules the amount is regional: "may be lowered", never a number.
    const national = run({ ...s, region: 'national' });
    expect(national.bonus).toMatchObject({ lapseYears: 1, lapseCutYuan: null });
    expect(national.notes.map((n) => n.id)).toContain('B4.capReduction');
  });

  it('云南: resident 2025, employee scheme 2026, paying 2027: no lapse year, so no cut (I2), and the resident count starts again', () => {
    const r = run(scenario({ asOf: '2026-12-10', region: 'yunnan', years: { 2025: 'resident', 2026: 'employee' }, payments: [residentPay('2026-12-10', [2027])], criticalIllness: ci(400_000) }));
    expect(restoredOn(r)).toBe('2027-01-01');
    expect(r.bonus).toMatchObject({ lapseYears: 0, lapseCutYuan: 0, consecutiveYears: 1, capWithBonusYuan: 400_000 });
  });

  it('a first enrolment is no lapse: nothing known before 2025, nothing in 2025, paying 2026 in 云南: no cut', () => {
    const r = run(scenario({ asOf: '2025-12-10', region: 'yunnan', years: { 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])], criticalIllness: ci(400_000) }));
    expect(r.bonus).toMatchObject({ lapseYears: 0, lapseCutYuan: 0 });
  });

  it('南通 P-JS4: covered 2025, paying 2026 on 28 Dec 2025, the last day of the window, is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-12-28', region: 'jiangsu-nantong', years: { 2025: 'resident' }, payments: [residentPay('2025-12-28', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
  });

  // P-JS4: 「未在集中缴费期参保缴费的，将会产生待遇等待期」. A 3-month wait from 30 Dec: 30 Mar (same
  // day), 31 Mar (next day) or 1 Mar (month start); 90 days: 30 Mar (1 + 31 + 28 + 30), or 31 Mar.
  it('南通 P-JS4: paying 2026 on 30 Dec 2025, after the window closed on the 28th, waits from the payment date: 2026-03-01 to 2026-03-31, never 1 Jan', () => {
    const s = scenario({ asOf: '2025-12-30', region: 'jiangsu-nantong', years: { 2025: 'resident' }, payments: [residentPay('2025-12-30', [2026])] });
    const r = run(s);
    expect(rangeOf(r)).toEqual(['2026-03-01', '2026-03-31']);
    expect(outcomeDates(r.main.restoration)).not.toContain('2026-01-01');
    expect(r.main.waiting).toMatchObject({ start: '2025-12-30' });
    // Under the province's pack alone the window may still be open on 30 Dec (most regions: 31 Dec).
    expect(outcomeDates(run({ ...s, region: 'jiangsu' }).main.restoration)).toContain('2026-01-01');
  });

  it('四川 P-SC3: covered 2025, paying 2026 on 20 Feb 2026 (window to 28 Feb) is covered from 1 Jan; the date comes from a county notice', () => {
    const r = run(scenario({ asOf: '2026-02-20', region: 'sichuan', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.notes.map((n) => n.id)).toContain('R1.cityNotice');
  });

  it('成都 P-SC4 (C, unconfirmed): covered 2025, paying 2026 on 20 Feb 2026 is covered from 1 Jan; the city\'s own notice is cited and the value marked unconfirmed', () => {
    const r = run(scenario({ asOf: '2026-02-20', region: 'sichuan-chengdu', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.pack.chain).toEqual(['sichuan-chengdu', 'sichuan', 'national']);
    expect(r.notes).toContainEqual(expect.objectContaining({ id: 'resident.windowEnd', kind: 'unconfirmed' }));
    expect(r.notes.map((n) => n.id)).not.toContain('R1.cityNotice');
    expect(r.trace.find((t) => t.rule === 'R1')?.sources).toContain('P-SC4');
  });

  it('成都: lapsed in 2025, paying 2026 on 20 Feb 2026 inside the window waits from 1 Jan: 1 Apr, or 1 May where every lapse year counts (R4 is not set for 四川)', () => {
    const r = run(scenario({ asOf: '2026-02-20', region: 'sichuan-chengdu', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-02-20', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-04-01', '2026-05-01']);
  });

  // P-SC2: steps of 4,000 for continuity and for each no-claim year, at most 20% of the original cap.
  it('四川 P-SC2: 2029 after four no-claim years adds 4,000 + 16,000, within 20% of a 300,000 cap', () => {
    const r = run(scenario({ asOf: '2028-11-10', region: 'sichuan', years: continuous, payments: [residentPay('2028-11-10', [2029])], criticalIllness: ci(300_000, [2025, 2026, 2027, 2028]) }));
    expect(r.bonus).toMatchObject({ continuityYuan: 4000, noClaimYuan: 16_000, upliftYuan: 20_000, capped: false });
  });

  it('广东 P-GD1 (draft): 广州 inherits the step of 3,800 from its province, flagged as a draft', () => {
    const r = run(scenario({ asOf: '2028-11-10', region: 'guangdong-guangzhou', years: continuous, payments: [residentPay('2028-11-10', [2029])], criticalIllness: ci(300_000, [2028]) }));
    expect(r.pack.chain).toEqual(['guangdong-guangzhou', 'guangdong', 'national']);
    expect(r.bonus).toMatchObject({ continuityYuan: 3800, noClaimYuan: 3800, upliftYuan: 7600, stepIsMinimum: false });
    expect(r.notes.map((n) => n.id)).toContain('B.draft');
  });
});

describe('§8.5 the window start is not a date variant', () => {
  it('a planned national payment on 1 Oct 2025 for 2026 is accepted, with a note that some regions open later (北京: 30 Nov)', () => {
    const r = run(scenario({ asOf: '2025-09-20', years: { 2025: 'resident' }, payments: [residentPay('2025-10-01', [2026], 0, 'planned')] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.notes).toContainEqual(expect.objectContaining({ id: 'R1.mayOpenLater', params: { date: '2025-11-30' } }));
  });

  it('a payment already made on 1 Oct 2025 gets no such note: the person says it was accepted', () => {
    const r = run(scenario({ asOf: '2025-10-01', years: { 2025: 'resident' }, payments: [residentPay('2025-10-01', [2026])] }));
    expect(r.notes.map((n) => n.id)).not.toContain('R1.mayOpenLater');
  });
});

// 云南, 西藏, 陕西 and 兵团 (RULES.md §9), each under its own pack. Dates worked out by hand from
// the source named in each case (REGIONS.md §3). Where a source does not say how the days of a
// wait are counted, the pack leaves it to the national variants and the case expects their range:
// 3 months from D as the 1st of D's month + 3 (monthStart), D + 3 months (sameDay) or one day
// later (nextDay); 90 days as D + 90 or one day later.
describe('云南, 西藏, 陕西 and 兵团 under their packs', () => {
  it('P-YN2 云南: covered 2024, paying 2025 on 20 Feb 2025 (window 2024-09-01 to 2025-02-25) is covered from 1 Jan 2025', () => {
    const r = run(scenario({ asOf: '2025-02-20', region: 'yunnan', years: { 2024: 'resident' }, payments: [residentPay('2025-02-20', [2025])] }));
    expect(restoredOn(r)).toBe('2025-01-01');
    expect(r.main.waiting).toBeNull();
  });

  it('P-YN1/P-YN2 云南: paying 2025 on 10 Mar 2025, after the window, waits 3 months from the payment date: 2025-06-01 to 2025-06-11', () => {
    // P-YN1: outside the window, a fixed 3-month wait; no extension. Counting not stated:
    // 1 Jun (monthStart), 8 or 9 Jun (10 Mar + 90 days = 8 Jun), 10 or 11 Jun (10 Mar + 3 months).
    const r = run(scenario({ asOf: '2025-03-10', region: 'yunnan', years: { 2024: 'resident' }, payments: [residentPay('2025-03-10', [2025])] }));
    expect(rangeOf(r)).toEqual(['2025-06-01', '2025-06-11']);
    expect(outcomeDates(r.main.restoration)).not.toContain('2025-01-01');
    expect(r.main.waiting).toMatchObject({ start: '2025-03-10', fixed: 3, variable: 0 });
  });

  it('P-YN2 昆明: paying 2025 after 25 Jun 2025 costs the full 1,070 yuan as well as the wait; on 25 Jun it does not', () => {
    // 「2025年6月25日之后再参保缴费的…需要个人全额缴纳医保费1070元」: from 26 Jun. Paid 1 Jul: 1 Jul + 90 days
    // = 29 Sep (or 30 Sep), 1 Jul + 3 months = 1 Oct (or 2 Oct), monthStart 1 Oct.
    const late = run(scenario({ asOf: '2025-07-01', region: 'yunnan-kunming', years: { 2024: 'resident' }, payments: [residentPay('2025-07-01', [2025])] }));
    expect(late.main.premium).toEqual({ yuan: 1070, full: true, tier: 'full' });
    expect(rangeOf(late)).toEqual(['2025-09-29', '2025-10-02']);
    const onTheDay = run(scenario({ asOf: '2025-06-25', region: 'yunnan-kunming', years: { 2024: 'resident' }, payments: [residentPay('2025-06-25', [2025])] }));
    expect(onTheDay.main.premium).toBeNull();
    const firstFullDay = run(scenario({ asOf: '2025-06-26', region: 'yunnan-kunming', years: { 2024: 'resident' }, payments: [residentPay('2025-06-26', [2025])] }));
    expect(firstFullDay.main.premium).toMatchObject({ yuan: 1070, full: true });
  });

  it('P-YN1 云南: a released prisoner (刑满释放人员) paying 2025 on 10 May 2025 has no wait; P-YN1 does not say from which day, so the payment date or the next day (X2, I6), never a guess', () => {
    const r = run(scenario({ asOf: '2025-05-10', region: 'yunnan', circumstances: { exemptGroup: { group: 'releasedPrisoner' } }, payments: [residentPay('2025-05-10', [2025])] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-05-10', latest: '2025-05-11' });
    expect(dates(r.main.restoration)).toEqual(['2025-05-10', '2025-05-11']);
    expect(r.main.exemption).toBe('exemptGroup');
    const range = r.main.restoration.kind === 'range' ? r.main.restoration : null;
    expect(range?.outcomes.every((o) => o.when.every((w) => w.length === 1 && w[0]?.param === 'exempt.startDay'))).toBe(true);
  });

  it('江西 (P-JX1) says the next day: one date, 11 May 2025', () => {
    const r = run(scenario({ asOf: '2025-05-10', region: 'jiangxi', circumstances: { exemptGroup: { group: 'releasedPrisoner', since: '2025-05-01' } }, payments: [residentPay('2025-05-10', [2025])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-05-11' });
  });

  describe('P-YN1 云南: only 「动态新增的医疗救助对象」 (people newly added to medical assistance) skip the wait', () => {
    /** Covered 2024, lapsed 2025, paying 2026 on 20 May 2026 (after the window closed on 25 Feb). */
    const medicalAid = (region: string, newlyAdded?: boolean) =>
      scenario({ asOf: '2026-05-20', region, years: { 2024: 'resident', 2025: 'none' }, circumstances: { exemptGroup: { group: 'medicalAid', ...(newlyAdded === undefined ? {} : { newlyAdded }) } }, payments: [residentPay('2026-05-20', [2026])] });

    it('newly added: no wait, from the payment date or the next day (P-YN1 names no day), 20 or 21 May 2026', () => {
      const r = run(medicalAid('yunnan', true));
      expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-05-20', latest: '2026-05-21' });
      expect(r.main.exemption).toBe('exemptGroup');
    });

    it.each([
      ['already receiving it', false, true],
      ['not said', undefined, false],
    ])('%s: the ordinary wait, the same dates as with no group at all, and a step saying why', (_name, newlyAdded, answered) => {
      const r = run(medicalAid('yunnan', newlyAdded));
      const plain = run(scenario({ asOf: '2026-05-20', region: 'yunnan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-05-20', [2026])] }));
      expect(r.main.exemption).toBeNull();
      expect(r.main.restoration).toEqual(plain.main.restoration);
      expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-08-01', latest: '2026-09-21' });
      expect(r.trace).toContainEqual(expect.objectContaining({ rule: 'X2', step: 'groupNotNewlyAdded', params: { group: 'medicalAid', answered } }));
    });

    it('福建 (P-FJ1) exempts medical-aid recipients without that condition', () => {
      expect(run(medicalAid('fujian', false)).main.exemption).toBe('exemptGroup');
    });

    it('under the national pack, not newly added: 云南 among the regions with a wait', () => {
      const r = run(medicalAid('national', false));
      expect(r.main.restoration.kind).toBe('range');
      const waits = r.main.restoration.kind === 'range' ? r.main.restoration.outcomes.filter((o) => o.restoration.kind === 'date' && o.restoration.date > '2026-05-21') : [];
      expect(waits.some((o) => o.when.some((w) => w.some((c) => c.param === 'exempt.groups' && c.regions.includes('yunnan'))))).toBe(true);
    });
  });

  it('P-YN1 云南: employee cover 2024-06 to 2025-01 (under 2 years), paying resident 2025 on 20 Mar 2025: no wait, from the payment date or the next day', () => {
    // 「职工医保断保3个月内转居民医保人员」 are exempt, from a day P-YN1 does not name: 云南 has no
    // exempt.startDay of its own, so the national variants of it (I6) decide, never a guess.
    const r = run(scenario({ asOf: '2025-03-20', region: 'yunnan', employeePeriods: [{ from: '2024-06', to: '2025-01' }], payments: [residentPay('2025-03-20', [2025])] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-03-20', latest: '2025-03-21', noCoverPossible: false });
    expect(r.main.exemption).toBe('switch');
    expect(r.main.restoration.kind === 'range' && r.main.restoration.outcomes.map((o) => o.when.map((w) => w.map((c) => `${c.param}=${c.answer}`)))).toEqual([[['exempt.startDay=paymentDate']], [['exempt.startDay=nextDay']]]);
  });

  it('P-YN3 (C) 云南: covered 2025, paying 2026 on 20 Feb 2026 (window to 2026-02-25, unconfirmed) is covered from 1 Jan 2026, with a note', () => {
    const r = run(scenario({ asOf: '2026-02-20', region: 'yunnan', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.notes.map((n) => n.id)).toContain('secondarySource');
  });

  it('P-XZ3 西藏: covered 2025, paying 2026 on 20 Jan 2026 (window 2025-11-01 to 2026-01-31) is covered from 1 Jan 2026', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'xizang', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
  });

  it('P-XZ3 西藏: paying 2026 on 10 Feb 2026 is after the window, never from 1 Jan; what follows is not stated: 2026-02-10 to 2026-05-12', () => {
    // National extension variants: from the payment date (10 Feb) or the next day (11 Feb), or a
    // wait: 10 Feb + 90 days = 11 May (or 12 May), + 3 months = 10 May (or 11 May), monthStart 1 May.
    const r = run(scenario({ asOf: '2026-02-10', region: 'xizang', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-02-10', '2026-05-12']);
    expect(outcomeDates(r.main.restoration)).not.toContain('2026-01-01');
    expect(r.regional.map((p) => p.param)).toContain('resident.extension');
  });

  it('P-XZ3 西藏: a payment for 2026 on 15 Oct 2025 is before the window opens (1 Nov 2025)', () => {
    const outcome = calculate(scenario({ asOf: '2025-10-15', region: 'xizang', years: { 2025: 'resident' }, payments: [residentPay('2025-10-15', [2026])] }), chainFor('xizang'));
    expect(outcome).toEqual({ ok: false, errors: [{ path: ['payments', 0, 'date'], key: 'date.beforeWindow' }] });
  });

  it('P-SN2 (C) 陕西: lapsed 2025, paying 2026 in the window (10 Dec 2025) waits the fixed 3 months from 1 Jan: from 2026-04-01', () => {
    // 「不符合连续参保缴费条件的…在集中缴费期内缴纳…设置固定待遇等待期3个月，待遇享受期为2026年4月1日至2026年12月31日」:
    // one lapse year adds nothing (N − 1), and every national counting gives 1 Apr from 1 Jan.
    const r = run(scenario({ asOf: '2025-12-10', region: 'shaanxi', years: { 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', fixed: 3, variable: 0 });
    // The source gives this very case (one lapse year): the note on how further years count has nothing to add here.
    expect(r.notes.map((n) => n.id)).not.toContain('R4.additionalYears');
  });

  it('P-HB2 (C) 湖北·武汉: one lapse year is the source\'s own case, no note on "each additional year", but the date rests on a secondary source and says so (RULES §2); two lapse years read "each additional year" and keep that note too', () => {
    const one = run(scenario({ asOf: '2025-12-10', region: 'hubei-wuhan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }));
    expect(restoredOn(one)).toBe('2026-04-01');
    expect(one.notes.map((n) => n.id)).not.toContain('R4.additionalYears');
    expect(one.notes.find((n) => n.id === 'secondarySource' && n.params.param === 'resident.variableReading')).toMatchObject({ kind: 'unconfirmed' });
    const two = run(scenario({ asOf: '2026-12-10', region: 'hubei-wuhan', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }));
    expect(two.main.waiting).toMatchObject({ fixed: 3, variable: 1 });
    expect(two.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['R4.additionalYears', 'secondarySource']));
  });

  it('P-SN1 陕西: covered 2025, paying 2026 on 25 Dec 2025, the last day of the window, is covered from 1 Jan 2026', () => {
    const r = run(scenario({ asOf: '2025-12-25', region: 'shaanxi', years: { 2025: 'resident' }, payments: [residentPay('2025-12-25', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
  });

  it('P-SN2 (C) 陕西: born 1 Mar 2026, birth-year premium paid 15 Jul 2026 (after birth + 90 = 30 May): from 1 Aug 2026', () => {
    // 「超过90天缴纳出生当年医疗保险费，待遇享受期为出生当年缴费的次月起」.
    const r = run(scenario({ asOf: '2026-07-15', region: 'shaanxi', circumstances: { birthDate: '2026-03-01' }, payments: [residentPay('2026-07-15', [2026])] }));
    expect(restoredOn(r)).toBe('2026-08-01');
    expect(r.notes.map((n) => n.id)).toContain('secondarySource');
  });

  it('P-XJ1 兵团: covered 2025, paying 2026 on 31 Dec 2025, the last day of the window, is covered from 1 Jan 2026', () => {
    const r = run(scenario({ asOf: '2025-12-31', region: 'xinjiang-bingtuan', years: { 2025: 'resident' }, payments: [residentPay('2025-12-31', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
  });

  it('P-XJ1 兵团: covered 2025, paying 2026 on 15 Jan 2026 waits at least 3 months: 2026-04-01 to 2026-04-16', () => {
    // 「未在集中参保期内完成缴费的人员将面临至少3个月的待遇等待期」: no extension. 15 Jan + 90 days = 15 Apr
    // (or 16 Apr), + 3 months = 15 Apr (or 16 Apr), monthStart 1 Apr.
    const r = run(scenario({ asOf: '2026-01-15', region: 'xinjiang-bingtuan', years: { 2025: 'resident' }, payments: [residentPay('2026-01-15', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-04-01', '2026-04-16']);
    expect(r.regional.map((p) => p.param)).not.toContain('resident.extension');
  });

  it('P-XJ1 兵团: a new university student first insured there, paying 2026 on 30 Oct 2025, is covered from the payment date to 31 Dec 2026', () => {
    // 「新入学学生首次在兵团参保缴费的，待遇享受期从…缴费之日起至次年12月31日」.
    const r = run(scenario({ asOf: '2025-10-30', region: 'xinjiang-bingtuan', circumstances: { universityEntrant: true }, payments: [residentPay('2025-10-30', [2026])] }));
    expect(restoredOn(r)).toBe('2025-10-30');
    expect(r.main.exemption).toBe('universityEntrant');
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2025-10-30', to: '2026-12-31' }]);
  });

  it('P-XJ1 兵团: born 10 Nov 2025 (in the window), paid 20 Nov 2025: covered from birth to 31 Dec 2026', () => {
    // 「集中缴费期内出生的新生儿…待遇享受期从出生之日…起至次年12月31日」 (newborn.coversNextYear: born in the window).
    const r = run(scenario({ asOf: '2025-11-20', region: 'xinjiang-bingtuan', circumstances: { birthDate: '2025-11-10' }, payments: [residentPay('2025-11-20', [2025])] }));
    expect(restoredOn(r)).toBe('2025-11-10');
    expect(r.main.exemption).toBe('newborn');
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025, 2026]);
  });
});
