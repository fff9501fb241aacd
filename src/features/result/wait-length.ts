// The length of a wait in words. A wait counted in calendar months from the month of payment
// (the employee scheme, and regions whose month-start convention counts the payment month as
// the first) ends on a month's last day: "10–30 November (1 month)" reads as a mistake, so the
// count says how it was made.
import type { TFunction } from 'i18next';
import type { WaitingPeriod } from '../../calc';
import type { Formatters } from '../../i18n/use-format';

/** Calendar months from month `a` (YYYY-MM-DD) to month `b`. */
function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** Whether `w` counts whole calendar months with the month of payment as the first (its start is not a 1st, cover starts on one). */
export function countsPaymentMonth(w: WaitingPeriod): boolean {
  if (w.unit !== 'months' || w.end === null || w.start.endsWith('-01')) return false;
  const [y, m, d] = w.end.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  if (next.getUTCDate() !== 1) return false;
  return monthsBetween(w.start, next.toISOString().slice(0, 10)) === w.total;
}

/** "3 months", "90 days", or "1 month, counting the month of payment as the first". */
export function waitLength(w: WaitingPeriod, f: Pick<Formatters, 'duration'>, t: TFunction): string {
  const length = f.duration(w.total, w.unit);
  return countsPaymentMonth(w) ? t('result.facts.lengthFromPaymentMonth', { length }) : length;
}
