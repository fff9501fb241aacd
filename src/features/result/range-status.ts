// Pure: what the status line can say when a payment made has a range (RULES.md §8.2) and the
// calculator's status is "it depends on the region". The range's outcomes already say which
// regions' rules give which day: where every dated outcome has started by the as-of date, the
// person is covered, at the latest since the range's last day, unless their region gave no cover
// this year at all (R1b). Saying only "it depends" hides that answer.
import type { Restoration, Result } from '../../calc';
import { linesInOrder, rangeLines } from './range-lines';
import type { OutcomeLine } from './range-lines';

export interface RangeStatus {
  /** 'all': every dated outcome began by the as-of date; 'some': the earliest has, the latest not yet. */
  started: 'all' | 'some';
  /** The range's last first covered day (ISO). */
  latest: string;
  /** The no-cover outcome's line (its conditions and regions), where some region gives none (R1b); else null. */
  noCover: OutcomeLine | null;
  /** The benefit year a no-cover outcome has no cover in; null where there is none. */
  noCoverYear: number | null;
}

/**
 * The status of a payment made whose answer is a range, where the calculator's status is
 * 'uncertain' and the range is what makes it so: every outcome a date or no cover (none that needs
 * a later year paid too), the earliest day on or before the as-of date, and the as-of date within
 * the years paid. Null elsewhere: then the status line says "it depends on your region".
 */
export function rangeStatus(result: Pick<Result, 'status' | 'asOf' | 'main'>, made: boolean): RangeStatus | null {
  const r: Restoration = result.main.restoration;
  if (result.status !== 'uncertain' || !made || r.kind !== 'range') return null;
  if (!r.outcomes.every((o) => o.restoration.kind === 'date' || o.restoration.kind === 'noCover')) return null;
  const years = result.main.years;
  if (years.length === 0 || result.asOf < r.earliest || result.asOf > `${Math.max(...years)}-12-31`) return null;
  const noCover = r.noCoverPossible ? (linesInOrder(rangeLines(r)).noCover[0] ?? null) : null;
  const year = noCover && noCover.restoration.kind === 'noCover' ? noCover.restoration.year : null;
  return { started: r.latest <= result.asOf ? 'all' : 'some', latest: r.latest, noCover, noCoverYear: year };
}
