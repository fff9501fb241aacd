// usefulRepairYears(): the payment step's one number, run without the rest of calculate().
// Named cases from RULES.md §10 (W5, W6's base, W10, W11, W12) and properties tying it to what
// calculate() itself says and offers, under pinned chains and under the national rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, repairYearsReach, usefulRepairYears } from '../../src/calc';
import type { Result } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';
import { chainOf, regions } from './arbitraries';
import { pinnedIds, V1 } from './pinned-chains';
import { v2ScenarioInArb } from './v2-arbitraries';

const RUNS = { numRuns: 2_000 };
const TIMEOUT = 300_000;

describe('usefulRepairYears: named cases', () => {
  it('national rules, 2025 and 2026 without cover, 2027 planned in its window: 2 years, the most any region allows (where every lapse year adds a month)', () => {
    const s = scenario({ asOf: '2026-12-01', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-01', [2027], 0, 'planned')] });
    const packs = chainFor('national');
    expect(usefulRepairYears(s, packs)).toBe(2);
  });

  it('W10: lapsed 2025–2027, paying 2028 in the window: 2 years can shorten the wait (a 3rd removes nothing)', () => {
    const s = scenario({ asOf: '2027-11-20', region: V1, years: { 2025: 'none', 2026: 'none', 2027: 'none' }, payments: [residentPay('2027-11-20', [2028])] });
    expect(usefulRepairYears(s, v1DefaultsChain())).toBe(2);
  });

  it('W11: lapsed 2025–2028: the 6-month floor leaves nothing to repair', () => {
    const s = scenario({ asOf: '2028-11-01', region: V1, years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-11-01', [2029])] });
    expect(usefulRepairYears(s, v1DefaultsChain())).toBe(0);
  });

  it('W12: lapsed 2025–2030, paying 2031 outside the window: 2 years', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const s = scenario({ asOf: '2031-04-15', region: V1, years: lapsed, payments: [residentPay('2031-04-15', [2031])] });
    expect(usefulRepairYears(s, v1DefaultsChain())).toBe(2);
  });

  it('W5 (Qingdao): lapsed 2025 and 2026, 2027 in the window: 1 year (W6 repairs it)', () => {
    const s = scenario({ asOf: '2026-11-30', region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2026-11-30', [2027], 0, 'planned')] });
    expect(usefulRepairYears(s, chainFor('shandong-qingdao'))).toBe(1);
  });

  it('a continuous payer has no wait to shorten; an invalid scenario or no packs give 0, never a throw', () => {
    const s = scenario({ asOf: '2025-11-10', region: V1, years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] });
    expect(usefulRepairYears(s, v1DefaultsChain())).toBe(0);
    expect(usefulRepairYears({ v: 2, junk: true }, v1DefaultsChain())).toBe(0);
    expect(usefulRepairYears(s, [])).toBe(0);
  });
});

describe('repairYearsReach: the fewest and the most, where regions differ', () => {
  it('national rules, 2025 and 2026 without cover, 2027 planned: 1 to 2 years (a region whose first lapse year adds no month allows 1)', () => {
    const s = scenario({ asOf: '2026-12-01', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-01', [2027], 0, 'planned')] });
    expect(repairYearsReach(s, chainFor('national'))).toEqual({ fewest: 1, most: 2 });
  });

  it('广州, 2025 without cover, 2026 paid on 15 March: 0 to 1 (its rules leave the reading of the variable wait open)', () => {
    const s = scenario({ asOf: '2026-03-15', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026], 0, 'made')] });
    expect(repairYearsReach(s, chainFor('guangdong-guangzhou'))).toEqual({ fewest: 0, most: 1 });
  });

  it('W5 (青岛 pins it): one number, 1 year', () => {
    const s = scenario({ asOf: '2026-11-30', region: 'shandong-qingdao', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2026-11-30', [2027], 0, 'planned')] });
    expect(repairYearsReach(s, chainFor('shandong-qingdao'))).toEqual({ fewest: 1, most: 1 });
  });

  it('never throws; fewest ≤ most, and most is usefulRepairYears', () => {
    fc.assert(
      fc.property(v2ScenarioInArb(['national']), (s) => {
        const reach = repairYearsReach(s, chainOf('national'));
        expect(reach.fewest).toBeLessThanOrEqual(reach.most);
        expect(reach.most).toBe(usefulRepairYears(s, chainOf('national')));
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});

/** The largest repair offered by calculate()'s what-if options (0 when none is). */
function mostOffered(r: Result): number {
  return Math.max(0, ...r.options.filter((o) => o.kind === 'repair').map((o) => o.repairYears ?? 0));
}

describe('usefulRepairYears: properties', () => {
  it(
    'under a chain that pins every value, it is the main run\'s own count (calculate().main.waiting.usefulRepairYears)',
    () => {
      fc.assert(
        // Not V1 itself: it leaves regional what v2 added (flexible.afterEmployer, …); its pinned twin is in pinnedIds.
        fc.property(v2ScenarioInArb(pinnedIds, 3), (s) => {
          const packs = chainOf(s.region);
          const outcome = calculate(s, packs);
          const expected = outcome.ok ? (outcome.result.main.waiting?.usefulRepairYears ?? 0) : 0;
          expect(usefulRepairYears(s, packs)).toBe(expected);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'under any shipped chain, national included: never less than the run shown, and what the options offer is within it',
    () => {
      fc.assert(
        fc.property(v2ScenarioInArb(regions, 3), (s) => {
          const packs = chainOf(s.region);
          const outcome = calculate(s, packs);
          const useful = usefulRepairYears(s, packs);
          expect(useful).toBeGreaterThanOrEqual(0);
          if (!outcome.ok) {
            expect(useful).toBe(0);
            return;
          }
          expect(useful).toBeGreaterThanOrEqual(outcome.result.main.waiting?.usefulRepairYears ?? 0);
          expect(mostOffered(outcome.result)).toBeLessThanOrEqual(useful);
          // The options offer each repair from 0 to the useful number but the payment's own: the largest is it.
          const own = s.payments.at(-1);
          if (useful > 0 && own?.scheme === 'resident' && own.repairYears !== useful) expect(mostOffered(outcome.result)).toBe(useful);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
