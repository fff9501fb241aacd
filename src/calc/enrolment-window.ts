// The enrolment window of one benefit year (R1), for callers outside the calculator: the
// result screen's calendar reminders ask for the window of the year a person must pay next,
// which the run itself never looks at. Same pinned dates the run uses (window.ts).
import { chainOf } from './chain-memo';
import type { RulePack } from './pack-schema';
import type { EnrolmentWindowDates } from './result';
import { pinnedWindow } from './window';

/** The window of benefit year `year`; null where the packs leave its dates to the region (§8) or do not cover the year. */
export function enrolmentWindow(packs: readonly RulePack[], year: number): EnrolmentWindowDates | null {
  const chain = chainOf(packs);
  if (packs.length === 0 || year < chain.years.from || year > chain.years.to) return null;
  return pinnedWindow(chain, year);
}
