// Pure: Result -> positioned segments and markers on a 0..WIDTH axis. The SVG and the
// text table both read this, so the drawing and its text equivalent cannot disagree.
// A range (RULES.md §8) is drawn as its 'uncertain' period between the earliest and the
// latest possible restart, each marked; where some region gives no cover in the year, the
// rest of that year is marked so; a payment that buys no cover shows that year as such.
// Years are drawn from the first the result says something of: a year the history gives as not
// covered before any cover or counted lapse (before 2025, when lapses start to count, I1, or rows
// a shared link never had) is not drawn as a lapse, nor is anything before a newborn's birth; the
// days from the birth to the first period drawn are 'beforeCover', never a lapse or a restart,
// as are the days of a paid year before its cover may start that nothing else draws (a year
// paid late, before the payment: no reimbursement yet, paid or not), and the days of an
// employee-scheme payment's own month before the payment (E4 counts no gap in it).
// Time runs linearly except where a period would be too narrow to see: each stretch between
// two period boundaries gets at least `minPeriod` of the width (a two-month employee-scheme
// gap in a six-year drawing), the long stretches giving up what that takes. The table lists
// the exact dates.
// Months an employee-scheme payment back-pays (E1) are paid, never a lapse: drawn as back-paid,
// with what the result says of their cover (covered retroactively, depends on the region, or
// not covered), in the tense of the payment (back-paid, or to back-pay with a planned one).
import { addDays, endOfYear, firstDayOfMonth, lastDayOfMonth, startOfYear, toDayNumber, yearOf } from '../../calc';
import type { IsoDate, Payment, PeriodKind, Restoration, Result, WaitingPeriod } from '../../calc';
import { noBreakUntil } from '../result/no-break';
import { distinctDays } from '../result/range-days';

export const WIDTH = 1000;
/** At most this many calendar years are drawn; older history is summarised in the table. */
export const MAX_YEARS = 6;

export type MarkerKind = 'birth' | 'today' | 'payment' | 'windowStart' | 'windowEnd' | 'extensionEnd' | 'restoration' | 'restorationEarliest' | 'restorationLatest';

/** What the result says of the cover of months a payment back-pays (backPaidSpans). */
export type BackPaidKind = 'backPaid' | 'backPaidMaybe' | 'backPaidNotCovered';

/**
 * The engine's periods (among them 'beforeCover': paid, cover starting later without a waiting
 * period), and those the layout adds: 'noCover' (this payment buys no cover in
 * that year), 'maybeNoCover' (covered after the latest possible restart, except in regions
 * that give no cover that year), 'beforeCover' too for a newborn's days from birth to the first
 * period the result gives and for a paid year's days before its cover may start that nothing
 * else draws, also before a planned payment (no reimbursement yet, and no lapse either), and the months an
 * employee-scheme payment back-pays, in place of the lapse the engine gives them: 'backPaid'
 * (covered retroactively), 'backPaidMaybe' (some regions cover them, others do not) and
 * 'backPaidNotCovered' (paid, but the region gives no cover for them: 青岛, E1). A wait that holds
 * only where the region still accepted the payment (Period.ifAcceptedFor) is 'maybeWaiting': no
 * reimbursement everywhere, a waiting period only there.
 */
export type SegmentKind = PeriodKind | 'noCover' | 'maybeNoCover' | 'maybeWaiting' | 'beforeCover' | BackPaidKind;

/** Whether a kind stands for back-paid months (their words follow the payment's tense). */
export const isBackPaid = (kind: SegmentKind): kind is BackPaidKind => kind === 'backPaid' || kind === 'backPaidMaybe' || kind === 'backPaidNotCovered';

export interface Segment {
  kind: SegmentKind;
  from: IsoDate;
  /** Inclusive; open-ended periods are drawn to the edge and flagged. */
  to: IsoDate;
  openEnded: boolean;
  x: number;
  width: number;
  /** Back-paid months a planned payment is still to back-pay. */
  planned?: boolean;
  /** Employee cover whose first month was not given (Period.fromUnknown): the table does not give `from` as its start. */
  fromUnknown?: boolean;
  /** A 'maybeWaiting' segment's benefit year, whose payments the region must still have accepted (Period.ifAcceptedFor). */
  ifAcceptedFor?: number;
  /**
   * A lapse within a year no rule counts as a lapse year (R10, I1): the months after employee
   * cover that ended part-way through a year, or a year before lapses count. Named so, where the
   * explanation says "not a lapse year".
   */
  notLapseYear?: boolean;
}

