// Properties of calculate() over generated scenarios (test/calc/arbitraries.ts and, for the
// circumstances scenario v2 added, v2-arbitraries.ts). Each runs 10,000 cases; a failure prints
// fast-check's shrunk scenario, which is the bug report. The properties new in rules v2 (I7,
// fully pinned chains, any pack chain) are in properties-v2.test.ts, and §8.4 (region answers
// inside the national one) in containment.test.ts.
//
// Rules v2 answers with a range where the chosen packs leave a value to the region (RULES.md
// §8.2): a range's details (waiting period, exemption) are those of its latest outcome. So the
// properties below read a restoration as the set of answers it stands for, and compare waiting
// periods only where one run made the whole result (fully pinned chains, pinned-chains.ts).
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { CalculationOutcome, EnrolmentResult, Restoration, Result, RulePack, Scenario } from '../../src/calc';
import { waitingMonths } from '../../src/calc/waiting-months';
import { anyWaitingInputsArb, chainOf, junkArb, lapseCaseArb, lapseScenario, regions, s1WaitingInputsArb } from './arbitraries';
import type { LapseCase } from './arbitraries';
import { pinnedIds, V1 } from './pinned-chains';
import { answerSet } from './restoration-sets';
import { v2ScenarioInArb } from './v2-arbitraries';

const RUNS = { numRuns: 10_000 };
// Vitest's 5 s default is too short for 10,000 runs.
const TIMEOUT = 600_000;

/**
 * Scenarios over the shipped packs with at most two payments: under the national pack each
 * payment can branch the run over its regional values, and the cost of a scenario grows
 * several-fold per payment (properties-v2.test.ts and containment.test.ts go to three or four).
 */
const scenarioArb = v2ScenarioInArb(regions, 2);

function calc(s: Scenario): CalculationOutcome {
  return calculate(s, chainOf(s.region));
}

