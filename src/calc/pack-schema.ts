// The shape of a rule pack (public/rules/*.json), format v2 (RULES.md §8). Modelled on
// OpenFisca parameter files: every value carries the benefit years it is in force, its unit
// and the sources behind it, so a rule that ends gets an end year instead of a deletion and
// every number is cited. A value is either *pinned* (one value, with its grade and status) or
// *regional*: the variants the law leaves to regions, each with the regions known to use it.
import * as z from 'zod/mini';
import { isIsoDate } from './dates';

export const PACK_SCHEMA_VERSION = 2;

const isoDate = z.string().check(z.refine(isIsoDate, { message: 'date.invalid' }));
const year = z.int().check(z.gte(2000), z.lte(2100));
const nonNegativeInt = z.int().check(z.gte(0));
const yuan = z.number().check(z.gt(0), z.lte(1_000_000));

/** A: national official text; B: a local 医保局 or government statement; B(news): a state paper quoting one; C: secondary. */
export const gradeSchema = z.enum(['A', 'B', 'B(news)', 'C']);
export type Grade = z.infer<typeof gradeSchema>;

export const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** English gloss of a Chinese title, shown to English readers beside the original. */
  titleEn: z.optional(z.string().check(z.minLength(1))),
  issuer: z.string().check(z.minLength(1)),
  /** English gloss of the issuer (and the outlet that carried the document), shown to English readers beside the original. */
  issuerEn: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(z.string().check(z.minLength(4))),
  grade: gradeSchema,
  number: z.optional(z.string()),
  /** The document number is as secondary sources give it, not checked against the document itself. */
  numberUnverified: z.optional(z.boolean()),
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

export const enrolWithinSchema = z.object({
  count: z.int().check(z.gte(1)),
  unit: z.enum(['days', 'months']),
});

/** R1a: a payment period after the window (延长 / 补充缴费期), from 1 Jan of the benefit year (or the day after a window that runs into it) to `end`. */
export const extensionSchema = z.object({
  end: yearDaySchema,
  /** Cover for continuous enrollees paying in it: the payment date, the next day, or the fixed wait. */
  coverStart: z.enum(['paymentDate', 'nextDay', 'fixedWait']),
});
export type Extension = z.infer<typeof extensionSchema>;

/**
 * X1 cross-year cover (newborn.coversNextYear): yes or no for every newborn enrolled in time, or
 * only for those born in the window of the next benefit year (兵团 P-XJ1 「集中缴费期内出生的新生儿…
 * 至次年12月31日」): born from `from` to `to`, days relative to that next year Y+1, the next year is
 * covered too. Where the window's first day is not known, `from` is the first day it is known open.
 */
export const bornInWindowSchema = z.strictObject({
  bornIn: z.strictObject({ from: yearDaySchema, to: yearDaySchema }),
});
export type BornInWindow = z.infer<typeof bornInWindowSchema>;

/** X2: the regional exempt groups (RULES.md §5). */
export const exemptGroupSchema = z.enum([
  'medicalAid', // 医疗救助对象 (dynamic additions)
  'militaryFamily', // 随军未就业家属
  'releasedPrisoner', // 刑满释放人员
  'newResident', // 户口新迁入
  'returnedFromAbroad', // 出国人员回国
  'graduateReturning', // 大学生毕业返乡
  'clergy', // 宗教教职人员
  'unemployedGraduate', // 当年未就业大中专毕业生
]);
export type ExemptGroup = z.infer<typeof exemptGroupSchema>;

export const exemptionRuleSchema = z.object({
  group: exemptGroupSchema,
  /** Enrol within this many days of the event (moving in, return, graduation, release); null: no limit. */
  withinDays: z.nullable(z.int().check(z.gte(1), z.lte(3660))),
  /**
   * The first covered day outside the window: the payment date or the next day where the source
   * says so; `startDay` where it names the group but not the day, so the region's
   * `exempt.startDay` decides (regional under the national rules: I6, never guessed).
   */
  coverStart: z.enum(['paymentDate', 'nextDay', 'startDay']),
  /**
   * Only people newly added to the group (动态新增): 云南 exempts 「动态新增的医疗救助对象」
   * (P-YN1), not everyone who already received medical assistance. Absent: everyone in the group.
   */
  newlyAddedOnly: z.optional(z.literal(true)),
});
export type ExemptionRule = z.infer<typeof exemptionRuleSchema>;

/** R1c premium tiers; `standard` is the one rate of a region without tiers. */
export const premiumTierSchema = z.enum(['standard', 'elderly', 'studentChild', 'workingAge']);
export type PremiumTier = z.infer<typeof premiumTierSchema>;

