// calculate() checks a scenario's structure with a hand-written twin of scenarioSchema
// (src/calc/scenario-shape.ts) and asks zod only for the errors of input the twin rejects.
// So the two must accept exactly the same inputs and, on accept, give the same scenario;
// the errors then come from zod itself. Compared here on junk, on valid scenarios and on
// valid scenarios with one field set to a boundary value.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calculate, parseScenario, PackChain, validateScenario } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { exemptGroupSchema, premiumTierSchema } from '../../src/calc/pack-schema';
import { circumstancesSchema } from '../../src/calc/scenario-schema';
import { readScenario } from '../../src/calc/scenario-shape';
import { chainOf, dayNumber, isoFromDay, junkArb, scenarioArb } from './arbitraries';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;

/** Values on both sides of every boundary in the schema, and values of every other kind. */
const EDGE_VALUES: unknown[] = [
  1999, 2000, 2100, 2101, 2025.5, -0, 0, -1, 30, 31, 1e7, 1e7 + 1, 5e-324, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER,
  Infinity, -Infinity, Number.NaN, '2024-02-29', '2023-02-29', '2025-12-31', '2025-04-31', '2025-1-01', ' 2025-01-01',
  '2025-01-01 ', '2025-01-01\n', '２０２５-01-01', '2025-01', '2025-00', '2025-13', '0000-01', '9999-12-31', 'resident',
  'employee', 'flexible', 'none', 'made', 'planned', 'national', 'a-b', 'a--b', '-a', 'a-', 'A', '', true, false,
  undefined, null, [], {}, [2025], [2025, 2026, 2027], [2025, 2026, 2027, 2028], new Date(0), new Map(), '1', 1,
  'x'.repeat(13), new Uint8Array(13), Object.create(null), 'employer', 'self', 'medicalAid', 'clergy', 'standard', 'elderly',
  'studentChild', { group: 'medicalAid' }, { group: 'newResident', since: '2026-02-30' }, { group: 'nobody' }, { since: '2026-01-01' },
];

type Path = (string | number)[];

/** scenarioSchema's circumstances keys, in schema order. */
const circumstancesKeysOf = () => circumstancesSchema.def.shape;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** Optional and unknown keys, which only an object that has them can test. */
const EXTRA_KEYS = [
  'birthDate', 'lowIncomeNotByChoice', 'newVeteran', 'veteranDischargeDate', 'exemptGroup', 'universityEntrant', 'subsidisedNewborn', 'parentInsured',
  'newbornRegistrationDate', 'movedRegion', 'premiumTier', 'paidBy', 'fromUnknown', 'group', 'since', 'newlyAdded', 'criticalIllness', 'extra', '__proto__',
];

const dateArb = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2027-12-31') }).map(isoFromDay);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** The v2 circumstances, each absent, present as undefined, or set (scenarioArb sets none of them). */
const v2CircumstancesArb = fc.record(
  {
    exemptGroup: maybe(fc.record({ group: fc.constantFrom(...exemptGroupSchema.options), since: maybe(dateArb), newlyAdded: maybe(fc.boolean()) }, { requiredKeys: ['group'] })),
    universityEntrant: maybe(fc.boolean()),
    subsidisedNewborn: maybe(fc.boolean()),
    parentInsured: maybe(fc.boolean()),
    newbornRegistrationDate: maybe(dateArb),
    movedRegion: maybe(fc.boolean()),
    premiumTier: maybe(fc.constantFrom(...premiumTierSchema.options)),
  },
  { requiredKeys: [] },
);

/** Who paid an employee period: absent, undefined, or one of the two. */
const paidByArb = fc.constantFrom<'absent' | 'employer' | 'self' | undefined>('absent', 'employer', 'self', undefined);

/** Valid v2 scenarios using every v2 field somewhere. */
const v2ScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioArb, v2CircumstancesArb, fc.array(paidByArb, { maxLength: 3 }))
  .map(([scenario, extra, paidBy]) => ({
    ...scenario,
    history: {
      ...scenario.history,
      employeePeriods: scenario.history.employeePeriods.map((p, i) => {
        const who = paidBy[i] ?? 'absent';
        return who === 'absent' ? p : { ...p, paidBy: who };
      }),
    },
    circumstances: { ...scenario.circumstances, ...extra },
  }));

type Change = 'replace' | 'addKey' | 'inherit';

/**
 * A valid scenario with one change at a random place: a value replaced, a key added, or an
 * object replaced by one that only inherits its keys (zod reads keys with `in`, so they count).
 */