export interface Marker {
  kind: MarkerKind;
  date: IsoDate;
  x: number;
  /** The benefit year whose enrolment window a window marker (start, end, extension) belongs to: a window closing on 31 Dec 2025 is 2026's. */
  windowYear?: number;
  /**
   * A range's restart marker where the range has two days only (range-days.ts): one of two dates,
   * not the earliest or latest of a span, which would offer the days between (timeline.tsx markerLabelKey).
   */
  ofTwo?: true;
}

export interface TimelineLayout {
  from: IsoDate;
  to: IsoDate;
  segments: Segment[];
  markers: Marker[];
  years: { year: number; x: number; width: number }[];
  /** The answer the drawing shows, for its accessible summary. */
  restoration: Restoration;
  /** The waiting period of the answer, with its unit (months or days), if there is one. */
  waiting: WaitingPeriod | null;
  /** The day the result is for: what lies after it is told in the future tense. */
  asOf: IsoDate;
  /** The last payment's date (made or planned): cover from before it is backdated. */
  paymentDate: IsoDate;
  /** The first year the result speaks of where it lies before the MAX_YEARS drawn (a lapse counted from 2025, seen in 2031); null where all is drawn. */
  earlierFrom: number | null;
  /** Where every date of a range falls while earlier cover holds (no-break.ts): that cover's last day; else null. */
  noBreakUntil: IsoDate | null;
}

// Drawn bottom to top: retroactive cover sits on top of the lapse it repairs.
const Z: Record<SegmentKind, number> = {
  beforeCover: 0,
  lapse: 0,
  noCover: 0,
  backPaidNotCovered: 0,
  employeeCovered: 1,
  covered: 1,
  backPaid: 1,
  waiting: 2,
  maybeWaiting: 2,
  uncertain: 3,
  maybeNoCover: 3,
  backPaidMaybe: 3,
  restored: 4,
  retroactive: 5,
};

/** The days the answer names: a date, the two ends of a range, or none (no cover). */
function restorationDays(r: Restoration): IsoDate[] {
  switch (r.kind) {
    case 'date':
    case 'needsNextYear':
      return [r.date];
    case 'range':
      return [r.earliest, r.latest];
    case 'noCover':
      return [];
  }
}

/** The periods to draw: the engine's, and what no cover (certain or possible) means for the year. */
function periodsOf(result: Result): Drawable[] {
  const r = result.main.restoration;
  // A wait that holds only where the payment was accepted is drawn apart from a certain one.
  const periods: Drawable[] = result.periods.map((p) => (p.ifAcceptedFor === undefined ? p : { kind: 'maybeWaiting', from: p.from, to: p.to, ifAcceptedFor: p.ifAcceptedFor }));
  if (r.kind === 'noCover') {
    const yearStart = startOfYear(r.year);
    const from = result.main.paymentDate > yearStart ? result.main.paymentDate : yearStart;
    periods.push({ kind: 'noCover', from, to: endOfYear(r.year) });
  } else if (r.kind === 'range' && r.outcomes.some((o) => o.restoration.kind === 'noCover') && r.outcomes.some((o) => o.restoration.kind === 'date')) {
    // (Where every dated outcome needs the next year paid too, no region covers anyone after them.)
    // After the latest possible restart everyone is covered, except where the region gives none,
    // up to the end of the years paid: a year not paid is no one's cover.
    const paid = result.main.years;
    const end = endOfYear(Math.min(yearOf(r.latest), paid.length > 0 ? Math.max(...paid) : yearOf(r.latest)));
    if (r.latest > end) return periods;
    // The engine's uncertain period runs to the year's end here (the status after the latest
    // restart depends on the region); from the latest restart on, 'maybeNoCover' says how.
    const kept = periods
      .filter((p) => !(p.kind === 'restored' && p.from >= r.latest && p.from <= end))
      .map((p) => (p.kind === 'uncertain' && p.from === r.earliest && p.to === end ? { ...p, to: addDays(r.latest, -1) } : p));
    kept.push({ kind: 'maybeNoCover', from: r.latest, to: end });
    return kept;
  }
  return periods;
}

