// The timeline facts as dated periods, and the person's status on the "as of" date.
import { addDays, addMonthsToMonth, endOfYear, firstDayOfMonth, lastDayOfMonth, monthOf, startOfYear } from './dates';
import type { IsoDate } from './dates';
import type { EnrolmentResult, Period, PeriodKind, Status } from './result';
import { firstDay } from './restoration-days';
import type { Scenario } from './scenario-schema';

/**
 * Whether the employee-scheme months given (history.employeePeriods) fall in benefit `year`: a
 * year marked as employee cover is then covered for those months only, not the whole year.
 */
export function employeeMonthsIn(history: Scenario['history'], year: number): boolean {
  return history.employeePeriods.some((p) => p.from <= `${year}-12` && p.to >= `${year}-01`);
}

/** The kinds in alphabetical order: what localeCompare gives for these ASCII names, without its cost. */
const KIND_ORDER: Record<PeriodKind, number> = { beforeCover: 0, covered: 1, employeeCovered: 2, lapse: 3, restored: 4, retroactive: 5, uncertain: 6, waiting: 7 };

function byStartThenKind(a: Period, b: Period): number {
  return a.from === b.from ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a.from < b.from ? -1 : 1;
}

/**
 * Collects the periods of the history, then of each enrolment in order, then one per lapse
 * year. The status is read part-way, when only the payments already made are in.
 */
export class PeriodList {
  readonly periods: Period[] = [];
  /** Each lapse year once, in the order first found (a handful: a list beats a set). */
  private readonly lapseYears: number[] = [];

  constructor(private readonly scenario: Scenario) {
    // A year before the person was born is no lapse (the wizard's history starts "not covered").
    const birth = scenario.circumstances.birthDate;
    const bornIn = birth ? Number(birth.slice(0, 4)) : 0;
    for (const { year, cover } of scenario.history.years) {
      if (cover === 'none') {
        if (year >= bornIn) this.addLapseYear(year);
      } else if (cover === 'resident') this.periods.push({ kind: 'covered', from: startOfYear(year), to: endOfYear(year) });
      // A year of employee cover whose months are given is drawn by those months (below), not
      // as the whole year: cover that ended in August leaves September to December without it.
      else if (!employeeMonthsIn(scenario.history, year)) this.periods.push({ kind: 'employeeCovered', from: startOfYear(year), to: endOfYear(year) });
    }
    for (const p of scenario.history.employeePeriods) {
      const period: Period = { kind: 'employeeCovered', from: firstDayOfMonth(p.from), to: lastDayOfMonth(p.to) };
      // Set only where it holds (a conditional spread costs in the hot path).
      if (p.fromUnknown) period.fromUnknown = true;
      this.periods.push(period);
    }
  }

  private addLapseYear(year: number): void {
    if (!this.lapseYears.includes(year)) this.lapseYears.push(year);
  }

