// RULES.md §8.6 (freshness): windows are per benefit year and never carried to a year nobody
// has announced. Where a payment's benefit year has no window in the region's own packs, the
// answer rests on the national variants (every window regions are known to use), so the result
// says so and shows the last window the region's packs do have. Worked out from the scenario
// and the chain alone, once per calculation, after the runs.
import type { IsoDate } from './dates';
import { isRegional } from './pack-schema';
import type { ParamEntry, ParamKey, RulePack, YearDay } from './pack-schema';
import type { EnrolmentResult, Warning } from './result';
import { PerChainYear } from './per-chain-year';
import type { PackChain } from './rule-pack';
import type { Scenario } from './scenario-schema';
import { dayOf } from './window';

/** The entry of `key` that answers for `year` along the chain (most specific pack first), with its pack. */
function entryFor<K extends ParamKey>(chain: PackChain, key: K, year: number): { pack: RulePack; entry: ParamEntry<K> } | null {
  for (const pack of chain.packs) {
    const entries = (pack.parameters[key] ?? []) as unknown as ParamEntry<K>[];
    const entry = entries.find((e) => e.from <= year && (e.to === undefined || e.to >= year));
    if (entry) return { pack, entry };
  }
  return null;
}

/** Whether `pack` is the baseline (the national pack, `parent: null`). */
const isBaseline = (pack: RulePack) => pack.parent === null;

/** Worked out once per chain: the chain and its packs never change. */
const known = new WeakMap<PackChain, number[]>();

/**
 * The benefit years whose window the region's own packs state: any `resident.windowEnd` entry
 * in a pack other than the baseline. Where the chain is the baseline alone, its per-year entries
 * (`from` to `to`, R1); its open-ended last entry only carries the last known windows forward.
 * Earliest first.
 */
export function windowYears(chain: PackChain): number[] {
  let years = known.get(chain);
  if (years) return years;
  const alone = chain.packs.length === 1 && isBaseline(chain.primary);
  const found = new Set<number>();
  for (const pack of chain.packs) {
    if (isBaseline(pack) && !alone) continue;
    for (const e of pack.parameters['resident.windowEnd'] ?? []) {
      if (alone && e.to === undefined) continue;
      for (let y = Math.max(e.from, chain.years.from); y <= Math.min(e.to ?? chain.years.to, chain.years.to); y++) found.add(y);
    }
  }
  years = [...found].sort((a, b) => a - b);
  known.set(chain, years);
  return years;
}

/** The last window the region's packs state (RULES.md §8.6), as `windowFreshness` shows it. */
export interface KnownWindow {
  year: number;
  /** Where a region pack pins it; the baseline's start is only the typical one (R1). */
  start: IsoDate | null;
  /** The end, or the earliest end where the packs list several (then `endLatest` is the latest). */
  end: IsoDate;
  endLatest: IsoDate | null;
  /** The extension's last day where the chain pins one (and the end is one date). */
  extendedEnd: IsoDate | null;
}

/** The start of benefit year `year`'s window where a region's own pack pins it; null where only the baseline's typical day (R1) or variants give one. */
function statedStart(chain: PackChain, year: number): IsoDate | null {
  const start = entryFor(chain, 'resident.windowStart', year);
  return start && !isBaseline(start.pack) && !isRegional(start.entry) ? dayOf(year, start.entry.value) : null;
}

/**
 * Whether the region's own packs state benefit year `year`'s window and its start (as
 * `windowKnownOpen` asks): only then is the start a day anyone announced, to be shown as an event.
 */
export function windowStartStated(chain: PackChain, year: number): boolean {
  return startsStated.get(chain, year);
}

/** Once per chain and year: every result asks it of its window. */
const startsStated = new PerChainYear((chain: PackChain, year: number) => windowYears(chain.base).includes(year) && statedStart(chain, year) !== null);

function windowOf(chain: PackChain, year: number): KnownWindow | null {
  const found = entryFor(chain, 'resident.windowEnd', year);
  if (!found) return null;
  const ends = (isRegional(found.entry) ? found.entry.regional.map((v) => v.value) : [found.entry.value]).map((d: YearDay) => dayOf(year, d)).sort();
  const end = ends[0] as IsoDate;
  const latest = ends.at(-1) as IsoDate;
  const pinnedStart = statedStart(chain, year);
  const ext = entryFor(chain, 'resident.extension', year);
  const extension = ext && !isRegional(ext.entry) ? ext.entry.value : null;
  return { year, start: pinnedStart, end, endLatest: latest === end ? null : latest, extendedEnd: latest === end && extension ? dayOf(year, extension.end) : null };
}

