// A hand-written twin of scenarioSchema for calculate()'s hot path, where zod's generic
// walk cost a quarter of the time. It only accepts or rejects, and on accept returns the
// copy zod would return (known keys only, in schema order, optional keys only if present),
// or with `allKeys` the same values with every optional key present (calculate's reading).
// On reject the caller asks zod for the errors, so their paths and keys cannot drift; and
// test/calc/fast-shape.test.ts checks that both accept exactly the same inputs.
import { exemptGroupSchema, premiumTierSchema } from './pack-schema';
import { SCENARIO_VERSION } from './scenario-schema';
import type { Circumstances, CriticalIllnessInput, EmployeePeriod, Payment, Scenario } from './scenario-schema';
import { isDate, isMonth, isObject, isRegionId, isYear } from './shape-tests';

// Read from the schemas' own enums, so a value added there is accepted here too.
const EXEMPT_GROUPS: ReadonlySet<unknown> = new Set(exemptGroupSchema.options);
const PREMIUM_TIERS: ReadonlySet<unknown> = new Set(premiumTierSchema.options);

type HistoryYear = Scenario['history']['years'][number];

/** A copy of an array of years of at most `max` (and at least `min`) entries, or null. */
function readYears(v: unknown, min: number, max: number): number[] | null {
  if (!Array.isArray(v) || v.length < min || v.length > max) return null;
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) {
    const y: unknown = v[i];
    if (!isYear(y)) return null;
    out[i] = y;
  }
  return out;
}

function readHistoryYears(v: unknown): HistoryYear[] | null {
  if (!Array.isArray(v) || v.length > 40) return null;
  const out = new Array<HistoryYear>(v.length);
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (!isObject(item) || !isYear(item.year)) return null;
    const cover = item.cover;
    if (cover !== 'resident' && cover !== 'employee' && cover !== 'none') return null;
    out[i] = { year: item.year, cover };
  }
  return out;
}

function readPeriods(v: unknown): EmployeePeriod[] | null {
  if (!Array.isArray(v) || v.length > 20) return null;
  const out = new Array<EmployeePeriod>(v.length);
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (!isObject(item) || !isMonth(item.from) || !isMonth(item.to)) return null;
    const period: EmployeePeriod = { from: item.from, to: item.to };
    if ('paidBy' in item) {
      const paidBy = item.paidBy;
      if (paidBy !== undefined && paidBy !== 'employer' && paidBy !== 'self') return null;
      period.paidBy = paidBy;
    }
    if ('fromUnknown' in item) {
      const fromUnknown = item.fromUnknown;
      if (fromUnknown !== undefined && typeof fromUnknown !== 'boolean') return null;
      period.fromUnknown = fromUnknown;
    }
    out[i] = period;
  }
  return out;
}

/** One payment, as the discriminated union on `scheme` reads it. */
export function readPayment(v: unknown): Payment | null {
  if (!isObject(v) || !isDate(v.date)) return null;
  const { date, status, scheme } = v;
  if (status !== 'made' && status !== 'planned') return null;
  if (scheme === 'resident') {
    const years = readYears(v.years, 1, 3);
    const repairYears = v.repairYears;
    if (!years || !Number.isSafeInteger(repairYears) || (repairYears as number) < 0 || (repairYears as number) > 30) return null;
    return { date, status, scheme, years, repairYears: repairYears as number };
  }
  if (scheme !== 'employee' && scheme !== 'flexible') return null;
  return typeof v.backPay === 'boolean' ? { date, status, scheme, backPay: v.backPay } : null;
}

function readPayments(v: unknown): Payment[] | null {
  if (!Array.isArray(v) || v.length < 1 || v.length > 12) return null;
  const out = new Array<Payment>(v.length);
  for (let i = 0; i < v.length; i++) {
    const payment = readPayment(v[i]);
    if (!payment) return null;
    out[i] = payment;
  }
  return out;
}

type ExemptGroupInput = NonNullable<Circumstances['exemptGroup']>;

