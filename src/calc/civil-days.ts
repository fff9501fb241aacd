// Day numbers (days since 1970-01-01) from and to calendar dates by integer arithmetic
// (H. Hinnant's days_from_civil / civil_from_days), the same proleptic Gregorian calendar
// Date.UTC uses, without creating a Date per conversion.
import { formatPlainDate } from './date-text';

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Day numbers of 1000-01-01 and 9999-12-31, the dates written with a plain four-digit year. */
const PLAIN = { from: daysFromCivil(1000, 1, 1), to: daysFromCivil(9999, 12, 31) };

/** "YYYY-MM-DD" of an integer day number from 1000-01-01 to 9999-12-31; null otherwise. */
export function plainDateOfDay(n: number): string | null {
  if (!Number.isInteger(n) || n < PLAIN.from || n > PLAIN.to) return null;
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatPlainDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}
