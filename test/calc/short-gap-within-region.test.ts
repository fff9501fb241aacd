// E1 within one region: which chains state how back-paying a gap of up to 3 months restarts
// cover (武汉: gap covered; 青岛: from the next month), for the payment step's back-pay hint.
import { describe, expect, it } from 'vitest';
import { calculate, PackChain, shortGapWithinRegion } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { chainOf } from './arbitraries';

describe('shortGapWithinRegion', () => {
  it('青岛: the next month; 武汉: the gap covered; the national rules and 山东 leave it to the region', () => {
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 2026)).toBe('nextMonth');
    expect(shortGapWithinRegion(new PackChain(chainOf('hubei-wuhan')), 2026)).toBe('gapCovered');
    expect(shortGapWithinRegion(new PackChain(chainOf('national')), 2026)).toBeNull();
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong')), 2026)).toBeNull();
  });

  it('agrees with the calculation: 青岛, 2 months back-paid on 10 Dec 2026 give cover from 1 Jan 2027, the gap not covered', () => {
    const outcome = calculate(
      { v: 2, asOf: '2026-12-10', region: 'shandong-qingdao', history: { years: [], employeePeriods: [{ from: '2024-01', to: '2026-09', paidBy: 'self' }] }, payments: [{ scheme: 'flexible', date: '2026-12-10', status: 'made', backPay: true }], circumstances: {} },
      chainFor('shandong-qingdao'),
    );
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(outcome.result.main.retroactive).toBeFalsy();
  });

  it('a year outside the rules gives null, and never throws', () => {
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 1990)).toBeNull();
    expect(shortGapWithinRegion(new PackChain(chainOf('shandong-qingdao')), 2100)).toBeNull();
  });
});
