import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/calc';
import { withCoverStartSpans } from '../../src/features/result/warning-spans';

const noCover = (coverStart: string, someRegions = true): Warning => ({ id: 'noCoverInYear', params: { year: 2026, coverStart }, ...(someRegions ? { someRegions } : {}) });
const nothing = (coverStart: string): Warning => ({ id: 'paysForNothing', params: { coverStart, lastPaidYear: 2026 }, someRegions: true });

describe('withCoverStartSpans', () => {
  it('says a warning raised in some regions on several days once, with the first and last day, where the first was', () => {
    const shown = withCoverStartSpans([{ id: 'newbornAfterWindow', params: { lastDay: '2026-11-13' } }, noCover('2027-02-20'), nothing('2027-02-20'), noCover('2027-02-01'), nothing('2027-02-01'), noCover('2027-02-21'), nothing('2027-02-21')]);
    expect(shown.map((s) => [s.warning.id, s.span])).toEqual([
      ['newbornAfterWindow', null],
      ['noCoverInYear', { earliest: '2027-02-01', latest: '2027-02-21', days: 3 }],
      ['paysForNothing', { earliest: '2027-02-01', latest: '2027-02-21', days: 3 }],
    ]);
  });

  it('says a warning that holds in every region, on days that differ by region, once with the span, apart from the same warning in some regions', () => {
    const shown = withCoverStartSpans([noCover('2027-03-01', false), noCover('2027-02-01'), noCover('2027-04-03', false), noCover('2027-03-02', false)]);
    expect(shown.map((s) => [s.warning.someRegions ?? false, s.span])).toEqual([
      [false, { earliest: '2027-03-01', latest: '2027-04-03', days: 3 }],
      [true, null],
    ]);
  });

  it('counts the distinct days, a day raised twice once: two days are two, however far apart', () => {
    const shown = withCoverStartSpans([noCover('2027-02-21', false), noCover('2027-01-21', false), noCover('2027-02-21', false)]);
    expect(shown.map((s) => s.span)).toEqual([{ earliest: '2027-01-21', latest: '2027-02-21', days: 2 }]);
  });

  it('keeps apart what differs in more than the day, and what holds everywhere from what holds in some regions', () => {
    const otherYear: Warning = { id: 'noCoverInYear', params: { year: 2027, coverStart: '2028-02-01' }, someRegions: true };
    const shown = withCoverStartSpans([noCover('2027-02-01'), otherYear, noCover('2027-02-05', false), noCover('2027-02-01')]);
    expect(shown.map((s) => s.span)).toEqual([null, null, null]);
    expect(shown.map((s) => s.warning)).toEqual([noCover('2027-02-01'), otherYear, noCover('2027-02-05', false)]);
  });
});
