// Who was covered when: the history the person gave plus what earlier payments bought.
// Later payments read it to count lapse years (R9, R10, I2) and continuity (E2).
import { endOfYear, firstDayOfMonth, lastDayOfMonth, monthFromIndex, monthIndex, startOfYear, yearOf } from './dates';
import type { IsoDate, IsoMonth } from './dates';
import type { Scenario } from './scenario-schema';

export interface CoverRange {
  from: IsoDate;
  to: IsoDate;
}

export class Coverage {
  /** Resident benefit periods, by benefit year. */
  private readonly resident = new Map<number, CoverRange>();
  /** Years the person marked as covered by the employee scheme, without months. */
  private readonly employeeYears = new Set<number>();
  /** Employee-scheme months, as month indexes. */
  private readonly employeeMonths = new Set<number>();

  static fromHistory(history: Scenario['history']): Coverage {
    const coverage = new Coverage();
    for (const { year, cover } of history.years) {
      if (cover === 'resident') coverage.addResident(year, { from: startOfYear(year), to: endOfYear(year) });
      if (cover === 'employee') coverage.employeeYears.add(year);
    }
    for (const period of history.employeePeriods) coverage.addEmployeeMonths(period.from, period.to);
    return coverage;
  }

  addResident(year: number, range: CoverRange): void {
    this.resident.set(year, range);
  }

  addEmployeeMonths(from: IsoMonth, to: IsoMonth): void {
    for (let i = monthIndex(from); i <= monthIndex(to); i++) this.employeeMonths.add(i);
  }

  /** R9: the year counts if its resident benefits began within it. */
  residentCovered(year: number): boolean {
    return this.resident.has(year);
  }

  employeeCovered(year: number): boolean {
    if (this.employeeYears.has(year)) return true;
    for (let m = 0; m < 12; m++) if (this.employeeMonths.has(year * 12 + m)) return true;
    return false;
  }

  monthCovered(index: number): 'resident' | 'employee' | null {
    if (this.employeeMonths.has(index) || this.employeeYears.has(Math.floor(index / 12))) return 'employee';
    const range = this.resident.get(Math.floor(index / 12));
    const month = monthFromIndex(index);
    if (range && range.from <= lastDayOfMonth(month) && range.to >= firstDayOfMonth(month)) return 'resident';
    return null;
  }

  /** The last covered month strictly before `month`, within a 50-year look-back. */
  lastCoveredMonthBefore(month: IsoMonth): { index: number; by: 'resident' | 'employee' } | null {
    const end = monthIndex(month);
    for (let i = end - 1; i > end - 600; i--) {
      const by = this.monthCovered(i);
      if (by) return { index: i, by };
    }
    return null;
  }

  /** Consecutive covered months ending with (and including) month index `last`. */
  consecutiveMonthsEndingAt(last: number): number {
    let count = 0;
    while (count < 600 && this.monthCovered(last - count)) count++;
    return count;
  }

  residentRanges(): [number, CoverRange][] {
    return [...this.resident.entries()].sort((a, b) => a[0] - b[0]);
  }

  employeeMonthRanges(): { from: IsoMonth; to: IsoMonth }[] {
    const months = [...this.employeeMonths].sort((a, b) => a - b);
    const ranges: { from: IsoMonth; to: IsoMonth }[] = [];
    let start = months[0];
    for (let i = 0; i < months.length; i++) {
      const current = months[i] as number;
      const next = months[i + 1];
      if (next !== current + 1) {
        ranges.push({ from: monthFromIndex(start as number), to: monthFromIndex(current) });
        start = next;
      }
    }
    return ranges;
  }

  employeeYearList(): number[] {
    return [...this.employeeYears].sort((a, b) => a - b);
  }

  clone(): Coverage {
    const copy = new Coverage();
    for (const [y, r] of this.resident) copy.resident.set(y, r);
    for (const y of this.employeeYears) copy.employeeYears.add(y);
    for (const m of this.employeeMonths) copy.employeeMonths.add(m);
    return copy;
  }
}

export function yearOfMonthIndex(index: number): number {
  return yearOf(monthFromIndex(index));
}
