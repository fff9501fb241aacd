// The what-if options take the person's own plan's answer from the main run instead of running
// the plan again (calculate.ts). That is only right if the two agree wherever the options read
// them: here every computeOptions call made by calculate() is made a second time without the
// main run's answer, and the options must come out the same, over generated scenarios under the
// national pack (explored, ranges), a region pack and chains that pin everything.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { calculate } from '../../src/calc';
import type { OptionResult } from '../../src/calc';
import { chainOf, regions } from './arbitraries';
import { pinnedIds, V1 } from './pinned-chains';
import { v2ScenarioInArb } from './v2-arbitraries';
import type * as Options from '../../src/calc/options';

const mismatches: { given: OptionResult[]; rerun: OptionResult[] }[] = [];
let calls = 0;

vi.mock('../../src/calc/options', async (importOriginal) => {
  const original = await importOriginal<typeof Options>();
  return {
    ...original,
    computeOptions: (...args: Parameters<typeof original.computeOptions>) => {
      const given = original.computeOptions(...args);
      const [scenario, chain, runner, reach, own] = args;
      if (own !== undefined) {
        calls += 1;
        const rerun = original.computeOptions(scenario, chain, runner, reach);
        if (!isDeepStrictEqual(given, rerun)) mismatches.push({ given, rerun });
      }
      return given;
    },
  };
});

const TIMEOUT = 600_000;

describe('options with the main run’s answer for the plan', () => {
  it.each([
    ['the national pack', ['national'], 2_000],
    ['region packs', regions.filter((r) => r !== 'national'), 2_000],
    ['pinned chains', [V1, ...pinnedIds], 4_000],
  ] as const)('are the options of a second run of the plan, under %s', (_label, ids, numRuns) => {
    mismatches.length = 0;
    calls = 0;
    fc.assert(
      fc.property(v2ScenarioInArb(ids, 3), (s) => {
        calculate(s, chainOf(s.region));
      }),
      { numRuns, seed: 20261130 },
    );
    expect(calls).toBeGreaterThan(numRuns / 2);
    expect(mismatches.slice(0, 3)).toEqual([]);
  }, TIMEOUT);
});
