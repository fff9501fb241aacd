// What the wizard asks, in the person's terms. `toScenario` turns it into the calculator's
// Scenario; `fromScenario` turns a shared or embedded Scenario back into answers.
import * as z from 'zod/mini';
import { exemptGroupSchema, isoDateSchema, isoMonthSchema, premiumTierSchema } from '../../calc';

export const FIRST_HISTORY_YEAR = 2023;
/**
 * The first benefit year of the rules (I1: lapses before benefit year 2025 do not count, S1
 * 「自2025年起」; every pack starts there). A year before it paid late was paid all the same, and
 * no rule reads the day it was paid: it goes to the calculator as a covered year, not as a payment
 * (which the rules could not take), and its day is not asked.
 */
export const FIRST_RULES_YEAR = 2025;

/** Whether a "resident, paid late" row needs the day its money arrived (from FIRST_RULES_YEAR on). */
export function lateDayAsked(year: number): boolean {
  return year >= FIRST_RULES_YEAR;
}
/** A stored draft is input like any other: every list has a bound (one row a year, 2023 to 2100 at most). */
const MAX_YEAR_ROWS = 80;

export const historyCoverSchema = z.enum(['resident', 'residentLate', 'employee', 'none']);
export type HistoryCover = z.infer<typeof historyCoverSchema>;

