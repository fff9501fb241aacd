// One form per step: its field values (what the inputs hold: strings for dates, months and
// numbers), the zod/mini schema that checks them, and the mapping to and from the answers.
// Pure, so it can be tested without a DOM. Error messages are i18n keys, with parameters
// packed into the message (see errorMessage), because react-hook-form carries only a string.
import * as z from 'zod/mini';
import { birthYearFree, PackChain, repairYearsReach, validateScenario } from '../../calc';
import { isTypedDate, isTypedMonth, typedDateError, typedMonthError } from './typed-dates';
import type { RepairReach } from '../../calc';
import type { RulePack } from '../../calc';
import { birthYearOf, employeeCoverFacts, employeePriorOf, FIRST_HISTORY_YEAR, FIRST_RULES_YEAR, historyRowAsked, historyRows, LAST_HISTORY_YEAR, lastHistoryYear, lateDayAsked, MAX_HISTORY_ROWS } from './answers';
import type { Answers, EmployeePrior, HistoryCover, HistoryRow } from './answers';
import { isBaby, regionalProblems, regionalShape, regionalToAnswers, regionalValues } from './regional-form';
import type { RegionalContext, RegionalValues } from './regional-form';
import { asksResidentCircumstances } from './question-relevance';
import type { QuestionRelevance } from './question-relevance';
import { toScenario } from './to-scenario';

/* ---------- messages ---------- */

export type MessageParams = Record<string, string | number>;

/** A message key, plus parameters when it needs some (e.g. the year a row is about). */
export function errorMessage(key: string, params?: MessageParams): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): { key: string; params: MessageParams } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as MessageParams };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}

type Ctx = z.core.$RefinementCtx<unknown>;
function issue(ctx: Ctx, path: (string | number)[], message: string) {
  ctx.addIssue({ code: 'custom', path, message, input: undefined });
}

