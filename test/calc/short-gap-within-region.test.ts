// E1 within one region: which chains state how back-paying a gap of up to 3 months restarts
// cover (武汉: gap covered; 青岛: from the next month), for the payment step's back-pay hint. What
// it says must be what the calculation gives, for every shipped pack that states it.
import { describe, expect, it } from 'vitest';
import { addDays, calculate, PackChain, shortGapWithinRegion } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { chainFor, packIds } from '../fixtures/packs';
import { chainOf } from './arbitraries';

const SELF = { scheme: 'flexible', employerPaid: false } as const;

describe('shortGapWithinRegion', () => {
  it('青岛: the next month; 武汉: the gap covered; both from secondary sources (not confirmed); the national rules and 山东 leave it to the region', () => {
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 2026, SELF)).toEqual({ rule: 'nextMonth', confirmed: false });
    expect(shortGapWithinRegion(new PackChain(chainOf('hubei-wuhan')), 2026, SELF)).toEqual({ rule: 'gapCovered', confirmed: false });
    expect(shortGapWithinRegion(new PackChain(chainOf('national')), 2026, SELF)).toBeNull();
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong')), 2026, SELF)).toBeNull();
  });

  it('武汉, a flexible worker an employer paid for (or who did not say): its tiers apply instead (E3a), so no E1 rule is stated; an employee is not asked', () => {
    const wuhan = new PackChain(chainOf('hubei-wuhan'));
    expect(shortGapWithinRegion(wuhan, 2026, { scheme: 'flexible', employerPaid: true })).toBeNull();
    expect(shortGapWithinRegion(wuhan, 2026, { scheme: 'flexible', employerPaid: undefined })).toBeNull();
    expect(shortGapWithinRegion(wuhan, 2026, { scheme: 'employee', employerPaid: undefined })).toEqual({ rule: 'gapCovered', confirmed: false });
    // 青岛 has no such tiers: an employer-paid flexible worker's gap follows E1 too.
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 2026, { scheme: 'flexible', employerPaid: true })).toEqual({ rule: 'nextMonth', confirmed: false });
  });

  it('agrees with the calculation in every shipped pack that states it: self-paid flexible months to September, 2 months back-paid on 10 December', () => {
    const checked: string[] = [];
    for (const id of packIds) {
      const stated = shortGapWithinRegion(new PackChain(chainFor(id)), 2026, SELF);
      if (!stated) continue;
      const s: Scenario = { v: 2, asOf: '2026-12-10', region: id, history: { years: [], employeePeriods: [{ from: '2024-01', to: '2026-09', paidBy: 'self' }] }, payments: [{ scheme: 'flexible', date: '2026-12-10', status: 'made', backPay: true }], circumstances: {} };
      const outcome = calculate(s, chainFor(id));
      if (!outcome.ok) throw new Error(`${id}: invalid`);
      const expected = { gapCovered: '2026-12-01', nextMonth: '2027-01-01', nextDay: addDays('2026-12-10', 1) }[stated.rule];
      expect(outcome.result.main.restoration, id).toEqual({ kind: 'date', date: expected });
      // The missed months: covered only where the rule says so.
      expect(Boolean(outcome.result.main.retroactive), id).toBe(stated.rule === 'gapCovered');
      checked.push(id);
    }
    expect(checked).toEqual(expect.arrayContaining(['hubei-wuhan', 'shandong-qingdao']));
  });

  it('a year outside the rules gives null, and never throws', () => {
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 1990, SELF)).toBeNull();
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 2100, SELF)).toBeNull();
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), Number.NaN, SELF)).toBeNull();
  });
});
