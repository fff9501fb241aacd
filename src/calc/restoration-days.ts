// The first day a restoration may give cover, read alike by the options, the periods and the status.
import type { IsoDate } from './dates';
import type { DaySpan, EnrolmentResult, Restoration } from './result';

/** The last day a restoration may give, for picking the most cautious run (no cover counts as latest). */
export function lastDay(r: Restoration): string {
  if (r.kind === 'noCover') return '9999-12-31';
  return r.kind === 'range' ? r.latest : r.date;
}

/** The first day a restoration may give cover: its date, a range's earliest; null for no cover. */
export function firstDay(r: Restoration): IsoDate | null {
  switch (r.kind) {
    case 'date':
      return r.date;
    case 'range':
      return r.earliest;
    case 'needsNextYear':
      return r.date;
    case 'noCover':
      return null;
  }
}

/**
 * The day by which a restoration gives cover in every region: its date, a range's latest where
 * every outcome is a date; null where some region gives none in the year paid or needs the next year paid too.
 */
export function surelyCoveredFrom(r: Restoration): IsoDate | null {
  if (r.kind === 'date') return r.date;
  if (r.kind === 'range') return r.noCoverPossible || r.outcomes.some((o) => o.restoration.kind !== 'date') ? null : r.latest;
  return null;
}

/**
 * The first covered day of benefit year `year` over `runs` (each region's), as a span with the
 * number of distinct days the runs give; null where some run gives no cover in it.
 */
export function coverSpan(runs: readonly EnrolmentResult[], year: number): DaySpan | null {
  const from = runs.map((run) => run.coveredYears.find((c) => c.year === year)?.from);
  if (from.length === 0 || from.includes(undefined)) return null;
  const days = [...new Set(from as string[])].sort();
  return { earliest: days[0] as string, latest: days.at(-1) as string, days: days.length };
}
