// R1c / R5: what each what-if option costs, in yuan only where the pack prices the benefit
// year being paid: each year at what the region charges on the option's payment date (the full
// premium from its date), repair years at the personal standard. Never the rate of another year.
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s);

const option = (r: Result, kind: OptionResult['kind']) => r.options.find((o) => o.kind === kind);

describe('option costs (R1c, R5)', () => {
  it('青海: paying 2026 today (2026-07-10, after 30 Jun) costs the full premium, ¥1,100, not the personal ¥400', () => {
    const r = run(scenario({ asOf: '2026-07-10', region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay('2026-08-01', [2026], 0, 'planned')] }));
    const today = option(r, 'payToday');
    expect(today?.paymentDate).toBe('2026-07-10');
    expect(today?.costYuan).toBe(1100);
  });

  it('青海: a planned payment before 1 Jul costs the personal ¥400', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay('2026-05-01', [2026], 0, 'planned')] }));
    expect(option(r, 'payToday')?.costYuan).toBe(400);
  });

  it('青海: the next window (for 2027, which the pack does not price) has no amount, not 2026’s', () => {
    const r = run(scenario({ asOf: '2026-11-10', region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay('2026-11-20', [2026], 0, 'planned')] }));
    const next = option(r, 'nextWindow');
    expect(next?.years).toEqual([2027]);
    expect(next?.costYuan).toBeNull();
  });

  describe('a year that costs nothing (X1: 湖北 enrols a newborn free for the year of birth) is no year of premium', () => {
    const baby = (years: number[]) => scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', circumstances: { birthDate: '2026-03-10' }, payments: [residentPay('2026-12-11', years, 0, 'planned')] });

    it('武汉, born 10 Mar 2026, plan 2026 (free) and 2027 (not priced) on 11 Dec: paying 2027 alone saves nothing (¥0, the same years of premium) and restarts later', () => {
      const r = run(baby([2026, 2027]));
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
      const next = option(r, 'nextWindow');
      expect(next).toMatchObject({ years: [2027], extraPremiumYears: 0, extraCostYuan: 0, restoration: { kind: 'date', date: '2027-04-01' } });
    });

    it('the same baby, plan 2026 alone (free, buys no cover in 2026): paying 2027 alone is not offered, as adding 2027 (the headline’s advice) costs the same and starts on 1 Jan, not 1 Apr', () => {
      const r = run(baby([2026]));
      expect(r.main.restoration).toEqual({ kind: 'needsNextYear', date: '2027-01-01', year: 2027 });
      expect(option(r, 'nextWindow')).toBeUndefined();
    });

    it('an adult whose 2026 payment buys no cover (广州, lapsed, paying in December): 2027 alone stays, as it saves a year of premium', () => {
      const r = run(scenario({ asOf: '2026-12-10', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-10', [2026], 0, 'planned')] }));
      expect(r.main.restoration.kind === 'range' ? r.main.restoration.outcomes.every((o) => o.restoration.kind === 'needsNextYear') : r.main.restoration.kind === 'needsNextYear').toBe(true);
      expect(option(r, 'nextWindow')).toMatchObject({ years: [2027], extraPremiumYears: 0 });
    });

    it('an adult in 武汉 planning 2026 (¥400) and 2027 (not priced): paying 2027 alone saves the ¥400 of 2026', () => {
      const r = run(scenario({ asOf: '2026-08-01', region: 'hubei-wuhan', years: { 2025: 'resident' }, payments: [residentPay('2026-08-29', [2026, 2027], 0, 'planned')] }));
      const only2027 = r.options.find((o) => o.years.join() === '2027');
      expect(only2027).toMatchObject({ extraPremiumYears: -1, extraCostYuan: -400 });
    });
  });
});
