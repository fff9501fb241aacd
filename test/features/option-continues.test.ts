// continuation (option-continues.ts): a payment on top of one made keeps cover going from 1 January
// of the year after the years paid only where the payment made covers its year; the later days of
// a range are an exception only where each of their ways is one where the payment made brought no cover (R1b).
import { describe, expect, it } from 'vitest';
import type { Condition, OptionResult, Restoration } from '../../src/calc';
import { continuation } from '../../src/features/result/option-continues';

const cond = (param: Condition['param'], year: number, answer: string): Condition => ({ param, year, answer, regions: [], sources: [] });
const open2026 = cond('resident.lateEnrolmentUntil', 2026, 'open');
const closed2026 = cond('resident.lateEnrolmentUntil', 2026, 'closed');
const months2027 = cond('resident.waitUnit', 2027, 'months');

// The payment made on 15 March 2026: covered from a day in June or July 2026, or not at all where late payments had closed.
const plan: Restoration = {
  kind: 'range',
  earliest: '2026-06-01',
  latest: '2026-07-16',
  noCoverPossible: true,
  outcomes: [
    { restoration: { kind: 'date', date: '2026-06-01' }, when: [[open2026]] },
    { restoration: { kind: 'noCover', year: 2026 }, when: [[closed2026]] },
  ],
};

const onTop = (restoration: Restoration): OptionResult => ({ kind: 'nextWindow', paymentDate: '2026-12-07', years: [2027], repairYears: 0, extraPremiumYears: 1, extraCostYuan: null, costYuan: null, sameAsPlan: false, onTop: true, restoration }) as OptionResult;

describe('continuation', () => {
  it('1 January 2027 without a break; 1 June 2027 only where late payments for 2026 had closed', () => {
    const option = onTop({
      kind: 'range',
      earliest: '2027-01-01',
      latest: '2027-06-01',
      noCoverPossible: false,
      outcomes: [
        { restoration: { kind: 'date', date: '2027-01-01' }, when: [[open2026]] },
        { restoration: { kind: 'date', date: '2027-06-01' }, when: [[closed2026, months2027]] },
      ],
    });
    expect(continuation(option, plan, [2026])).toEqual({ from: '2027-01-01', later: { earliest: '2027-06-01', latest: '2027-06-01', days: 1, year: 2026 } });
  });

  it('none where a later day can come while late payments were still taken', () => {
    const option = onTop({
      kind: 'range',
      earliest: '2027-01-01',
      latest: '2027-06-01',
      noCoverPossible: false,
      outcomes: [
        { restoration: { kind: 'date', date: '2027-01-01' }, when: [[open2026]] },
        { restoration: { kind: 'date', date: '2027-06-01' }, when: [[open2026, months2027]] },
      ],
    });
    expect(continuation(option, plan, [2026])).toBeNull();
  });

  it('none for a single 1 January where the payment made may have brought no cover: that is no "no break"', () => {
    expect(continuation(onTop({ kind: 'date', date: '2027-01-01' }), plan, [2026])).toBeNull();
  });

  it('a single 1 January after a payment made that covers its year: no break', () => {
    expect(continuation(onTop({ kind: 'date', date: '2027-01-01' }), { kind: 'date', date: '2026-06-15' }, [2026])).toEqual({ from: '2027-01-01', later: null });
  });

  it('none for an option that is not on top of the payment made, or starts later than 1 January', () => {
    expect(continuation({ ...onTop({ kind: 'date', date: '2027-01-01' }), onTop: undefined } as OptionResult, { kind: 'date', date: '2026-06-15' }, [2026])).toBeNull();
    expect(continuation(onTop({ kind: 'date', date: '2027-04-01' }), { kind: 'date', date: '2026-06-15' }, [2026])).toBeNull();
  });
});
