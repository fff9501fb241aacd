// fast-check arbitraries for the calculator. Scenarios are built from small random "genes"
// by a pure function, so fast-check shrinks the genes and the counterexample it prints is
// the simplest scenario that still fails. Dates use UTC day numbers only: the generated
// input must not depend on the machine's time zone, or the time-zone test would compare
// different inputs.
import fc from 'fast-check';
import { PackChain, SCENARIO_VERSION } from '../../src/calc';
import type { Payment, RulePack, Scenario, YearCover } from '../../src/calc';
import type { WaitingInputs } from '../../src/calc/waiting-months';
import { chainFor, packIds } from '../fixtures/packs';

// ---------------------------------------------------------------------------------------
// Calendar helpers (independent of src/calc/dates so a bug there cannot hide in the inputs)

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const yearOfDay = (day: number): number => Number(isoFromDay(day).slice(0, 4));
const monthIndexOf = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthFromIndex = (i: number): string => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------
// Packs

/**
 * Pack ids in public/rules, sorted so a seed gives the same regions on every machine, national
 * first so that counterexamples shrink to the baseline.
 */
export const regions: readonly string[] = [...packIds].sort((a, b) => (a === 'national' ? -1 : b === 'national' ? 1 : a.localeCompare(b)));

const chains = new Map<string, RulePack[]>();

/**
 * Makes a test-only chain (a fixture pack id, e.g. "test-v1-defaults") known to chainOf and
 * windowStartDay, so generated scenarios can name it as their region.
 */
export function registerChain(region: string, packs: RulePack[]): void {
  chains.set(region, packs);
  for (const key of [...windowStarts.keys()]) if (key.startsWith(`${region}:`)) windowStarts.delete(key);
}

/** Loading a chain reads and parses JSON; properties call this thousands of times. */
export function chainOf(region: string): RulePack[] {
  let chain = chains.get(region);
  if (!chain) {
    chain = chainFor(region);
    chains.set(region, chain);
  }
  return chain;
}

const windowStarts = new Map<string, number>();

/**
 * First day (day number) of the window for benefit year `year` in `region`. Read through the
 * public PackChain so the generator keeps payments valid even in regions with their own window
 * (Hebei opens the 2026 window on 20 Oct).
 */
export function windowStartDay(region: string, year: number): number {
  const key = `${region}:${year}`;
  let day = windowStarts.get(key);
  if (day === undefined) {
    const { yearOffset, monthDay } = new PackChain(chainOf(region)).get('resident.windowStart', year).value;
    const [m, d] = monthDay.split('-').map(Number) as [number, number];
    const y = year + yearOffset;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    day = Date.UTC(y, m - 1, Math.min(d, last)) / DAY_MS;
    windowStarts.set(key, day);
  }
  return day;
}

// ---------------------------------------------------------------------------------------
// Valid scenarios

const AS_OF_FIRST = dayNumber('2025-01-01');
const AS_OF_LAST = dayNumber('2031-12-31');
/** The 2025 window opens on 1 Sep 2024: nothing useful can be paid earlier. */
const PAYMENT_FIRST = dayNumber('2024-09-01');
/** The packs cover benefit years up to 2032. */
const PAYMENT_LAST = dayNumber('2032-12-31');
const PACK_FIRST_YEAR = 2025;
const PACK_FIRST_DAY = dayNumber('2025-01-01');
const PACK_LAST_YEAR = 2032;
const HISTORY_FIRST_YEAR = 2023;
const HISTORY_YEARS = 9; // 2023..2031

/** Weighted choice that shrinks towards the first (simplest) entry. */
const weighted = <T>(...entries: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> =>
  fc.oneof({ withCrossShrink: true }, ...entries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

interface PaymentGene {
  scheme: 'resident' | 'employee' | 'flexible';
  /** Days between this payment and the one before it. */
  gapDays: number;
  /** Pay next year's premium (in its window) rather than the current year's. */
  nextYear: boolean;
  extraYears: number;
  repairYears: number;
  backPay: boolean;
  /** List the years newest first: order must not matter. */
  reverseYears: boolean;
}

type BirthGene = null | { kind: 'newborn'; daysBefore: number } | { kind: 'adult'; day: number };

export interface ScenarioGenes {
  asOfDay: number;
  region: string;
  payments: PaymentGene[];
  lastPlanned: boolean;
  lastOffsetDays: number;
  history: ('skip' | YearCover)[];
  employeePeriods: { gapMonths: number; lengthMonths: number }[];
  birth: BirthGene;
  special: null | { lowIncome: boolean | undefined; newVeteran: boolean | undefined; dischargeDaysBefore: number | undefined };
  critical: null | { cap: number; noClaim: number[]; used: number[] };
}

const paymentGeneArb: fc.Arbitrary<PaymentGene> = fc.record({
  scheme: weighted<PaymentGene['scheme']>([6, fc.constant('resident')], [1, fc.constant('employee')], [1, fc.constant('flexible')]),
  gapDays: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 500 })),
  nextYear: fc.boolean(),
  extraYears: weighted([4, fc.constant(0)], [1, fc.integer({ min: 1, max: 2 })]),
  repairYears: weighted([3, fc.constant(0)], [2, fc.integer({ min: 0, max: 8 })], [1, fc.integer({ min: 0, max: 30 })]),
  backPay: fc.boolean(),
  reverseYears: weighted([5, fc.constant(false)], [1, fc.constant(true)]),
});