/**
 * Day number -> x on 0..WIDTH: linear between `breaks` (sorted day numbers, the first the
 * drawing's first day and the last the day after its last), each stretch between two of them
 * at least `min` wide where the width allows (where it does not, every stretch is as wide).
 */
export function axis(breaks: readonly number[], min: number): (day: number) => number {
  const days = breaks.slice(1).map((b, i) => b - (breaks[i] as number));
  const floor = Math.min(min, WIDTH / Math.max(days.length, 1));
  // Stretches too short at the common scale get the floor; the rest share what is left, which
  // can push more below the floor: repeat until none is.
  const fixed = new Set<number>();
  let scale = 0;
  for (;;) {
    const free = days.reduce((sum, d, i) => (fixed.has(i) ? sum : sum + d), 0);
    scale = free > 0 ? (WIDTH - fixed.size * floor) / free : 0;
    const short = days.flatMap((d, i) => (!fixed.has(i) && d * scale < floor ? [i] : []));
    if (short.length === 0) break;
    for (const i of short) fixed.add(i);
  }
  const starts: number[] = [0];
  for (let i = 0; i < days.length; i++) starts.push((starts[i] as number) + (fixed.has(i) ? floor : (days[i] as number) * scale));
  return (day) => {
    // The stretch `day` falls in (the last one for the day after the drawing).
    let i = 0;
    while (i < days.length - 1 && day >= (breaks[i + 1] as number)) i++;
    const a = breaks[i] as number;
    const d = days[i] as number;
    const width = (starts[i + 1] as number) - (starts[i] as number);
    return (starts[i] as number) + (d > 0 ? ((day - a) / d) * width : 0);
  };
}

type Drawable = { kind: SegmentKind; from: IsoDate; to: IsoDate | null; planned?: boolean; fromUnknown?: boolean; ifAcceptedFor?: number };

/** Months a payment back-pays, with what the result says of their cover. */
export interface BackPaidSpan {
  kind: BackPaidKind;
  from: IsoDate;
  to: IsoDate;
  planned: boolean;
}

/**
 * The months each employee-scheme payment back-pays: the gap months the result counts for it
 * (`lapse.months`, E4), where the answers say it back-pays them (`backPay`, as the headline's
 * "2 months back-paid"). Covered where the result covers them retroactively, 'backPaidMaybe'
 * where only some regions do (`maybeRetroactive`), else not covered.
 */
export function backPaidSpans(result: Result, payments: readonly Payment[]): BackPaidSpan[] {
  const spans: BackPaidSpan[] = [];
  for (const e of result.enrolments) {
    const p = payments[e.paymentIndex];
    if (!p || p.scheme === 'resident' || !p.backPay || !e.lapse || !('months' in e.lapse)) continue;
    const kind = e.retroactive ? 'backPaid' : e.maybeRetroactive ? 'backPaidMaybe' : 'backPaidNotCovered';
    spans.push({ kind, from: firstDayOfMonth(e.lapse.months.from), to: lastDayOfMonth(e.lapse.months.to), planned: p.status === 'planned' });
  }
  return spans;
}

/**
 * The periods with back-paid months taken out of every lapse (and out of the retroactive cover
 * that 'backPaid' stands for), drawn as the span's own kind where a lapse was.
 */
function withBackPaid(periods: readonly Drawable[], spans: readonly BackPaidSpan[]): Drawable[] {
  let out: Drawable[] = [...periods];
  for (const span of spans) {
    const a = toDayNumber(span.from);
    const b = toDayNumber(span.to);
    // The days of the span a lapse had, as [first, last] day numbers.
    const paid: [number, number][] = [];
    const next: Drawable[] = [];
    for (const p of out) {
      const cut = p.kind === 'lapse' || (p.kind === 'retroactive' && span.kind === 'backPaid');
      const c = toDayNumber(p.from);
      const d = p.to === null ? Infinity : toDayNumber(p.to);
      if (!cut || d < a || c > b) {
        next.push(p);
        continue;
      }
      if (p.kind === 'lapse') paid.push([Math.max(a, c), Math.min(b, d)]);
      if (c < a) next.push({ ...p, to: addDays(p.from, a - 1 - c) });
      if (d > b) next.push({ ...p, from: addDays(p.from, b + 1 - c) });
    }
    // One segment per run of days, however many lapses (a year and its months) had them.
    paid.sort((x, y) => x[0] - y[0]);
    const runs: [number, number][] = [];
    for (const [c, d] of paid) {
      const last = runs.at(-1);
      if (last && c <= last[1] + 1) last[1] = Math.max(last[1], d);
      else runs.push([c, d]);
    }
    for (const [c, d] of runs) next.push({ kind: span.kind, from: addDays(span.from, c - a), to: addDays(span.from, d - a), planned: span.planned });
    out = next;
  }
  return out;
}

