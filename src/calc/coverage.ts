// Who was covered when: the history the person gave plus what earlier payments bought.
// Later payments read it to count lapse years (R9, R10, I2) and continuity (E2). Months
// are month indexes (year * 12 + month - 1): the look-backs below test hundreds of months
// per payment, and building a date string for each was a large share of the run time.
import { monthIndex } from './dates';
import type { IsoMonth } from './dates';
import type { Scenario } from './scenario-schema';
import { MonthRanges } from './month-ranges';

/** How far back a look-back goes: 50 years. */
const LOOK_BACK_MONTHS = 600;

// A person has a few dozen covered years at most, and the cover is copied for every what-if
// option: flat arrays, searched linearly, are cheaper here than maps and sets.
export class Coverage {
  /**
   * `resident`: resident benefit periods as benefit year, first month, last month, one entry per
   * year. `employeeYears`: years the person marked as covered by the employee scheme, without
   * months. `employeeMonths`: the employee-scheme months given or paid, as month indexes. The
   * cover is copied for every what-if run, so a copy is built from copies of the three, with
   * nothing made only to be replaced.
   */
  private constructor(
    private readonly resident: number[],
    private readonly employeeYears: number[],
    private readonly employeeMonths: MonthRanges,
  ) {}

  static fromHistory(history: Scenario['history']): Coverage {
    const coverage = new Coverage([], [], new MonthRanges());
    for (const { year, cover } of history.years) {
      if (cover === 'resident') coverage.addResident(year, year * 12, year * 12 + 11);
      if (cover === 'employee') coverage.addEmployeeYear(year);
    }
    for (const period of history.employeePeriods) coverage.addEmployeeMonths(monthIndex(period.from), monthIndex(period.to));
    return coverage;
  }

  /** The benefit period of `year` runs from month `from` to month `to`. */
  addResident(year: number, from: number, to: number): void {
    const at = this.residentAt(year);
    if (at >= 0) this.resident.splice(at, 3, year, from, to);
    else this.resident.push(year, from, to);
  }

  /** Where `year` starts in `resident`, or -1. */
  private residentAt(year: number): number {
    const r = this.resident;
    for (let i = 0; i < r.length; i += 3) if (r[i] === year) return i;
    return -1;
  }

  private addEmployeeYear(year: number): void {
    if (!this.employeeYears.includes(year)) this.employeeYears.push(year);
  }

  /** Employee-scheme months `from` to `to`, both month indexes, inclusive. */
  addEmployeeMonths(from: number, to: number): void {
    if (from > to) return;
    this.employeeMonths.add(from, to);
  }

  /** The first month (a month index) of `year`'s resident benefit period, or null where that year has none. */
  residentStart(year: number): number | null {
    const at = this.residentAt(year);
    return at >= 0 ? (this.resident[at + 1] as number) : null;
  }

  /** R9: the year counts if its resident benefits began within it. */
  residentCovered(year: number): boolean {
    return this.residentAt(year) >= 0;
  }

  /** Whether month `index` is the December of a year marked as employee cover with no months given for it (the end of that cover is a guess). */
  employeeEndGuessed(index: number): boolean {
    const year = Math.floor(index / 12);
    return index % 12 === 11 && this.employeeYears.includes(year) && !this.employeeMonths.overlaps(year * 12, (year + 1) * 12 + 11);
  }

  /** Whether month `index` falls in a year marked as employee cover with no months given for it (when that cover ended is a guess). */
  employeeMonthsGuessed(index: number): boolean {
    const year = Math.floor(index / 12);
    return this.employeeYears.includes(year) && !this.employeeMonths.overlaps(year * 12, year * 12 + 11);
  }

  employeeCovered(year: number): boolean {
    return this.employeeYears.includes(year) || this.employeeMonths.overlaps(year * 12, year * 12 + 11);
  }

  /** Whether any cover, in either scheme, is known before benefit year `year` (a lapse needs cover before it). */
  coveredBefore(year: number): boolean {
    const r = this.resident;
    for (let i = 0; i < r.length; i += 3) if ((r[i] as number) < year) return true;
    return this.employeeYears.some((y) => y < year) || this.employeeMonths.overlaps(year * 12 - LOOK_BACK_MONTHS, year * 12 - 1);
  }

  monthCovered(index: number): 'resident' | 'employee' | null {
    const year = Math.floor(index / 12);
    if (this.employeeMonths.has(index) || this.employeeYears.includes(year)) return 'employee';
    // Only the benefit period of the month's own year counts for it.
    const at = this.residentAt(year);
    if (at >= 0 && (this.resident[at + 1] as number) <= index && (this.resident[at + 2] as number) >= index) return 'resident';
    return null;
  }

  /**
   * E4: the last month covered before `month` (by either scheme) and the gap, the whole calendar
   * months between the two (exclusive at both ends); null where nothing is covered before it.
   */
  gapBefore(month: IsoMonth): { index: number; by: 'resident' | 'employee'; gap: number } | null {
    // Built field by field: a spread that adds a key (`{ ...last, gap }`) made this a tenth of a
    // pinned calculation, and can give each object a hidden class of its own, which slows its readers.
    const at = monthIndex(month);
    const last = this.lastCoveredMonthBefore(at);
    return last ? { index: last.index, by: last.by, gap: at - last.index - 1 } : null;
  }

  /** The last covered month strictly before month index `end`, within a 50-year look-back. */
  lastCoveredMonthBefore(end: number): { index: number; by: 'resident' | 'employee' } | null {
    // The latest month each source covers up to end - 1; the latest of those is the answer.
    const limit = end - 1;
    let last = this.employeeMonths.lastUpTo(limit);
    for (const y of this.employeeYears) if (y * 12 <= limit) last = Math.max(last, Math.min(y * 12 + 11, limit));
    const r = this.resident;
    for (let i = 0; i < r.length; i += 3) {
      // Only the months of the benefit year itself count for it (see monthCovered).
      const y = r[i] as number;
      const from = Math.max(r[i + 1] as number, y * 12);
      const to = Math.min(r[i + 2] as number, y * 12 + 11, limit);
      if (from <= to) last = Math.max(last, to);
    }
    if (last <= end - LOOK_BACK_MONTHS) return null;
    return { index: last, by: this.monthCovered(last) as 'resident' | 'employee' };
  }

  /** Consecutive covered months ending with (and including) month index `last`. */
  consecutiveMonthsEndingAt(last: number): number {
    let count = 0;
    while (count < LOOK_BACK_MONTHS && this.monthCovered(last - count)) count++;
    return count;
  }

  /**
   * Equal for covers every later rule reads alike (benefit periods by year, employee years and
   * months). `yearsOnly`: resident benefit periods by their year alone, for a history with no
   * employee-scheme cover and no employee payment to come. Then the only readers of a resident
   * period's months (the look-backs of E1-E3 and X3, which start from an employee month) never
   * run, and every other rule reads resident cover by year (R9, R10, B1-B4).
   */
  signature(yearsOnly = false): string {
    const r: string[] = [];
    for (let i = 0; i < this.resident.length; i += 3) r.push(yearsOnly ? String(this.resident[i]) : `${this.resident[i]}:${this.resident[i + 1]}-${this.resident[i + 2]}`);
    return `${r.sort().join(',')}|${[...this.employeeYears].sort((a, b) => a - b).join(',')}|${this.employeeMonths.signature()}`;
  }

  clone(): Coverage {
    return new Coverage(this.resident.slice(), this.employeeYears.slice(), this.employeeMonths.copy());
  }
}
