// Calendar arithmetic on ISO strings. Everything is whole-day integer maths on
// year/month/day triples: no Date objects in local time, so a result never depends
// on the machine's time zone or clock.

export type IsoDate = string; // YYYY-MM-DD
export type IsoMonth = string; // YYYY-MM

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function parseDate(s: string): Ymd | null {
  const match = DATE_RE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(s: string): boolean {
  return parseDate(s) !== null;
}

export function isIsoMonth(s: string): boolean {
  const match = MONTH_RE.exec(s);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDate({ y, m, d }: Ymd): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parses a date the caller has already validated. */
export function ymd(s: IsoDate): Ymd {
  const parsed = parseDate(s);
  if (!parsed) throw new RangeError(`Not an ISO date: ${s}`);
  return parsed;
}

export function makeDate(y: number, m: number, d: number): IsoDate {
  return formatDate({ y, m, d: Math.min(d, daysInMonth(y, m)) });
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function startOfYear(y: number): IsoDate {
  return makeDate(y, 1, 1);
}

export function endOfYear(y: number): IsoDate {
  return makeDate(y, 12, 31);
}

/** Days since 1970-01-01, proleptic Gregorian (Date.UTC is zone-independent). */
export function toDayNumber(date: IsoDate): number {
  const { y, m, d } = ymd(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * 86_400_000);
  return formatDate({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
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
  const { y, m, d } = ymd(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  return { date: formatDate({ y: ty, m: tm, d: Math.min(d, last) }), clamped: d > last };
}

export function monthIndex(month: IsoMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): IsoMonth {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + months);
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return makeDate(y, m, daysInMonth(y, m));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
