// Which later years a range's dates need paid too (I4), as the headline and the option amounts say it.
import { describe, expect, it } from 'vitest';
import type { Restoration } from '../../src/calc';
import { laterYearsNeeded, nextYearNeeded } from '../../src/features/result/range-lines';

type Outcome = Extract<Restoration, { kind: 'range' }>['outcomes'][number];
const date = (d: string): Outcome => ({ restoration: { kind: 'date', date: d }, when: [] });
const next = (d: string, year: number): Outcome => ({ restoration: { kind: 'needsNextYear', date: d, year }, when: [] });
const none = (year: number): Outcome => ({ restoration: { kind: 'noCover', year }, when: [] });
const range = (...outcomes: Outcome[]): Restoration => ({ kind: 'range', earliest: '2026-12-05', latest: '2028-03-01', noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'), outcomes });

describe('laterYearsNeeded', () => {
  it('some dates on the payment alone, others with the next year: those years, not all, the last such date', () => {
    expect(laterYearsNeeded(range(date('2026-12-05'), next('2027-01-01', 2027), next('2027-03-06', 2027)))).toEqual({ years: [2027], latest: '2027-03-06', all: false });
  });

  it('every date needs a later year, but not the same one: all, both years in order', () => {
    const r = range(next('2028-03-01', 2028), next('2027-04-01', 2027), none(2026));
    expect(nextYearNeeded(r)).toBeNull();
    expect(laterYearsNeeded(r)).toEqual({ years: [2027, 2028], latest: '2028-03-01', all: true });
  });

  it('none where every dated outcome needs the same year (the headline says so itself), or none needs one', () => {
    expect(laterYearsNeeded(range(next('2027-01-01', 2027), next('2027-04-01', 2027), none(2026)))).toBeNull();
    expect(laterYearsNeeded(range(date('2026-12-05'), none(2026)))).toBeNull();
    expect(laterYearsNeeded({ kind: 'needsNextYear', date: '2027-01-01', year: 2027 })).toBeNull();
  });
});
