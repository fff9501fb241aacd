// Pure: where the next enrolment window's end differs by region (R1, §8.5) under the national
// rules, the earliest and latest end known for it. The calendar file already reminds of the
// earliest end; the option that pays in that window and "How to pay" say it too, as the earliest
// possible end in some regions, never as the reader's own date (the region's notice gives that).
import { enrolmentWindow, enrolmentWindowEnds } from '../../calc';
import type { RulePack } from '../../calc';

export interface RegionalWindowClose {
  year: number;
  /** The earliest end any region is known to use (or, for a year none has announced, used before). */
  earliest: string;
  /** The latest such end. */
  latest: string;
  /** Whether the earliest end is already behind the as-of date (some regions' windows have closed). */
  passed: boolean;
}

/**
 * Benefit year `year`'s window ends as of `asOf`, where the national rules alone are used (a
 * region's packs speak for that region, not "some regions") and they give more than one end, the
 * latest still ahead; null otherwise.
 */
export function regionalWindowClose(chain: readonly RulePack[], year: number, asOf: string): RegionalWindowClose | null {
  if (chain.length !== 1 || enrolmentWindow(chain, year) !== null) return null;
  const ends = enrolmentWindowEnds(chain, year)?.ends ?? [];
  const earliest = ends[0];
  const latest = ends.at(-1);
  if (earliest === undefined || latest === undefined || earliest === latest || latest < asOf) return null;
  return { year, earliest, latest, passed: earliest < asOf };
}

/** The first window from the as-of year on that has not closed everywhere by `asOf` (regionalWindowClose), looking two years ahead. */
export function nextRegionalWindowClose(chain: readonly RulePack[], asOf: string): RegionalWindowClose | null {
  const first = Number(asOf.slice(0, 4));
  for (let year = first; year <= first + 2; year++) {
    if (enrolmentWindow(chain, year) !== null) return null;
    const close = regionalWindowClose(chain, year, asOf);
    if (close) return close;
  }
  return null;
}
