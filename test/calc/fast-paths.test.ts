// The calculator's fast paths against the plain definitions they replaced: the cover's
// look-back against a month-by-month scan, month runs against a set of months, and the
// digit-level date code against regexes and Date.UTC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Coverage } from '../../src/calc/coverage';
import { addDays, addMonths, fromDayNumber, isIsoDate, isIsoMonth, monthFromIndex, monthIndex, toDayNumber, yearOf } from '../../src/calc/dates';
import { MonthRanges } from '../../src/calc/month-ranges';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;

/** The look-back as first written: month by month, at most 600 months back. */
function scanBack(coverage: Coverage, end: number): { index: number; by: 'resident' | 'employee' } | null {
  for (let i = end - 1; i > end - 600; i--) {
    const by = coverage.monthCovered(i);
    if (by) return { index: i, by };
  }
  return null;
}

const coverOpArb = fc.oneof(
  fc.record({ kind: fc.constant('resident' as const), year: fc.integer({ min: 1990, max: 2040 }), from: fc.integer({ min: -30, max: 30 }), to: fc.integer({ min: -30, max: 30 }) }),
  fc.record({ kind: fc.constant('employeeYear' as const), year: fc.integer({ min: 1990, max: 2040 }) }),
  fc.record({ kind: fc.constant('employeeMonths' as const), from: fc.integer({ min: 1990 * 12, max: 2040 * 12 }), length: fc.integer({ min: -3, max: 80 }) }),
);

describe('fast paths agree with the definitions they replaced', () => {
  it('lastCoveredMonthBefore finds what a month-by-month scan finds', () => {
    fc.assert(
      fc.property(fc.array(coverOpArb, { maxLength: 8 }), fc.integer({ min: 1985 * 12, max: 2060 * 12 }), (ops, end) => {
        const years = ops.flatMap((o) => (o.kind === 'employeeYear' ? [{ year: o.year, cover: 'employee' as const }] : []));
        const coverage = Coverage.fromHistory({ years, employeePeriods: [] });
        for (const o of ops) {
          if (o.kind === 'resident') coverage.addResident(o.year, o.year * 12 + o.from, o.year * 12 + 11 + o.to);
          if (o.kind === 'employeeMonths') coverage.addEmployeeMonths(o.from, o.from + o.length);
        }
        expect(coverage.lastCoveredMonthBefore(end)).toEqual(scanBack(coverage, end));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('month runs hold exactly the months added', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })), { maxLength: 10 }), fc.integer({ min: -2, max: 80 }), (adds, query) => {
        const runs = new MonthRanges();
        const months = new Set<number>();
        for (const [from, length] of adds) {
          runs.add(from, from + length);
          for (let m = from; m <= from + length; m++) months.add(m);
        }
        // expect() per month is slow at 10,000 runs: compare first, assert on a mismatch only.
        for (let m = -2; m < 80; m++) if (runs.has(m) !== months.has(m)) expect(runs.has(m), `month ${m}`).toBe(months.has(m));
        const below = [...months].filter((m) => m <= query);
        expect(runs.lastUpTo(query)).toBe(below.length > 0 ? Math.max(...below) : -Infinity);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('date parsing, day numbers and month steps agree with regexes and Date.UTC', () => {
    const DAY_MS = 86_400_000;
    const text = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: -800, max: 800 }), (y, m, d, step) => {
        const date = text(y, m, d);
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCDate() === d;
        expect(isIsoDate(date)).toBe(exists);
        expect(isIsoMonth(date.slice(0, 7))).toBe(m >= 1 && m <= 12);
        expect(yearOf(date)).toBe(y);
        expect(monthIndex(date)).toBe(y * 12 + m - 1);
        if (m >= 1 && m <= 12) expect(monthFromIndex(y * 12 + m - 1)).toBe(date.slice(0, 7));
        if (!exists) return;
        const day = Date.UTC(y, m - 1, d) / DAY_MS;
        expect(toDayNumber(date)).toBe(day);
        const later = new Date((day + step) * DAY_MS);
        if (later.getUTCFullYear() >= 1000 && later.getUTCFullYear() <= 9999) {
          expect(addDays(date, step)).toBe(later.toISOString().slice(0, 10));
          expect(fromDayNumber(day + step)).toBe(later.toISOString().slice(0, 10));
        }
        const target = new Date(Date.UTC(y, m - 1 + (step % 50), 1));
        const ty = target.getUTCFullYear();
        const tm = target.getUTCMonth() + 1;
        const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
        if (ty >= 1000 && ty <= 9999) expect(addMonths(date, step % 50)).toEqual({ date: text(ty, tm, Math.min(d, last)), clamped: d > last });
      }),
      RUNS,
    );
  }, TIMEOUT);
});