const monthOf = (iso: string) => iso.slice(0, 7);
const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The month `n` months before the month of `iso` (YYYY-MM). */
export function monthsBefore(iso: string, n: number): string {
  const index = yearOf(iso) * 12 + (Number(iso.slice(5, 7)) - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/* ---------- where ---------- */

export interface WhereValues {
  region: string;
  scheme: Answers['scheme'];
}

export const whereValues = (a: Answers): WhereValues => ({ region: a.region, scheme: a.scheme });

/** `knownRegions` is null while the pack index is loading. */
export function whereSchema(knownRegions: readonly string[] | null) {
  return z
    .object({
      region: z.string(),
      scheme: z.enum(['resident', 'employee', 'flexible'], { message: errorMessage('wizard.errors.schemeRequired') }),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (!v.region) issue(ctx, ['region'], errorMessage('wizard.errors.regionRequired'));
        else if (knownRegions && !knownRegions.includes(v.region)) issue(ctx, ['region'], errorMessage('errors.region.invalid'));
      }),
    );
}

export function whereToAnswers(v: WhereValues): Partial<Answers> {
  return { region: v.region, scheme: v.scheme };
}

/* ---------- history ---------- */

export interface HistoryRowValues {
  year: number;
  cover: HistoryCover;
  latePaidOn: string;
}

/** Who paid the employee cover: '' until answered. */
export type PaidByValue = '' | 'employer' | 'self';

export interface HistoryValues {
  /** Resident scheme: the cover is for a newborn baby, born on `birthDate` (asked first: it decides the years asked). */
  newborn: boolean;
  birthDate: string;
  /** Every year from 2023: those before a baby's birth year are kept but not shown (historyRowAsked). */
  years: HistoryRowValues[];
  employeeSince: string;
  employeeLastMonth: string;
  employeePaidBy: PaidByValue;
  /** Employee schemes: the most recent cover before the payment (employee months, resident years, or none). */
  employeePrior: EmployeePrior;
}

/** The history rows the step asks: from 2023 (or a baby's birth year) to lastHistoryYear. */
export function askedHistoryRows(a: Pick<Answers, 'history' | 'payment' | 'circumstances'>, today: string): HistoryRow[] {
  const birthYear = birthYearOf(a.circumstances);
  return historyRows(today, a.history.years, lastHistoryYear(today, a.payment)).filter((r) => historyRowAsked(r, birthYear));
}

/** What was typed and kept, on the rows the history asks now (a row added for a payment further ahead starts from the answers). */
export function alignHistoryRows(kept: HistoryValues, answers: HistoryValues): HistoryValues {
  return { ...kept, years: answers.years.map((row) => kept.years.find((k) => k.year === row.year) ?? row) };
}

/** The birth year the history's values give (a newborn with a whole date), else null: the years before it are not shown. */
export function valuesBirthYear(v: Pick<HistoryValues, 'newborn' | 'birthDate'>, scheme: Answers['scheme']): number | null {
  return asksResidentCircumstances(scheme) && v.newborn && isTypedDate(v.birthDate) ? yearOf(v.birthDate) : null;
}

export function historyValues(a: Answers, today: string): HistoryValues {
  return {
    newborn: a.circumstances.newborn,
    birthDate: a.circumstances.birthDate ?? '',
    // Every row, those before a baby's birth too: the form keeps what they hold while hidden.
    years: historyRows(today, a.history.years, lastHistoryYear(today, a.payment)).map((r) => ({ year: r.year, cover: r.cover, latePaidOn: r.latePaidOn ?? '' })),
    employeeSince: a.history.employeeSince ?? '',
    employeeLastMonth: a.history.employeeLastMonth ?? '',
    employeePaidBy: a.history.employeePaidBy ?? '',
    employeePrior: employeePriorOf(a),
  };
}

function checkMonths(ctx: Ctx, v: HistoryValues, today: string, lastRequired: boolean) {
  const thisMonth = monthOf(today);
  const { employeeSince: since, employeeLastMonth: last } = v;
  if (since && !isTypedMonth(since)) issue(ctx, ['employeeSince'], errorMessage(typedMonthError(since)));
  else if (since && since > thisMonth) issue(ctx, ['employeeSince'], errorMessage('errors.period.future'));
  if (!last && lastRequired) issue(ctx, ['employeeLastMonth'], errorMessage('wizard.errors.lastMonthRequired'));
  else if (last && !isTypedMonth(last)) issue(ctx, ['employeeLastMonth'], errorMessage(typedMonthError(last)));
  else if (last && last > thisMonth) issue(ctx, ['employeeLastMonth'], errorMessage('errors.period.future'));
  // Said of the last month, as it reads ("the last month comes before the first"), and as the
  // calculator says it (payment-checks.ts: the period's `to`).
  else if (since && isTypedMonth(since) && since <= thisMonth && isTypedMonth(last) && since > last) issue(ctx, ['employeeLastMonth'], errorMessage('wizard.errors.lastMonthBeforeSince'));
}

/** Each shown "resident, paid late" row has the day its money arrived, within what the rules take for that year. */
function checkLateRows(ctx: Ctx, years: readonly HistoryRowValues[], birthYear: number | null, today: string, takenFrom: ((year: number) => string | null) | null) {
  years.forEach((row, i) => {
    if (row.cover !== 'residentLate' || !historyRowAsked(row, birthYear) || !lateDayAsked(row.year)) return;
    const path = ['years', i, 'latePaidOn'];
    const date = row.latePaidOn;
    if (!date) issue(ctx, path, errorMessage('wizard.errors.latePaidOnRequired', { year: row.year }));
    else if (!isTypedDate(date)) issue(ctx, path, errorMessage(typedDateError(date)));
    else if (yearOf(date) > row.year) issue(ctx, path, errorMessage('wizard.errors.latePaidOnAfterYear', { year: row.year }));
    else if (date > today) issue(ctx, path, errorMessage('errors.date.afterAsOf'));
    else {
      // No payment for a year is taken before its window opens, nor earlier than the year before it (R1).
      const from = takenFrom?.(row.year) ?? null;
      if (from !== null ? date < from : yearOf(date) < row.year - 1) issue(ctx, path, errorMessage(from !== null ? 'wizard.errors.latePaidOnBeforeWindow' : 'wizard.errors.latePaidOnTooEarly', { year: row.year, ...(from !== null ? { date: from } : {}) }));
    }
  });
}

/**
 * `takenFrom`: the first day the region's rules take a payment for a benefit year (null outside
 * them), while the rules are loaded: a late payment that arrived before it is refused here, on
 * the step that asks it, not only by the calculation after the check page.
 */
export function historySchema({ scheme, today, takenFrom = null }: { scheme: Answers['scheme']; today: string; takenFrom?: ((year: number) => string | null) | null }) {
  return z
    .object({
      newborn: z.boolean(),
      birthDate: z.string(),
      years: z.array(z.object({ year: z.number(), cover: z.enum(['resident', 'residentLate', 'employee', 'none']), latePaidOn: z.string() })),
      employeeSince: z.string(),
      employeeLastMonth: z.string(),
      employeePaidBy: z.enum(['', 'employer', 'self']),
      employeePrior: z.enum(['employee', 'resident', 'none']),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (scheme !== 'resident') {
          if (v.employeePrior === 'employee') checkMonths(ctx, v, today, true);
          else if (v.employeePrior === 'resident') {
            // The resident years before a switch (E2): at least one, each paid-late year with its date.
            if (!v.years.some((r) => r.cover === 'resident' || r.cover === 'residentLate')) issue(ctx, ['employeePrior'], errorMessage('wizard.errors.residentYearRequired'));
            checkLateRows(ctx, v.years, null, today, takenFrom);
          }
          return;
        }
        if (v.newborn) {
          if (!v.birthDate) issue(ctx, ['birthDate'], errorMessage('wizard.errors.birthDateRequired'));
          else if (!isTypedDate(v.birthDate)) issue(ctx, ['birthDate'], errorMessage(typedDateError(v.birthDate)));
          else if (v.birthDate > today) issue(ctx, ['birthDate'], errorMessage('errors.date.afterAsOf'));
          // The years are asked from FIRST_HISTORY_YEAR: a child born before it (1990, typed for
          // 2019) was read as an adult's lapse under a child's words. Said as where the questions
          // start, not as a rule (a child born in 2023 is as far past the newborn rules by now).
          else if (yearOf(v.birthDate) < FIRST_HISTORY_YEAR) issue(ctx, ['birthDate'], errorMessage('wizard.errors.birthDateTooEarly', { year: FIRST_HISTORY_YEAR }));
        }
        // Only the rows shown: a year before a baby's birth is not asked, whatever it holds.
        const birthYear = valuesBirthYear(v, scheme);
        const shown = v.years.filter((row) => historyRowAsked(row, birthYear));
        checkLateRows(ctx, v.years, birthYear, today, takenFrom);
        if (shown.some((r) => r.cover === 'employee')) checkMonths(ctx, v, today, false);
      }),
    );
}

