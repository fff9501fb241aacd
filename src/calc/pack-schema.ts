// The shape of a rule pack (public/rules/*.json). Modelled on OpenFisca parameter files:
// every value carries the benefit years it is in force, its unit and the sources behind it,
// so a rule that ends gets an end year instead of a deletion and every number is cited.
import * as z from 'zod/mini';
import { isIsoDate } from './dates';

export const PACK_SCHEMA_VERSION = 1;

const isoDate = z.string().check(z.refine(isIsoDate, { message: 'date.invalid' }));
const year = z.int().check(z.gte(2000), z.lte(2100));
const nonNegativeInt = z.int().check(z.gte(0));

export const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  issuer: z.string().check(z.minLength(1)),
  date: z.optional(z.string().check(z.minLength(4))),
  /** A: national official text; B: local bureau statement; C: secondary summary. */
  grade: z.enum(['A', 'B', 'C']),
  number: z.optional(z.string()),
  /** Only ever an official site (RULES.md §2). */
  url: z.optional(z.url({ protocol: /^https$/ })),
});
export type Source = z.infer<typeof sourceSchema>;

/** A calendar day relative to benefit year Y: yearOffset -1 and "09-01" means 1 Sep of Y-1. */
export const yearDaySchema = z.object({
  yearOffset: z.int().check(z.gte(-1), z.lte(0)),
  monthDay: z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
});
export type YearDay = z.infer<typeof yearDaySchema>;

export const longGapWaitSchema = z.discriminatedUnion('kind', [
  /** The law leaves it to the region: anything from no wait up to maxMonths (S5 ③). */
  z.object({ kind: z.literal('range'), maxMonths: nonNegativeInt }),
  /** A region that fixes it: cover from the first day of payment month + months. */
  z.object({ kind: z.literal('fixed'), months: nonNegativeInt }),
]);
export type LongGapWait = z.infer<typeof longGapWaitSchema>;

export const enrolWithinSchema = z.object({
  count: z.int().check(z.gte(1)),
  unit: z.enum(['days', 'months']),
});

/** Each parameter: its value schema and the unit its entries must declare. */
export const parameterSpecs = {
  'resident.fixedWaitMonths': { value: nonNegativeInt, unit: 'months' },
  'resident.variableMonthsPerLapseYear': { value: nonNegativeInt, unit: 'months' },
  'resident.variableReading': { value: z.enum(['additionalYears', 'everyYear']), unit: 'enum' },
  'resident.repairMonthsPerYear': { value: nonNegativeInt, unit: 'months' },
  'resident.repairFloorTriggerYears': { value: nonNegativeInt, unit: 'years' },
  'resident.repairFloorMonths': { value: nonNegativeInt, unit: 'months' },
  'resident.countLapsesFromYear': { value: year, unit: 'year' },
  'resident.windowStart': { value: yearDaySchema, unit: 'day' },
  'resident.windowEnd': { value: yearDaySchema, unit: 'day' },
  'resident.extendedWindowEnd': { value: z.nullable(yearDaySchema), unit: 'day' },
  'resident.dateConvention': { value: z.enum(['sameDay', 'nextDay', 'monthStart']), unit: 'enum' },
  'resident.employeeYearsCountAsCovered': { value: z.boolean(), unit: 'boolean' },
  'resident.contributionYuan': { value: z.nullable(z.number().check(z.gt(0))), unit: 'yuan' },
  'newborn.enrolWithin': { value: enrolWithinSchema, unit: 'period' },
  'newborn.afterWindow': { value: z.enum(['regional', 'paymentDate', 'ordinary']), unit: 'enum' },
  'exempt.lowIncomeNotByChoice': { value: z.boolean(), unit: 'boolean' },
  'exempt.newVeteran': { value: z.boolean(), unit: 'boolean' },
  'employee.noWaitGapMonths': { value: nonNegativeInt, unit: 'months' },
  'employee.switchContinuityYears': { value: nonNegativeInt, unit: 'years' },
  'employee.longGapWait': { value: longGapWaitSchema, unit: 'months' },
  'flexible.longGapWait': { value: longGapWaitSchema, unit: 'months' },
  'bonus.stepYuan': { value: z.number().check(z.gt(0)), unit: 'yuan' },
  'bonus.stepIsMinimum': { value: z.boolean(), unit: 'boolean' },
  'bonus.qualifyYears': { value: nonNegativeInt, unit: 'years' },
  'bonus.capRatio': { value: z.number().check(z.gt(0), z.lte(1)), unit: 'ratio' },
  'bonus.capYuan': { value: z.nullable(z.number().check(z.gt(0))), unit: 'yuan' },
  'bonus.countFromYear': { value: year, unit: 'year' },
} as const;

export type ParamKey = keyof typeof parameterSpecs;
export type ParamValue<K extends ParamKey> = z.infer<(typeof parameterSpecs)[K]['value']>;

/** How sure the value is; anything but `confirmed` must be shown to the user. */
export const valueStatusSchema = z.enum(['confirmed', 'interpretation', 'unconfirmed']);
export type ValueStatus = z.infer<typeof valueStatusSchema>;

function entrySchema<K extends ParamKey>(key: K) {
  const spec = parameterSpecs[key];
  return z.object({
    from: year,
    to: z.optional(year),
    value: spec.value as (typeof parameterSpecs)[K]['value'],
    unit: z.literal(spec.unit),
    sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    status: valueStatusSchema,
    /** Id of the note the UI shows when this value is used and not confirmed. */
    note: z.optional(z.string()),
  });
}

export type ParamEntry<K extends ParamKey> = {
  from: number;
  to?: number;
  value: ParamValue<K>;
  unit: string;
  sources: string[];
  status: ValueStatus;
  note?: string;
};

const parametersShape = Object.fromEntries(
  (Object.keys(parameterSpecs) as ParamKey[]).map((key) => [key, z.optional(z.array(entrySchema(key)))]),
) as { [K in ParamKey]: z.ZodMiniOptional<z.ZodMiniArray<ReturnType<typeof entrySchema<K>>>> };

export const rulePackSchema = z.object({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  version: z.string().check(z.regex(/^\d{4}\.\d+\.\d+$/)),
  lastChecked: isoDate,
  name: z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  /** The pack this one falls back to for every value it does not set; null for the baseline. */
  parent: z.nullable(z.string()),
  benefitYears: z.object({ from: year, to: year }),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  parameters: z.strictObject(parametersShape),
});

export type RulePack = z.infer<typeof rulePackSchema>;