const yearsOfInterest = Array.from({ length: 10 }, (_, i) => HISTORY_FIRST_YEAR + i); // 2023..2032

export const genesArb: fc.Arbitrary<ScenarioGenes> = fc.record({
  asOfDay: fc.integer({ min: 0, max: AS_OF_LAST - AS_OF_FIRST }),
  region: fc.constantFrom(...regions),
  payments: fc.array(paymentGeneArb, { minLength: 1, maxLength: 4 }),
  lastPlanned: fc.boolean(),
  lastOffsetDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 500 })),
  history: fc.array(fc.constantFrom<'skip' | YearCover>('skip', 'none', 'resident', 'employee'), { minLength: HISTORY_YEARS, maxLength: HISTORY_YEARS }),
  employeePeriods: weighted(
    [3, fc.constant([])],
    [
      2,
      fc.array(
        fc.record({
          // Mostly a long gap before the payments: a short one makes nearly every resident
          // payment a switch (X3) and hides the ordinary waiting period.
          gapMonths: weighted([1, fc.integer({ min: 0, max: 3 })], [2, fc.integer({ min: 4, max: 36 })]),
          lengthMonths: fc.integer({ min: 1, max: 72 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    ],
  ),
  birth: weighted<BirthGene>(
    [4, fc.constant(null)],
    [1, fc.record({ kind: fc.constant('newborn' as const), daysBefore: fc.integer({ min: 0, max: 200 }) })],
    [1, fc.record({ kind: fc.constant('adult' as const), day: fc.integer({ min: dayNumber('1940-01-01'), max: dayNumber('2023-12-31') }) })],
  ),
  special: weighted<ScenarioGenes['special']>(
    [5, fc.constant(null)],
    [
      1,
      fc.record({
        lowIncome: fc.option(fc.boolean(), { nil: undefined }),
        newVeteran: fc.option(fc.boolean(), { nil: undefined }),
        dischargeDaysBefore: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      }),
    ],
  ),
  critical: weighted<ScenarioGenes['critical']>(
    [3, fc.constant(null)],
    [
      1,
      fc.record({
        cap: fc.oneof(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0.01, max: 10_000_000, noNaN: true })),
        noClaim: fc.subarray(yearsOfInterest),
        used: fc.subarray(yearsOfInterest),
      }),
    ],
  ),
});

/**
 * Benefit years for a resident payment that validate() accepts: consecutive, inside the pack,
 * not before the payment's year (except a newborn's birth year, X1), at most next year, not
 * before that year's window opens and not paid before. Null when no year is possible.
 */
function residentYears(region: string, day: number, gene: PaymentGene, prevLast: number, newbornYear: number | null): number[] | null {
  const payYear = yearOfDay(day);
  let first: number;
  if (newbornYear !== null && newbornYear > prevLast && newbornYear >= PACK_FIRST_YEAR && newbornYear <= payYear) {
    first = newbornYear;
  } else {
    const next = payYear + 1 <= PACK_LAST_YEAR && gene.nextYear && day >= windowStartDay(region, payYear + 1);
    first = Math.max(next ? payYear + 1 : payYear, prevLast + 1, PACK_FIRST_YEAR);
  }
  if (first > payYear + 1 || first > PACK_LAST_YEAR || day < windowStartDay(region, first)) return null;
  const last = Math.min(first + gene.extraYears, PACK_LAST_YEAR);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return gene.reverseYears ? years.reverse() : years;
}

export function buildScenario(g: ScenarioGenes): Scenario {
  const asOfDay = AS_OF_FIRST + g.asOfDay;
  const asOf = isoFromDay(asOfDay);
  const n = g.payments.length;

  // Dates, newest first. Made payments are on or before asOf; a planned last one on or after.
  const days: number[] = new Array<number>(n);
  let cursor: number;
  if (g.lastPlanned) {
    days[n - 1] = Math.min(asOfDay + g.lastOffsetDays, PAYMENT_LAST);
    cursor = asOfDay;
  } else {
    days[n - 1] = Math.max(asOfDay - g.lastOffsetDays, PAYMENT_FIRST);
    cursor = days[n - 1] as number;
  }
  for (let k = n - 2; k >= 0; k--) {
    cursor = Math.max(cursor - (g.payments[k + 1] as PaymentGene).gapDays, PAYMENT_FIRST);
    days[k] = cursor;
  }

  let birthDay: number | null = null;
  if (g.birth?.kind === 'newborn') birthDay = Math.min((days[0] as number) - g.birth.daysBefore, asOfDay);
  if (g.birth?.kind === 'adult') birthDay = g.birth.day;
  const birthYear = birthDay === null ? null : yearOfDay(birthDay);
  const newbornYear = g.birth?.kind === 'newborn' ? birthYear : null;

  // Years are assigned oldest first so that no year is paid twice.
  const payments: Payment[] = [];
  const lastPaidYear = () => Math.max(PACK_FIRST_YEAR - 1, ...payments.flatMap((p) => (p.scheme === 'resident' ? p.years : [])));
  g.payments.forEach((gene, k) => {
    const day = days[k] as number;
    const date = isoFromDay(day);
    const status = g.lastPlanned && k === n - 1 ? 'planned' : 'made';
    if (gene.scheme === 'resident') {
      let years = residentYears(g.region, day, gene, lastPaidYear(), newbornYear);
      // The last payment is the question: earlier resident payments give way to it (an earlier
      // one that has no payable year is dropped).
      while (!years && k === n - 1 && payments.some((p) => p.scheme === 'resident')) {
        payments.splice(payments.findLastIndex((p) => p.scheme === 'resident'), 1);
        years = residentYears(g.region, day, gene, lastPaidYear(), newbornYear);
      }
      if (years) {
        payments.push({ scheme: 'resident', date, status, years, repairYears: gene.repairYears });
        return;
      }
      if (k < n - 1) return;
    }
    // The packs start with 2025: an earlier employee-scheme payment is outside every pack
    // (year.outsidePack). Only the last payment keeps such a date, so a few invalid ones remain.
    if (day < PACK_FIRST_DAY && k < n - 1) return;
    payments.push({ scheme: gene.scheme === 'flexible' ? 'flexible' : 'employee', date, status, backPay: gene.backPay });
  });
  const paidYears = new Set(payments.flatMap((p) => (p.scheme === 'resident' ? p.years : [])));

  // Employee periods end before the first employee-scheme payment (E-payments resume cover).
  const firstEmployee = payments.find((p) => p.scheme !== 'resident');
  let capMonth = monthIndexOf(asOf);
  if (firstEmployee) capMonth = Math.min(capMonth, monthIndexOf(firstEmployee.date) - 1);
  const minMonth = Math.max(monthIndexOf('2000-01-01'), birthDay === null ? -Infinity : monthIndexOf(isoFromDay(birthDay)));
  const employeePeriods: Scenario['history']['employeePeriods'] = [];
  let to = capMonth;
  for (const p of g.employeePeriods) {
    to -= p.gapMonths;
    const from = Math.max(to - p.lengthMonths + 1, minMonth);
    if (from > to) break;
    employeePeriods.push({ from: monthFromIndex(from), to: monthFromIndex(to) });
    to = from - 2; // leave at least one month between periods: they may not overlap
  }

  const asOfYear = yearOfDay(asOfDay);
  const historyYears: Scenario['history']['years'] = [];
  g.history.forEach((gene, i) => {
    const year = HISTORY_FIRST_YEAR + i;
    if (gene === 'skip' || year > asOfYear + 1 || paidYears.has(year)) return;
    historyYears.push({ year, cover: birthYear !== null && year < birthYear ? 'none' : gene });
  });

  const circumstances: Scenario['circumstances'] = {};
  if (birthDay !== null) circumstances.birthDate = isoFromDay(birthDay);
  if (g.special?.lowIncome !== undefined) circumstances.lowIncomeNotByChoice = g.special.lowIncome;
  if (g.special?.newVeteran !== undefined) circumstances.newVeteran = g.special.newVeteran;
  if (g.special?.dischargeDaysBefore !== undefined) circumstances.veteranDischargeDate = isoFromDay(asOfDay - g.special.dischargeDaysBefore);

  const scenario: Scenario = {
    v: SCENARIO_VERSION,
    asOf,
    region: g.region,
    history: { years: historyYears, employeePeriods },
    payments,
    circumstances,
  };
  if (g.critical) {
    const notFuture = (y: number) => y <= asOfYear + 1;
    scenario.criticalIllness = { originalCapYuan: g.critical.cap, noClaimYears: g.critical.noClaim.filter(notFuture), bonusUsedYears: g.critical.used.filter(notFuture) };
  }
  return scenario;
}

/** Schema-valid scenarios; nearly all (the properties check the share) pass validate() too. */
export const scenarioArb: fc.Arbitrary<Scenario> = genesArb.map(buildScenario);

// ---------------------------------------------------------------------------------------
// Junk

export interface JunkInput {
  input: unknown;
  /** Whose chain to calculate with: the mutated scenario's region, or national. */
  region: string;
}

type Kind = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';

function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'object' || t === 'string' || t === 'number' || t === 'boolean' ? t : 'other';
}