/**
 * Lenient: anything unfinished (an empty or half-typed date) is left out, so the result always
 * fits the answers schema. Used both after validation and to keep work when going Back.
 * `askPaidBy`: whether "who paid" is shown; null while the rules load (an earlier answer is kept).
 * `circumstances`: the stored ones, of which the resident history answers the newborn and the
 * date of birth (the employee schemes are not asked them: theirs are kept as they are).
 */
export function historyToAnswers(
  v: HistoryValues,
  scheme: Answers['scheme'],
  circumstances: Answers['circumstances'],
  askPaidBy: boolean | null = false,
): Partial<Answers> {
  const month = (s: string) => (isTypedMonth(s) ? s : undefined);
  // A row as answered: a late payment's date only once it is a whole date.
  // A year before the rules' first is not asked its day (lateDayAsked): one kept from before would show on the check page.
  const kept = (r: HistoryRowValues): HistoryRow => (r.cover === 'residentLate' && lateDayAsked(r.year) && isTypedDate(r.latePaidOn) ? { year: r.year, cover: r.cover, latePaidOn: r.latePaidOn } : { year: r.year, cover: r.cover });
  if (scheme !== 'resident') {
    const prior = v.employeePrior;
    // The year rows are asked only after resident years (a switch, E2); otherwise they are kept as
    // they were, unseen, for a switch back to the resident scheme (the person's own answers, never
    // dropped without asking), and the calculator reads none of them (to-scenario.ts). The months
    // are kept whichever the answer (typed, then another chosen: they come back with it), but go
    // to the calculator only with employee months.
    const since = month(v.employeeSince);
    const last = month(v.employeeLastMonth);
    const paidBy = v.employeePaidBy !== '' && (prior !== 'employee' || askPaidBy !== false) ? v.employeePaidBy : undefined;
    return {
      history: {
        // (A year of employee cover among them is not kept: to-scenario.ts would read it as these months' first year.)
        years: v.years.map((r): HistoryRow => (r.cover === 'employee' ? { year: r.year, cover: 'none' } : kept(r))),
        ...(last ? { employeeLastMonth: last } : {}),
        ...(since ? { employeeSince: since } : {}),
        ...(paidBy ? { employeePaidBy: paidBy } : {}),
        ...(prior !== 'employee' ? { employeePrior: prior } : {}),
      },
    };
  }
  // Every row, those not shown (years before a baby's birth) as they were: kept, not asked.
  const years = v.years.map(kept);
  // The employee months are asked with a year of employee cover, but kept without one: typed
  // under an employee scheme, they come back with a switch back to it (the person's own answers,
  // never dropped without asking). The calculator reads them only with such a year (to-scenario.ts).
  const since = month(v.employeeSince);
  const last = month(v.employeeLastMonth);
  // The date of birth goes with the tick, as the circumstances step's follow-up questions always did.
  const baby: Answers['circumstances'] = { ...circumstances, newborn: v.newborn };
  if (v.newborn && isTypedDate(v.birthDate)) baby.birthDate = v.birthDate;
  else delete baby.birthDate;
  // The employee schemes' own answers (who paid, the cover before) are kept for a switch back: not asked here, not used here.
  return {
    history: {
      years,
      ...(last ? { employeeLastMonth: last } : {}),
      ...(since ? { employeeSince: since } : {}),
      ...(v.employeePaidBy !== '' ? { employeePaidBy: v.employeePaidBy } : {}),
      ...(v.employeePrior !== 'employee' ? { employeePrior: v.employeePrior } : {}),
    },
    circumstances: baby,
  };
}