/**
 * Whether the region's own packs state benefit year `year`'s window, start and end, and it is
 * open on `date` (to its earliest end where they list several): only then may a result say a
 * payment that day is "in its enrolment window" (R1, §8.6). The baseline states no region's window.
 */
export function windowKnownOpen(chain: PackChain, year: number, date: IsoDate): boolean {
  if (!windowYears(chain).includes(year)) return false;
  const w = windowOf(chain, year);
  return w !== null && w.start !== null && w.start <= date && date <= w.end;
}

/** The latest window the region's packs state, or null where they state none. */
export function lastKnownWindow(chain: PackChain): KnownWindow | null {
  const year = windowYears(chain).at(-1);
  return year === undefined ? null : windowOf(chain, year);
}

/** The exemptions from the wait that X2 (and S4) give a group of people, not a newborn or a switch. */
const X2_EXEMPTIONS: ReadonlySet<EnrolmentResult['exemption']> = new Set<EnrolmentResult['exemption']>(['exemptGroup', 'lowIncome', 'veteran']);

/**
 * Whether the answer for payment `i` (a resident one) is the same whatever its year's window,
 * as the result's `enrolments` show it: one answer (not a range) that no window gives.
 */
function windowDecidesNothing(scenario: Scenario, i: number, enrolments: readonly EnrolmentResult[]): boolean {
  const e = enrolments.find((x) => x.paymentIndex === i);
  if (!e || e.restoration.kind === 'range') return false;
  // A newborn enrolled within its period is covered from birth whatever the window (X1), and one
  // enrolled after it under a region's own rule from the day that rule gives (江西: the next day
  // before the first birthday). Only a first enrolment, though: a child covered before who renews
  // before turning one may be continuously insured, where the window could give 1 January (R2).
  const firstEnrolment = i === 0 && scenario.history.employeePeriods.length === 0 && scenario.history.years.every((y) => y.cover === 'none');
  if (e.exemption === 'newborn' || (e.exemption === 'newbornLate' && firstEnrolment)) return true;
  // A person exempt from the wait (X2, S4: an exempt group, a low-income person, a discharged
  // service member) is covered from the payment date or the next day whatever the window; had the
  // window mattered (an in-window payment for next year, covered from 1 Jan), it would be a range.
  return X2_EXEMPTIONS.has(e.exemption);
}

/**
 * Whether the result's answers leave out every window: each resident payment's answer and each
 * option's is the same whatever the window (windowDecidesNothing; an option with one answer pays
 * as the person would, so under the same exemption). Then the note that a year's windows are not
 * announced yet (R1.windowNotAnnounced, §8.6) speaks of a year the result does not depend on.
 */
export function windowsDecideNothing(scenario: Scenario, enrolments: readonly EnrolmentResult[], options: readonly { restoration: EnrolmentResult['restoration'] }[]): boolean {
  const resident = [...scenario.payments.entries()].filter(([, p]) => p.scheme === 'resident' && p.years.length > 0);
  return resident.length > 0 && resident.every(([i]) => windowDecidesNothing(scenario, i, enrolments)) && options.every((o) => o.restoration.kind !== 'range');
}

/**
 * `windowNotKnown` for each benefit year a resident payment reads the window of (its first
 * year, R1) that has no window in the region's packs: `lastYear` is the latest year that has
 * one (null: none), with its dates; `regional` says the answer allows for every known window.
 * `enrolments` (the result's): a payment whose answer there no window decides (a newborn's
 * covered from birth, an exempt person's with one answer: windowDecidesNothing) is not told.
 */
export function windowFreshness(scenario: Scenario, chain: PackChain, enrolments: readonly EnrolmentResult[] = []): Warning[] {
  const years = windowYears(chain);
  const warnings: Warning[] = [];
  const told: number[] = [];
  for (const [i, p] of scenario.payments.entries()) {
    if (p.scheme !== 'resident' || p.years.length === 0 || windowDecidesNothing(scenario, i, enrolments)) continue;
    const year = Math.min(...p.years);
    if (years.includes(year) || told.includes(year)) continue;
    told.push(year);
    const last = lastKnownWindow(chain);
    warnings.push({
      id: 'windowNotKnown',
      params: {
        year,
        lastYear: last?.year ?? null,
        start: last?.start ?? null,
        end: last?.end ?? null,
        endLatest: last?.endLatest ?? null,
        extendedEnd: last?.extendedEnd ?? null,
        regional: chain.isRegional('resident.windowEnd', year),
      },
    });
  }
  return warnings;
}