/**
 * Values no scenario field accepts in place of a value of another kind; the same-kind values
 * are invalid for every field of that kind ('' and 'x y' match no date, enum or region id;
 * -1, NaN and 1e9 fit no year, count, version or cap).
 */
const REPLACEMENTS: Record<Kind, unknown[]> = {
  null: [null],
  array: [[]],
  object: [{}],
  string: ['', 'x y', '2025-02-30', '2025-13'],
  number: [-1, Number.NaN, 1e9, 42],
  boolean: [true],
  other: [],
};
const SAME_KIND_INVALID: Partial<Record<Kind, unknown[]>> = { string: ['', 'x y', '2025-13-01'], number: [-1, Number.NaN, 1e9] };

/** Keys whose absence is valid: deleting them would not make junk. */
const OPTIONAL_KEYS = new Set(['birthDate', 'lowIncomeNotByChoice', 'newVeteran', 'veteranDischargeDate', 'criticalIllness']);

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1) as string | number);
  return copy;
}

/** A valid scenario with one field replaced by a value of the wrong kind, or a required key deleted. */
function mutate(scenario: Scenario, pathPick: number, valuePick: number, remove: boolean): unknown {
  const paths = pathsOf(scenario);
  const path = paths[pathPick % paths.length] as Path;
  const key = path.at(-1);
  if (remove && typeof key === 'string' && !OPTIONAL_KEYS.has(key)) {
    return setAt(scenario, path, (parent, k) => {
      delete parent[k];
    });
  }
  let current: unknown = scenario;
  for (const k of path) current = (current as Record<string | number, unknown>)[k];
  const kind = kindOf(current);
  const pool = [
    ...(Object.keys(REPLACEMENTS) as Kind[]).filter((k) => k !== kind).flatMap((k) => REPLACEMENTS[k]),
    ...(SAME_KIND_INVALID[kind] ?? []),
  ];
  const replacement = pool[valuePick % pool.length];
  if (path.length === 0) return replacement;
  return setAt(scenario, path, (parent, k) => {
    parent[k] = replacement;
  });
}

