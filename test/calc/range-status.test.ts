// The status on the as-of date under regional values (§8.2): where some regions give no cover
// this year (R1b: late payments no longer accepted) and others cover from some date, the person
// is neither simply covered nor simply without cover after that date: it depends on the region,
// until the end of the years paid. And a warning only some regions' rules raise says so.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { lateIn2026ThenPlanned, lateIn2027 } from '../fixtures/national-ranges';
import { runShipped } from '../fixtures/packs';
import { chainOf } from './arbitraries';

const run = (s: Scenario): Result => runShipped(s, chainOf(s.region));

describe('status where some regions give no cover this year', () => {
  it('after the latest restart, still "depends on the region" to the end of the year paid, not "lapsed"', () => {
    const result = run(lateIn2027);
    const r = result.main.restoration;
    expect(r.kind === 'range' && r.noCoverPossible && r.latest < result.asOf).toBe(true);
    expect(result.status).toBe('uncertain');
    expect(result.periods).toContainEqual({ kind: 'uncertain', from: r.kind === 'range' ? r.earliest : '', to: '2027-12-31' });
  });

  it('a late payment made earlier in the year, with the next year still planned: uncertain on the as-of date', () => {
    const result = run(lateIn2026ThenPlanned);
    const paid2026 = result.enrolments[0]?.restoration;
    expect(paid2026?.kind === 'range' && paid2026.noCoverPossible).toBe(true);
    expect(result.status).toBe('uncertain');
  });
});

describe('warnings raised under some regional variants only', () => {
  it('"late payments for 2026 closed" holds in some regions: flagged, never stated as a fact', () => {
    const result = run(lateIn2026ThenPlanned);
    // A later payment follows it (`later`: the advice to pay in the next window is past).
    expect(result.warnings).toContainEqual({ id: 'lateEnrolmentClosed', params: { year: 2026, later: true, paymentDate: lateIn2026ThenPlanned.payments[0]?.date }, someRegions: true });
  });

  it('a warning every variant raises is not flagged: a newborn enrolled after its 90 days, in every region', () => {
    // Born 24 Feb 2025, enrolment planned for 9 Sep 2025: past the newborn period whatever the region,
    // while the date cover starts on is regional.
    const newborn: Scenario = { v: 2, asOf: '2025-09-09', region: 'national', history: { years: [], employeePeriods: [] }, payments: [{ scheme: 'resident', date: '2025-09-09', status: 'planned', years: [2025], repairYears: 0 }], circumstances: { birthDate: '2025-02-24' } };
    const result = run(newborn);
    expect(result.main.restoration.kind).toBe('range');
    const late = result.warnings.find((w) => w.id === 'newbornAfterWindow');
    expect(late).toBeDefined();
    expect(late?.someRegions).toBeUndefined();
  });

  it('repair years that shorten nothing where late payments were still accepted: only in those regions', () => {
    const repair = run(lateIn2027).warnings.find((w) => w.id === 'repairRemovesNothing');
    expect(repair?.someRegions).toBe(true);
  });
});

describe('lapse years the regions count differently', () => {
  it('2026 paid late counts as covered where late payments were accepted (no lapse before 2027), as a lapse where not: up to 2 years', () => {
    const main = run(lateIn2026ThenPlanned).main;
    expect(main.lapseRange).toEqual({ min: 0, max: 2, years: [2025, 2026] });
  });

  it('a range whose runs agree on the lapse has no lapse range: W34, covered 2025, paying 2026 on 20 Jan 2026', () => {
    const w34: Scenario = { v: 2, asOf: '2026-01-20', region: 'national', history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] }, payments: [{ scheme: 'resident', date: '2026-01-20', status: 'made', years: [2026], repairYears: 0 }], circumstances: {} };
    const main = run(w34).main;
    expect(main.restoration.kind).toBe('range');
    expect(main.lapseRange).toBeUndefined();
  });

  it('a lapse the person stated is a fact even where some regions give no cover at all: 2025 without cover, 2026 paid on 15 March 2026', () => {
    // The most cautious run (late enrolment closed, R1b) counts nothing; every run that counts says 2025.
    const s: Scenario = { v: 2, asOf: '2026-12-01', region: 'national', history: { years: [{ year: 2024, cover: 'resident' }, { year: 2025, cover: 'none' }], employeePeriods: [] }, payments: [{ scheme: 'resident', date: '2026-03-15', status: 'made', years: [2026], repairYears: 0 }], circumstances: {} };
    const main = run(s).main;
    expect(main.restoration).toMatchObject({ kind: 'range', noCoverPossible: true });
    expect(main.lapseRange).toBeUndefined();
    expect(main.lapse).toEqual({ years: [2025] });
  });
});

describe('periods of a newborn', () => {
  it('years before the birth year are no lapse, whatever the history says: born 1 Oct 2026, 2026 planned on 5 Dec 2026', () => {
    const none = (year: number) => ({ year, cover: 'none' as const });
    const s: Scenario = { v: 2, asOf: '2026-12-01', region: 'national', history: { years: [none(2023), none(2024), none(2025)], employeePeriods: [] }, payments: [{ scheme: 'resident', date: '2026-12-05', status: 'planned', years: [2026], repairYears: 0 }], circumstances: { birthDate: '2026-10-01' } };
    const periods = run(s).periods;
    expect(periods.filter((p) => p.kind === 'lapse')).toEqual([]);
    expect(periods.every((p) => p.from >= '2026-01-01')).toBe(true);
  });
});