  add(e: EnrolmentResult): void {
    const periods = this.periods;
    if (e.lapse && 'years' in e.lapse) for (const y of e.lapse.years) this.addLapseYear(y);
    const r = e.restoration;
    // The first day this payment may give cover (a range's earliest); null for no cover.
    const restart = firstDay(r);
    if (e.lapse && 'months' in e.lapse) {
      // E4 counts whole months between the last covered month and the payment month, exclusive at
      // both ends: the lapse is those months. The payment month is paid, not missed, so its days
      // before cover can start (the payment, or a wait from it) are "before cover", not a third
      // stretch without cover that no text explains (青岛 W28: covered to December, Jan-Feb
      // back-paid on 10 March, cover from 1 April: a gap of 2 months).
      const end = lastDayOfMonth(e.lapse.months.to);
      periods.push({ kind: 'lapse', from: firstDayOfMonth(e.lapse.months.from), to: end });
      let to = e.waiting && e.waiting.start > addDays(end, 1) ? addDays(e.waiting.start, -1) : end;
      // Without a waiting period (cover simply starts on a later day: E1, E2, 武汉's months 4-6),
      // up to the day before cover starts: one stretch with the days after the payment (below).
      if (!e.waiting && e.paymentDate > addDays(end, 1)) to = restart !== null && restart > e.paymentDate ? addDays(restart, -1) : addDays(e.paymentDate, -1);
      // Never past the day before the earliest restart (a range may restart on the 1st of the payment month).
      if (restart !== null && to >= restart) to = addDays(restart, -1);
      if (to > end) periods.push({ kind: 'beforeCover', from: addDays(end, 1), to });
    }
    // No gap month (E4: 0) after cover that ended the month before, yet cover starts after the
    // payment month's first day (a switch without two years: 江西's next day, or a wait): the
    // month's days before the payment had no cover, yet the month is no gap either: "before
    // cover", as the payment month after a gap (above). Not where cover runs from the month's
    // start, nor for a first enrolment (no lapse).
    if (e.scheme !== 'resident' && !e.lapse && restart !== null) {
      const monthStart = firstDayOfMonth(monthOf(e.paymentDate));
      // Most often cover runs from the month's start (no gap, or a switch after two years): nothing to draw.
      if (restart > monthStart && e.paymentDate > monthStart) {
        const to = addDays(restart < e.paymentDate ? restart : e.paymentDate, -1);
        const dayBefore = addDays(monthStart, -1);
        const coveredBefore = periods.some((p) => periodRank(p.kind) === COVERED_RANK && p.from <= dayBefore && (p.to === null || p.to >= dayBefore));
        // Only days nothing else draws (an earlier payment's cover, a covered year), and not in a
        // year a resident payment pays for (drawn as before cover: timeline layout.ts).
        const drawn = periods.some((p) => p.kind !== 'lapse' && p.from <= to && (p.to === null || p.to >= monthStart));
        const year = Number(monthStart.slice(0, 4));
        const paidYear = this.scenario.payments.some((p) => p.scheme === 'resident' && p.years.includes(year));
        if (coveredBefore && !drawn && !paidYear) {
          // Joined to the days from the payment on where cover starts later without a wait (below): one stretch.
          const joined = !e.waiting && restart > e.paymentDate;
          periods.push({ kind: 'beforeCover', from: monthStart, to: joined ? addDays(restart, -1) : to });
        }
      }
    }
    if (e.retroactive) periods.push({ kind: 'retroactive', from: e.retroactive.from, to: e.retroactive.to });
    // Paid, and cover starts on a later day without a waiting period (E1 「从补齐欠费的次月起」, E2
    // "from the next day", 武汉's months 4-6): no reimbursement yet, but no waiting period either.
    // (The employee schemes give no 'needsNextYear', so `restart` is the first covered day here.)
    // Not where the payment month's days before the payment run on to it (above): one stretch.
    if (e.scheme !== 'resident' && !e.waiting && restart !== null && restart > e.paymentDate && !periods.some((p) => p.kind === 'beforeCover' && p.to === addDays(restart, -1) && p.from < e.paymentDate)) {
      periods.push({ kind: 'beforeCover', from: e.paymentDate, to: addDays(restart, -1) });
    }
    // Days some regions cover and others do not: "depends on your region".
    if (e.uncertainCover) periods.push({ kind: 'uncertain', from: e.uncertainCover.from, to: e.uncertainCover.to });
    if (r.kind === 'noCover') return;
    // Where some regions give no cover at all this year (R1b), nothing after the earliest restart
    // is certain until the end of the years paid: covered in some regions, not in others (§8.2).
    const paidEnd = e.scheme === 'resident' && e.years.length > 0 ? endOfYear(Math.max(...e.years)) : null;
    // Every restart of the range after the years paid (each needs the next year paid too, I4): the
    // wait's end is regional, and no cover follows from this payment at all.
    const pastPaid = r.kind === 'range' && paidEnd !== null && r.earliest > paidEnd;
    const noCoverToo = r.kind === 'range' && r.noCoverPossible && paidEnd !== null && !pastPaid;
    if (r.kind === 'range') {
      // Past the years paid, no region covers anyone before the latest day (the wait, or no cover
      // without the next year paid): one wait to it, as for a single date past the years paid;
      // within them, the wait runs to the earliest restart, then it depends on the region. Where
      // some region gives no cover at all, there is no wait there: the wait holds only where the
      // payment was accepted, and says so (national, 2025 lapsed, 2026 paid on 15 Mar 2026: the
      // headline gives a wait from 15 Mar, which 甘肃 never starts; left out, the timeline lost it).
      const waitTo = pastPaid ? r.latest : r.earliest;
      if (e.waiting && e.waiting.start < waitTo) {
        const wait: Period = { kind: 'waiting', from: e.waiting.start, to: addDays(waitTo, -1) };
        // The year some region no longer took payments for (R1b). Set only where it holds, as fromUnknown.
        const none = r.noCoverPossible ? r.outcomes.find((o) => o.restoration.kind === 'noCover')?.restoration : undefined;
        if (none?.kind === 'noCover') wait.ifAcceptedFor = none.year;
        periods.push(wait);
      }
      if (pastPaid) return;
      periods.push({ kind: 'uncertain', from: r.earliest, to: noCoverToo ? (paidEnd as IsoDate) : addDays(r.latest, -1) });
    }
    if (e.waiting && e.waiting.end && e.waiting.end >= e.waiting.start) {
      periods.push({ kind: 'waiting', from: e.waiting.start, to: e.waiting.end });
    }
    // A later year paid that regions start on different days: the wait to the earliest, then "depends on your region".
    if (e.partlyCovered) {
      if (e.waiting && e.waiting.start < e.partlyCovered.from) periods.push({ kind: 'waiting', from: e.waiting.start, to: addDays(e.partlyCovered.from, -1) });
      periods.push({ kind: 'uncertain', from: e.partlyCovered.from, to: e.partlyCovered.to });
    }
    if (e.scheme === 'resident') {
      if (noCoverToo) return;
      for (const c of e.coveredYears) periods.push({ kind: 'restored', from: c.from, to: c.to });
    } else if (r.kind !== 'needsNextYear') {
      periods.push({ kind: 'restored', from: r.kind === 'range' ? r.latest : r.date, to: null });
    }
  }