const mutatedArb: fc.Arbitrary<JunkInput> = fc
  .tuple(scenarioArb, fc.nat(), fc.nat(), fc.boolean())
  .map(([s, pathPick, valuePick, remove]) => ({ input: mutate(s, pathPick, valuePick, remove), region: s.region }));

const anythingArb: fc.Arbitrary<JunkInput> = fc
  .anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  })
  .map((input) => ({ input, region: 'national' }));

/**
 * Objects shaped almost like a scenario, so the junk reaches past the first schema check. Never
 * valid in practice: a payment drawn from fc.anything() is not a payment object.
 */
const shapedArb: fc.Arbitrary<JunkInput> = fc
  .record({
    v: fc.oneof(fc.constant(SCENARIO_VERSION), fc.anything()),
    asOf: fc.oneof(fc.constant('2025-06-01'), fc.string(), fc.anything()),
    region: fc.oneof(fc.constant('national'), fc.string()),
    history: fc.oneof(fc.record({ years: fc.array(fc.anything()), employeePeriods: fc.array(fc.anything()) }), fc.anything()),
    payments: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
    circumstances: fc.oneof(fc.constant({}), fc.anything()),
  })
  .map((input) => ({ input, region: 'national' }));

/** Input calculate() must reject (ok:false) without throwing. */
export const junkArb: fc.Arbitrary<JunkInput> = fc.oneof(mutatedArb, anythingArb, shapedArb);