/** Cover in force: a waiting period does not stop it (the wait of the next benefit year runs while this year's cover lasts). */
const COVER_IN_FORCE: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['covered', 'employeeCovered', 'restored', 'retroactive']);

/**
 * The cover the answers state (the history's years and employee months): where it holds a day, that
 * day does not "depend on your region". Not cover a payment gives (restored), which may itself be
 * a region's reading, nor open-ended employee cover after a payment.
 */
const STATED_COVER: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['covered', 'employeeCovered']);

/**
 * The waiting periods and the days that depend on the region, less the days cover is in force: a
 * resident who pays next year's premium late in December waits from the payment day by the rules,
 * but is covered to 31 December by this year's premium (河北, paid 30 Dec 2024 after its window
 * closed: covered to 31 Dec, no reimbursement from 1 Jan). A day is "waiting: no reimbursement"
 * only where no cover holds it. Likewise a day is "depends on your region" only where no cover
 * the answers state holds it (STATED_COVER): a new university student covered at home for the
 * whole year, whose university cover starts on 1 September in some regions (R12) and on 1 January
 * in others, is covered either way.
 */
function withoutWaitUnderCover(periods: readonly Drawable[]): Drawable[] {
  const spans = (kinds: ReadonlySet<SegmentKind>) => periods.filter((p) => kinds.has(p.kind)).map((p) => [toDayNumber(p.from), p.to === null ? Infinity : toDayNumber(p.to)] as const);
  const inForce = spans(COVER_IN_FORCE);
  const stated = spans(STATED_COVER);
  const out: Drawable[] = [];
  for (const p of periods) {
    const wait = p.kind === 'waiting' || p.kind === 'maybeWaiting';
    if ((!wait && p.kind !== 'uncertain') || p.to === null) {
      out.push(p);
      continue;
    }
    // The days of the wait (or of the doubt) that no such cover holds, as runs of day numbers.
    let runs: [number, number][] = [[toDayNumber(p.from), toDayNumber(p.to)]];
    for (const [c, d] of wait ? inForce : stated) {
      const next: [number, number][] = [];
      for (const [a, b] of runs) {
        if (d < a || c > b) next.push([a, b]);
        else {
          if (a < c) next.push([a, c - 1]);
          if (d < b) next.push([d + 1, b]);
        }
      }
      runs = next;
    }
    const first = toDayNumber(p.from);
    for (const [a, b] of runs) out.push({ ...p, from: addDays(p.from, a - first), to: addDays(p.from, b - first) });
  }
  return out;
}

/** The years some payment counts as lapse years (R10), in any region. */
function countedLapseYears(result: Result): Set<number> {
  const counted = new Set<number>();
  for (const e of result.enrolments) {
    if (e.lapse && 'years' in e.lapse) for (const y of e.lapse.years) counted.add(y);
    for (const y of e.lapseRange?.years ?? []) counted.add(y);
  }
  return counted;
}

/**
 * Whether a lapse drawn within one year is months without cover in a year no rule counts as a
 * lapse year, before the years the payment is for: the months after employee cover that ended
 * part-way through a year, which still counts as covered (R10: drawn as the rest of a year with
 * some employee months, or as the months after them), or a whole year before lapses
 * count (I1, the count's first year in the explanation). A whole year from then on is a lapse
 * year, whether or not this payment counts it (a later covered year may end the run). Not where
 * an employee-scheme payment counts lapse months (E4): those are its gap.
 */