const edgeArb: fc.Arbitrary<unknown> = fc
  .tuple(
    v2ScenarioArb,
    fc.nat(),
    fc.oneof(fc.constantFrom(...EDGE_VALUES), fc.anything({ maxDepth: 2 })),
    fc.constantFrom<Change>('replace', 'replace', 'addKey', 'inherit'),
    fc.constantFrom(...EXTRA_KEYS),
  )
  .map(([scenario, pick, value, change, key]) => {
    const root = { scenario: structuredClone(scenario) as unknown };
    const paths = pathsOf(root.scenario, ['scenario']);
    const path = paths[pick % paths.length] as Path;
    let parent = root as unknown as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    const target = parent[last];
    const isPlainObject = target !== null && typeof target === 'object' && !Array.isArray(target);
    if (change === 'addKey' && isPlainObject) (target as Record<string, unknown>)[key] = value;
    else if (change === 'inherit' && isPlainObject) parent[last] = Object.create(target);
    else parent[last] = value;
    return root.scenario;
  });

const verdicts = { accepted: 0, rejected: 0 };

/** The twin and zod agree: same verdict, and the same scenario, key order included. */
function agree(input: unknown): void {
  const fast = readScenario(input);
  const zod = parseScenario(input);
  verdicts[zod.ok ? 'accepted' : 'rejected']++;
  if ((fast !== null) !== zod.ok) expect.fail(`twin ${fast ? 'accepts' : 'rejects'}, zod ${zod.ok ? 'accepts' : 'rejects'}: ${fc.stringify(input)}`);
  if (!zod.ok || !fast) return;
  if (!isDeepStrictEqual(fast, zod.scenario) || JSON.stringify(fast) !== JSON.stringify(zod.scenario)) expect(fast).toStrictEqual(zod.scenario);
}

describe('the fast structural check agrees with scenarioSchema', () => {
  it('on junk', () => fc.assert(fc.property(junkArb, ({ input }) => agree(input)), RUNS), TIMEOUT);
  it('on valid scenarios', () => fc.assert(fc.property(v2ScenarioArb, (s) => agree(s)), RUNS), TIMEOUT);
  it('on scenarios with one value changed, a key added or keys inherited; a good share of them still valid', () => {
    verdicts.accepted = verdicts.rejected = 0;
    fc.assert(fc.property(edgeArb, (input) => agree(input)), RUNS);
    // Guards the generator: both verdicts must be well represented, or the comparison is one-sided.
    expect(verdicts.accepted).toBeGreaterThan(RUNS.numRuns / 10);
    expect(verdicts.rejected).toBeGreaterThan(RUNS.numRuns / 10);
  }, TIMEOUT);

  it('with allKeys (calculate’s reading), the same verdict and values, with every optional key of the scenario and its circumstances present', () => {
    const circumstanceKeys = Object.keys(circumstancesKeysOf());
    fc.assert(
      fc.property(fc.oneof(v2ScenarioArb, edgeArb), (input) => {
        const plain = readScenario(input);
        const all = readScenario(input, true);
        expect(all === null).toBe(plain === null);
        if (!plain || !all) return;
        // Equal once the keys left undefined are set aside (toEqual ignores them), and in zod's order.
        expect(all).toEqual(plain);
        expect(Object.keys(all)).toEqual(['v', 'asOf', 'region', 'history', 'payments', 'circumstances', 'criticalIllness']);
        expect(Object.keys(all.circumstances)).toEqual(circumstanceKeys);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('validateScenario with allKeys gives the same verdict, errors and values as without', () => {
    const chain = new PackChain(chainOf('national'));
    fc.assert(
      fc.property(fc.oneof(v2ScenarioArb, edgeArb), (input) => {
        const plain = validateScenario(input, chain);
        const all = validateScenario(input, chain, true);
        if (!plain.ok || !all.ok) {
          expect(all).toStrictEqual(plain);
          return;
        }
        expect(all.scenario).toEqual(plain.scenario);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('so validateScenario and calculate report exactly parseScenario’s errors, in order, for malformed input', () => {
    fc.assert(
      fc.property(fc.oneof(junkArb.map((j) => j.input), edgeArb), (input) => {
        const zod = parseScenario(input);
        if (zod.ok) return;
        const chain = chainOf('national');
        const validated = validateScenario(input, new PackChain(chain));
        const calculated = calculate(input, chain);
        if (!isDeepStrictEqual(validated, zod)) expect(validated).toStrictEqual(zod);
        if (!isDeepStrictEqual(calculated, zod)) expect(calculated).toStrictEqual(zod);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
