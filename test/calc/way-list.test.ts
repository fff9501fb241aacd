// The bounded list of ways to one answer (way-list.ts): its short keys, and whether it says that a
// way was left out. Keys are compared by the thousand in a long history, so they are short codes;
// they must still be equal exactly when the conditions (parameter, year, answer) are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/calc';
import { conditionsKey, WayList } from '../../src/calc/way-list';

const PARAMS = ['resident.windowEnd', 'resident.dateConvention', 'resident.waitUnit'] as const;

/** A fresh object each time, as each run of the engine makes its own. */
const condition = (p: number, year: number, answer: string, regions: string[] = [`r${p}`]): Condition => ({ param: PARAMS[p] as Condition['param'], year, answer, regions, sources: ['S'], variants: [0] });

const wayArb = fc.array(fc.record({ p: fc.integer({ min: 0, max: 2 }), year: fc.integer({ min: 2025, max: 2028 }), answer: fc.constantFrom('a', 'b', 'sameDay', 'nextDay', '3') }), { maxLength: 6 });
const text = (way: { p: number; year: number; answer: string }[]) => way.map((c) => `${PARAMS[c.p]}@${c.year}=${c.answer};`).join('');

describe('conditionsKey', () => {
  it('is equal for two lists exactly when their conditions are, in the same order, whatever the objects (fast-check)', () => {
    fc.assert(
      fc.property(wayArb, wayArb, (a, b) => {
        const key = (way: typeof a) => conditionsKey(way.map((c) => condition(c.p, c.year, c.answer)));
        expect(key(a) === key(b)).toBe(text(a) === text(b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('conditionsKey past 16,384 distinct conditions (codes of two characters)', () => {
  it('still gives every list of one or two of them a key of its own', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => condition(i % 3, 2025 + (i % 4), `x${i}`));
    const keys = new Set(many.map((c) => conditionsKey([c])));
    expect(keys.size).toBe(many.length);
    // Pairs across the 16,384 boundary: each order its own key, and no pair equals a single.
    const pairs = [0, 16_383, 16_384, 19_999].flatMap((a) => [1, 16_385, 19_998].map((b) => conditionsKey([many[a] as Condition, many[b] as Condition])));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const k of pairs) expect(keys.has(k)).toBe(false);
  });
});

describe('WayList past its bound', () => {
  const kept = [condition(0, 2026, 'a')];
  const again = [condition(0, 2026, 'a')];
  const newCondition = [condition(1, 2026, 'a')];
  const nothingNew = [condition(0, 2026, 'a'), condition(0, 2026, 'a', ['r0'])];

  it('keeps a way that names a new condition, and is not cut by a way it holds already', () => {
    const list = new WayList(1);
    list.add(kept);
    list.add(again);
    expect(list.ways).toEqual([kept]);
    expect(list.cut).toBe(false);
    list.add(newCondition);
    expect(list.ways).toEqual([kept, newCondition]);
    expect(list.cut).toBe(false);
  });

  it('drops a way it has seen, even where its conditions stand for other variants (it names nothing the list needs)', () => {
    const list = new WayList(1);
    list.add(kept);
    list.add(newCondition);
    const otherVariants: Condition[] = [{ ...condition(0, 2026, 'a'), variants: [1] }];
    list.add(otherVariants);
    expect(list.ways).toEqual([kept, newCondition]);
  });

  it('is cut by a way it has not seen that names nothing new, and stays cut', () => {
    const list = new WayList(1);
    list.add(kept);
    list.add(nothingNew);
    expect(list.ways).toEqual([kept]);
    expect(list.cut).toBe(true);
    list.add(again);
    expect(list.cut).toBe(true);
  });
});
