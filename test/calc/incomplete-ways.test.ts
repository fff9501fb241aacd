// RULES.md §8.3: a range lists, for each outcome, the ways its conditions lead there. A long
// history can reach one cover in more ways than the engine keeps per branch (explore-payments.ts);
// such an outcome says so (`incomplete`), so the explanation never words the ways it kept as the
// only conditions. A single payment merges nothing and always lists every way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Restoration, Scenario } from '../../src/calc';
import { rangeLines } from '../../src/features/result/range-lines';
import { lateIn2027 } from '../fixtures/national-ranges';
import { chainOf } from './arbitraries';
import { v2ScenarioInArb } from './v2-arbitraries';

const national = chainOf('national');
const rangeOf = (s: Scenario): Extract<Restoration, { kind: 'range' }> | null => {
  const outcome = calculate(s, national);
  return outcome.ok && outcome.result.main.restoration.kind === 'range' ? outcome.result.main.restoration : null;
};

describe('outcomes reached in more ways than are kept', () => {
  it('say so, and their headline line names the rules "among others" instead of wording the kept ways as the conditions', () => {
    const r = rangeOf(lateIn2027);
    expect(r).not.toBeNull();
    const incomplete = r?.outcomes.filter((o) => o.incomplete) ?? [];
    expect(incomplete.length).toBeGreaterThan(0);
    const lines = rangeLines(r as Extract<Restoration, { kind: 'range' }>).lines;
    for (const line of lines) {
      const outcome = r?.outcomes.find((o) => o.restoration === line.restoration);
      if (!outcome?.incomplete) continue;
      expect(line.incomplete).toBe(true);
      expect(line.alternatives).toEqual([]);
      expect(line.dependsOn?.length).toBeGreaterThan(0);
    }
  });

  it('a single payment merges no runs: its outcomes list every way', () => {
    fc.assert(
      fc.property(v2ScenarioInArb(['national'], 1), (s) => {
        for (const o of rangeOf(s)?.outcomes ?? []) expect(o.incomplete).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});
