// X1: a newborn enrolled and paid for within the period after birth is covered from birth. For a
// payment still to be made, the last day of that period is the one date the parent must act by:
// the result says it beside the date and puts it in the calendar file, not only in the steps.
import { newbornLastDays } from '../../calc';
import type { Result, RulePack } from '../../calc';

export interface NewbornDeadline {
  /** The newborn period's last day (ISO date): the earliest any region's reading gives. */
  lastDay: string;
  /** The latest any region's reading gives, where readings differ (newborn.dayCount); else null. */
  latest: string | null;
  /** The baby's date of birth (ISO date): the day cover starts from. */
  birthDate: string;
}

/**
 * For a payment still to be made (`planned`) whose answer is one date, given because the baby is
 * enrolled within the newborn period: the last day of that period, earliest reading first (a day
 * some region counts one shorter is never promised), while it is not past; null otherwise.
 */
export function newbornDeadline(result: Result, chain: readonly RulePack[], birthDate: string | undefined, planned: boolean): NewbornDeadline | null {
  if (!planned || !birthDate || result.main.exemption !== 'newborn' || result.main.restoration.kind !== 'date') return null;
  const days = newbornLastDays(chain, birthDate);
  const lastDay = days[0];
  if (lastDay === undefined || lastDay < result.asOf) return null;
  const latest = days.at(-1) as string;
  return { lastDay, latest: latest !== lastDay ? latest : null, birthDate };
}
