// RULES.md §8.4 (tested invariant): for every shipped region pack R and every valid scenario S,
// the answer under R lies inside the national answer for S: a date inside [earliest, latest]
// (needsNextYear counts as its date), a range inside the range, "no cover" only where the
// national answer includes it. A region pins values the national pack lists as variants (§8.1),
// so its run is one of the national runs: its dates are moreover among the national outcomes.
// A scenario valid under one chain and not the other (a region may open its window later) is
// skipped, and counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { chainOf } from './arbitraries';
import { notInside } from './restoration-sets';
import { regionPacks, v2ScenarioInArb } from './v2-arbitraries';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 600_000;

interface Pair {
  scenario: Scenario;
  region: Result;
  national: Result;
}

// With the gap flags: paying today with or without a back-payment are different payments.
const optionKey = (o: OptionResult) => `${o.kind}|${o.paymentDate}|${o.years.join(',')}|${o.repairYears}${o.backPay ? '|backPay' : ''}${o.noBackPay ? '|noBackPay' : ''}`;

/** The first enrolment (main included) whose region answer is not inside the national one, or null. */
function enrolmentEscape({ region, national }: Pair, exact: boolean): string | null {
  for (const [i, e] of region.enrolments.entries()) {
    const outer = national.enrolments[i]?.restoration;
    if (!outer) return `enrolment ${i}: missing from the national result`;
    const why = notInside(e.restoration, outer, exact);
    if (why) return `${i === region.enrolments.length - 1 ? 'main' : `enrolment ${i}`}: ${why}\n  region:   ${JSON.stringify(e.restoration)}\n  national: ${JSON.stringify(outer)}`;
  }
  return null;
}

/**
 * The first option of the region's result whose answer is not inside the national answer for
 * the same payment, or null. A region's window may open later than the earliest known start
 * (the national one, §8.5), so its next-window option can pay on another day, and its pay-today
 * option can find the planned year not yet payable and pay the current one: such an option has
 * no national twin and is skipped (counted). Repair and back-pay options must have one; a plan
 * without its back-payment is checked against that plan run under the national rules.
 */
function optionEscape({ scenario, region, national }: Pair): string | null {
  for (const o of region.options) {
    const twin = national.options.find((n) => optionKey(n) === optionKey(o));
    if (!twin) {
      // A region's rule can make a back-payment buy nothing where the national rules still count
      // it (武汉's tiers, E3a: a 3-month gap paid in the 4th month since the employer stopped; E1
      // nationally), so the national result offers no payment without it: that payment (on the
      // option's day) is run under the national rules itself, and must contain the region's option.
      const last = scenario.payments.at(-1);
      if (o.noBackPay && last && last.scheme !== 'resident') {
        const n = calculate({ ...scenario, region: 'national', payments: [...scenario.payments.slice(0, -1), { ...last, date: o.paymentDate, backPay: false }] }, chainOf('national'));
        if (!n.ok) return `option ${optionKey(o)}: the national rules refuse the payment without its back-payment`;
        const why = notInside(o.restoration, n.result.main.restoration, false);
        if (why) return `option ${optionKey(o)}: ${why}\n  region:   ${JSON.stringify(o.restoration)}\n  national: ${JSON.stringify(n.result.main.restoration)}`;
        continue;
      }
      if (o.kind === 'nextWindow' || o.kind === 'payToday') {
        stats.windowSkipped++;
        continue;
      }
      return `option ${optionKey(o)}: the national result has no such option (national options: ${national.options.map(optionKey).join('; ') || 'none'})`;
    }
    const why = notInside(o.restoration, twin.restoration, false);
    if (why) return `option ${optionKey(o)}: ${why}\n  region:   ${JSON.stringify(o.restoration)}\n  national: ${JSON.stringify(twin.restoration)}`;
  }
  return null;
}

const stats = { pairs: 0, skipped: 0, windowSkipped: 0 };

/** A scenario in a region with both results, or null (counted) where one chain rejects it. */
function pairOf(s: Scenario): Pair | null {
  const r = calculate(s, chainOf(s.region));
  const n = calculate({ ...s, region: 'national' }, chainOf('national'));
  if (!r.ok || !n.ok) {
    stats.skipped++;
    return null;
  }
  stats.pairs++;
  return { scenario: s, region: r.result, national: n.result };
}

/**
 * At most `maxPayments` payments: under the national pack each payment can branch the run over
 * its regional values, and a scenario costs several times more per payment it adds.
 */
const containment = (escape: (pair: Pair) => string | null, maxPayments: number) =>
  fc.property(v2ScenarioInArb(regionPacks, maxPayments), (s) => {
    const pair = pairOf(s);
    if (!pair) return;
    const why = escape(pair);
    if (why) expect.fail(`${s.region}: ${why}`);
  });

describe('§8.4 every region answer lies inside the national answer', () => {
  it(`main and every earlier enrolment, for ${regionPacks.length} region packs: inside [earliest, latest], no cover only where national allows it`, () => {
    stats.pairs = stats.skipped = 0;
    fc.assert(containment((pair) => enrolmentEscape(pair, false), 3), RUNS);
    // Most generated scenarios must be compared, or the property tests little.
    expect(stats.pairs / (stats.pairs + stats.skipped)).toBeGreaterThan(0.8);
  }, TIMEOUT);

  it('and every region date is one of the national outcomes (the region is one of the national runs)', () => {
    stats.pairs = stats.skipped = 0;
    fc.assert(containment((pair) => enrolmentEscape(pair, true), 2), RUNS);
    expect(stats.pairs / (stats.pairs + stats.skipped)).toBeGreaterThan(0.8);
  }, TIMEOUT);

  it('every option (the same payment under both chains) lies inside the national option', () => {
    stats.pairs = stats.skipped = stats.windowSkipped = 0;
    fc.assert(containment(optionEscape, 2), RUNS);
    expect(stats.pairs / (stats.pairs + stats.skipped)).toBeGreaterThan(0.8);
  }, TIMEOUT);
});
