// Calendar arithmetic on ISO strings. Everything is whole-day integer maths on
// year/month/day triples: no Date objects in local time, so a result never depends
// on the machine's time zone or clock. calendar.ts reads and writes dates, day-math.ts
// steps by days and months; this module is the one the rest of the calculator imports.
import { daysInMonth, makeDate, pad } from './calendar';
import type { IsoDate, IsoMonth } from './calendar';
import { formatPlainMonth, fourDigits, twoDigits } from './date-text';

export type { IsoDate, IsoMonth, Ymd } from './calendar';
export { daysInMonth, formatDate, isIsoDate, isLeapYear, makeDate, parseDate, ymd } from './calendar';
export { addDays, addMonths, daysBetween, fromDayNumber, toDayNumber } from './day-math';
export type { MonthShift } from './day-math';

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isIsoMonth(s: string): boolean {
  if (typeof s !== 'string') {
    const match = MONTH_RE.exec(s);
    return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
  }
  if (s.length !== 7 || s.charCodeAt(4) !== 45 || fourDigits(s, 0) < 0) return false;
  const m = twoDigits(s, 5);
  return m >= 1 && m <= 12;
}

export function yearOf(date: IsoDate): number {
  const y = fourDigits(date, 0);
  return y >= 0 ? y : Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/**
 * 1 Jan and 31 Dec of the years 1900-2299, made once: every benefit year needs them many
 * times per calculation. Indexed by year - 1900 (an array read is cheaper than a map's).
 */
const CACHED_FROM = 1900;
const CACHED_YEARS = 400;
const yearStarts = new Array<IsoDate | undefined>(CACHED_YEARS).fill(undefined);
const yearEnds = new Array<IsoDate | undefined>(CACHED_YEARS).fill(undefined);

export function startOfYear(y: number): IsoDate {
  const i = y - CACHED_FROM;
  if (!(i >= 0 && i < CACHED_YEARS && Number.isInteger(i))) return makeDate(y, 1, 1);
  return (yearStarts[i] ??= makeDate(y, 1, 1));
}

export function endOfYear(y: number): IsoDate {
  const i = y - CACHED_FROM;
  if (!(i >= 0 && i < CACHED_YEARS && Number.isInteger(i))) return makeDate(y, 12, 31);
  return (yearEnds[i] ??= makeDate(y, 12, 31));
}

export function monthIndex(month: IsoMonth): number {
  const y = fourDigits(month, 0);
  const m = twoDigits(month, 5);
  if (y >= 0 && m >= 0) return y * 12 + m - 1;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): IsoMonth {
  const y = Math.floor(index / 12);
  return (index >= 0 ? formatPlainMonth(y, index - y * 12 + 1) : null) ?? `${pad(y, 4)}-${pad((index % 12) + 1)}`;
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + months);
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  let y = fourDigits(month, 0);
  let m = twoDigits(month, 5);
  if (y < 0 || m < 0) {
    y = Number(month.slice(0, 4));
    m = Number(month.slice(5, 7));
  }
  return makeDate(y, m, daysInMonth(y, m));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