/** The history with employee months as the cover before the payment (employeePrior absent). */
function withoutPrior(history: Answers['history']): Answers['history'] {
  const rest = { ...history };
  delete rest.employeePrior;
  return rest;
}

/** "I missed one month": last month paid two months before this one, back-paid today. */
export function missedOneMonth(a: Answers, today: string): Partial<Answers> {
  return {
    history: { ...withoutPrior(a.history), years: a.history.years.map((r) => ({ year: r.year, cover: 'none' })), employeeLastMonth: monthsBefore(today, 2) },
    payment: { ...a.payment, date: today, backPay: true },
  };
}

/* ---------- payment ---------- */

export interface PaymentValues {
  status: Answers['payment']['status'];
  date: string;
  years: number[];
  repairYears: string;
  backPay: boolean;
}

export const paymentValues = (a: Answers): PaymentValues => ({
  status: a.payment.status,
  date: a.payment.date,
  years: a.payment.years,
  repairYears: String(a.payment.repairYears),
  backPay: a.payment.backPay,
});

/** Benefit years from `from` to `to`, both included: those the region's rules cover (PackChain.years). */
export interface YearBounds {
  readonly from: number;
  readonly to: number;
}

/** While the region's rules load: from the first year any rules cover (I1), the last not known yet. */
const LOADING_YEARS: YearBounds = { from: FIRST_RULES_YEAR, to: Number.POSITIVE_INFINITY };

/**
 * The benefit years within `bounds` a payment in `year` can be for: that year, or that year and
 * the next; for a newborn born the year before, the birth year first (X1: the birth-year premium,
 * paid within the newborn period, which runs across the year end for a baby born late in the
 * year: W18, W33). Empty where none of them is within the bounds (a date typed as 1999).
 */
function yearsPaidIn(year: number, birthYear: number | null, bounds: YearBounds): number[] {
  const years = birthYear === year - 1 ? [birthYear, year, year + 1] : [year, year + 1];
  return years.filter((y) => y >= bounds.from && y <= bounds.to);
}

/**
 * Whether a payment on `date` could be for a benefit year the rules cover (`packYears`; while
 * they load, any from FIRST_RULES_YEAR). A date not typed in full is not judged here.
 */
export function dateWithinYears(date: string, birthYear: number | null, packYears: YearBounds | null | undefined): boolean {
  return !isTypedDate(date) || yearsPaidIn(yearOf(date), birthYear, packYears ?? LOADING_YEARS).length > 0;
}

/**
 * The benefit years offered for a payment on `date`, only those the rules cover (`packYears`):
 * see yearsPaidIn. A date whose years are all outside them (1999, or a year on its way to 2026
 * while it is typed digit by digit) leaves the boxes at this year's, as an empty date does: the
 * boxes the person ticked stay where they were, and the date's own error says what is wrong.
 */
export function offeredYears(date: string, today: string, birthYear: number | null = null, packYears: YearBounds | null = null): number[] {
  const bounds = packYears ?? LOADING_YEARS;
  const forDate = isTypedDate(date) ? yearsPaidIn(yearOf(date), birthYear, bounds) : [];
  return forDate.length > 0 ? forDate : yearsPaidIn(yearOf(today), birthYear, bounds);
}

/**
 * Whether the payment is only a child's enrolment for a year of birth that costs nothing (湖北, X1:
 * birthYearFree, the decision behind the date's hint): no money arrives, so the payment step and the
 * check page ask about, and name, the enrolment. `years`: the benefit years of the payment (those
 * offered for its date); with a later year among them there is money to pay, and the words stay a payment's.
 */