function notLapseYearTest(result: Result): (p: { kind: SegmentKind; from: IsoDate; to: IsoDate | null }) => boolean {
  if (result.enrolments.some((e) => e.lapse && 'months' in e.lapse)) return () => false;
  const counted = countedLapseYears(result);
  const before = result.main.years[0] ?? yearOf(result.main.paymentDate);
  const countFrom = result.trace.find((s) => s.rule === 'R10' && typeof s.params.countFrom === 'number')?.params.countFrom as number | undefined;
  return (p) => {
    if (p.kind !== 'lapse' || p.to === null) return false;
    const year = yearOf(p.from);
    if (year !== yearOf(p.to) || year >= before || counted.has(year)) return false;
    // Some cover in the year (employee months marked on a year otherwise "not covered") makes it no lapse year either.
    const someCover = result.periods.some((q) => (q.kind === 'employeeCovered' || q.kind === 'covered') && q.from <= endOfYear(year) && (q.to === null || q.to >= startOfYear(year)));
    return p.from !== startOfYear(year) || someCover || (countFrom !== undefined && year < countFrom);
  };
}

/**
 * The periods less the no-cover years of the history that come before everything else the
 * result says (any cover, a lapse a payment counts, the payment, the restart, the as-of date):
 * no rule reads them as a lapse (lapses count from 2025, I1), and a shared link or an older
 * draft may never have asked about them. A year without cover between two covered ones stays.
 */
function withoutLeadingUncounted(result: Result, periods: readonly Drawable[], keyDates: readonly IsoDate[]): Drawable[] {
  const counted = countedLapseYears(result);
  const uncounted = (p: Drawable) => p.kind === 'lapse' && p.to !== null && p.from === startOfYear(yearOf(p.from)) && p.to === endOfYear(yearOf(p.from)) && !counted.has(yearOf(p.from));
  let first = keyDates.reduce((a, b) => (b < a ? b : a));
  for (const p of periods) if (!uncounted(p) && p.from < first) first = p.from;
  return periods.filter((p) => !(uncounted(p) && p.from < first));
}

/**
 * An earlier payment's wait that runs past the years it bought leads to cover only if the next
 * year is paid before the wait ends (R8, I7). Where the scenario's next payment comes later and
 * starts a wait of its own (W36 阜新: the 2026 payment's wait would end on 28 Feb 2027, 2027 is paid
 * on 1 Jun), the days past the paid years are no one's wait: the wait is cut at the end of the paid
 * years (withDaysBeforeCover draws the rest as before cover). A wait a later payment continues
 * (same start, R8) is drawn in full by that payment.
 */
function withoutWaitPastPaidYears(result: Result, periods: readonly Drawable[]): Drawable[] {
  const cuts: { start: IsoDate; paidEnd: IsoDate }[] = [];
  const enrolments = result.enrolments;
  enrolments.forEach((e, i) => {
    if (e.scheme !== 'resident' || !e.waiting?.end || e.years.length === 0 || i === enrolments.length - 1) return;
    const paidEnd = endOfYear(Math.max(...e.years));
    const start = e.waiting.start;
    if (e.waiting.end > paidEnd && !enrolments.slice(i + 1).some((later) => later.waiting?.start === start)) cuts.push({ start, paidEnd });
  });
  if (cuts.length === 0) return [...periods];
  return periods.flatMap((p) => {
    const cut = (p.kind === 'waiting' || p.kind === 'maybeWaiting') && p.to !== null ? cuts.find((c) => c.start === p.from && (p.to as IsoDate) > c.paidEnd) : undefined;
    if (!cut) return [p];
    return p.from <= cut.paidEnd ? [{ ...p, to: cut.paidEnd }] : [];
  });
}

/**
 * The days of a resident payment's benefit years before the first day it may give cover that
 * nothing else draws, as 'beforeCover' (no reimbursement yet, whatever the region): a year paid
 * late is no one's cover before the payment (昆明, paid 10 Apr 2025 after a 2024 lapse: 1 Jan-9 Apr
 * 2025; W36 阜新: 1 Mar-31 May 2027, after the 2026 payment's wait and before the 2027 payment),
 * yet it is no lapse year either (R2 counts years left unpaid); nor is the payment day where cover
 * starts on the next (江西, W22), or the days before the earliest restart where no wait is drawn
 * because some regions give no cover that year. A payment that buys no cover draws its year from
 * the payment on (periodsOf); the days before it are a lapse. So are they where only some regions
 * give no cover (R1b): nothing was paid for them, and there the year is a lapse year (national,
 * 2025 lapsed, 2026 paid on 15 Mar 2026: a lapse to 14 Mar, then the wait where the payment was
 * accepted); 'beforeCover' would promise cover that 甘肃 never starts.
 */
