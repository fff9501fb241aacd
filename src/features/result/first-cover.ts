// Whether the answer is about a first enrolment (a newborn's, or an adult's first employee cover,
// E3), or about cover that simply goes on: then nothing lapsed, and the screens say reimbursement
// starts (a first enrolment) or that cover continues (no lapse), never that it restarts (医保报销恢复
// presumes a break in cover).
import { employeeMonthsIn } from '../../calc';
import type { Payment, Result, Scenario, TraceStep } from '../../calc';

/**
 * Whether a payment (or the enrolment it made: its scheme and years) pays only a newborn's year of
 * birth, at no cost (X1, R1c: `premium`, the one the result states, is ¥0 for a newborn: 湖北). No
 * money arrives: the wizard asks for the day of enrolment, so the result names that day an
 * enrolment too, never a payment (a 武汉 parent who enrolled on day 91 read "paid" and "the payment
 * date is after 31 March"). The result's parts read it as payer-words.ts's payer 'enrol' (payerOfResult).
 */
export function freeBirthYearEnrolment(premium: Result['main']['premium'], { scheme, years }: { scheme: Payment['scheme']; years?: readonly number[] }): boolean {
  return scheme === 'resident' && years?.length === 1 && premium !== null && premium.yuan === 0 && (premium.tier === 'newborn' || premium.tier === 'newbornParentInsured');
}

/**
 * i18next's context for the texts that say how cover begins: `first` (the `_first` keys: a
 * child's first enrolment, told to the parent), `firstSelf` (the `_firstSelf` keys: the person's
 * own first enrolment), `continuing` (the `_continuing` keys), or none (restarts). A text without
 * a variant is shared.
 */
export type CoverContext = 'first' | 'firstSelf' | 'continuing' | undefined;

/** i18next options for the texts that have only a child's variant (`_first`): that variant for a baby's first enrolment, none otherwise. */
export function childContext(cover: CoverContext): { context?: 'first' } {
  return cover === 'first' ? { context: 'first' } : {};
}

/** i18next options that pick a text's variant for `cover` where it has one. */
export function coverParams(cover: CoverContext, params: Record<string, unknown> = {}): Record<string, unknown> {
  return cover ? { ...params, context: cover } : params;
}

/**
 * True when the person was born no earlier than two years before the first benefit year paid,
 * the answers give no cover in any year (resident or employee), and the payment is their only
 * one. Anyone older may have been covered before the years asked about, so "restarts" stays.
 */
export function isFirstCover(scenario: Scenario): boolean {
  const birth = scenario.circumstances.birthDate;
  const payment = scenario.payments[0];
  if (!birth || !payment || scenario.payments.length !== 1) return false;
  const firstYear = payment.scheme === 'resident' ? (payment.years[0] ?? Number(payment.date.slice(0, 4))) : Number(payment.date.slice(0, 4));
  if (Number(birth.slice(0, 4)) < firstYear - 2) return false;
  return scenario.history.employeePeriods.length === 0 && scenario.history.years.every((y) => y.cover === 'none');
}

/**
 * True when the one payment is employee cover and the answers give no cover before it at all:
 * the history step's 「之前没有参保，这是第一次参保」 / "None: this is my first enrolment" (the
 * wizard keeps no employee months or covered years then). E3 still sets the wait; only the words
 * change: reimbursement starts, it does not restart.
 */
export function isFirstEmployeeEnrolment(scenario: Scenario): boolean {
  const payment = scenario.payments[0];
  if (!payment || scenario.payments.length !== 1 || payment.scheme === 'resident') return false;
  return scenario.history.employeePeriods.length === 0 && scenario.history.years.every((y) => y.cover === 'none');
}

/** Whether an earlier payment's cover began in `year` in some region at least: the run explained, or a dated outcome of its range. */
function coversYearSomewhere(e: Result['main'], year: number): boolean {
  if (e.coveredYears.some((c) => c.year === year)) return true;
  const r = e.restoration;
  return r.kind === 'range' && r.outcomes.some((o) => o.restoration.kind === 'date' && o.restoration.date.startsWith(`${year}-`));
}

/**
 * True when the payment asked about follows cover with no break. An employee-scheme payment: see
 * isContinuingEmployeeCover. A resident payment: the year before its
 * first benefit year was covered (resident or employee, in the answers or by an earlier
 * payment), no lapse year counts (in some regions at least, where they count differently), and
 * where the answer is one date, cover runs from 1 January of that year or earlier (R2, a
 * university entrant's 1 September, R12), with no wait. Where the answer is a range starting on
 * 1 January or earlier, some regions may still leave a gap (a payment after their window, or a
 * year paid late they did not take): cover then "runs from" a date in the range, it does not
 * "restart".
 */
