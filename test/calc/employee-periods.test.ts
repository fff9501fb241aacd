// The employee scheme's timeline facts leave no day out: E4 counts a gap in whole months between
// the last covered month and the payment month, so the lapse is those months; the payment month's
// days before cover can start are "before cover" (paid for, not missed), not a lapse.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

describe('employee periods', () => {
  it('青岛, last paid September 2026, two months back-paid on 2 Dec 2026: lapse October-November (E4), then before cover (no waiting period: 「从补齐欠费的次月起」) 1 to 31 Dec, cover from 1 Jan 2027', () => {
    const s = scenario({ asOf: '2026-12-02', region: 'shandong-qingdao', employeePeriods: [{ from: '2024-01', to: '2026-09' }], payments: [employeePay('2026-12-02', true, 'flexible', 'made')] });
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result;
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(r.main.lapse).toMatchObject({ count: 2, months: { from: '2026-10', to: '2026-11' } });
    expect(r.main.waiting).toBeNull();
    expect(r.status).toBe('paidNotYetCovered');
    expect(r.periods.filter((p) => p.from >= '2026-10-01')).toEqual([
      { kind: 'lapse', from: '2026-10-01', to: '2026-11-30' },
      { kind: 'beforeCover', from: '2026-12-01', to: '2026-12-31' },
      { kind: 'restored', from: '2027-01-01', to: null },
    ]);
  });

  it('江西, E2 without two years (P-JX4: from the next day): resident cover for 2025 only, flexible payment on 10 Mar 2026 after a two-month gap: a lapse of January-February, then before cover to the payment day, no waiting period', () => {
    const s = scenario({ asOf: '2026-03-10', region: 'jiangxi', years: { 2025: 'resident' }, payments: [employeePay('2026-03-10', false, 'flexible', 'made')] });
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result;
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-03-11' });
    expect(r.main.waiting).toBeNull();
    expect(r.status).toBe('paidNotYetCovered');
    expect(r.periods.filter((p) => p.to === null || p.to >= '2026-01-01')).toEqual([
      { kind: 'lapse', from: '2026-01-01', to: '2026-02-28' },
      { kind: 'beforeCover', from: '2026-03-01', to: '2026-03-10' },
      { kind: 'restored', from: '2026-03-11', to: null },
    ]);
  });

  it('云南, E2 without two years (P-YN1 exempts switchers, naming no day): the same case gives the payment date or the next day, never one of them as a guess', () => {
    const s = scenario({ asOf: '2026-03-10', region: 'yunnan', years: { 2025: 'resident' }, payments: [employeePay('2026-03-10', false, 'flexible', 'made')] });
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-03-10', latest: '2026-03-11' });
    expect(outcome.result.main.waiting).toBeNull();
  });

  it('a gap over 3 months still waits (E3, 青岛 3 months): a waiting period from the payment day, its days in the payment month before that are before cover (no lapse: E4)', () => {
    const s = scenario({ asOf: '2026-11-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2024-01', to: '2026-03' }], payments: [employeePay('2026-11-10', false, 'flexible', 'made')] });
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2027-02-01' });
    expect(outcome.result.main.waiting).toMatchObject({ start: '2026-11-10', end: '2027-01-31', total: 3 });
    expect(outcome.result.status).toBe('waiting');
    expect(outcome.result.periods.filter((p) => p.to === null || p.to >= '2026-03-01')).toEqual([
      { kind: 'employeeCovered', from: '2024-01-01', to: '2026-03-31' },
      { kind: 'lapse', from: '2026-04-01', to: '2026-10-31' },
      { kind: 'beforeCover', from: '2026-11-01', to: '2026-11-09' },
      { kind: 'waiting', from: '2026-11-10', to: '2027-01-31' },
      { kind: 'restored', from: '2027-02-01', to: null },
    ]);
  });

  it('武汉, months 4-6 after the employer stopped (E3a 「从缴费的次月起享受」): no waiting period, the lapse to the month before the payment, the payment month before cover', () => {
    const wuhan = scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2026-11-10', false, 'flexible', 'made')] });
    const w = calculate(wuhan, chainFor('hubei-wuhan'));
    if (!w.ok) throw new Error(JSON.stringify(w.errors));
    expect(w.result.main.restoration).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(w.result.main.waiting).toBeNull();
    expect(w.result.status).toBe('paidNotYetCovered');
    expect(w.result.periods.filter((p) => p.to === null || p.to >= '2026-07-01')).toEqual([
      { kind: 'lapse', from: '2026-07-01', to: '2026-10-31' },
      { kind: 'beforeCover', from: '2026-11-01', to: '2026-11-30' },
      { kind: 'restored', from: '2026-12-01', to: null },
    ]);
  });
});