/** circumstances.exemptGroup: a copy of { group, since?, newlyAdded? } as zod makes it (known keys only), or null. */
function readExemptGroup(v: unknown): ExemptGroupInput | null {
  if (!isObject(v) || !EXEMPT_GROUPS.has(v.group)) return null;
  const out: ExemptGroupInput = { group: v.group as ExemptGroupInput['group'] };
  if ('since' in v) {
    if (v.since !== undefined && !isDate(v.since)) return null;
    out.since = v.since;
  }
  if ('newlyAdded' in v) {
    if (v.newlyAdded !== undefined && typeof v.newlyAdded !== 'boolean') return null;
    out.newlyAdded = v.newlyAdded;
  }
  return out;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isTier = (value: unknown): value is Circumstances['premiumTier'] => PREMIUM_TIERS.has(value);

/**
 * Optional keys: absent is fine, present (even as undefined) is copied. `allKeys`: every key
 * present, undefined where not given (see readScenario). Each key is written out, in schema order
 * (the copy keeps zod's key order): a loop over the keys read them by a variable name, which
 * engines do slowly from objects of many shapes (a person gives any combination).
 */
function readCircumstances(v: unknown, allKeys: boolean): Circumstances | null {
  if (!isObject(v)) return null;
  const out: Circumstances = allKeys ? allUndefined() : {};
  if ('birthDate' in v) {
    if (v.birthDate !== undefined && !isDate(v.birthDate)) return null;
    out.birthDate = v.birthDate;
  }
  if ('lowIncomeNotByChoice' in v) {
    if (v.lowIncomeNotByChoice !== undefined && !isBoolean(v.lowIncomeNotByChoice)) return null;
    out.lowIncomeNotByChoice = v.lowIncomeNotByChoice;
  }
  if ('newVeteran' in v) {
    if (v.newVeteran !== undefined && !isBoolean(v.newVeteran)) return null;
    out.newVeteran = v.newVeteran;
  }
  if ('veteranDischargeDate' in v) {
    if (v.veteranDischargeDate !== undefined && !isDate(v.veteranDischargeDate)) return null;
    out.veteranDischargeDate = v.veteranDischargeDate;
  }
  if ('exemptGroup' in v) {
    const group = v.exemptGroup === undefined ? undefined : readExemptGroup(v.exemptGroup);
    if (group === null) return null;
    out.exemptGroup = group;
  }
  if ('universityEntrant' in v) {
    if (v.universityEntrant !== undefined && !isBoolean(v.universityEntrant)) return null;
    out.universityEntrant = v.universityEntrant;
  }
  if ('subsidisedNewborn' in v) {
    if (v.subsidisedNewborn !== undefined && !isBoolean(v.subsidisedNewborn)) return null;
    out.subsidisedNewborn = v.subsidisedNewborn;
  }
  if ('parentInsured' in v) {
    if (v.parentInsured !== undefined && !isBoolean(v.parentInsured)) return null;
    out.parentInsured = v.parentInsured;
  }
  if ('newbornRegistrationDate' in v) {
    if (v.newbornRegistrationDate !== undefined && !isDate(v.newbornRegistrationDate)) return null;
    out.newbornRegistrationDate = v.newbornRegistrationDate;
  }
  if ('movedRegion' in v) {
    if (v.movedRegion !== undefined && !isBoolean(v.movedRegion)) return null;
    out.movedRegion = v.movedRegion;
  }
  if ('premiumTier' in v) {
    if (v.premiumTier !== undefined && !isTier(v.premiumTier)) return null;
    out.premiumTier = v.premiumTier;
  }
  return out;
}

function readCriticalIllness(v: unknown): CriticalIllnessInput | null {
  if (!isObject(v)) return null;
  const cap = v.originalCapYuan;
  if (typeof cap !== 'number' || !Number.isFinite(cap) || !(cap > 0) || !(cap <= 10_000_000)) return null;
  const noClaimYears = readYears(v.noClaimYears, 0, 80);
  const bonusUsedYears = noClaimYears && readYears(v.bonusUsedYears, 0, 80);
  return noClaimYears && bonusUsedYears ? { originalCapYuan: cap, noClaimYears, bonusUsedYears } : null;
}

/** Circumstances with every key, in schema order, each undefined. */
function allUndefined(): Circumstances {
  return {
    birthDate: undefined,
    lowIncomeNotByChoice: undefined,
    newVeteran: undefined,
    veteranDischargeDate: undefined,
    exemptGroup: undefined,
    universityEntrant: undefined,
    subsidisedNewborn: undefined,
    parentInsured: undefined,
    newbornRegistrationDate: undefined,
    movedRegion: undefined,
    premiumTier: undefined,
  };
}

/**
 * What scenarioSchema.safeParse(input).data would be, or null where it would fail. `allKeys`:
 * the same, but with every optional key of the scenario and its circumstances present (undefined
 * where not given), for calculate(): then every scenario has one shape, and the rules, which read
 * these fields in many places, read them fast. JavaScript engines read a field slowly from objects
 * that come in many shapes (the keys each person gave): a tenth of a pinned calculation (bench A/B).
 */
export function readScenario(input: unknown, allKeys = false): Scenario | null {
  if (!isObject(input) || input.v !== SCENARIO_VERSION || !isDate(input.asOf)) return null;
  const region = input.region;
  if (typeof region !== 'string' || !isRegionId(region)) return null;
  const history = input.history;
  if (!isObject(history)) return null;
  const years = readHistoryYears(history.years);
  const employeePeriods = years && readPeriods(history.employeePeriods);
  const payments = employeePeriods && readPayments(input.payments);
  const circumstances = payments && readCircumstances(input.circumstances, allKeys);
  if (!years || !employeePeriods || !payments || !circumstances) return null;
  const scenario: Scenario = allKeys
    ? { v: SCENARIO_VERSION, asOf: input.asOf, region, history: { years, employeePeriods }, payments, circumstances, criticalIllness: undefined }
    : { v: SCENARIO_VERSION, asOf: input.asOf, region, history: { years, employeePeriods }, payments, circumstances };
  if ('criticalIllness' in input) {
    const value = input.criticalIllness;
    const critical = value === undefined ? undefined : readCriticalIllness(value);
    if (critical === null) return null;
    scenario.criticalIllness = critical;
  }
  return scenario;
}