export function isContinuingCover(scenario: Scenario, result: Result): boolean {
  const main = result.main;
  if (main.scheme !== 'resident') return isContinuingEmployeeCover(result);
  const first = main.years[0];
  if (first === undefined) return false;
  // Where the regions count the lapse differently (a year paid late was taken in some, R1b), the
  // fewest years any of them counts decides: none means the year before was covered there (the
  // count starts in 2025, so a lapse range has a counted year before this one), and cover goes
  // on in those regions while it restarts in the others.
  const someCountNone = main.lapseRange?.min === 0;
  if (main.lapseRange ? !someCountNone : main.lapse && 'years' in main.lapse && main.lapse.years.length > 0) return false;
  const before = first - 1;
  // The year before covered somewhere: in the answers, or by an earlier payment in some region
  // at least (a year paid late that some regions took). Not from the lapse count alone: an
  // exemption run counts no lapse year either (a group exempt in some regions), yet the year
  // before is a lapse in every region.
  // A year of employee cover whose months are given was covered to its end only if they reach December.
  const employeeMonths = employeeMonthsIn(scenario.history, before);
  const covered =
    scenario.history.years.some((y) => y.year === before && (y.cover === 'resident' || (y.cover === 'employee' && !employeeMonths))) ||
    scenario.history.employeePeriods.some((p) => p.from <= `${before}-12` && p.to >= `${before}-12`) ||
    result.enrolments.some((e) => e !== main && coversYearSomewhere(e, before));
  if (!covered) return false;
  const r = main.restoration;
  // A range all of whose dates fall after 1 January leaves a gap in every region (W21: 北京,
  // paid after its window): that cover restarts. From 1 January it continues in some regions.
  if (r.kind === 'range') return r.earliest <= `${first}-01-01`;
  return r.kind === 'date' && main.waiting === null && r.date <= `${first}-01-01`;
}

/**
 * True when the employee-scheme payment asked about follows cover with no month between (E4: a
 * gap of 0 months, after either scheme) and cover runs from the payment month, in one region at
 * least: no wait where the answer is one date, or a range from that month's first day. A switch
 * from the resident scheme with no gap may still wait where the region says so (E2 without two
 * years): as for a resident range, cover then "runs from" a date in the range.
 */
function isContinuingEmployeeCover(result: Result): boolean {
  const main = result.main;
  // The main payment's gap: its steps come last (an earlier payment has its own E4 step).
  let e4: Result['trace'][number] | undefined;
  for (const s of result.trace) if (s.rule === 'E4') e4 = s;
  if (e4?.step !== 'gap' || e4.params.gapMonths !== 0) return false;
  const monthStart = `${main.paymentDate.slice(0, 7)}-01`;
  const r = main.restoration;
  if (r.kind === 'range') return r.earliest <= monthStart;
  return r.kind === 'date' && main.waiting === null && r.date <= monthStart;
}

/** The context of the texts for this answer (first cover wins: a newborn has no cover before). */
export function coverContext(scenario: Scenario, result: Result): CoverContext {
  if (isFirstCover(scenario)) return 'first';
  if (isFirstEmployeeEnrolment(scenario)) return 'firstSelf';
  return isContinuingCover(scenario, result) ? 'continuing' : undefined;
}

/**
 * True when the answer's employee-scheme wait (E3) is not about a gap longer than E1's limit:
 * a short gap not back-paid, or a switch of scheme the region leaves to the ordinary rules (E2
 * without two years). The region's wait value (employee.longGapWaitMonths) then reads as the
 * scheme's wait, not "after a longer gap", which a 1-month gap is not. Read from the trace of
 * the run explained (E3's `why`, or E2's `noContinuity` where that run took a regional E2 answer).
 */
export function waitsAfterShortGap(result: Result): boolean {
  return stepsWaitAfterShortGap(result.trace);
}

/** waitsAfterShortGap, read from a run's steps. */
export function stepsWaitAfterShortGap(steps: readonly TraceStep[]): boolean {
  return steps.some((s) => (s.rule === 'E3' && s.step === 'fixed' && (s.params.why === 'notBackPaid' || s.params.why === 'ordinary')) || (s.rule === 'E2' && s.step === 'noContinuity'));
}
