// The scenario: everything the calculator needs, as plain JSON. The same object is what
// the wizard builds, what a share link carries and what an embedding host may prefill,
// so its schema is the single boundary check for all of them.
import * as z from 'zod/mini';
import { isIsoDate, isIsoMonth } from './dates';
import { exemptGroupSchema, premiumTierSchema } from './pack-schema';

/** v2 (rules v2) adds regional circumstances; v1 scenarios are migrated by migrateScenario. */
export const SCENARIO_VERSION = 2;

export const isoDateSchema = z.string().check(z.refine(isIsoDate, { message: 'date.invalid' }));
export const isoMonthSchema = z.string().check(z.refine(isIsoMonth, { message: 'month.invalid' }));
const yearSchema = z.int().check(z.gte(2000, { message: 'year.outOfRange' }), z.lte(2100, { message: 'year.outOfRange' }));

export const schemeSchema = z.enum(['resident', 'employee', 'flexible']);
export type Scheme = z.infer<typeof schemeSchema>;

/** How a benefit year before the payments was covered, as the person remembers it. */
export const yearCoverSchema = z.enum(['resident', 'employee', 'none']);
export type YearCover = z.infer<typeof yearCoverSchema>;

export const historyYearSchema = z.object({ year: yearSchema, cover: yearCoverSchema });

/** Months paid into the employee scheme, both ends inclusive, and who paid (E3a). */
export const employeePeriodSchema = z.object({
  from: isoMonthSchema,
  to: isoMonthSchema,
  /** An employer, or the person as a flexible worker; absent: not asked. */
  paidBy: z.optional(z.enum(['employer', 'self'])),
  /**
   * True: the first month of this cover was not given (the wizard's "paid since" left blank), so
   * `from` is only the last month known (`to`), not when the cover began. The rules read `from` as
   * before; the timeline does not present it as the start.
   */
  fromUnknown: z.optional(z.boolean()),
});
export type EmployeePeriod = z.infer<typeof employeePeriodSchema>;

const paymentBase = {
  /** The day the money arrives (缴费到账). */
  date: isoDateSchema,
  status: z.enum(['made', 'planned']),
};

export const residentPaymentSchema = z.object({
  ...paymentBase,
  scheme: z.literal('resident'),
  /** Benefit years paid for, consecutive. */
  years: z.array(yearSchema).check(z.minLength(1, { message: 'years.required' }), z.maxLength(3, { message: 'years.tooMany' })),
  /** Extra years of premium paid to repair the variable waiting period (R5). */
  repairYears: z.int().check(z.gte(0, { message: 'number.nonNegative' }), z.lte(30, { message: 'repair.tooMany' })),
});

export const employeePaymentSchema = z.object({
  ...paymentBase,
  scheme: z.enum(['employee', 'flexible']),
  /** Whether the months of the gap are back-paid with this payment (E1). */
  backPay: z.boolean(),
});

export const paymentSchema = z.discriminatedUnion('scheme', [residentPaymentSchema, employeePaymentSchema]);
export type ResidentPayment = z.infer<typeof residentPaymentSchema>;
export type EmployeePayment = z.infer<typeof employeePaymentSchema>;
export type Payment = z.infer<typeof paymentSchema>;

export const circumstancesSchema = z.object({
  birthDate: z.optional(isoDateSchema),
  /** Low-income (困难群众) and the cover stopped not by the person's own choice (X2). */
  lowIncomeNotByChoice: z.optional(z.boolean()),
  /** Newly discharged from active service (刚退出现役, X2). */
  newVeteran: z.optional(z.boolean()),
  veteranDischargeDate: z.optional(isoDateSchema),
  /** A regional exempt group (X2) and the day of the event it counts from (moving in, return, graduation, release). */
  exemptGroup: z.optional(z.object({ group: exemptGroupSchema, since: z.optional(isoDateSchema), newlyAdded: z.optional(z.boolean()) })),
  /** Newly admitted to a university and insured there (R12). */
  universityEntrant: z.optional(z.boolean()),
  /** A newborn whose premium is subsidised (江西, X1). */
  subsidisedNewborn: z.optional(z.boolean()),
  /** A parent of the newborn is insured in the region (R1c: 湖南 enrols such babies born in 2026 free of charge). */
  parentInsured: z.optional(z.boolean()),
  /** The day the newborn was registered for insurance, where it differs from the payment date (X1, 海南). */
  newbornRegistrationDate: z.optional(isoDateSchema),
  /** The employee-scheme cover moved here from another pooling region (转移接续, E1 / S5). */
  movedRegion: z.optional(z.boolean()),
  /** The premium tier, where the region prices tiers (R1c). */
  premiumTier: z.optional(premiumTierSchema),
});

export const criticalIllnessSchema = z.object({
  /** The region's original critical-illness payment cap (原封顶线), in yuan. */
  originalCapYuan: z.number().check(z.gt(0, { message: 'number.positive' }), z.lte(10_000_000, { message: 'number.tooLarge' })),
  /** Years in which the pooled fund paid nothing for the person. */
  noClaimYears: z.array(yearSchema).check(z.maxLength(80, { message: 'years.tooMany' })),
  /** Years in which a critical-illness claim used the accumulated bonus. */
  bonusUsedYears: z.array(yearSchema).check(z.maxLength(80, { message: 'years.tooMany' })),
});

export const scenarioSchema = z.object({
  v: z.literal(SCENARIO_VERSION, { message: 'version.unsupported' }),
  /** The day the question is asked: "today" is always explicit. */
  asOf: isoDateSchema,
  /** Rule pack id, e.g. "national" or "guangdong-guangzhou". */
  region: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'region.invalid' })),
  history: z.object({
    years: z.array(historyYearSchema).check(z.maxLength(40, { message: 'years.tooMany' })),
    employeePeriods: z.array(employeePeriodSchema).check(z.maxLength(20, { message: 'periods.tooMany' })),
  }),
  /** In the order they were (or will be) made; the last one is the one being asked about. */
  payments: z.array(paymentSchema).check(z.minLength(1, { message: 'payments.required' }), z.maxLength(12, { message: 'payments.tooMany' })),
  circumstances: circumstancesSchema,
  criticalIllness: z.optional(criticalIllnessSchema),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Circumstances = z.infer<typeof circumstancesSchema>;
export type CriticalIllnessInput = z.infer<typeof criticalIllnessSchema>;
