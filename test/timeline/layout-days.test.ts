// The drawing leaves no day of a paid year unexplained: from the start of each resident
// payment's benefit years to the first day it may give cover (the payment day too, where cover
// starts the next day), every day the axis shows is drawn as something (a lapse, a wait, before
// cover, cover, or "depends on your region"), in every shipped chain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, endOfYear, startOfYear, toDayNumber } from '../../src/calc';
import type { Restoration } from '../../src/calc';
import { layoutTimeline, visibleSegments } from '../../src/features/timeline/layout';
import { chainOf, regions } from '../calc/arbitraries';
import { v2ScenarioInArb } from '../calc/v2-arbitraries';

/** The first day a restoration may give cover (a range's earliest); for no cover in the year, the payment day (drawn as no cover from then on). */
function firstCoverDay(r: Restoration, paymentDate: string): string {
  return r.kind === 'range' ? r.earliest : r.kind === 'noCover' ? paymentDate : r.date;
}

describe('timeline days before cover', () => {
  it('every day of a resident payment\'s benefit years before its cover may start (and on the axis) is drawn', () => {
    fc.assert(
      fc.property(v2ScenarioInArb(regions), (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        const result = outcome.result;
        const layout = layoutTimeline(result, 0, s.circumstances.birthDate ?? null, s.payments);
        const drawn = visibleSegments(layout).map((seg) => [toDayNumber(seg.from), toDayNumber(seg.to)] as const);
        const from = Math.max(toDayNumber(layout.from), s.circumstances.birthDate ? toDayNumber(s.circumstances.birthDate) : -Infinity);
        for (const e of result.enrolments) {
          const restart = firstCoverDay(e.restoration, e.paymentDate);
          if (e.scheme !== 'resident' || e.years.length === 0) continue;
          const first = Math.max(from, toDayNumber(startOfYear(Math.min(...e.years))));
          const last = Math.min(toDayNumber(restart) - 1, toDayNumber(endOfYear(Math.max(...e.years))), toDayNumber(layout.to));
          for (let d = first; d <= last; d++) {
            if (!drawn.some(([a, b]) => a <= d && d <= b)) expect.unreachable(`day ${d} of ${JSON.stringify(e.years)} paid ${e.paymentDate} is blank before cover from ${restart}`);
          }
        }
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });
});