// ---------------------------------------------------------------------------------------
// Lapse-count scenarios for the monotonicity and repair properties

export interface LapseCase {
  region: string;
  /** The benefit year paid. */
  year: number;
  /** Lapse years before it; N + 1 still fits in 2023.. so the comparison has a partner. */
  lapseYears: number;
  /** Pay in the window the year before (late in the year) or on a day of the year itself. */
  inWindow: boolean;
  dayOffset: number;
  repairYears: number;
}

export const lapseCaseArb: fc.Arbitrary<LapseCase> = fc
  .record({
    region: fc.constantFrom(...regions),
    year: fc.integer({ min: PACK_FIRST_YEAR, max: PACK_LAST_YEAR }),
    lapseYears: fc.integer({ min: 0, max: PACK_LAST_YEAR - HISTORY_FIRST_YEAR - 1 }),
    inWindow: fc.boolean(),
    dayOffset: fc.integer({ min: 0, max: 364 }),
    repairYears: weighted([2, fc.constant(0)], [3, fc.integer({ min: 0, max: 8 })]),
  })
  // N + 1 lapse years must start in 2023 or later, the first year the history covers.
  .map((c) => ({ ...c, lapseYears: Math.min(c.lapseYears, c.year - HISTORY_FIRST_YEAR - 1) }));

/**
 * Resident scenario: covered in year Y-N-1 (if it is in the history range), lapsed for the N
 * years before Y, paying Y with the given repair. The payment day depends only on the case, so
 * N and N+1 differ in the history alone.
 */
export function lapseScenario(c: LapseCase, lapseYears: number, repairYears = c.repairYears): Scenario {
  // In the window: from 20 Oct of Y-1 (or the day the region's window opens, if later) to 25 Dec
  // at the latest, the earliest known window end (RULES.md R1).
  const opens = Math.max(dayNumber(`${c.year - 1}-10-20`), windowStartDay(c.region, c.year));
  const day = c.inWindow ? Math.min(opens + (c.dayOffset % 73), Math.max(opens, dayNumber(`${c.year - 1}-12-25`))) : dayNumber(`${c.year}-01-01`) + Math.min(c.dayOffset, 364);
  const date = isoFromDay(day);
  const years: Scenario['history']['years'] = [];
  const coveredYear = c.year - lapseYears - 1;
  if (coveredYear >= HISTORY_FIRST_YEAR) years.push({ year: coveredYear, cover: 'resident' });
  for (let y = c.year - lapseYears; y < c.year; y++) years.push({ year: y, cover: 'none' });
  return {
    v: SCENARIO_VERSION,
    asOf: date,
    region: c.region,
    history: { years, employeePeriods: [] },
    payments: [{ scheme: 'resident', date, status: 'made', years: [c.year], repairYears }],
    circumstances: {},
  };
}

// ---------------------------------------------------------------------------------------
// Direct inputs of waitingMonths()

/** The S1 numbers (3 fixed, +1 a year, -1 per repair year, 6-month floor from 4 years). */
export const s1WaitingInputsArb: fc.Arbitrary<WaitingInputs> = fc.record({
  lapseYears: fc.integer({ min: 0, max: 40 }),
  outsideWindow: fc.boolean(),
  repairYears: fc.integer({ min: 0, max: 40 }),
  fixedMonths: fc.constant(3),
  variablePerYear: fc.constant(1),
  reading: fc.constantFrom('additionalYears' as const, 'everyYear' as const),
  repairMonthsPerYear: fc.constant(1),
  floorTriggerYears: fc.constant(4),
  floorMonths: fc.constant(6),
});

/** Any pack numbers a region might publish. */
export const anyWaitingInputsArb: fc.Arbitrary<WaitingInputs> = fc.record({
  lapseYears: fc.integer({ min: 0, max: 40 }),
  outsideWindow: fc.boolean(),
  repairYears: fc.integer({ min: 0, max: 40 }),
  fixedMonths: fc.integer({ min: 0, max: 12 }),
  variablePerYear: fc.integer({ min: 0, max: 3 }),
  reading: fc.constantFrom('additionalYears' as const, 'everyYear' as const),
  repairMonthsPerYear: fc.integer({ min: 0, max: 3 }),
  floorTriggerYears: fc.integer({ min: 0, max: 8 }),
  floorMonths: fc.integer({ min: 0, max: 12 }),
});