function withDaysBeforeCover(result: Result, periods: readonly Drawable[]): Drawable[] {
  const out: Drawable[] = [...periods];
  for (const e of result.enrolments) {
    if (e.scheme !== 'resident' || e.years.length === 0) continue;
    const first = toDayNumber(startOfYear(Math.min(...e.years)));
    // A payment that buys no cover in its year (W32 甘肃, paid on 5 Mar after payments closed) makes
    // that year a lapse (R9): its days before the payment are one, the rest is drawn as no cover.
    const none = e.restoration.kind === 'noCover';
    const maybeNone = e.restoration.kind === 'range' && e.restoration.noCoverPossible;
    const paid = toDayNumber(e.paymentDate);
    const restart = none ? e.paymentDate : (restorationDays(e.restoration)[0] as IsoDate);
    const last = Math.min(toDayNumber(restart) - 1, toDayNumber(endOfYear(Math.max(...e.years))));
    if (last < first) continue;
    // The span less every period already drawn, as runs of day numbers.
    let runs: [number, number][] = [[first, last]];
    for (const p of out) {
      const c = toDayNumber(p.from);
      const d = p.to === null ? Infinity : toDayNumber(p.to);
      runs = runs.flatMap(([a, b]): [number, number][] => {
        if (d < a || c > b) return [[a, b]];
        const left: [number, number][] = a < c ? [[a, c - 1]] : [];
        return b > d ? [...left, [d + 1, b]] : left;
      });
    }
    const from = startOfYear(Math.min(...e.years));
    const add = (kind: SegmentKind, a: number, b: number) => out.push({ kind, from: addDays(from, a - first), to: addDays(from, b - first) });
    for (const [a, b] of runs) {
      if (none) add('lapse', a, b);
      else if (!maybeNone || a >= paid) add('beforeCover', a, b);
      else {
        // The days before the payment a lapse, those from it on (none a wait holds) before cover.
        add('lapse', a, Math.min(b, paid - 1));
        if (b >= paid) add('beforeCover', paid, b);
      }
    }
  }
  return out;
}

/**
 * A newborn's periods: nothing before the birth (a lapse year is drawn from the birth on), and
 * the days from the birth to the first period left as 'beforeCover'.
 */
function fromBirth(periods: readonly Drawable[], born: IsoDate, paymentDate: IsoDate): Drawable[] {
  const kept = periods.filter((p) => p.to === null || p.to >= born).map((p) => (p.from < born ? { ...p, from: born } : p));
  const firstFrom = kept.reduce<IsoDate | null>((a, p) => (a === null || p.from < a ? p.from : a), null);
  const coverFrom = firstFrom ?? (paymentDate > born ? paymentDate : null);
  return coverFrom !== null && coverFrom > born ? [{ kind: 'beforeCover', from: born, to: addDays(coverFrom, -1) }, ...kept] : kept;
}

/**
 * `minPeriod`: the least width (of WIDTH) a stretch between two period boundaries is drawn with; 0 draws time linearly.
 * `born`: a newborn's date of birth (the scenario's), drawn from and marked.
 * `payments`: the scenario's, for the months they back-pay (backPaidSpans).
 */
