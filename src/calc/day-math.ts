// Whole-day and whole-month steps on ISO dates. Plain dates (years 100-9999 in, 1000-9999
// out) are done by integer arithmetic without objects; the rest by the general code, whose
// results (Date.UTC reads years 0-99 as 1900-1999, for one) stay exactly as they were.
import { daysInMonth, format, packedCalendarDay, ymd } from './calendar';
import type { IsoDate } from './calendar';
import { daysFromCivil, plainDateOfDay } from './civil-days';
import { packedDay, packedMonth, packedYear } from './date-text';

const DAY_MS = 86_400_000;

/** The day number of a plain, existing date with a year from 100; null for anything else. */
function plainDayNumber(date: IsoDate): number | null {
  const p = packedCalendarDay(date);
  return p >= 0 && packedYear(p) >= 100 ? daysFromCivil(packedYear(p), packedMonth(p), packedDay(p)) : null;
}

/** Days since 1970-01-01, proleptic Gregorian (Date.UTC is zone-independent). */
export function toDayNumber(date: IsoDate): number {
  const plain = plainDayNumber(date);
  if (plain !== null) return plain;
  const { y, m, d } = ymd(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  const plain = plainDateOfDay(n);
  if (plain !== null) return plain;
  const dt = new Date(n * DAY_MS);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export interface MonthShift {
  date: IsoDate;
  /** True when the target month is shorter than the start day (e.g. 30 Nov + 3 months). */
  clamped: boolean;
}

/** Same day-of-month `months` later, clamped to the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): MonthShift {
  const p = packedCalendarDay(date);
  let y: number;
  let m: number;
  let d: number;
  if (p >= 0) {
    y = packedYear(p);
    m = packedMonth(p);
    d = packedDay(p);
  } else {
    ({ y, m, d } = ymd(date));
  }
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  return { date: format(ty, tm, Math.min(d, last)), clamped: d > last };
}