export function enrolmentOnly(years: readonly number[], birthYear: number | null | undefined, chain: PackChain | null | undefined): boolean {
  return birthYear != null && chain != null && years.length === 1 && years[0] === birthYear && birthYearFree(chain, birthYear);
}

export interface PaymentContext {
  today: string;
  scheme: Answers['scheme'];
  /** Repair years that would shorten the wait; null while unknown (rules loading). */
  usefulRepair: number | null;
  /** A newborn's birth year (the newborn question on the history step), else null or absent. */
  birthYear?: number | null;
  /** Employee/flexible: the last month already paid (a payment must come after it). */
  lastPaidMonth?: string | undefined;
  /** The benefit years the region's rules cover; null or absent while they load. */
  packYears?: YearBounds | null | undefined;
  /** A newborn's date of birth (the history step asks it): no payment comes before it. */
  birthDate?: string | null | undefined;
  /** The history step's rows: a made payment after no year without cover is not asked about repair (repairAsked). */
  historyRows?: readonly Pick<HistoryRow, 'year' | 'cover'>[];
  /** The first day the region's rules take a payment for a benefit year (null outside them); absent while they load. */
  takenFrom?: ((year: number) => string | null) | null | undefined;
  /** The payment is a free birth year's enrolment (enrolmentOnly): the date's errors name the enrolment's choices. */
  enrolOnly?: boolean | undefined;
}

// Defined beside the scenario it decides (to-scenario.ts), and offered here with the steps' other helpers.
export { birthDateOf } from './to-scenario';

/** The most repair years a scenario can carry (scenario-schema.ts): what a person may have paid, not what helps. */
export const MAX_REPAIR_YEARS = 30;

/** The back-payment hint's limit: a gap of up to 3 months is usually back-paid (E1). */
export const BACK_PAY_HINT_MONTHS = 3;

/** Employee / flexible: the whole months between the last month paid and the payment's month; null when either is unknown. */
export function employeeGapMonths(lastPaidMonth: string | undefined, date: string): number | null {
  if (!lastPaidMonth || !isTypedMonth(lastPaidMonth) || !isTypedDate(date)) return null;
  const index = (m: string) => yearOf(m) * 12 + Number(m.slice(5, 7)) - 1;
  return Math.max(0, index(monthOf(date)) - index(lastPaidMonth) - 1);
}

/**
 * Whether the repair question is on the step: where it would shorten the wait, for a payment made
 * after a year without cover (what was paid is recorded), or once a number of years is typed. Null
 * usefulness: still unknown. A made payment after no year without cover among the history step's
 * rows (`rows`, those asked: from a baby's birth year, `birthYear`) is not asked about repair where
 * it cannot help: there is no lapse to repair (R5), and the question only puzzled (a baby's first
 * enrolment; a 北京 resident who never lapsed). A child born years earlier, paying for a later year,
 * may have lapse years and may have paid repair for them: still asked.
 */
export function repairAsked(
  usefulRepair: number | null,
  v: Pick<PaymentValues, 'status' | 'repairYears' | 'years' | 'date'>,
  birthYear: number | null | undefined,
  rows: readonly Pick<HistoryRow, 'year' | 'cover'>[],
  today: string,
  packYears: YearBounds | null = null,
): boolean {
  const typed = /^\d+$/.test(v.repairYears.trim()) ? Number(v.repairYears.trim()) : 0;
  // Only the years offered for the date are the payment's (paymentToAnswers): one ticked under an
  // earlier date and kept out of sight would move "before the payment" back a year.
  const offered = offeredYears(v.date, today, birthYear ?? null, packYears);
  const paid = v.years.filter((y) => offered.includes(y));
  const first = paid.length > 0 ? Math.min(...paid) : Infinity;
  const lapse = rows.some((r) => r.cover === 'none' && r.year < first && historyRowAsked(r, birthYear ?? null));
  return usefulRepair !== null && (usefulRepair > 0 || (v.status === 'made' && lapse) || typed > 0);
}

