// A hand-written twin of scenarioSchema for calculate()'s hot path, where zod's generic
// walk cost a quarter of the time. It only accepts or rejects, and on accept returns the
// copy zod would return (known keys only, in schema order, optional keys only if present).
// On reject the caller asks zod for the errors, so their paths and keys cannot drift; and
// test/calc/fast-shape.test.ts checks that both accept exactly the same inputs.
import { SCENARIO_VERSION } from './scenario-schema';
import type { Circumstances, CriticalIllnessInput, EmployeePeriod, Payment, Scenario } from './scenario-schema';
import { isDate, isMonth, isObject, isRegionId, isYear } from './shape-tests';

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
    out[i] = { from: item.from, to: item.to };
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

/** Optional keys: absent is fine, present (even as undefined) is copied. */
function readCircumstances(v: unknown): Circumstances | null {
  if (!isObject(v)) return null;
  const out: Circumstances = {};
  if ('birthDate' in v) {
    if (v.birthDate !== undefined && !isDate(v.birthDate)) return null;
    out.birthDate = v.birthDate;
  }
  if ('lowIncomeNotByChoice' in v) {
    if (v.lowIncomeNotByChoice !== undefined && typeof v.lowIncomeNotByChoice !== 'boolean') return null;
    out.lowIncomeNotByChoice = v.lowIncomeNotByChoice;
  }
  if ('newVeteran' in v) {
    if (v.newVeteran !== undefined && typeof v.newVeteran !== 'boolean') return null;
    out.newVeteran = v.newVeteran;
  }
  if ('veteranDischargeDate' in v) {
    if (v.veteranDischargeDate !== undefined && !isDate(v.veteranDischargeDate)) return null;
    out.veteranDischargeDate = v.veteranDischargeDate;
  }
  return out;
}

function readCriticalIllness(v: unknown): CriticalIllnessInput | null {
  if (!isObject(v)) return null;
  const cap = v.originalCapYuan;
  if (typeof cap !== 'number' || !Number.isFinite(cap) || !(cap > 0) || !(cap <= 10_000_000)) return null;
  const noClaimYears = readYears(v.noClaimYears, 0, Infinity);
  const bonusUsedYears = noClaimYears && readYears(v.bonusUsedYears, 0, Infinity);
  return noClaimYears && bonusUsedYears ? { originalCapYuan: cap, noClaimYears, bonusUsedYears } : null;
}

/** What scenarioSchema.safeParse(input).data would be, or null where it would fail. */
export function readScenario(input: unknown): Scenario | null {
  if (!isObject(input) || input.v !== SCENARIO_VERSION || !isDate(input.asOf)) return null;
  const region = input.region;
  if (typeof region !== 'string' || !isRegionId(region)) return null;
  const history = input.history;
  if (!isObject(history)) return null;
  const years = readHistoryYears(history.years);
  const employeePeriods = years && readPeriods(history.employeePeriods);
  const payments = employeePeriods && readPayments(input.payments);
  const circumstances = payments && readCircumstances(input.circumstances);
  if (!years || !employeePeriods || !payments || !circumstances) return null;
  const scenario: Scenario = { v: SCENARIO_VERSION, asOf: input.asOf, region, history: { years, employeePeriods }, payments, circumstances };
  if ('criticalIllness' in input) {
    const value = input.criticalIllness;
    const critical = value === undefined ? undefined : readCriticalIllness(value);
    if (critical === null) return null;
    scenario.criticalIllness = critical;
  }
  return scenario;
}
