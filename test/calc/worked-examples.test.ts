// RULES.md §9: every worked example as a named case with exact dates. ★ = official source.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const restoredOn = (r: Result) => (r.main.restoration.kind === 'date' ? r.main.restoration.date : `not a date: ${JSON.stringify(r.main.restoration)}`);

describe('resident scheme, national rules', () => {
  it('W1 covered 2025 and paying 2026 in the window gives cover from 1 Jan with no wait', () => {
    const r = run(scenario({ asOf: '2025-11-10', years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
    expect(r.main.lapse).toBeNull();
    expect(r.status).toBe('covered');
  });

  it('W2 ★ L-FX paying 2025 late on 3 Jul waits until 2 Oct; 2026 paid in the window starts on 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-11-20', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] }));
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'date', date: '2025-10-03' });
    expect(first?.waiting).toMatchObject({ start: '2025-07-03', end: '2025-10-02', totalMonths: 3, fixedMonths: 3, variableMonths: 0 });
    expect(first?.coveredYears).toEqual([{ year: 2025, from: '2025-10-03', to: '2025-12-31' }]);
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(second?.waiting).toBeNull();
  });

  it('W3 ★ L-FX paying 2025 and 2026 together on 6 Nov 2025 gives no 2025 cover and cover from 2026-02-06', () => {
    const r = run(scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', payments: [residentPay('2025-11-06', [2025, 2026])] }));
    expect(restoredOn(r)).toBe('2026-02-06');
    expect(r.main.waiting).toMatchObject({ start: '2025-11-06', end: '2026-02-05', totalMonths: 3 });
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2026-02-06', to: '2026-12-31' }]);
    expect(r.warnings).toContainEqual({ id: 'noCoverInYear', params: { year: 2025, coverStart: '2026-02-06' } });
    expect(r.status).toBe('waiting');
  });

  it('W4 ★ L-FX lapsed 2025, paying 2026 in the window on 3 Dec 2025 waits 3 months from 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-12-03', region: 'liaoning-fuxin', years: { 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', end: '2026-03-31', fixedMonths: 3, variableMonths: 0 });
    expect(r.status).toBe('paidNotYetCovered');
  });

  it('W5 ★ L-QD lapsed 2025 and 2026, paying 2027 in the window without repair waits 3+1 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027])] }));
    expect(restoredOn(r)).toBe('2027-05-01');
    expect(r.main.waiting).toMatchObject({ fixedMonths: 3, variableMonths: 1, totalMonths: 4, usefulRepairYears: 1 });
  });

  it('W6 ★ L-QD as W5 with one repair year waits 3 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027], 1)] }));
    expect(restoredOn(r)).toBe('2027-04-01');
    expect(r.main.waiting).toMatchObject({ fixedMonths: 3, variableMonths: 0, repairMonthsRemoved: 1, totalMonths: 3 });
  });

  it('W7 ★ L-GZ money received 1 Mar 2026 after the extension ended waits 1 Mar to 1 Jun and is covered from 2 Jun', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-06-02');
    expect(r.main.waiting).toMatchObject({ start: '2026-03-01', end: '2026-06-01', totalMonths: 3 });
  });

  it('W7 in the extended Guangzhou window (28 Feb 2026) a continuous enrollee is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2026-02-28', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-02-28', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
  });

  it('W8 ★ L-HHHT missing the 2025 window and paying on 12 Mar 2025 is covered from 1 Jun (month-based)', () => {
    const r = run(scenario({ asOf: '2025-03-12', region: 'neimenggu-hohhot', payments: [residentPay('2025-03-12', [2025])] }));
    expect(restoredOn(r)).toBe('2025-06-01');
    expect(r.main.waiting).toMatchObject({ start: '2025-03-12', end: '2025-05-31', totalMonths: 3 });
  });

  it('W9 L-HHHT lapsed 2025, paying 2026 in the window: Hohhot reading waits 4 months', () => {
    const r = run(scenario({ asOf: '2025-12-01', region: 'neimenggu-hohhot', years: { 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-05-01');
    expect(r.main.waiting).toMatchObject({ fixedMonths: 3, variableMonths: 1 });
    expect(r.notes.map((n) => n.id)).toContain('R4.everyYear');
  });

  it.each([
    [0, '2028-06-01', 5],
    [1, '2028-05-01', 4],
    [2, '2028-04-01', 3],
    [3, '2028-04-01', 3],
  ])('W10 lapsed 2025-2027, paying 2028 on 2027-11-20 with %i repair years gives %s', (repair, date, months) => {
    const r = run(scenario({ asOf: '2027-11-20', years: { 2025: 'none', 2026: 'none', 2027: 'none' }, payments: [residentPay('2027-11-20', [2028], repair)] }));
    expect(restoredOn(r)).toBe(date);
    expect(r.main.waiting?.totalMonths).toBe(months);
    expect(r.main.waiting?.usefulRepairYears).toBe(2);
    const removesNothing = r.warnings.some((w) => w.id === 'repairRemovesNothing');
    expect(removesNothing).toBe(repair === 3);
  });

  it.each([0, 1, 3])('W11 lapsed 2025-2028, paying 2029 in the window: the 6-month floor gives 2029-07-01 with %i repair years', (repair) => {
    const r = run(scenario({ asOf: '2028-11-01', years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-11-01', [2029], repair)] }));
    expect(restoredOn(r)).toBe('2029-07-01');
    expect(r.main.waiting).toMatchObject({ totalMonths: 6, usefulRepairYears: 0 });
  });

  it('W12 lapsed 2025-2030, paying 2031 on 2031-04-15 outside the window waits 8 months; 2 repair years make it 6', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const plain = run(scenario({ asOf: '2031-04-15', years: lapsed, payments: [residentPay('2031-04-15', [2031])] }));
    expect(restoredOn(plain)).toBe('2031-12-15');
    expect(plain.main.waiting).toMatchObject({ fixedMonths: 3, variableMonths: 5, totalMonths: 8, usefulRepairYears: 2 });
    const repaired = run(scenario({ asOf: '2031-04-15', years: lapsed, payments: [residentPay('2031-04-15', [2031], 2)] }));
    expect(restoredOn(repaired)).toBe('2031-10-15');
    expect(repaired.main.waiting?.totalMonths).toBe(6);
  });

  it('W13 separate lapses: only the latest run counts (2026-04-01, 2027-01-01, 2029-04-01)', () => {
    const r = run(
      scenario({
        asOf: '2028-11-10',
        years: { 2025: 'none', 2028: 'none' },
        payments: [residentPay('2025-12-01', [2026]), residentPay('2026-11-10', [2027]), residentPay('2028-11-10', [2029])],
      }),
    );
    expect(r.enrolments.map((e) => (e.restoration.kind === 'date' ? e.restoration.date : null))).toEqual(['2026-04-01', '2027-01-01', '2029-04-01']);
    expect(r.main.lapse).toEqual({ years: [2028] });
    expect(r.notes.map((n) => n.id)).toContain('I3');
  });
});

describe('employee scheme and switching, national rules', () => {
  it('W14 last paid 2025-03, back-paying Apr-Jun in July: cover from July, Apr-Jun retroactive', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(r.main.lapse).toEqual({ months: { from: '2025-04', to: '2025-06' }, count: 3 });
    expect(r.status).toBe('covered');
  });

  it('W15 last paid 2025-03, resuming 2025-08: a 4-month gap gives a range up to 6 months (national)', () => {
    const r = run(scenario({ asOf: '2025-08-10', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(r.main.restoration).toEqual({ kind: 'range', earliest: '2025-08-01', latest: '2026-02-01', reason: 'E3' });
    expect(r.notes.map((n) => n.id)).toContain('E3.regional');
  });

  it('W15 in Jiangsu the range ends after at most 3 months', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(r.main.restoration).toEqual({ kind: 'range', earliest: '2025-08-01', latest: '2025-11-01', reason: 'E3' });
  });

  it('W15 in Wuhan a flexible worker is covered for inpatient care from the 7th month of payment', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-02-01');
  });

  it('W16 two years of employee cover to 2025-05, paying resident 2025 on 2025-08-05: cover from August, Jun-Jul retroactive', () => {
    const r = run(scenario({ asOf: '2025-08-05', employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-08-05', [2025])] }));
    expect(restoredOn(r)).toBe('2025-08-01');
    expect(r.main.retroactive).toEqual({ from: '2025-06-01', to: '2025-07-31' });
    expect(r.main.exemption).toBe('switch');
    expect(r.main.waiting).toBeNull();
  });

  it('W17 employee cover to 2025-05, resident 2025 paid 2025-10-10 and 2026 in the window: no 2025 cover, cover from 2026-01-10', () => {
    const r = run(
      scenario({
        asOf: '2025-11-20',
        employeePeriods: [{ from: '2023-06', to: '2025-05' }],
        payments: [residentPay('2025-10-10', [2025]), residentPay('2025-11-20', [2026])],
      }),
    );
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'needsNextYear', date: '2026-01-10', year: 2026 });
    expect(first?.coveredYears).toEqual([]);
    expect(r.warnings.map((w) => w.id)).toContain('paysForNothing');
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-10' });
    expect(r.status).toBe('waiting');
  });
});

describe('exemptions', () => {
  it('W18 newborn born 2025-11-20 with the birth-year premium paid 2026-01-10 is covered from birth', () => {
    const r = run(scenario({ asOf: '2026-01-10', circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-10', [2025])] }));
    expect(restoredOn(r)).toBe('2025-11-20');
    expect(r.main.exemption).toBe('newborn');
    expect(r.main.coveredYears).toEqual([{ year: 2025, from: '2025-11-20', to: '2025-12-31' }]);
    expect(r.notes.map((n) => n.id)).toContain('X1.dayCount');
  });

  it('W19 low-income, lapse not by choice, paying 2025-06-10 is covered from the payment date', () => {
    const r = run(scenario({ asOf: '2025-06-10', circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-06-10', [2025])] }));
    expect(restoredOn(r)).toBe('2025-06-10');
    expect(r.main.exemption).toBe('lowIncome');
    expect(r.main.waiting).toBeNull();
  });
});
