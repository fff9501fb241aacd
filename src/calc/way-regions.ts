// RULES.md §8.3: which regions a way to an outcome names. The calculator keeps ways to an
// outcome only while they add something to its explanation (merge-restorations.ts), and the
// headline names each outcome's regions (range-lines.ts): one function, so both agree.
import type { Condition } from './result';

/**
 * Regions known to satisfy every condition of `conditions` (one way to an outcome), as region
 * codes in the order of the first list. A condition no region is known to use (an interpretation,
 * or a year no notice covers yet) leaves none: naming the regions of the other conditions beside
 * it would say they use it too (低保 people "covered from the payment date (阜新, 广州 …)", names
 * that came from the late-enrolment rule). A region known to use another value of any of them
 * (`elsewhere`) is never named (武汉 waits 6 months after a long gap, so it is not named beside
 * "no wait after a longer gap").
 */
export function regionsOf(conditions: readonly Condition[]): string[] {
  let known: string[] | null = null;
  for (const c of conditions) {
    if (c.regions.length === 0) return [];
    known = known === null ? [...c.regions] : known.filter((r) => c.regions.includes(r));
  }
  if (known === null) return [];
  return known.filter((r) => !conditions.some((c) => c.elsewhere?.includes(r)));
}