export function paymentSchema({ today, scheme, usefulRepair, lastPaidMonth, packYears, birthYear = null, birthDate = null, takenFrom = null, historyRows = [], enrolOnly = false }: PaymentContext) {
  return z
    .object({ status: z.enum(['made', 'planned']), date: z.string(), years: z.array(z.number()), repairYears: z.string(), backPay: z.boolean() })
    .check(
      z.superRefine((v, ctx) => {
        // One message at the date at a time: the first that applies (the window's, below, only where none does).
        // The date is that of the employer's first contribution, or of a child's enrolment, where the step asks so: its messages name it so, and the choices the step offers.
        const employer = scheme === 'employee';
        const dateProblem = ((): string | null => {
          if (!v.date) return errorMessage('wizard.errors.dateRequired', employer ? { context: 'employer' } : enrolOnly ? { context: 'enrol' } : undefined);
          if (!isTypedDate(v.date)) return errorMessage(typedDateError(v.date));
          if (v.status === 'made' && v.date > today) return errorMessage(employer ? 'wizard.errors.employerArrivedFuture' : enrolOnly ? 'wizard.errors.enrolledFuture' : 'errors.date.futureMade');
          if (v.status === 'planned' && v.date < today) return errorMessage(employer ? 'wizard.errors.employerExpectedPast' : enrolOnly ? 'wizard.errors.enrolPlannedPast' : 'errors.date.pastPlanned');
          // The calculator refuses these too (payment-checks.ts): said here, beside the date, not
          // first on the check page, whose link back would find no error at the field.
          if (birthDate && isTypedDate(birthDate) && v.date < birthDate) return errorMessage('errors.date.beforeBirth', enrolOnly ? { context: 'enrol' } : undefined);
          // A monthly payment outside the rules' years is refused by the calculator (year.outsidePack): said
          // here, rather than reading 1999 as "a month already covered" by cover that ended in 2026.
          if (scheme !== 'resident' && packYears && (Number(v.date.slice(0, 4)) < packYears.from || Number(v.date.slice(0, 4)) > packYears.to)) {
            return errorMessage('errors.year.outsidePack', { from: packYears.from, to: packYears.to });
          }
          // A resident payment none of whose benefit years the rules cover (1999): said at the date,
          // while the year boxes stay at those the person saw and ticked (offeredYears).
          if (scheme === 'resident' && packYears && !dateWithinYears(v.date, birthYear, packYears)) {
            return errorMessage('wizard.errors.dateOutsideYears', { from: packYears.from, to: packYears.to });
          }
          if (scheme !== 'resident' && lastPaidMonth && monthOf(v.date) <= lastPaidMonth) return errorMessage('errors.date.withinEmployeeCover', employer ? { context: 'employer' } : undefined);
          return null;
        })();
        if (dateProblem !== null) issue(ctx, ['date'], dateProblem);
        if (scheme !== 'resident') return;
        const offered = offeredYears(v.date, today, birthYear, packYears ?? null);
        const chosen = v.years.filter((y) => offered.includes(y));
        // R1: no payment for a year is taken before its window opens (the first year paid for).
        const opens = chosen.length > 0 && isTypedDate(v.date) ? (takenFrom?.(Math.min(...chosen)) ?? null) : null;
        if (opens !== null && v.date < opens && dateProblem === null) issue(ctx, ['date'], errorMessage('wizard.errors.paymentBeforeWindow', { year: Math.min(...chosen), date: opens }));
        // A year kept from earlier answers (an older draft, a link) that the rules do not cover is
        // no box any more (offeredYears): said as such, not as "choose a year", so the person knows
        // why the year they chose is gone from the list.
        const outside = packYears ? v.years.some((y) => y < packYears.from || y > packYears.to) : false;
        if (chosen.length === 0 && outside && packYears) issue(ctx, ['years'], errorMessage('errors.year.outsidePack', { from: packYears.from, to: packYears.to }));
        else if (chosen.length === 0) issue(ctx, ['years'], errorMessage('errors.years.required'));
        // Every year before the one paid for is asked about (the history follows the payment's
        // year), within the scenario's bound on history rows (the boxes are within the rules' years).
        else if (Math.min(...chosen) - 1 > LAST_HISTORY_YEAR) {
          issue(ctx, ['years'], errorMessage('wizard.errors.yearsBeyondHistory', { year: LAST_HISTORY_YEAR + 1, rows: MAX_HISTORY_ROWS, from: FIRST_HISTORY_YEAR }));
        }
        // What the person paid (or will pay) is recorded as it is, up to the scenario's limit;
        // beyond the useful number the step warns, it does not refuse. A question not on the
        // step is not checked: nobody could see or fix its error (paymentToAnswers reads it as 0).
        if (repairAsked(usefulRepair, v, birthYear, historyRows, today, packYears ?? null)) {
          const n = v.repairYears.trim();
          if (!/^\d+$/.test(n) || Number(n) > MAX_REPAIR_YEARS) {
            issue(ctx, ['repairYears'], errorMessage('wizard.errors.repairRange', { count: MAX_REPAIR_YEARS }));
          }
        }
      }),
    );
}