export const premiumSchema = z.object({
  /** Personal contribution per benefit year, by tier (yuan). */
  personal: z.partialRecord(premiumTierSchema, yuan),
  /** The full premium (personal + subsidy) charged from `from` on, where a region does so. */
  full: z.nullable(z.object({ from: yearDaySchema, yuan })),
  /** X1, R1c: what a newborn pays for the year of birth, where the region says (湖北: 0, 「出生即参保，当年参保无需缴费」). */
  newbornBirthYear: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
  /**
   * X1, R1c: what a newborn pays for the year of birth where a parent is insured in the region
   * (湖南 2026: 0, P-HN1). The region states no rate for other newborns, so theirs is not priced.
   */
  newbornParentInsured: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
});
export type Premium = z.infer<typeof premiumSchema>;

/**
 * E3a (武汉): flexible workers after employer-paid cover, by months since the employer stopped,
 * the month of payment counted as one of them (「含办理当月」: cover to December, paid in April = month 4).
 */
export const afterEmployerTiersSchema = z.object({
  /** Back-paid in one of the first this-many months: the gap is covered. */
  gapCoveredWithinMonths: nonNegativeInt,
  /** Paid in one of the first this-many months (after the tier above): cover from the month after the payment. */
  nextMonthWithinMonths: nonNegativeInt,
  /** Later, and a first enrolment: cover from the 1st of the payment month + this many months. */
  laterWaitMonths: nonNegativeInt,
});

/**
 * A region's rule for people who leave the employee scheme late in the year before benefit year Y
 * and join the resident scheme soon after (衡山 P-HN2: 「2025年职工医保缴费月份不少于3个月，2025年10月1日后
 * 断保且在3个月内参加居民医保的，可选择只按个人缴费标准缴纳2026年度居民医保费，2025年不享受待遇，
 * 2026年不设待遇等待期，自2026年1月1日开始享受待遇」): Y covered from 1 Jan with no wait, at the
 * personal contribution. RULES.md has no such rule (REGIONS §4.12, §5 `employeeYearEndSwitch`).
 */
export const yearEndSwitchSchema = z.strictObject({
  /** Employee-scheme months paid in Y-1, at least. */
  minMonths: z.int().check(z.gte(1), z.lte(12)),
  /** The lapse starts on the 1st of this month of Y-1 or later (the last employee month is the one before it, at the latest December). */
  lapseFromMonth: z.int().check(z.gte(1), z.lte(12)),
  /** Joined the resident scheme within this many months of the lapse: missed months before the payment month, at most. */
  withinMonths: z.int().check(z.gte(0), z.lte(12)),
});

