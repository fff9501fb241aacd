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
    // A region we read as using the value counts as one using it (the line says it is our reading: readRegionsOf).
    const mine = c.readRegions ? [...c.regions, ...c.readRegions] : c.regions;
    if (mine.length === 0) return [];
    known = known === null ? [...mine] : known.filter((r) => mine.includes(r));
  }
  if (known === null) return [];
  return known.filter((r) => !conditions.some((c) => c.elsewhere?.includes(r)));
}

/**
 * Of `regions` (named for some ways to an outcome), those named only as we read their rules: every
 * way of `ways` that names one (regionsOf) needs a value it is read to use (Condition.readRegions),
 * or, named by none of them as they are (only once simplified), some way reads it. The line says
 * so beside their names; a region that also states the values of another way is named plainly.
 */
export function readRegionsOf(regions: readonly string[], ways: readonly (readonly Condition[])[]): string[] {
  if (regions.length === 0 || !ways.some((way) => way.some((c) => c.readRegions))) return [];
  const stated = new Set<string>();
  const read = new Set<string>();
  for (const way of ways) {
    const readHere = new Set(way.flatMap((c) => c.readRegions ?? []));
    for (const r of readHere) read.add(r);
    for (const r of regionsOf(way)) if (!readHere.has(r)) stated.add(r);
  }
  return regions.filter((r) => read.has(r) && !stated.has(r));
}