export function paymentToAnswers(v: PaymentValues, previous: Answers['payment'], { today, scheme, usefulRepair, birthYear = null, packYears = null }: PaymentContext): Partial<Answers> {
  const offered = offeredYears(v.date, today, birthYear, packYears);
  const repair = /^\d+$/.test(v.repairYears.trim()) ? Number(v.repairYears.trim()) : 0;
  return {
    payment: {
      status: v.status,
      date: isTypedDate(v.date) ? v.date : previous.date,
      years: scheme === 'resident' ? v.years.filter((y) => offered.includes(y)).sort((a, b) => a - b) : [],
      // Unknown usefulness (rules still loading) keeps what was there; otherwise what was typed,
      // even beyond what helps (the result then says the rest removes nothing).
      repairYears: scheme !== 'resident' ? 0 : usefulRepair === null ? previous.repairYears : Math.min(repair, MAX_REPAIR_YEARS),
      backPay: v.backPay,
    },
  };
}

/** What repair can do for the answers: the reach, or `complete: false` (both 0) while they cannot be calculated yet. */
export interface RepairOutlook extends RepairReach {
  /** False while the answers are not complete enough to calculate (no year ticked, say): nothing firm can be said. */
  complete: boolean;
}

const INCOMPLETE: RepairOutlook = { fewest: 0, most: 0, complete: false };

/**
 * How many repair years would shorten the wait (R5), asked of the calculator itself for these
 * answers with no repair: under regional values, the fewest and the most any region's rules
 * allow. Both 0, and `complete: false`, when the answers are not complete enough to calculate:
 * then "repair cannot help" would be a guess.
 */
export function usefulRepairYears(answers: Answers, today: string, packs: readonly RulePack[]): RepairOutlook {
  // No year to pay for ticked yet: the calculator has nothing to answer.
  if (answers.scheme === 'resident' && answers.payment.years.length === 0) return INCOMPLETE;
  try {
    const scenario = toScenario({ ...answers, payment: { ...answers.payment, repairYears: 0 } }, today);
    const reach = repairYearsReach(scenario, packs);
    if (reach.most > 0) return { ...reach, complete: true };
    // None: a firm "repair does not help" only where the answers are a scenario the rules answer.
    return validateScenario(scenario, new PackChain(packs)).ok ? { ...reach, complete: true } : INCOMPLETE;
  } catch {
    // Answers half-way through a change that the scenario cannot hold yet: nothing to offer.
    return INCOMPLETE;
  }
}

/* ---------- circumstances ---------- */

export interface CircumstancesValues extends RegionalValues {
  lowIncomeNotByChoice: boolean;
  newVeteran: boolean;
  veteranDischargeDate: string;
  ciEnabled: boolean;
  originalCapYuan: string;
  noClaimYears: number[];
  bonusUsedYears: number[];
}

export interface CircumstancesContext {
  today: string;
  scheme: Answers['scheme'];
  /** A newborn, and the date of birth ('' if none): answered on the history step, whose years they decide. */
  newborn: boolean;
  birthDate: string;
  /** What the region's rules can use; null while they load (the rules-v2 questions then wait). */
  relevance: QuestionRelevance | null;
  /** Employee schemes: the cover before the payment, answered on the history step. */
  employeePrior?: EmployeePrior;
  /** Flexible workers: an employer paid the cover before, answered on the history step. */
  employerPaid?: boolean;
}

function regionalContext({ scheme, newborn, birthDate, relevance, employeePrior, employerPaid }: CircumstancesContext): RegionalContext {
  return { scheme, newborn, birthDate, relevance, employeePrior, employerPaid };
}

/** The circumstances step's context for these answers. */
export function circumstancesContext(a: Answers, today: string, relevance: QuestionRelevance | null): CircumstancesContext {
  return { today, scheme: a.scheme, newborn: a.circumstances.newborn, birthDate: a.circumstances.birthDate ?? '', relevance, ...employeeCoverFacts(a) };
}

export const FIRST_BONUS_YEAR = 2025;

/** Years offered for the bonus questions: 2025 to this year. */
export function bonusYears(today: string): number[] {
  const years: number[] = [];
  for (let y = FIRST_BONUS_YEAR; y <= yearOf(today); y++) years.push(y);
  return years;
}

/**
 * B2, B4: the years offered as no-claim years or as years the bonus was used: those the answers
 * give resident cover in (a history row paid in the window or late, or a year this payment is
 * for), since the bonus counts a year only where it was covered; and any year already chosen,
 * so no answer is hidden.
 */
