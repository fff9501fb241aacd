// A range whose dates all fall while cover the answers state still holds: whichever date the region's rules
// give, the person's cover has no break. A new university student covered at home for the whole
// year (成都: the university's cover runs from 1 September in some regions, R12, from 1 January in
// others) is told that first; the dates say only when this payment's own cover starts.
import { addDays } from '../../calc';
import type { IsoDate, Period, Result } from '../../calc';

/**
 * Cover in force in every region: what the answers state (the history's covered years and employee
 * months) and back-paid months covered. Not the cover an earlier payment restored: its first day is
 * one region's reading and may be a day early for another (a wait counted differently), so "no
 * break" is never claimed on it. The timeline's STATED_COVER (layout.ts) is the same set, less the
 * back-paid months it draws on their own.
 */
const CERTAIN: ReadonlySet<Period['kind']> = new Set<Period['kind']>(['covered', 'employeeCovered', 'retroactive']);

/**
 * The last day of the certain cover that holds `day` and runs on without a break, followed only
 * until it reaches `enough` (so the answer's own cover after it is not counted); null where none
 * holds `day`, or it runs on with no end.
 */
function certainThrough(periods: readonly Period[], day: IsoDate, enough: IsoDate): IsoDate | null {
  let through: IsoDate | null = null;
  let next = day;
  // Each pass moves past one period's end, so the loop ends within periods.length passes.
  for (let pass = 0; pass < periods.length && (through === null || through < enough); pass++) {
    const holding = periods.find((p) => CERTAIN.has(p.kind) && p.from <= next && (p.to === null || p.to >= next));
    if (!holding) break;
    // Open-ended cover (employee cover with no end) holds every later day: no end to name.
    if (holding.to === null) return null;
    through = holding.to;
    next = addDays(holding.to, 1);
  }
  return through;
}

/**
 * Where the answer is a range (RULES.md §8) of dates only (no region leaves the year without
 * cover, none needs a later year paid) and certain cover (CERTAIN: stated by the answers, or
 * back-paid months covered) holds every day from its earliest date to the day before its latest: the last day of that cover (ISO
 * date, on or after the day before the latest). Otherwise null: the region's date decides whether
 * there is a gap.
 */
export function noBreakUntil(result: Result): IsoDate | null {
  const r = result.main.restoration;
  if (r.kind !== 'range' || !r.outcomes.every((o) => o.restoration.kind === 'date')) return null;
  const dayBefore = addDays(r.latest, -1);
  const through = certainThrough(result.periods, r.earliest, dayBefore);
  return through !== null && through >= dayBefore ? through : null;
}
