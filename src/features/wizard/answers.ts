// What the wizard asks, in the person's terms. `toScenario` turns it into the calculator's
// Scenario; `fromScenario` turns a shared or embedded Scenario back into answers.
import * as z from 'zod/mini';
import { isoDateSchema, isoMonthSchema } from '../../calc';

export const FIRST_HISTORY_YEAR = 2023;

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
    years: z.array(historyRowSchema),
    /** Employee-scheme cover: the last month paid, and (optional) since when. */
    employeeLastMonth: z.optional(isoMonthSchema),
    employeeSince: z.optional(isoMonthSchema),
  }),
  payment: z.object({
    status: z.enum(['made', 'planned']),
    date: isoDateSchema,
    years: z.array(z.int()),
    repairYears: z.int().check(z.gte(0)),
    backPay: z.boolean(),
  }),
  circumstances: z.object({
    newborn: z.boolean(),
    birthDate: z.optional(isoDateSchema),
    lowIncomeNotByChoice: z.boolean(),
    newVeteran: z.boolean(),
    veteranDischargeDate: z.optional(isoDateSchema),
  }),
  criticalIllness: z.object({
    enabled: z.boolean(),
    originalCapYuan: z.optional(z.number()),
    noClaimYears: z.array(z.int()),
    bonusUsedYears: z.array(z.int()),
  }),
});
export type Answers = z.infer<typeof answersSchema>;

/** History rows from 2023 to next year, each "not covered" until the person says otherwise. */
export function historyRows(today: string, existing: HistoryRow[] = []): HistoryRow[] {
  const last = Number(today.slice(0, 4)) + 1;
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
    circumstances: { newborn: false, lowIncomeNotByChoice: false, newVeteran: false },
    criticalIllness: { enabled: false, noClaimYears: [], bonusUsedYears: [] },
  };
}