export function bonusYearOptions(a: Pick<Answers, 'history' | 'payment' | 'scheme'>, today: string, chosen: readonly number[]): number[] {
  const covered = (y: number) => a.history.years.some((r) => r.year === y && (r.cover === 'resident' || r.cover === 'residentLate')) || (a.scheme === 'resident' && a.payment.years.includes(y));
  return bonusYears(today).filter((y) => covered(y) || chosen.includes(y));
}

export function circumstancesValues(a: Answers): CircumstancesValues {
  const c = a.circumstances;
  const ci = a.criticalIllness;
  return {
    lowIncomeNotByChoice: c.lowIncomeNotByChoice,
    newVeteran: c.newVeteran,
    veteranDischargeDate: c.veteranDischargeDate ?? '',
    ...regionalValues(c),
    ciEnabled: ci.enabled,
    originalCapYuan: ci.originalCapYuan === undefined ? '' : String(ci.originalCapYuan),
    noClaimYears: ci.noClaimYears,
    bonusUsedYears: ci.bonusUsedYears,
  };
}

/** "400,000" and "400 000" are what people type; "400000" is what we read. */
export function parseYuan(text: string): number | null {
  // NFKC: full-width digits and separators, as a Chinese input method types them (４０００００), read as plain ones.
  const plain = text.normalize('NFKC').replace(/[\s,]/g, '');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

export function circumstancesSchema(context: CircumstancesContext) {
  const { today } = context;
  return z
    .object({
      lowIncomeNotByChoice: z.boolean(),
      newVeteran: z.boolean(),
      veteranDischargeDate: z.string(),
      ...regionalShape,
      ciEnabled: z.boolean(),
      originalCapYuan: z.string(),
      noClaimYears: z.array(z.number()),
      bonusUsedYears: z.array(z.number()),
    })
    .check(
      z.superRefine((v, ctx) => {
        // The resident-scheme questions are not asked of the employee schemes: nothing there to check (or to fix).
        // The date of birth is the history step's: checked there (historySchema).
        const resident = asksResidentCircumstances(context.scheme);
        if (resident && !isBaby(context) && v.newVeteran && v.veteranDischargeDate) {
          if (!isTypedDate(v.veteranDischargeDate)) issue(ctx, ['veteranDischargeDate'], errorMessage(typedDateError(v.veteranDischargeDate)));
          else if (v.veteranDischargeDate > today) issue(ctx, ['veteranDischargeDate'], errorMessage('errors.date.afterAsOf'));
        }
        for (const [field, key] of regionalProblems(v, regionalContext(context), today)) issue(ctx, [field], errorMessage(key));
        if (resident && v.ciEnabled) {
          const cap = parseYuan(v.originalCapYuan);
          if (!v.originalCapYuan.trim()) issue(ctx, ['originalCapYuan'], errorMessage('wizard.errors.capRequired'));
          else if (cap === null) issue(ctx, ['originalCapYuan'], errorMessage('wizard.errors.capNumber'));
          else if (cap <= 0) issue(ctx, ['originalCapYuan'], errorMessage('errors.number.positive'));
          else if (cap > 10_000_000) issue(ctx, ['originalCapYuan'], errorMessage('errors.number.tooLarge'));
        }
      }),
    );
}

/**
 * The answers from the step's values. Questions the scheme does not ask (the employee schemes:
 * newborn, exempt groups, the bonus) hold the stored answers, not shown and so unchanged: they
 * are kept, for a switch back to the resident scheme.
 */
export function circumstancesToAnswers(v: CircumstancesValues, context: CircumstancesContext): Partial<Answers> {
  const { today } = context;
  const cap = parseYuan(v.originalCapYuan);
  const offered = bonusYears(today);
  const years = (list: number[]) => list.filter((y) => offered.includes(y)).sort((a, b) => a - b);
  return {
    circumstances: {
      // Answered on the history step: carried as they are.
      newborn: context.newborn,
      ...(context.newborn && isTypedDate(context.birthDate) ? { birthDate: context.birthDate } : {}),
      lowIncomeNotByChoice: v.lowIncomeNotByChoice,
      newVeteran: v.newVeteran,
      ...(v.newVeteran && isTypedDate(v.veteranDischargeDate) ? { veteranDischargeDate: v.veteranDischargeDate } : {}),
      ...regionalToAnswers(v, regionalContext(context)),
    },
    criticalIllness: {
      enabled: v.ciEnabled,
      ...(cap !== null && cap > 0 && cap <= 10_000_000 ? { originalCapYuan: cap } : {}),
      noClaimYears: years(v.noClaimYears),
      bonusUsedYears: years(v.bonusUsedYears),
    },
  };
}