describe('employee periods under a range', () => {
  it('national rules, last paid June 2025, paid 10 Jun 2026 (the wait may be none): the lapse ends on 31 May, never over the earliest restart on 1 Jun', () => {
    const s = scenario({ asOf: '2026-06-10', region: 'national', employeePeriods: [{ from: '2023-01', to: '2025-06' }], payments: [employeePay('2026-06-10', false, 'employee', 'made')] });
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result;
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-01' });
    const lapse = r.periods.filter((p) => p.kind === 'lapse' && p.from >= '2025-07-01');
    expect(lapse).toEqual([{ kind: 'lapse', from: '2025-07-01', to: '2026-05-31' }]);
  });
});

describe('the months after employee cover that ended part-way through a year', () => {
  // 武汉: employer cover to June 2025, 2026 not paid, 2027 planned in the resident scheme on 5 Dec 2026.
  // 2025 had cover (no lapse year), but July to December had none: the timeline draws them as a lapse.
  const base = { asOf: '2026-12-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2025-06' }] };
  const periodsOf = (s: ReturnType<typeof scenario>) => {
    const outcome = calculate(s, chainFor(s.region));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.result.periods;
  };

  it('drawn from the month after to the end of that year, before the lapse year that follows', () => {
    const periods = periodsOf(scenario({ ...base, years: { 2026: 'none' }, payments: [residentPay('2026-12-05', [2027], 0, 'planned')] }));
    expect(periods.filter((p) => p.to === null || p.to >= '2025-01-01').slice(0, 3)).toEqual([
      { kind: 'employeeCovered', from: '2023-01-01', to: '2025-06-30' },
      { kind: 'lapse', from: '2025-07-01', to: '2025-12-31' },
      { kind: 'lapse', from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it('not where something else covers them: the year paid in the resident scheme, or an employee-scheme payment after', () => {
    // (A later employee-scheme payment draws its own lapse from July 2025 on, E4: not this one, to 31 Dec.)
    const tail = (p: { kind: string; from: string; to: string | null }) => p.kind === 'lapse' && p.from === '2025-07-01' && p.to === '2025-12-31';
    expect(periodsOf(scenario({ ...base, payments: [residentPay('2025-07-10', [2025]), residentPay('2025-12-01', [2026]), residentPay('2026-12-05', [2027], 0, 'planned')] })).some(tail)).toBe(false);
    expect(periodsOf(scenario({ ...base, payments: [employeePay('2026-12-01', false, 'flexible')] })).some(tail)).toBe(false);
  });

  // A year marked as employee cover says only that it had some: with its months given, they decide
  // (a keyboard walk, 6 Dec 2026: 2026 drawn as covered to December after cover that ended in August).
  it('a year marked as employee cover, with its months given: covered for those months, the rest drawn too', () => {
    const periods = periodsOf(scenario({ ...base, years: { 2025: 'employee', 2026: 'none' }, payments: [residentPay('2026-12-05', [2027], 0, 'planned')] }));
    expect(periods.filter((p) => p.to === null || p.to >= '2025-01-01').slice(0, 3)).toEqual([
      { kind: 'employeeCovered', from: '2023-01-01', to: '2025-06-30' },
      { kind: 'lapse', from: '2025-07-01', to: '2025-12-31' },
      { kind: 'lapse', from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(periods.some((p) => p.kind === 'employeeCovered' && p.to === '2025-12-31')).toBe(false);
  });
});