/** The result of a scenario the generator meant to be valid; fails loudly otherwise. */
function mustCalc(s: Scenario): Result {
  const outcome = calc(s);
  if (!outcome.ok) throw new Error(`expected a result for ${JSON.stringify(s)}, got ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

/** expect() is slow at 10,000 runs: only build the assertion (and its message) on failure. */
function check(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

const lapseCount = (e: EnrolmentResult): number => (e.lapse && 'years' in e.lapse ? e.lapse.years.length : 0);

function allRestorations(r: Result): Restoration[] {
  return [r.main.restoration, ...r.enrolments.map((e) => e.restoration), ...r.options.map((o) => o.restoration)];
}

// (b), (e), (f) and (i) are checked on the same 10,000 results: under regional values a
// result costs a handful of runs, and one pass keeps the file's time reasonable. Each check
// names itself in the failure.

/** (b) A single answer came from the run whose wait is shown. A range's wait is its latest outcome's (merge-results.ts). */
function restorationBeforeWait(r: Result): string | null {
  for (const e of r.enrolments) {
    const waiting = e.waiting;
    if (!waiting) continue;
    const x = e.restoration;
    // A newborn covered from birth whose next-year premium, paid with it, waits (X1 covers the birth year only): the wait is that year's.
    // (Its wait starts after the birth-year cover began and ends in the next year.)
    if (e.exemption === 'newborn' && x.kind === 'date' && e.coveredYears[0]?.from === x.date && e.coveredYears.length > 1 && waiting.start > x.date && (waiting.end === null || waiting.end > `${x.date.slice(0, 4)}-12-31`)) continue;
    const { dates } = answerSet(x);
    // The main range's latest day is the shown run's; an earlier payment's range holds the shown run's date among its outcomes.
    const ok = x.kind !== 'range' ? (dates[0] ?? '9999') >= waiting.start : e === r.enrolments.at(-1) ? x.latest >= waiting.start : dates.some((d) => d >= waiting.start);
    if (!ok) return `(b) ${e.scheme} enrolment ${e.paymentIndex}: restoration ${JSON.stringify(x)} before the wait starts (${waiting.start})`;
  }
  return null;
}

/** (e) RULES.md §8.2-3 and result.ts: the shape of every range, and `regional` naming the main one's parameters. */
function badRange(r: Result): string | null {
  for (const x of allRestorations(r)) {
    if (x.kind !== 'range') continue;
    const set = answerSet(x);
    const shown = JSON.stringify(x);
    if (!(x.earliest <= x.latest)) return `(e) reversed range ${shown}`;
    if (x.outcomes.length < 2) return `(e) a range of fewer than two outcomes: ${shown}`;
    if (set.dates.length + set.noCover.length !== x.outcomes.length) return `(e) repeated outcomes: ${shown}`;
    if (set.noCover.length > 1) return `(e) no cover in several years: ${shown}`;
    if (!(set.dates.length >= 1 && x.earliest === set.dates[0] && x.latest === set.dates.at(-1))) return `(e) earliest/latest are not the first and last dated outcomes: ${shown}`;
    if (x.noCoverPossible !== set.noCover.length > 0) return `(e) noCoverPossible wrong: ${shown}`;
    const order = x.outcomes.map((o) => (o.restoration.kind === 'noCover' ? '9999' : o.restoration.date));
    if (!order.every((d, i) => i === 0 || (order[i - 1] as string) < d)) return `(e) outcomes not in order: ${shown}`;
    if (!x.outcomes.every((o) => o.when.length > 0 && o.when.every((w) => w.length > 0 && w.every((c) => c.sources.length > 0)))) return `(e) an outcome without conditions or sources: ${shown}`;
  }
  const main = r.main.restoration;
  // `regional` names the range's conditions, and where the main payment's cover of some days depends
  // on the region too (uncertainCover: 海南's newborn next year), the values that decide it.
  const uncertain = r.main.uncertainCover !== undefined;
  if (main.kind === 'range' ? r.regional.length === 0 : r.regional.length > 0 && !uncertain) return `(e) regional ${JSON.stringify(r.regional)} with main ${JSON.stringify(main)}`;
  // A year that depends on the region is decided by some regional value, and the result names it.
  if (uncertain && r.regional.length === 0) return `(e) uncertain cover ${JSON.stringify(r.main.uncertainCover)} with no regional value named`;
  const named = new Set(main.kind === 'range' ? main.outcomes.flatMap((o) => o.when.flat().map((c) => `${c.param}@${c.year}`)) : []);
  const listed = new Set(r.regional.map((p) => `${p.param}@${p.year}`));
  if (listed.size !== r.regional.length || ![...named].every((n) => listed.has(n)) || (!uncertain && listed.size !== named.size)) return `(e) regional ${JSON.stringify(r.regional)} is not the set of conditions ${[...named].join(', ')}`;
  if (!isDeepStrictEqual(r.main, r.enrolments.at(-1))) return '(e) main is not the last enrolment';
  return null;
}

/** (f) A result survives a JSON round trip unchanged (isDeepStrictEqual: expect() is slow and only its message is needed). */
function notJson(r: Result): string | null {
  const copy: unknown = JSON.parse(JSON.stringify(r));
  if (isDeepStrictEqual(copy, r)) return null;
  expect(copy).toStrictEqual(r);
  return '(f) JSON round trip';
}

const known = new Map<string, Set<string>>();
const knownSources = (region: string): Set<string> => {
  if (!known.has(region)) known.set(region, new Set(chainOf(region).flatMap((p) => p.sources.map((s) => s.id))));
  return known.get(region) as Set<string>;
};

/** (i) Every trace step cites a source, and every cited id (steps, notes, range conditions) is in a pack of the chain. */
function unknownSource(region: string, r: Result): string | null {
  const ids = knownSources(region);
  for (const step of r.trace) {
    if (step.sources.length === 0) return `(i) trace step ${step.rule}/${step.step} cites no source`;
    for (const id of step.sources) if (!ids.has(id)) return `(i) trace step ${step.rule}/${step.step} cites ${id}, which no pack in the chain lists`;
  }
  for (const note of r.notes) for (const id of note.sources) if (!ids.has(id)) return `(i) note ${note.id} cites ${id}, which no pack in the chain lists`;
  for (const x of allRestorations(r)) {
    if (x.kind !== 'range') continue;
    for (const o of x.outcomes) for (const w of o.when) for (const c of w) for (const id of c.sources) if (!ids.has(id)) return `(i) condition ${c.param}=${c.answer} cites ${id}, which no pack in the chain lists`;
  }
  return null;
}

describe('(a) calculate never throws; (b), (e), (f), (i) on every result', () => {
  it('10,000 generated scenarios: a well-formed outcome, most ok, none rules.missing; each result passes (b) (e) (f) (i)', () => {
    const counts = { all: 0, ok: 0, ranges: 0, waits: 0 };
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = calc(s);
        counts.all++;
        if (!outcome.ok) {
          check(outcome.errors.length > 0, () => '(a) ok:false without errors');
          // Only an incomplete pack can give these, and every shipped pack is complete.
          for (const e of outcome.errors) check(e.key !== 'rules.missing' && e.key !== 'rules.failed', () => `(a) ${e.key}`);
          return;
        }
        counts.ok++;
        const r = outcome.result;
        if (r.main.restoration.kind === 'range') counts.ranges++;
        if (r.enrolments.some((e) => e.waiting)) counts.waits++;
        const why = restorationBeforeWait(r) ?? badRange(r) ?? notJson(r) ?? unknownSource(s.region, r);
        check(why === null, () => why as string);
      }),
      RUNS,
    );
    // Guards the generator: if it drifts into producing mostly invalid scenarios, or the
    // results into few ranges or waits, the checks would quietly test little.
    expect(counts.ok / counts.all).toBeGreaterThan(0.85);
    expect(counts.ranges).toBeGreaterThan(1000);
    expect(counts.waits).toBeGreaterThan(2000);
  }, TIMEOUT);

  it('rejects junk with ok:false and a non-empty list of {path, key} errors', () => {
    fc.assert(
      fc.property(junkArb, ({ input, region }) => {
        const outcome = calculate(input, chainOf(region));
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.errors.length).toBeGreaterThan(0);
        for (const e of outcome.errors) {
          expect(Array.isArray(e.path)).toBe(true);
          expect(e.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
          expect(typeof e.key).toBe('string');
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** Lapse cases under the shipped chains, the v1 defaults and the fully pinned chains. */
const lapseInAnyChainArb: fc.Arbitrary<LapseCase> = fc
  .tuple(lapseCaseArb, fc.constantFrom(...regions, V1, ...pinnedIds))
  .map(([c, region]) => ({ ...c, region }));

/** The waiting period in months or days, as the fixed S1 numbers read in that unit (3 months or 90 days ...). */
const inUnit = (months: number, unit: 'months' | 'days') => (unit === 'days' ? months * 30 : months);

/** A no-cover outcome (R1b, late enrolment closed) is decided before the lapse or the repair is read. */
function sameNoCover(a: Restoration, b: Restoration): boolean {
  return isDeepStrictEqual(answerSet(a).noCover, answerSet(b).noCover);
}

/** Whether every run of `later` starts no earlier than the matching run of `earlier`: first and last dates compared. */
function notEarlier(later: Restoration, earlier: Restoration): boolean {
  const a = answerSet(later).span;
  const b = answerSet(earlier).span;
  if (!a || !b) return a === b;
  return a[0] >= b[0] && a[1] >= b[1];
}

describe('(c) more lapse years never shorten the wait', () => {
  // v1 compared the waits' totalMonths. Under v2 a wait is in months or days (R3 waitUnit), and
  // a range's wait is its latest outcome's (§8.2), so two results' waits compare only where one
  // run made each (a fully pinned chain). Each run (one value per regional parameter) waits no
  // less with N+1 lapse years than with N, so the earliest and the latest outcome each move no
  // earlier; whether late enrolment is closed (R1b) does not depend on N.
  it('N+1 lapse years: earliest and latest cover no earlier; the wait no shorter where one run made the result', () => {
    fc.assert(
      fc.property(lapseInAnyChainArb, (c) => {
        const shorter = mustCalc(lapseScenario(c, c.lapseYears)).main;
        const longer = mustCalc(lapseScenario(c, c.lapseYears + 1)).main;
        const shown = () => `N=${c.lapseYears}: ${JSON.stringify(shorter.restoration)}, N+1: ${JSON.stringify(longer.restoration)}`;
        check(sameNoCover(longer.restoration, shorter.restoration), shown);
        check(notEarlier(longer.restoration, shorter.restoration), shown);
        if (pinnedIds.includes(c.region) && shorter.waiting && longer.waiting) {
          check(longer.waiting.unit === shorter.waiting.unit && longer.waiting.total >= shorter.waiting.total, () => `waits ${JSON.stringify(shorter.waiting)} then ${JSON.stringify(longer.waiting)}`);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(d) repair', () => {
  // As (c): dates for every chain, waits where one run made the result. v1's "at most one month
  // per repair year" reads "one month or 30 days" where the region counts days (R3, R5).
  it('through calculate: a repair year never makes cover later; one run removes at most one month (30 days), never below the fixed period or the 6-month floor', () => {
    fc.assert(
      fc.property(lapseInAnyChainArb, (c) => {
        const before = mustCalc(lapseScenario(c, c.lapseYears, c.repairYears)).main;
        const after = mustCalc(lapseScenario(c, c.lapseYears, c.repairYears + 1)).main;
        const shown = () => `repair ${c.repairYears}: ${JSON.stringify(before.restoration)}, ${c.repairYears + 1}: ${JSON.stringify(after.restoration)}`;
        check(sameNoCover(after.restoration, before.restoration), shown);
        check(notEarlier(before.restoration, after.restoration), shown);
        // N as the calculator counts it: lapse years before 2025 do not count (I1).
        const n = lapseCount(after);
        check(n === lapseCount(before), () => `the lapse count changed with repair: ${lapseCount(before)} then ${n}`);
        if (!pinnedIds.includes(c.region) || !before.waiting || !after.waiting) return;
        const unit = after.waiting.unit;
        check(before.waiting.unit === unit, () => 'the unit changed with repair');
        const removed = before.waiting.total - after.waiting.total;
        check(removed >= 0 && removed <= inUnit(1, unit), () => `one repair year removed ${removed} ${unit}`);
        check(after.waiting.total >= after.waiting.fixed, () => `below the fixed period: ${JSON.stringify(after.waiting)}`);
        check(after.waiting.total === after.waiting.fixed + after.waiting.variable && after.waiting.variable === after.waiting.variableBeforeRepair - after.waiting.repairRemoved, () => `the parts do not add up: ${JSON.stringify(after.waiting)}`);
        // Every shipped pack uses the S1 fixed period of 3 months (90 days) and the 6-month (180-day) floor.
        if (n >= 1) check(after.waiting.total >= inUnit(3, unit), () => `N=${n}: ${JSON.stringify(after.waiting)}`);
        if (n >= 4) check(after.waiting.total >= inUnit(6, unit), () => `N=${n}: ${JSON.stringify(after.waiting)}`);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('waitingMonths with the S1 numbers: one month per repair year, at least 3 (fixed), at least 6 from 4 lapse years', () => {
    fc.assert(
      fc.property(s1WaitingInputsArb, (i) => {
        const before = waitingMonths(i);
        const after = waitingMonths({ ...i, repairYears: i.repairYears + 1 });
        expect(before.total - after.total).toBeGreaterThanOrEqual(0);
        expect(before.total - after.total).toBeLessThanOrEqual(1);
        expect(after.total).toBeGreaterThanOrEqual(after.fixed);
        if (i.lapseYears >= 1 || i.outsideWindow) expect(after.fixed).toBe(3);
        if (i.lapseYears >= 4) expect(after.total).toBeGreaterThanOrEqual(6);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('waitingMonths with any pack numbers: repair removes at most repairMonthsPerYear a year, keeps the fixed period and floor, and useful years are exact', () => {
    fc.assert(
      fc.property(anyWaitingInputsArb, (i) => {
        const at = (repairYears: number) => waitingMonths({ ...i, repairYears });
        const before = at(i.repairYears);
        const after = at(i.repairYears + 1);
        const unrepaired = at(0);
        expect(before.total - after.total).toBeGreaterThanOrEqual(0);
        expect(before.total - after.total).toBeLessThanOrEqual(i.repairMonthsPerYear);
        expect(after.total).toBeGreaterThanOrEqual(after.fixed);
        if (after.floorApplies) expect(after.total).toBeGreaterThanOrEqual(Math.min(i.floorMonths, unrepaired.total));
        // R5: beyond the useful repair years a payment buys nothing; the last useful one does.
        const useful = unrepaired.usefulRepairYears;
        expect(at(useful + 1).total).toBe(at(useful).total);
        if (useful > 0) expect(at(useful - 1).total).toBeGreaterThan(at(useful).total);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(h) determinism and purity', () => {
  /** Deep copies of each chain, made once: a fresh chain per case would time the caches, not the rules. */
  const copies = new Map<string, RulePack[]>();
  const copyOf = (region: string): RulePack[] => {
    if (!copies.has(region)) copies.set(region, structuredClone(chainOf(region)));
    return copies.get(region) as RulePack[];
  };

  it('the same scenario gives the same outcome twice, with copies of the packs, and neither the scenario nor the packs are mutated', () => {
    const pristine = new Map(regions.map((r) => [r, structuredClone(chainOf(r))]));
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const snapshot = structuredClone(s);
        const first = calc(s);
        const second = calculate(structuredClone(s), copyOf(s.region));
        if (!isDeepStrictEqual(first, second)) expect(second).toStrictEqual(first);
        if (!isDeepStrictEqual(s, snapshot)) expect(s).toStrictEqual(snapshot);
      }),
      RUNS,
    );
    for (const r of regions) expect(chainOf(r), `the ${r} chain was mutated`).toStrictEqual(pristine.get(r));
  }, TIMEOUT);

  // The schema does not order a payment's years and validate() sorts them, so listing them
  // newest first must not change what the person is told.
  it('the order in which a payment lists its years does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ordered = (dir: 1 | -1): Scenario => ({
          ...s,
          payments: s.payments.map((p) => (p.scheme === 'resident' ? { ...p, years: [...p.years].sort((a, b) => dir * (a - b)) } : p)),
        });
        const up = calc(ordered(1));
        const down = calc(ordered(-1));
        expect(down.ok).toBe(up.ok);
        if (!up.ok || !down.ok) return;
        const told = (r: Result) => ({ enrolments: r.enrolments, status: r.status, periods: r.periods, regional: r.regional });
        if (!isDeepStrictEqual(told(down.result), told(up.result))) expect(told(down.result)).toStrictEqual(told(up.result));
      }),
      RUNS,
    );
  }, TIMEOUT);
});
