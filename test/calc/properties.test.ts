// Properties of calculate() over generated scenarios (test/calc/arbitraries.ts). Each runs
// 10,000 cases; a failure prints fast-check's shrunk scenario, which is the bug report.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { CalculationOutcome, EnrolmentResult, Restoration, Result, Scenario } from '../../src/calc';
import { waitingMonths } from '../../src/calc/waiting-months';
import { anyWaitingInputsArb, chainOf, junkArb, lapseCaseArb, lapseScenario, s1WaitingInputsArb, scenarioArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };
// Vitest's 5 s default is too short for 10,000 runs; each property stays well under 10 s.
const TIMEOUT = 60_000;

function calc(s: Scenario): CalculationOutcome {
  return calculate(s, chainOf(s.region));
}

/** The result of a scenario the generator meant to be valid; fails loudly otherwise. */
function mustCalc(s: Scenario): Result {
  const outcome = calc(s);
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

interface OkCase {
  scenario: Scenario;
  result: Result;
}

/**
 * Generated scenarios that validate, with their result; the rest are checked by the
 * never-throws property. A counterexample prints as its scenario alone: the result is long
 * and can be recomputed.
 */
const okCaseArb: fc.Arbitrary<OkCase> = scenarioArb
  .map((scenario) => ({ scenario, outcome: calc(scenario) }))
  .filter((x): x is { scenario: Scenario; outcome: { ok: true; result: Result } } => x.outcome.ok)
  .map(({ scenario, outcome }) => ({ scenario, result: outcome.result, [fc.toStringMethod]: () => fc.stringify(scenario) }));

/** expect() is slow at 10,000 runs: only build the assertion (and its message) on failure. */
function check(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

const firstDay = (r: Restoration): string => (r.kind === 'range' ? r.earliest : r.date);
const totalMonths = (e: EnrolmentResult): number => e.waiting?.totalMonths ?? 0;
const lapseCount = (e: EnrolmentResult): number => (e.lapse && 'years' in e.lapse ? e.lapse.years.length : 0);

function allRestorations(r: Result): Restoration[] {
  return [r.main.restoration, ...r.enrolments.map((e) => e.restoration), ...r.options.map((o) => o.restoration)];
}

describe('(a) calculate never throws', () => {
  it('returns a well-formed outcome for generated scenarios, most of them ok', () => {
    let ok = 0;
    let all = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = calc(s);
        all++;
        if (outcome.ok) {
          ok++;
          return;
        }
        expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
    // Guards the generator: if it drifts into producing mostly invalid scenarios, the other
    // properties would quietly test nothing.
    expect(ok / all).toBeGreaterThan(0.85);
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

  // calculate() says only an incomplete pack can reach its 'rules.missing' error, and every
  // shipped pack is complete: a scenario that validates must therefore get a result.
  it('gives every scenario that passes validation a result (no rules.missing with complete packs)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = calc(s);
        if (!outcome.ok) expect(outcome.errors).not.toContainEqual({ path: ['region'], key: 'rules.missing' });
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(b) restoration never precedes the start of the wait', () => {
  const restorationAfterWaitStart = (scheme: 'resident' | 'other') =>
    fc.property(okCaseArb, ({ result }) => {
      for (const e of [result.main, ...result.enrolments]) {
        const waiting = e.waiting;
        if (!waiting || (e.scheme === 'resident') !== (scheme === 'resident')) continue;
        check(firstDay(e.restoration) >= waiting.start, () => `enrolment ${e.paymentIndex}: restoration ${JSON.stringify(e.restoration)} before the wait starts (${waiting.start})`);
      }
    });

  it('resident enrolments', () => fc.assert(restorationAfterWaitStart('resident'), RUNS), TIMEOUT);
  it('employee and flexible enrolments', () => fc.assert(restorationAfterWaitStart('other'), RUNS), TIMEOUT);
});

describe('(c) more lapse years never shorten the wait', () => {
  it('N+1 lapse years wait at least as long as N, and cover starts no earlier', () => {
    fc.assert(
      fc.property(lapseCaseArb, (c) => {
        const shorter = mustCalc(lapseScenario(c, c.lapseYears)).main;
        const longer = mustCalc(lapseScenario(c, c.lapseYears + 1)).main;
        expect(totalMonths(longer)).toBeGreaterThanOrEqual(totalMonths(shorter));
        expect(firstDay(longer.restoration) >= firstDay(shorter.restoration)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(d) repair', () => {
  it('through calculate: each repair year removes at most one month, never below the fixed period or the 6-month floor', () => {
    fc.assert(
      fc.property(lapseCaseArb, (c) => {
        const before = mustCalc(lapseScenario(c, c.lapseYears, c.repairYears)).main;
        const after = mustCalc(lapseScenario(c, c.lapseYears, c.repairYears + 1)).main;
        const removed = totalMonths(before) - totalMonths(after);
        expect(removed).toBeGreaterThanOrEqual(0);
        expect(removed).toBeLessThanOrEqual(1);
        expect(firstDay(after.restoration) <= firstDay(before.restoration)).toBe(true);
        if (after.waiting) expect(after.waiting.totalMonths).toBeGreaterThanOrEqual(after.waiting.fixedMonths);
        // N as the calculator counts it: lapse years before 2025 do not count (I1).
        const n = lapseCount(after);
        expect(n).toBe(lapseCount(before));
        // Every shipped pack uses the S1 fixed period of 3 months and the 6-month floor.
        if (n >= 1) expect(totalMonths(after)).toBeGreaterThanOrEqual(3);
        if (n >= 4) expect(totalMonths(after)).toBeGreaterThanOrEqual(6);
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

describe('(e) ranges', () => {
  it('earliest <= latest for every range (main, enrolments, options)', () => {
    fc.assert(
      fc.property(okCaseArb, ({ result }) => {
        for (const r of allRestorations(result)) if (r.kind === 'range') check(r.earliest <= r.latest, () => `reversed range ${JSON.stringify(r)}`);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(f) JSON', () => {
  it('a result survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(okCaseArb, ({ result }) => {
        const copy: unknown = JSON.parse(JSON.stringify(result));
        // isDeepStrictEqual first: expect() is slow, and only its message is needed on failure.
        if (!isDeepStrictEqual(copy, result)) expect(copy).toStrictEqual(result);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(h) determinism and purity', () => {
  it('the same scenario gives the same outcome twice, with copies of the packs, and is not mutated', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const snapshot = structuredClone(s);
        const first = calc(s);
        const second = calculate(structuredClone(s), structuredClone(chainOf(s.region)));
        if (!isDeepStrictEqual(first, second)) expect(second).toStrictEqual(first);
        if (!isDeepStrictEqual(s, snapshot)) expect(s).toStrictEqual(snapshot);
      }),
      RUNS,
    );
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
        const told = (r: Result) => ({ enrolments: r.enrolments, status: r.status, periods: r.periods });
        if (!isDeepStrictEqual(told(down.result), told(up.result))) expect(told(down.result)).toStrictEqual(told(up.result));
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('(i) sources', () => {
  const known = new Map<string, Set<string>>();
  const knownSources = (region: string): Set<string> => {
    if (!known.has(region)) known.set(region, new Set(chainOf(region).flatMap((p) => p.sources.map((s) => s.id))));
    return known.get(region) as Set<string>;
  };

  it('every trace step cites at least one source, and every cited id exists in a pack of the chain', () => {
    fc.assert(
      fc.property(okCaseArb, ({ scenario, result }) => {
        const known = knownSources(scenario.region);
        for (const step of result.trace) {
          check(step.sources.length > 0, () => `trace step ${step.rule}/${step.step} cites no source`);
          for (const id of step.sources) check(known.has(id), () => `trace step ${step.rule}/${step.step} cites ${id}, which no pack in the chain lists`);
        }
        for (const note of result.notes) for (const id of note.sources) check(known.has(id), () => `note ${note.id} cites ${id}, which no pack in the chain lists`);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