/** Each parameter: its value schema and the unit its entries must declare. */
export const parameterSpecs = {
  // R3-R6: the waiting period, in months or days (R3 waitUnit).
  'resident.waitUnit': { value: z.enum(['months', 'days']), unit: 'enum' },
  'resident.fixedWaitMonths': { value: nonNegativeInt, unit: 'months' },
  'resident.fixedWaitDays': { value: nonNegativeInt, unit: 'days' },
  'resident.variableMonthsPerLapseYear': { value: nonNegativeInt, unit: 'months' },
  'resident.variableDaysPerLapseYear': { value: nonNegativeInt, unit: 'days' },
  'resident.variableReading': { value: z.enum(['additionalYears', 'everyYear']), unit: 'enum' },
  'resident.repairMonthsPerYear': { value: nonNegativeInt, unit: 'months' },
  'resident.repairDaysPerYear': { value: nonNegativeInt, unit: 'days' },
  'resident.repairFloorTriggerYears': { value: nonNegativeInt, unit: 'years' },
  'resident.repairFloorMonths': { value: nonNegativeInt, unit: 'months' },
  'resident.repairFloorDays': { value: nonNegativeInt, unit: 'days' },
  'resident.countLapsesFromYear': { value: year, unit: 'year' },
  // R1, R1a, R1b: the window per benefit year, its extension, and late enrolment.
  'resident.windowStart': { value: yearDaySchema, unit: 'day' },
  'resident.windowEnd': { value: yearDaySchema, unit: 'day' },
  /** §8.5: the latest day any region is known to open its window; a planned payment before it gets a note. */
  'resident.latestWindowStart': { value: yearDaySchema, unit: 'day' },
  'resident.extension': { value: z.nullable(extensionSchema), unit: 'period' },
  /** Last day a payment for Y still buys cover in Y; null: open to 31 Dec. */
  'resident.lateEnrolmentUntil': { value: z.nullable(yearDaySchema), unit: 'day' },
  'resident.dateConvention': { value: z.enum(['sameDay', 'nextDay', 'monthStart']), unit: 'enum' },
  'resident.employeeYearsCountAsCovered': { value: z.boolean(), unit: 'boolean' },
  'resident.premium': { value: z.nullable(premiumSchema), unit: 'yuan' },
  // R12: a university entrant insured at school.
  'resident.universityEntrant': { value: z.enum(['ordinary', 'sep1PrevYear', 'paymentDate']), unit: 'enum' },
  /** Whether that cover needs the entrant's cover not to have lapsed (福建 「连续参保的高校新生」) or not (兵团: first insured there). */
  'resident.universityEntrantNeedsContinuity': { value: z.boolean(), unit: 'boolean' },
  // X1: newborns.
  'newborn.enrolWithin': { value: enrolWithinSchema, unit: 'period' },
  /** `birthPlusLimit`: paid by birth + limit; `birthDayIsDayOne`: the birth day is day 1 (武汉). */
  'newborn.dayCount': { value: z.enum(['birthPlusLimit', 'birthDayIsDayOne']), unit: 'enum' },
  /**
   * After the newborn period, for a payment for the birth year; `nextDayUntilAgeOne` (江西 P-JX4
   * 「出生90天后至1周岁参保缴费的…缴费次日起享受」) also for a later year's payment made before the first birthday.
   * `registrationDate` (海南 P-HI1) covers from the registration to the end of the birth year only:
   * where cover could start only after it (registered, or paid, in a later year), no newborn rule applies.
   */
  'newborn.afterWindow': { value: z.enum(['paymentDate', 'nextDay', 'nextDayUntilAgeOne', 'nextMonthStart', 'registrationDate', 'ordinary']), unit: 'enum' },
  /** true / false for every newborn enrolled in time; or only for those born in the next year's window (BornInWindow). */
  'newborn.coversNextYear': { value: z.union([z.boolean(), bornInWindowSchema]), unit: 'boolean' },
  /** Subsidised newborns enrol with no wait in this many calendar years from the birth year (江西 3). */
  'newborn.exemptYears': { value: nonNegativeInt, unit: 'years' },
  // X2: exempt groups.
  'exempt.lowIncomeNotByChoice': { value: z.boolean(), unit: 'boolean' },
  'exempt.newVeteran': { value: z.boolean(), unit: 'boolean' },
  /** The first covered day of an exempt person paying outside the window. */
  'exempt.startDay': { value: z.enum(['paymentDate', 'nextDay']), unit: 'enum' },
  'exempt.groups': { value: z.array(exemptionRuleSchema).check(z.maxLength(12)), unit: 'list' },
  // E1-E3a: the employee scheme.
  'employee.noWaitGapMonths': { value: nonNegativeInt, unit: 'months' },
  'employee.switchContinuityYears': { value: nonNegativeInt, unit: 'years' },
  /** E1 within one pooling region: gap covered from the payment month; or not, from the next month or next day. */
  'employee.shortGapWithinRegion': { value: z.enum(['gapCovered', 'nextMonth', 'nextDay']), unit: 'enum' },
  /**
   * E2 without two years: ordinary rules, or no wait from the payment date or the next day; or no
   * wait from the region's `exempt.startDay` (`startDay`), where the source exempts switchers but
   * does not say from which day (云南 P-YN1).
   */
  'switch.shortGapWithoutTwoYears': { value: z.enum(['ordinary', 'paymentDate', 'nextDay', 'startDay']), unit: 'enum' },
  /** A year-end switch from the employee to the resident scheme (yearEndSwitchSchema); null: no such rule, the ordinary ones apply. */
  'switch.yearEndToResident': { value: z.nullable(yearEndSwitchSchema), unit: 'months' },
  /** E3 on a switch to the resident scheme after a gap over E1's months: the wait the region sets (0: none beyond the ordinary rules), from the 1st of the payment month or 1 Jan. */
  'switch.longGapWaitMonths': { value: nonNegativeInt, unit: 'months' },
  /** E3: cover from the 1st of the payment month + this many months after a gap over the limit. */
  'employee.longGapWaitMonths': { value: nonNegativeInt, unit: 'months' },
  'flexible.longGapWaitMonths': { value: nonNegativeInt, unit: 'months' },
  'flexible.afterEmployer': { value: z.nullable(afterEmployerTiersSchema), unit: 'months' },
  // B1-B4: critical-illness bonuses.
  'bonus.stepYuan': { value: z.number().check(z.gt(0)), unit: 'yuan' },
  'bonus.stepIsMinimum': { value: z.boolean(), unit: 'boolean' },
  'bonus.qualifyYears': { value: nonNegativeInt, unit: 'years' },
  'bonus.capRatio': { value: z.number().check(z.gt(0), z.lte(1)), unit: 'ratio' },
  'bonus.capYuan': { value: z.nullable(z.number().check(z.gt(0))), unit: 'yuan' },
  'bonus.countFromYear': { value: year, unit: 'year' },
  'bonus.lapseCapCutPerYear': { value: z.nullable(z.number().check(z.gt(0))), unit: 'yuan' },
  'bonus.noClaimRequiresNextYearPaid': { value: z.boolean(), unit: 'boolean' },
  'bonus.noClaimCarryOver': { value: z.boolean(), unit: 'boolean' },
} as const;

