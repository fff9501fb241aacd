// RULES.md §8.3 with a bounded list: an outcome keeps its ways up to MAX_OUTCOME_WAYS, then only
// the ways that name a condition (rule, year, answer, variants) or a region no kept way names. So a long
// history's range stays a few hundred ways per outcome, not thousands, and still cites every
// rule, answer, source and region behind the outcome; the explanation, which names the rules above 256
// ways (range-lines.ts), reads the same as it would from every way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionsOf } from '../../src/calc';
import type { Condition, SingleRestoration } from '../../src/calc';
import { outcomesOf, wasCut } from '../../src/calc/merge-restorations';
import { repairHelp } from '../../src/calc/options';
import { MAX_OUTCOME_WAYS } from '../../src/calc/way-list';
import type { Answer } from '../../src/calc/merge-restorations';
import { MAX_TO_SIMPLIFY, rulesOf } from '../../src/features/result/range-lines';

const PARAMS = ['resident.windowEnd', 'resident.extension', 'resident.dateConvention', 'resident.waitUnit'] as const;

/** A small pool of conditions, each object shared by the ways that name it, as the engine's are. */
const pool: Condition[] = PARAMS.flatMap((param, p) =>
  [2026, 2027].flatMap((year) =>
    ['a', 'b', 'c'].map(
      // Region lists that overlap (so a way of several conditions can still name regions), and some
      // regions known to use another answer.
      (answer, k): Condition => ({ param, year, answer, regions: [`a${k}`, `p${p}`, `y${year}`], ...(k === 2 ? { elsewhere: ['a0'] } : {}), sources: [`S${p}${year}${k}`], variants: [k] }),
    ),
  ),
);

const restorations: SingleRestoration[] = [
  { kind: 'date', date: '2027-01-01' },
  { kind: 'date', date: '2027-04-20' },
  { kind: 'noCover', year: 2027 },
];

