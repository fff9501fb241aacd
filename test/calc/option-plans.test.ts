// Issue 12, point 4: each what-if option is a whole plan of its own. "Pay in the next window for
// 2027" borrows no repair year from the person's plan; an option that changes no date says so;
// a made payment that restores no date on its own is followed by the plan that does.
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s);

const option = (r: Result, kind: OptionResult['kind']) => r.options.find((o) => o.kind === kind);

/** 阜新: covered 2023–2024, no cover in 2025. */
const fuxin = (asOf: string, payments: Scenario['payments']) => scenario({ asOf, region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments });

describe('options are whole plans (issue 12.4)', () => {
  it('the next window for 2027 is 2027 alone: 1 May 2027, not the 1 Apr a stray repair year from the plan gives', () => {
    const r = run(fuxin('2026-11-30', [residentPay('2026-12-05', [2026], 1, 'planned')]));
    const next = option(r, 'nextWindow');
    expect(next).toMatchObject({ paymentDate: '2026-11-30', years: [2027], repairYears: 0, restoration: { kind: 'date', date: '2027-05-01' } });
    // The stray year would have given 1 Apr: the same payment with one repair year, run on its own.
    expect(run(fuxin('2026-11-30', [residentPay('2026-11-30', [2027], 1, 'planned')])).main.restoration).toEqual({ kind: 'date', date: '2027-04-01' });
  });

  it('an option keeping the plan’s repair years says so in its numbers (pay today keeps 1)', () => {
    const r = run(fuxin('2026-11-30', [residentPay('2026-12-05', [2026], 1, 'planned')]));
    expect(option(r, 'payToday')).toMatchObject({ repairYears: 1, years: [2026], restoration: { kind: 'needsNextYear', date: '2027-02-28', year: 2027 } });
  });

  it('fewer repair years with the same date are marked as changing no date', () => {
    const r = run(fuxin('2026-11-30', [residentPay('2026-12-05', [2026], 1, 'planned')]));
    expect(option(r, 'repair')).toMatchObject({ repairYears: 0, sameAsPlan: true, restoration: { kind: 'needsNextYear', date: '2027-03-05', year: 2027 } });
    expect(option(r, 'nextWindow')?.sameAsPlan).toBe(false);
  });

  it('back-paying five months that change no date is not offered as a gain (江苏, gap Jan–May 2026)', () => {
    const r = run(scenario({ asOf: '2026-06-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-12' }], payments: [employeePay('2026-06-10', false, 'employee', 'planned')] }));
    const backPay = option(r, 'backPay');
    expect(backPay).toMatchObject({ extraPremiumYears: 5, sameAsPlan: true });
    expect(backPay?.restoration).toEqual(r.main.restoration);
  });

  it('a late payment already made that needs 2027 too shows the plan that does: 2027 paid on top, 1 Mar 2027', () => {
    const made = residentPay('2026-12-01', [2026], 0, 'made');
    const r = run(fuxin('2026-12-10', [made]));
    expect(r.main.restoration).toEqual({ kind: 'needsNextYear', date: '2027-03-01', year: 2027 });
    const onTop = r.options.find((o) => o.onTop);
    expect(onTop).toMatchObject({ kind: 'nextWindow', paymentDate: '2026-12-10', years: [2027], repairYears: 0, restoration: { kind: 'date', date: '2027-03-01' }, sameAsPlan: false });
    // The same as calculating both payments.
    expect(run(fuxin('2026-12-10', [made, residentPay('2026-12-10', [2027], 0, 'planned')])).main.restoration).toEqual({ kind: 'date', date: '2027-03-01' });
  });

  it('under the national rules (a range) the follow-up plan gives what both payments give together', () => {
    const years = { 2023: 'resident', 2024: 'resident', 2025: 'none' } as const;
    const made = residentPay('2026-12-01', [2026], 0, 'made');
    const r = run(scenario({ asOf: '2026-12-10', years, payments: [made] }));
    const both = run(scenario({ asOf: '2026-12-10', years, payments: [made, residentPay('2026-12-10', [2027], 0, 'planned')] }));
    const onTop = r.options.find((o) => o.onTop);
    expect(onTop).toMatchObject({ years: [2027], restoration: { kind: 'range', earliest: '2027-03-01', latest: '2027-06-01' } });
    expect(both.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-03-01', latest: '2027-06-01' });
  });

  it('a made payment that restores a date on its own gets no follow-up plan', () => {
    const r = run(scenario({ asOf: '2026-06-10', region: 'liaoning-fuxin', years: { 2025: 'resident' }, payments: [residentPay('2025-12-10', [2026], 0, 'made')] }));
    expect(r.options.some((o) => o.onTop)).toBe(false);
  });
});
