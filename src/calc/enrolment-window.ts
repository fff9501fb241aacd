// The enrolment window of one benefit year (R1), for callers outside the calculator: the
// result screen's calendar reminders ask for the window of the year a person must pay next,
// which the run itself never looks at. Same pinned dates the run uses (window.ts).
import { chainOf } from './chain-memo';
import type { IsoDate } from './dates';
import { lastKnownWindow, windowStartStated, windowYears } from './freshness';
import type { KnownWindow } from './freshness';
import { isRegional } from './pack-schema';
import type { Extension, ParamEntry, RulePack } from './pack-schema';
import type { PackChain } from './rule-pack';
import type { ResultWindow } from './result';
import { dayOf, pinnedWindow, windowStart } from './window';

/**
 * The window of benefit year `year`; null where the packs leave its dates to the region (§8) or
 * do not cover the year. `startStated`: whether the region's own packs state its start (the
 * national pack's is only the typical day, R1), as the result's windows carry it.
 */
export function enrolmentWindow(packs: readonly RulePack[], year: number): ResultWindow | null {
  const chain = chainOf(packs);
  if (packs.length === 0 || year < chain.years.from || year > chain.years.to) return null;
  return statedWindow(chain, year);
}

/**
 * R1a: when cover starts for a payment in benefit year `year`'s extended payment period, where
 * the packs pin it: from the payment date, the next day, or after a fixed wait (甘肃); null where
 * there is no extension, the packs leave it to the region, or do not cover the year.
 */
export function extensionCoverStart(packs: readonly RulePack[], year: number): Extension['coverStart'] | null {
  const chain = chainOf(packs);
  if (packs.length === 0 || year < chain.years.from || year > chain.years.to || chain.isRegional('resident.extension', year)) return null;
  return chain.get('resident.extension', year).value?.coverStart ?? null;
}

/** Benefit year `year`'s window where the chain pins it, with whether the region stated its start (the result's windows, enrolmentWindow). */
export function statedWindow(chain: PackChain, year: number): ResultWindow | null {
  const w = pinnedWindow(chain, year);
  // Field by field: a spread that adds a key is slow in JavaScript engines (5% of a pinned calculation here).
  return w && { year: w.year, start: w.start, end: w.end, extendedEnd: w.extendedEnd, startStated: windowStartStated(chain, year) };
}

/**
 * The days the enrolment window of benefit year `year` may end on: one where the packs pin it,
 * else every end the regional variants give (RULES.md §8), for a reminder that must not pass a
 * region's end unnoticed. Plain data, read from the packs as the run reads them (the region's
 * own entry first, then its fallbacks).
 */
export interface EnrolmentWindowEnds {
  year: number;
  /** The distinct possible last days of the window, earliest first (one where it is pinned). */
  ends: IsoDate[];
  /** The first day a payment is accepted; null where that too is left to the region. */
  start: IsoDate | null;
  /**
   * False where the packs carry earlier years' ends forward because no window for this year has
   * been announced (note `R1.windowNotAnnounced`): the days are what regions did before.
   */
  announced: boolean;
}

/** The entry of `key` for `year` the run reads: the region's own first, then its fallbacks. */
function entryFor<K extends 'resident.windowEnd' | 'resident.extension'>(packs: readonly RulePack[], key: K, year: number): ParamEntry<K> | undefined {
  for (const pack of packs) {
    const entries = (pack.parameters[key] ?? []) as unknown as ParamEntry<K>[];
    const entry = entries.find((e) => e.from <= year && (e.to === undefined || e.to >= year));
    if (entry) return entry;
  }
  return undefined;
}

/** The possible ends of benefit year `year`'s window; null where the packs do not cover the year. */
export function enrolmentWindowEnds(packs: readonly RulePack[], year: number): EnrolmentWindowEnds | null {
  const chain = chainOf(packs);
  if (packs.length === 0 || year < chain.years.from || year > chain.years.to) return null;
  const entry = entryFor(packs, 'resident.windowEnd', year);
  if (!entry) return null;
  const days = isRegional(entry) ? entry.regional.map((v) => dayOf(year, v.value)) : [dayOf(year, entry.value)];
  return {
    year,
    ends: [...new Set(days)].sort(),
    start: chain.isRegional('resident.windowStart', year) ? null : windowStart(chain, year).date,
    announced: entry.note !== 'R1.windowNotAnnounced',
  };
}

/**
 * Under a region's packs, for a reminder of benefit year `year`'s window (RULES.md §8.6): null
 * where the region's own packs state that year's window, or where the packs are the national
 * ones alone (no region to speak of); otherwise the last window they state (null: none).
 */
export function regionWindowNotKnown(packs: readonly RulePack[], year: number): { last: KnownWindow | null } | null {
  const chain = chainOf(packs);
  if (packs.length === 0 || chain.primary.parent === null || windowYears(chain).includes(year)) return null;
  return { last: lastKnownWindow(chain) };
}

/**
 * R1, R1a: the last day on which any region the packs stand for still takes a payment for benefit
 * year `year` in its enrolment window or extended payment period (the latest window or extension
 * end, over the regional variants, §8). After it, a payment for the year is late everywhere (R3).
 * Null where the packs do not cover the year.
 */
/**
 * The first day a payment for `year` is taken (its window's earliest known start, §8.5), or null
 * where the chain does not cover the year. For the wizard: a late payment for a year cannot have
 * arrived before it (payment-checks.ts refuses it, date.beforeWindow).
 */
export function paymentsTakenFrom(chain: PackChain, year: number): IsoDate | null {
  if (year < chain.years.from || year > chain.years.to) return null;
  return windowStart(chain, year).date;
}

export function lastInWindowDay(packs: readonly RulePack[], year: number): IsoDate | null {
  const ends = enrolmentWindowEnds(packs, year);
  if (!ends) return null;
  let last = ends.ends.at(-1) as IsoDate;
  const ext = entryFor(packs, 'resident.extension', year);
  const extensions: (Extension | null)[] = !ext ? [] : isRegional(ext) ? ext.regional.map((v) => v.value) : [ext.value];
  for (const e of extensions) if (e && dayOf(year, e.end) > last) last = dayOf(year, e.end);
  return last;
}