export const historyRowSchema = z.object({
  year: z.int(),
  cover: historyCoverSchema,
  /** For "resident, paid late": the day the money arrived. */
  latePaidOn: z.optional(isoDateSchema),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;

export const answersSchema = z.object({
  region: z.string().check(z.minLength(1)),
  scheme: z.enum(['resident', 'employee', 'flexible']),
  history: z.object({
    years: z.array(historyRowSchema).check(z.maxLength(MAX_YEAR_ROWS)),
    /** Employee-scheme cover: the last month paid, and (optional) since when. */
    employeeLastMonth: z.optional(isoMonthSchema),
    employeeSince: z.optional(isoMonthSchema),
    /** Who paid that cover: an employer, or the person as a flexible worker (E3a); absent: not asked. */
    employeePaidBy: z.optional(z.enum(['employer', 'self'])),
    /**
     * Employee schemes: the most recent cover before the payment, where it was not employee-scheme
     * months: resident-scheme years (the rows: a switch, E2), or none at all (a first enrolment,
     * E3 / E3a). Absent: employee-scheme months (employeeLastMonth), as before it was asked.
     */
    employeePrior: z.optional(z.enum(['resident', 'none'])),
  }),
  payment: z.object({
    status: z.enum(['made', 'planned']),
    date: isoDateSchema,
    years: z.array(z.int()).check(z.maxLength(3)),
    repairYears: z.int().check(z.gte(0)),
    backPay: z.boolean(),
  }),
  circumstances: z.object({
    newborn: z.boolean(),
    birthDate: z.optional(isoDateSchema),
    lowIncomeNotByChoice: z.boolean(),
    newVeteran: z.boolean(),
    veteranDischargeDate: z.optional(isoDateSchema),
    /** A regional exempt group (X2), and the day of the event its time limit counts from. */
    exemptGroup: z.optional(exemptGroupSchema),
    exemptSince: z.optional(isoDateSchema),
    /** Newly added to the group (动态新增): asked where a rule exempts only them (云南's medical assistance). */
    exemptNewlyAdded: z.optional(z.boolean()),
    /** Newly admitted to a university and insured there (R12). */
    universityEntrant: z.boolean(),
    /** A newborn whose premium is subsidised, and the day the baby was registered (X1). */
    subsidisedNewborn: z.boolean(),
    /** A parent insured in the region (R1c: 湖南 enrols such newborns free). Optional: drafts from before it was asked have none. */
    parentInsured: z.optional(z.boolean()),
    newbornRegistrationDate: z.optional(isoDateSchema),
    /** The employee cover moved here from another city's scheme (E1, S5). */
    movedRegion: z.boolean(),
    /** The premium tier, where the region prices tiers (R1c). */
    premiumTier: z.optional(premiumTierSchema),
  }),
  criticalIllness: z.object({
    enabled: z.boolean(),
    originalCapYuan: z.optional(z.number()),
    noClaimYears: z.array(z.int()).check(z.maxLength(MAX_YEAR_ROWS)),
    bonusUsedYears: z.array(z.int()).check(z.maxLength(MAX_YEAR_ROWS)),
  }),
});
export type Answers = z.infer<typeof answersSchema>;

/** Nothing ticked: every circumstance question unanswered or "no". */
export function noCircumstances(): Answers['circumstances'] {
  return { newborn: false, lowIncomeNotByChoice: false, newVeteran: false, universityEntrant: false, subsidisedNewborn: false, movedRegion: false };
}

/** The scenario's bound on history rows (scenario-schema.ts: history.years holds at most 40). */
export const MAX_HISTORY_ROWS = 40;
/** The last year the history can ask about within that bound (2062). */
export const LAST_HISTORY_YEAR = FIRST_HISTORY_YEAR + MAX_HISTORY_ROWS - 1;

/**
 * The last benefit year the history asks about: this year; for a payment further ahead, the year
 * before the first year it pays, since the cover in the years between decides the lapse (they are
 * asked, never assumed to be without cover); never past the scenario's bound. Next year is not
 * asked otherwise: it is either a year the payment pays for (asked on the payment step) or a
 * year that has not started and that no rule reads (to-scenario.ts leaves it out), so an answer
 * there would be set aside, and its "Not covered" default shown as if it were the person's.
 */
export function lastHistoryYear(today: string, payment?: Pick<Answers['payment'], 'years'>): number {
  const thisYear = Number(today.slice(0, 4));
  const first = payment && payment.years.length > 0 ? Math.min(...payment.years) : thisYear + 1;
  return Math.min(Math.max(thisYear, first - 1), LAST_HISTORY_YEAR);
}

/** The years after this one and before the payment's first year: not started yet, asked as the cover expected. */
export function aheadYears(today: string, payment: Pick<Answers['payment'], 'years'>): number[] {
  if (payment.years.length === 0) return [];
  const last = Math.min(Math.min(...payment.years) - 1, LAST_HISTORY_YEAR);
  const years: number[] = [];
  for (let y = Number(today.slice(0, 4)) + 1; y <= last; y++) years.push(y);
  return years;
}

/**
 * The years ahead of a resident payment that the history has no row for yet: the person has not
 * been asked about them (the history listed years to next year only when it was answered).
 */
export function unaskedYears(a: Pick<Answers, 'scheme' | 'history' | 'payment'>, today: string): number[] {
  if (a.scheme !== 'resident') return [];
  return aheadYears(today, a.payment).filter((y) => !a.history.years.some((r) => r.year === y));
}

/** Employee schemes: what the cover before the payment was (answers.history.employeePrior; absent: employee months). */
export type EmployeePrior = 'employee' | 'resident' | 'none';

export function employeePriorOf(a: Pick<Answers, 'history'>): EmployeePrior {
  return a.history.employeePrior ?? 'employee';
}

/**
 * What the regional questions need of the employee cover before: what it was (employeePriorOf)
 * and whether an employer paid it (who paid, where answered; unanswered counts as no).
 */
export function employeeCoverFacts(a: Pick<Answers, 'history'>): { employeePrior: EmployeePrior; employerPaid: boolean } {
  return { employeePrior: employeePriorOf(a), employerPaid: a.history.employeePaidBy === 'employer' };
}

/** The last employee month paid, where employee months are the cover before the payment: a payment in or before it is refused. */
export function employeeMonthsPaidTo(a: Pick<Answers, 'history'>): string | undefined {
  return employeePriorOf(a) === 'employee' ? a.history.employeeLastMonth : undefined;
}

/**
 * Employee schemes: the last month covered before the payment, as the wizard's hints count the
 * gap from it (E4): the last employee month paid, December of the last resident year (a switch,
 * E2), or none (a first enrolment, or not answered yet).
 */
export function employeeLastCoveredMonth(a: Pick<Answers, 'history'>): string | undefined {
  const prior = employeePriorOf(a);
  if (prior === 'none') return undefined;
  if (prior === 'employee') return a.history.employeeLastMonth;
  const years = a.history.years.filter((r) => r.cover === 'resident' || r.cover === 'residentLate').map((r) => r.year);
  return years.length > 0 ? `${Math.max(...years)}-12` : undefined;
}

/**
 * The birth year of a baby being enrolled (a date of birth given), else null: nobody is covered,
 * or lapses, before being born (the calculator counts no lapse year before it either).
 */
export function birthYearOf(c: Pick<Answers['circumstances'], 'newborn' | 'birthDate'>): number | null {
  if (!c.newborn || !c.birthDate) return null;
  const year = Number(c.birthDate.slice(0, 4));
  return Number.isSafeInteger(year) ? year : null;
}

/**
 * Whether the history asks (and the answers list) this row: not a year before a baby's birth.
 * What such a row holds is kept (unticking "newborn" shows it again as it was), and the
 * calculator is not given it (to-scenario.ts: nobody is covered before being born).
 */
export function historyRowAsked(row: Pick<HistoryRow, 'year'>, birthYear: number | null): boolean {
  return birthYear === null || row.year >= birthYear;
}

/**
 * History rows from 2023 to `last` (this year unless a payment further ahead asks for more:
 * lastHistoryYear), each "not covered" until the person says otherwise.
 */
export function historyRows(today: string, existing: HistoryRow[] = [], last = Number(today.slice(0, 4))): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (let year = FIRST_HISTORY_YEAR; year <= last; year++) {
    rows.push(existing.find((r) => r.year === year) ?? { year, cover: 'none' });
  }
  return rows;
}

export function defaultAnswers(today: string, region = 'national'): Answers {
  return {
    region,
    scheme: 'resident',
    history: { years: historyRows(today) },
    payment: { status: 'planned', date: today, years: [], repairYears: 0, backPay: true },
    circumstances: noCircumstances(),
    criticalIllness: { enabled: false, noClaimYears: [], bonusUsedYears: [] },
  };
}
