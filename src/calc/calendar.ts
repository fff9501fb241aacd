// The calendar underneath dates.ts: reading, checking and writing "YYYY-MM-DD". The plain
// form (ASCII digits, four-digit years) is read digit by digit, without a regex or slices;
// anything else takes the general path, which behaves exactly as before.
import { formatPlainDate, packedDate, packedDay, packedMonth, packedYear } from './date-text';

export type IsoDate = string; // YYYY-MM-DD
export type IsoMonth = string; // YYYY-MM

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether a date of DATE_RE's shape names a day that exists. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * A date string of DATE_RE's shape that names a day that exists, packed as by packedDate();
 * -1 for anything else.
 */
export function packedCalendarDay(s: string): number {
  const p = typeof s === 'string' ? packedDate(s) : -1;
  return p >= 0 && isCalendarDay(packedYear(p), packedMonth(p), packedDay(p)) ? p : -1;
}

export function parseDate(s: string): Ymd | null {
  let parsed: Ymd | null = null;
  if (typeof s === 'string') {
    const p = packedDate(s);
    if (p >= 0) parsed = { y: packedYear(p), m: packedMonth(p), d: packedDay(p) };
  } else {
    // RegExp#exec turns anything else into a string first.
    const match = DATE_RE.exec(s);
    if (match) parsed = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  }
  return parsed && isCalendarDay(parsed.y, parsed.m, parsed.d) ? parsed : null;
}

export function isIsoDate(s: string): boolean {
  // Every scenario date passes here: the same test as parseDate, without building its result.
  return typeof s === 'string' ? packedCalendarDay(s) >= 0 : parseDate(s) !== null;
}

/** Parses a date the caller has already validated. */
export function ymd(s: IsoDate): Ymd {
  const parsed = parseDate(s);
  if (!parsed) throw new RangeError(`Not an ISO date: ${s}`);
  return parsed;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function format(y: number, m: number, d: number): IsoDate {
  return formatPlainDate(y, m, d) ?? `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatDate({ y, m, d }: Ymd): IsoDate {
  return format(y, m, d);
}

export function makeDate(y: number, m: number, d: number): IsoDate {
  return format(y, m, Math.min(d, daysInMonth(y, m)));
}