export function layoutTimeline(result: Result, minPeriod = 0, born: IsoDate | null = null, payments: readonly Payment[] = []): TimelineLayout {
  const r = result.main.restoration;
  const days = restorationDays(r);
  const keyDates = [result.asOf, result.main.paymentDate, ...days, ...(r.kind === 'noCover' ? [endOfYear(r.year)] : [])];
  const known = withDaysBeforeCover(result, withBackPaid(withoutWaitUnderCover(withoutLeadingUncounted(result, withoutWaitPastPaidYears(result, periodsOf(result)), keyDates)), backPaidSpans(result, payments)));
  const periods = born ? fromBirth(known, born, result.main.paymentDate) : known;
  if (born) keyDates.push(born);
  // Cover this payment buys in a later year (a newborn's 2026 and 2027 paid together), and a later
  // year some regions cover too (uncertainCover), are part of the answer: the facts give that
  // benefit period's end, so the drawing reaches that year too. Not an earlier payment's years.
  const coveredLater = [...result.main.coveredYears.map((c) => c.from), ...(result.main.uncertainCover ? [result.main.uncertainCover.to] : [])];
  const lastYear = Math.max(...keyDates.map(yearOf), ...coveredLater.map(yearOf));
  const firstKey = Math.min(...keyDates.map(yearOf), ...periods.map((p) => yearOf(p.from)));
  const firstYear = Math.max(firstKey, lastYear - MAX_YEARS + 1);
  const from = startOfYear(firstYear);
  const to = endOfYear(lastYear);
  const start = toDayNumber(from);
  const end = toDayNumber(to) + 1;
  const clampDate = (d: IsoDate) => (d < from ? from : d > to ? to : d);

  const notLapseYear = notLapseYearTest(result);
  const drawn = periods
    .filter((p) => (p.to === null || p.to >= from) && p.from <= to && (p.to === null || p.to >= p.from))
    .map((p) => ({ kind: p.kind, from: p.from, to: p.to ?? to, openEnded: p.to === null, x: 0, width: 0, ...(p.planned ? { planned: true } : {}), ...(p.fromUnknown ? { fromUnknown: true } : {}), ...(p.ifAcceptedFor === undefined ? {} : { ifAcceptedFor: p.ifAcceptedFor }), ...(notLapseYear(p) ? { notLapseYear: true } : {}) }))
    .sort((s, t) => Z[s.kind] - Z[t.kind] || (s.from < t.from ? -1 : s.from > t.from ? 1 : 0));
  // The boundaries of what the drawing shows (a period hidden under another has none). Not the
  // years': a wait from 5 Dec to 28 Feb is one stretch, widened as a whole where it is too narrow,
  // with New Year where it falls in it. Cut at 1 Jan, its 27 days in December alone were widened to
  // the floor, and 5 Dec was drawn where October ends by the year lines around it.
  const breaks = new Set<number>([start, end]);
  for (const s of visiblePieces(drawn)) {
    breaks.add(toDayNumber(clampDate(s.from)));
    breaks.add(toDayNumber(clampDate(s.to)) + 1);
  }
  const place = axis([...breaks].sort((a, b) => a - b), minPeriod);
  const x = (date: IsoDate) => place(toDayNumber(date));
  const after = (date: IsoDate) => place(toDayNumber(date) + 1);

  const segments: Segment[] = drawn.map((s) => {
    const left = x(clampDate(s.from));
    return { ...s, x: left, width: Math.max(after(clampDate(s.to)) - left, 1) };
  });

  const markers: Marker[] = [];
  const mark = (kind: MarkerKind, date: IsoDate | null | undefined, windowYear?: number) => {
    if (date && date >= from && date <= to) markers.push(windowYear === undefined ? { kind, date, x: x(date) } : { kind, date, x: x(date), windowYear });
  };
  if (born) mark('birth', born);
  mark('today', result.asOf);
  mark('payment', result.main.paymentDate);
  // Only a start the region stated: the national pack's is a typical day no region announced (R1).
  // A window that closed before a baby was born is none of its business (X1: its own period applies).
  // All its days or none: the whole window, extension included, closed before the birth.
  const windowLast = result.window ? (result.window.extendedEnd ?? result.window.end) : null;
  const windowDay = (date: IsoDate | null | undefined) => (born && windowLast && windowLast < born ? null : date);
  const windowYear = result.window?.year;
  mark('windowStart', windowDay(result.window?.startStated ? result.window.start : null), windowYear);
  // The window's own end, and the extended payment period after it apart: "the window closed on
  // 28 Feb" would contradict the why-trace's "the window ended on 31 Dec; you paid in the extension".
  mark('windowEnd', windowDay(result.window?.end), windowYear);
  mark('extensionEnd', windowDay(result.window?.extendedEnd), windowYear);
  if (r.kind === 'range') {
    mark('restorationEarliest', r.earliest);
    mark('restorationLatest', r.latest);
    if (distinctDays(r) === 2) for (const m of markers) if (m.kind === 'restorationEarliest' || m.kind === 'restorationLatest') m.ofTwo = true;
  } else if (r.kind !== 'noCover') {
    mark('restoration', r.date);
  }

  const years = [];
  for (let y = firstYear; y <= lastYear; y++) years.push({ year: y, x: x(startOfYear(y)), width: after(endOfYear(y)) - x(startOfYear(y)) });
  return { from, to, segments, markers, years, restoration: r, waiting: result.main.waiting, asOf: result.asOf, paymentDate: result.main.paymentDate, earlierFrom: firstKey < firstYear ? firstKey : null, noBreakUntil: noBreakUntil(result) };
}