  /**
   * The months after employee cover that ended part-way through a year, to that year's end, where
   * nothing else covers them: the year had cover, so it is no lapse year (R10), but those months had
   * none (E3 and X3 count them). Drawn as a lapse, or the timeline leaves them blank (武汉: employer
   * cover to June 2025, then 2027 planned in the resident scheme). Not where an employee-scheme
   * payment follows (its own lapse and back-paid months are drawn), nor where the year was paid in
   * the resident scheme or has another employee
   * period after (then nothing is drawn rather than guessed). A year marked as employee cover
   * with these months given is covered for them only.
   */
  private employeeTails(): void {
    const s = this.scenario;
    if (s.payments.some((p) => p.scheme !== 'resident')) return;
    const list = s.history.employeePeriods;
    for (const p of list) {
      const year = Number(p.to.slice(0, 4));
      const next = addMonthsToMonth(p.to, 1);
      if (next.slice(0, 4) !== p.to.slice(0, 4) || this.lapseYears.includes(year)) continue;
      if (list.some((q) => q !== p && q.to >= next && q.from <= `${year}-12`)) continue;
      // A year paid in the resident scheme was covered to its end; one marked as employee cover is
      // covered for the months given (its whole-year mark only says it had some).
      if (s.history.years.some((h) => h.year === year && h.cover === 'resident')) continue;
      if (s.payments.some((pay) => pay.scheme === 'resident' && pay.years.includes(year))) continue;
      this.periods.push({ kind: 'lapse', from: firstDayOfMonth(next), to: endOfYear(year) });
    }
  }