const answersArb = fc.array(
  fc.record({
    r: fc.integer({ min: 0, max: restorations.length - 1 }),
    when: fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 400 },
);

const toAnswers = (list: { r: number; when: number[] }[]): Answer[] => list.map(({ r, when }) => ({ restoration: restorations[r] as SingleRestoration, conditions: when.map((i) => pool[i] as Condition) }));

const text = (c: Condition) => `${c.param}@${c.year}=${c.answer}:${c.variants?.join()}`;
const named = (when: readonly Condition[][]) => new Set(when.flatMap((w) => w.map(text)));
const keyOf = (w: readonly Condition[]) => w.map(text).join('&');

describe('the ways kept per outcome', () => {
  it('is 257, one more than the explanation simplifies, so an outcome past the bound still reads as too many to simplify', () => {
    expect(MAX_OUTCOME_WAYS).toBe(MAX_TO_SIMPLIFY + 1);
  });

  it('past the bound, keeps the same outcomes in the same order, a subset of the ways, and every condition and region any way names (fast-check)', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 20 }), (list, bound) => {
        const answers = toAnswers(list);
        const all = outcomesOf(answers, Infinity);
        const kept = outcomesOf(answers, bound);
        expect(kept.map((o) => o.restoration)).toEqual(all.map((o) => o.restoration));
        kept.forEach((o, i) => {
          const full = (all[i] as (typeof all)[number]).when;
          const fullKeys = new Set(full.map(keyOf));
          for (const w of o.when) expect(fullKeys.has(keyOf(w))).toBe(true);
          // The first `bound` ways in the order met, then one more only for a condition not yet named.
          expect(o.when.slice(0, bound).map(keyOf)).toEqual(full.slice(0, bound).map(keyOf));
          // Each way past the bound adds a condition or a region: at most as many as there are.
          expect(o.when.length).toBeLessThanOrEqual(bound + pool.length + 12);
          expect(named(o.when)).toEqual(named(full));
          expect(new Set(o.when.flatMap(regionsOf))).toEqual(new Set(full.flatMap(regionsOf)));
          expect(rulesOf(o.when).map((d) => `${d.param}:${d.years.join()}`).sort()).toEqual(rulesOf(full).map((d) => `${d.param}:${d.years.join()}`).sort());
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every way of an outcome reached in no more ways than the bound (fast-check)', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 20 }), (list, bound) => {
        const answers = toAnswers(list);
        const all = outcomesOf(answers, Infinity);
        outcomesOf(answers, bound).forEach((o, i) => {
          const full = (all[i] as (typeof all)[number]).when;
          if (full.length <= bound) expect(o.when.map(keyOf)).toEqual(full.map(keyOf));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 257 of 600 distinct ways to one day, then only the ways with a new condition or region', () => {
    // 600 distinct ways over the 24 conditions: pairs and triples of them, all to one day.
    const list: { r: number; when: number[] }[] = [];
    for (let a = 0; a < pool.length && list.length < 600; a++)
      for (let b = a + 1; b < pool.length && list.length < 600; b++) for (let c = b + 1; c < pool.length && list.length < 600; c++) list.push({ r: 0, when: [a, b, c] });
    // A way met late that names conditions no earlier way names.
    const late: Condition = { param: 'resident.waitUnit', year: 2028, answer: 'days', regions: ['x'], sources: ['S-late'], variants: [1] };
    const answers = [...toAnswers(list), { restoration: restorations[0] as SingleRestoration, conditions: [late] }];
    const [only] = outcomesOf(answers);
    const ways = only?.when ?? [];
    expect(ways.length).toBeGreaterThan(MAX_OUTCOME_WAYS);
    expect(ways.length).toBeLessThan(280);
    expect(ways.at(-1)).toEqual([late]);
    // It lost ways to the bound, and says so to the check of which rules decide (merge-results.ts).
    expect(only && wasCut(only)).toBe(true);
    expect(outcomesOf(toAnswers(list.slice(0, 100))).some(wasCut)).toBe(false);
    // Each way past the bound names a condition or a region the ways before it do not.
    for (let i = MAX_OUTCOME_WAYS; i < ways.length; i++) {
      const before = ways.slice(0, i);
      const way = ways[i] as Condition[];
      const newCondition = way.some((c) => !named(before).has(text(c)));
      const newRegion = regionsOf(way).some((r) => !before.some((w) => regionsOf(w).includes(r)));
      expect(newCondition || newRegion).toBe(true);
    }
    expect(only?.incomplete).toBeUndefined();
  });
});

describe("the ways kept per count of an option's useful repair years (repairHelp)", () => {
  // Each run of the plan with its useful repair years and its ways, as explore-payments.ts gives them.
  const runsOf = (list: { r: number; when: number[] }[]) => list.map(({ r, when }) => ({ useful: r, when: [when.map((i) => pool[i] as Condition)], incomplete: false }));

  it('is bounded as an outcome is, and still names every condition and region (fast-check)', () => {
    fc.assert(
      fc.property(answersArb, (list) => {
        const runs = runsOf(list);
        // Adding 2 repair years to a plan of 0: runs whose useful years are 0, 1 or 2 gain 0, 1 or 2.
        const help = repairHelp(runs, 0, 2) ?? [];
        for (const h of help) {
          const full = runs.filter((run) => Math.min(2, run.useful) === h.years).map((run) => run.when[0] as Condition[]);
          const distinct = [...new Map(full.map((w) => [keyOf(w), w])).values()];
          expect(h.when.length).toBeLessThanOrEqual(Math.min(distinct.length, MAX_OUTCOME_WAYS + pool.length + 12));
          if (distinct.length <= MAX_OUTCOME_WAYS) expect(h.when.map(keyOf)).toEqual(distinct.map(keyOf));
          expect(named(h.when)).toEqual(named(distinct));
          expect(new Set(h.when.flatMap(regionsOf))).toEqual(new Set(distinct.flatMap(regionsOf)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps 257 of 600 distinct ways to one count, not all 600', () => {
    const list: { r: number; when: number[] }[] = [];
    for (let a = 0; a < pool.length && list.length < 600; a++)
      for (let b = a + 1; b < pool.length && list.length < 600; b++) for (let c = b + 1; c < pool.length && list.length < 600; c++) list.push({ r: list.length % 2, when: [a, b, c] });
    const help = repairHelp(runsOf(list), 0, 1) ?? [];
    // Half the runs gain the added year, half do not: two counts of 300 ways each.
    expect(help.map((h) => h.years)).toEqual([1, 0]);
    for (const h of help) {
      expect(h.when.length).toBeGreaterThanOrEqual(MAX_OUTCOME_WAYS);
      expect(h.when.length).toBeLessThan(300);
    }
  });
});