/** Cover in force as such: a payment's cover right after it continues it, it does not restart. */
const IN_FORCE: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['covered', 'employeeCovered', 'restored', 'maybeNoCover']);

/**
 * How a piece of a payment's cover ('restored', 'maybeNoCover') begins, from what the drawing
 * shows on the day before it (`visible`: visibleSegments): 'continues' right after cover in force
 * (a later year of the same cover, a year paid in its window after a covered one); 'answer' where
 * it starts on a day the answer names (its date, or a range's ends), which the headline words
 * (restarts, starts, or continues: first-cover.ts); 'restarts' after anything else (a lapse, a
 * wait, months covered only retroactively) or nothing. Null for the other kinds.
 */
export function coverStart(visible: readonly Segment[], s: Segment, restoration: Restoration): 'continues' | 'answer' | 'restarts' | null {
  if (s.kind !== 'restored' && s.kind !== 'maybeNoCover') return null;
  const dayBefore = addDays(s.from, -1);
  if (visible.some((p) => p.to === dayBefore && IN_FORCE.has(p.kind))) return 'continues';
  return restorationDays(restoration).includes(s.from) ? 'answer' : 'restarts';
}

/**
 * The period a single date's restart marker begins: the piece of cover (`visible`:
 * visibleSegments) that starts on its day. The table says the restart in that period's row and
 * the legend names the diamond with that row's name, so the day has one name in both. Undefined
 * for other markers, and where no period starts on the day (a restart that needs the next year
 * paid too), where the marker is a row of its own.
 */
export function restartPeriod(visible: readonly Segment[], m: Marker, restoration: Restoration): Segment | undefined {
  if (m.kind !== 'restoration') return undefined;
  return visible.find((s) => s.from === m.date && coverStart(visible, s, restoration) !== null);
}

/**
 * The parts of each segment the drawing leaves visible, in date order: what the table lists.
 * Segments are drawn in order, each over the ones before, so an employee-covered span hides
 * the resident lapse years under it; the table must not list those years as a lapse.
 */
export function visibleSegments(layout: TimelineLayout): Segment[] {
  return visiblePieces(layout.segments);
}

/**
 * The segments the drawing shows any part of, in date order: what the legend names. As
 * visibleSegments, except that retroactive cover is drawn as a thinner bar on the period it
 * repairs (timeline.tsx), whose edges still show above and below it.
 */
export function drawnSegments(layout: TimelineLayout): Segment[] {
  return visiblePieces(layout.segments, (s) => s.kind !== 'retroactive');
}

/** visibleSegments for segments in drawing order, placed or not; `hides`: whether a segment covers what is drawn under it. */
function visiblePieces(segments: readonly Segment[], hides: (s: Segment) => boolean = () => true): Segment[] {
  const shown: Segment[] = [];
  // Day spans already taken by a segment drawn on top, as [first, last] day numbers.
  const taken: [number, number][] = [];
  for (const s of [...segments].reverse()) {
    const start = toDayNumber(s.from);
    let pieces: [number, number][] = [[start, toDayNumber(s.to)]];
    for (const [a, b] of taken) {
      pieces = pieces.flatMap(([c, d]): [number, number][] => {
        if (b < c || a > d) return [[c, d]];
        const left: [number, number][] = c < a ? [[c, a - 1]] : [];
        return d > b ? [...left, [b + 1, d]] : left;
      });
    }
    if (hides(s)) taken.push([start, toDayNumber(s.to)]);
    for (const [c, d] of pieces) {
      const to = addDays(s.from, d - start);
      const piece: Segment = { ...s, from: addDays(s.from, c - start), to, openEnded: s.openEnded && to === s.to };
      // Only the piece that starts where the cover was given to start lacks a known start.
      if (piece.fromUnknown && c !== start) delete piece.fromUnknown;
      shown.push(piece);
    }
  }
  return shown.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
