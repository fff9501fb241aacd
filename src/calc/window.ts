// R1, R1a, R1b: where a payment falls against the enrolment window of a benefit year, its
// extension and the late-enrolment cut-off. Window ends, extensions and cut-offs are regional
// in the national pack (§8.5), so placement asks each as a question ("was the window still
// open on this day?"), which branches only where the regions' answers differ.
import { makeDate, startOfYear } from './dates';
import type { IsoDate } from './dates';
import type { Extension, YearDay } from './pack-schema';
import { PerChainYear } from './per-chain-year';
import type { PackChain, ResolvedParam } from './rule-pack';

export interface EnrolmentWindow {
  year: number;
  start: IsoDate;
  end: IsoDate;
  /** Last day of the extended payment period (延长缴费期), which starts on 1 Jan of the benefit year (R1a). */
  extendedEnd: IsoDate | null;
}

/** Where a payment for a benefit year falls; `extended` carries the extension's cover start (R1a). */
export type Placement =
  | { kind: 'beforeWindow' }
  | { kind: 'window' }
  | { kind: 'extended'; coverStart: Extension['coverStart'] }
  /** After the window (and any extension); `closed` where late enrolment has ended (R1b). */
  | { kind: 'outside'; closed: boolean };

/** Days already worked out, by pack value (packs are immutable) and year - 1990: asked for many times per run. */
const days = new WeakMap<YearDay, (IsoDate | undefined)[]>();

/** The calendar day `day` stands for in benefit year `year`. */
export function dayOf(year: number, day: YearDay): IsoDate {
  const i = year - 1990;
  let byYear = days.get(day);
  if (byYear === undefined) {
    byYear = [];
    days.set(day, byYear);
  }
  const known = i >= 0 && i < 200 ? byYear[i] : undefined;
  if (known !== undefined) return known;
  const m = Number(day.monthDay.slice(0, 2));
  const d = Number(day.monthDay.slice(3, 5));
  // Clamped: "02-29" in a pack means the last day of February.
  const date = makeDate(year + day.yearOffset, m, d);
  if (i >= 0 && i < 200) byYear[i] = date;
  return date;
}

/** The first day a payment for `year` is accepted (pinned: the earliest known start, §8.5). */
export function windowStart(chain: PackChain, year: number): { date: IsoDate; used: ResolvedParam<'resident.windowStart'> } {
  const start = chain.get('resident.windowStart', year);
  return { date: dayOf(year, start.value), used: start };
}

/** Worked out once per chain and year (every result carries its window and the next one); frozen, as results share it. */
const pinnedWindows = new PerChainYear((chain: PackChain, year: number): Readonly<EnrolmentWindow> | null => {
  if (chain.isRegional('resident.windowEnd', year) || chain.isRegional('resident.extension', year)) return null;
  const end = chain.get('resident.windowEnd', year).value;
  const extension = chain.get('resident.extension', year).value;
  return Object.freeze({ year, start: windowStart(chain, year).date, end: dayOf(year, end), extendedEnd: extension ? dayOf(year, extension.end) : null });
});

/** The window's dates where the chain pins them; null where any of them is regional. The object is shared: do not change it. */
export function pinnedWindow(chain: PackChain, year: number): Readonly<EnrolmentWindow> | null {
  return pinnedWindows.get(chain, year);
}

/** The parameters a placement read, for the trace. */
export interface PlacementTrace {
  placement: Placement;
  used: ResolvedParam<'resident.windowStart' | 'resident.windowEnd' | 'resident.extension' | 'resident.lateEnrolmentUntil'>[];
  /** The window end, where it was read as a date (pinned, or all variants agree). */
  end: IsoDate | null;
  /** The end is regional, but every region known answers alike whether the payment came after it, in a year whose windows are announced. */
  everywhere: boolean;
  /** The end is regional in a year no region's window is known for yet: the answer rests on the windows of earlier years (R1, §8.6). */
  notAnnounced: boolean;
  /**
   * A payment after the window and after an extended payment period that had ended (R1a), where the
   * chain pins both: the extension's last day, so the explanation names it too. Absent otherwise.
   */
  extendedEnd?: IsoDate;
}

/** R1/R1a/R1b for a payment on `date` for benefit year `year`. */
export function placePayment(chain: PackChain, year: number, date: IsoDate): PlacementTrace {
  const start = windowStart(chain, year);
  if (date < start.date) return { placement: { kind: 'beforeWindow' }, used: [start.used], end: null, everywhere: false, notAnnounced: false };
  const inWindow = chain.ask('resident.windowEnd', year, (end) => (date <= dayOf(year, end) ? 'window' : 'afterWindow'));
  if (!inWindow) throw new RangeError('the baseline sets every window');
  const used: PlacementTrace['used'] = [start.used, inWindow.used];
  const regional = chain.isRegional('resident.windowEnd', year);
  const end = regional ? null : dayOf(year, inWindow.used.value);
  // Only for a year whose windows are announced: a year carried forward from earlier ones (R1, §8.6) is known nowhere.
  const notAnnounced = regional && inWindow.used.note === 'R1.windowNotAnnounced';
  const everywhere = regional && !inWindow.used.variant && !notAnnounced;
  if (inWindow.answer === 'window') return { placement: { kind: 'window' }, used, end, everywhere, notAnnounced };
  // No extension and an extension already over answer alike: only a running one changes anything.
  // An extension runs from 1 Jan of the benefit year (L-FJ 「参保年度1月1日至2月底为延长缴费期」, P-GS1/2,
  // P-JX2, P-QH1): a payment after a window that ends before 31 Dec (厦门 26 Dec, 甘肃 25 Dec 2024) and
  // before 1 Jan is in neither, so it is off-window (R3, R7; as 河北 W23).
  const ext = chain.ask('resident.extension', year, (e) => (e !== null && date >= startOfYear(year) && date <= dayOf(year, e.end) ? e.coverStart : 'noExtension'));
  if (ext) used.push(ext.used);
  if (ext && ext.answer !== 'noExtension') return { placement: { kind: 'extended', coverStart: ext.answer }, used, end, everywhere, notAnnounced };
  const late = chain.ask('resident.lateEnrolmentUntil', year, (until) => (until === null || date <= dayOf(year, until) ? 'open' : 'closed'));
  if (late) used.push(late.used);
  const placed: PlacementTrace = { placement: { kind: 'outside', closed: late?.answer === 'closed' }, used, end, everywhere, notAnnounced };
  const over = ext && end !== null && !chain.isRegional('resident.extension', year) ? ext.used.value : null;
  // Only once it has ended: a payment between a window that ends before 31 December and 1 January
  // (厦门 2026) comes before the extended period, not after it.
  if (over && date > dayOf(year, over.end)) placed.extendedEnd = dayOf(year, over.end);
  return placed;
}