  /** The periods so far plus the lapse years, by start date then kind. Call once, last. */
  finish(): Period[] {
    const periods = this.periods;
    this.employeeTails();
    for (const y of this.lapseYears) periods.push({ kind: 'lapse', from: startOfYear(y), to: endOfYear(y) });
    // A stable insertion sort: the order Array#sort gives for this consistent comparator,
    // without its allocations for a handful of periods.
    for (let i = 1; i < periods.length; i++) {
      const p = periods[i] as Period;
      let j = i - 1;
      for (; j >= 0 && byStartThenKind(periods[j] as Period, p) > 0; j--) periods[j + 1] = periods[j] as Period;
      periods[j + 1] = p;
    }
    return periods;
  }
}

function contains(p: Period, date: IsoDate): boolean {
  return p.from <= date && (p.to === null || date <= p.to);
}

/** Statuses by rank: a higher one wins. */
const BY_RANK: readonly Status[] = ['lapsed', 'uncertain', 'paidNotYetCovered', 'waiting', 'covered'];

/** The rank of the periods that are cover: covered, employeeCovered, restored, retroactive. */
const COVERED_RANK = 4;

/** The status a period gives while it lasts, as its rank (a lapse gives none: 0). */
function periodRank(kind: Period['kind']): number {
  if (kind === 'waiting') return 3;
  if (kind === 'beforeCover') return 2; // paidNotYetCovered
  if (kind === 'uncertain') return 1;
  return kind === 'lapse' ? 0 : COVERED_RANK;
}

/**
 * Only facts: the history and payments already made, never a planned payment. `periods` are
 * those of the history and of the `made` enrolments (lapse periods never change the status,
 * so they need not be in yet). A period that could not raise the rank is not compared with
 * the date at all: string comparisons are the cost here.
 */
function statusOn(asOf: IsoDate, periods: readonly Period[], made: readonly EnrolmentResult[]): Status {
  let best = 0;
  for (const p of periods) {
    // A wait only where the payment was accepted (Period.ifAcceptedFor) is "paid, not yet
    // covered" in every region, never "waiting": where payments had closed there is no wait.
    const rank = p.ifAcceptedFor ? 2 : periodRank(p.kind);
    if (rank > best && contains(p, asOf)) best = rank;
  }
  for (const e of made) {
    const r = e.restoration;
    const start = firstDay(r);
    if (start === null) continue;
    // Paid, and no region covers it yet: where a wait is drawn the waiting period says more, but a
    // range whose runs differ on the wait (or where some give no cover this year) may draw none.
    if (best < 2 && asOf < start && (r.kind === 'range' || !e.waiting || asOf < e.waiting.start)) best = 2; // paidNotYetCovered
    if (best < 3 && r.kind === 'needsNextYear' && asOf >= e.paymentDate && asOf < r.date) best = 3; // waiting
  }
  return BY_RANK[best] as Status;
}

/**
 * The result's periods and status. The made payments are normally all but a planned last
 * one: then the status is read from the same list before the planned payment is added.
 */
export function periodsAndStatus(scenario: Scenario, enrolments: readonly EnrolmentResult[]): { periods: Period[]; status: Status } {
  const made = enrolments.filter((e) => scenario.payments[e.paymentIndex]?.status === 'made');
  const list = new PeriodList(scenario);
  let k = 0;
  for (; k < enrolments.length && made[k] === enrolments[k]; k++) list.add(enrolments[k] as EnrolmentResult);
  let status: Status;
  if (k === made.length) {
    status = statusOn(scenario.asOf, list.periods, made);
  } else {
    const facts = new PeriodList(scenario);
    for (const e of made) facts.add(e);
    status = statusOn(scenario.asOf, facts.periods, made);
  }
  for (; k < enrolments.length; k++) list.add(enrolments[k] as EnrolmentResult);
  return { periods: list.finish(), status };
}