export type ParamKey = keyof typeof parameterSpecs;
export type ParamValue<K extends ParamKey> = z.infer<(typeof parameterSpecs)[K]['value']>;

/** How sure the value is; anything but `confirmed` must be shown to the user. */
export const valueStatusSchema = z.enum(['confirmed', 'interpretation', 'unconfirmed']);
export type ValueStatus = z.infer<typeof valueStatusSchema>;

/** Region codes: a pack id (e.g. "hubei-wuhan") or a province or city without a pack (e.g. "shanghai"). */
const regionCode = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

function pinnedSchema<K extends ParamKey>(key: K) {
  const spec = parameterSpecs[key];
  return z.strictObject({
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

function regionalSchema<K extends ParamKey>(key: K) {
  const spec = parameterSpecs[key];
  return z.strictObject({
    from: year,
    to: z.optional(year),
    unit: z.literal(spec.unit),
    /** The values regions are known to use; a result that reads this spans them all (§8). */
    regional: z
      .array(
        z.strictObject({
          value: spec.value as (typeof parameterSpecs)[K]['value'],
          /** Regions known to use it (codes named in the pack's `regionNames`); may be empty for a national default. */
          regions: z.array(regionCode).check(z.maxLength(60)),
          /**
           * Regions whose own pack takes this value as our reading of their texts (status
           * interpretation there), not as something they state (湖南 P-HN2 gives 「3个月(按90天计算)」,
           * not the day cover starts): named for it as our reading, never beside those that state it.
           */
          readRegions: z.optional(z.array(regionCode).check(z.maxLength(60))),
          sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
          status: valueStatusSchema,
        }),
      )
      .check(z.minLength(2), z.maxLength(12)),
    note: z.optional(z.string()),
  });
}

export interface PinnedEntry<K extends ParamKey> {
  from: number;
  to?: number;
  value: ParamValue<K>;
  unit: string;
  sources: string[];
  status: ValueStatus;
  note?: string;
}

export interface Variant<K extends ParamKey> {
  value: ParamValue<K>;
  regions: string[];
  /** Regions whose packs take this value as our reading of their texts (the schema's readRegions). */
  readRegions?: string[] | undefined;
  sources: string[];
  status: ValueStatus;
}

export interface RegionalEntry<K extends ParamKey> {
  from: number;
  to?: number;
  unit: string;
  regional: Variant<K>[];
  note?: string;
}

export type ParamEntry<K extends ParamKey> = PinnedEntry<K> | RegionalEntry<K>;

export function isRegional<K extends ParamKey>(entry: ParamEntry<K>): entry is RegionalEntry<K> {
  return 'regional' in entry;
}

const parametersShape = Object.fromEntries(
  (Object.keys(parameterSpecs) as ParamKey[]).map((key) => [key, z.optional(z.array(z.union([pinnedSchema(key), regionalSchema(key)])).check(z.maxLength(40)))]),
) as { [K in ParamKey]: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<[ReturnType<typeof pinnedSchema<K>>, ReturnType<typeof regionalSchema<K>>]>>> };

const localName = z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const rulePackSchema = z.object({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  version: z.string().check(z.regex(/^\d{4}\.\d+\.\d+$/)),
  lastChecked: isoDate,
  name: localName,
  /** The pack this one falls back to for every value it does not set; null for the baseline. */
  parent: z.nullable(z.string()),
  benefitYears: z.object({ from: year, to: year }),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(200)),
  /** Names of the regions the variants list (baseline only). */
  regionNames: z.optional(z.record(regionCode, localName)),
  parameters: z.strictObject(parametersShape),
});

export type RulePack = z.infer<typeof rulePackSchema>;
