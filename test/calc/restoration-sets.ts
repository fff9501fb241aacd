// A restoration (RULES.md §8) read as the set of answers it stands for, and the containment
// checks of §8.4 on two of them. needsNextYear counts as its date (the day the wait ends).
import type { Restoration, SingleRestoration } from '../../src/calc';

export interface AnswerSet {
  /** Dated outcomes, sorted, each once. */
  dates: string[];
  /** Years for which some outcome is "no cover in this year" (R1b). */
  noCover: number[];
  /** [earliest, latest] of the dated outcomes; null if there are none. */
  span: [string, string] | null;
}

function add(set: AnswerSet, r: SingleRestoration): void {
  if (r.kind === 'noCover') {
    if (!set.noCover.includes(r.year)) set.noCover.push(r.year);
  } else if (!set.dates.includes(r.date)) set.dates.push(r.date);
}

export function answerSet(r: Restoration): AnswerSet {
  const set: AnswerSet = { dates: [], noCover: [], span: null };
  if (r.kind === 'range') {
    for (const o of r.outcomes) add(set, o.restoration);
    set.span = [r.earliest, r.latest];
  } else {
    add(set, r);
  }
  set.dates.sort();
  if (r.kind !== 'range' && set.dates.length > 0) set.span = [set.dates[0] as string, set.dates[0] as string];
  return set;
}

/** Dates a restoration gives (every outcome of a range), no-cover outcomes left out. */
export function datesOf(r: Restoration): string[] {
  return answerSet(r).dates;
}

/**
 * Why `inner` (a region's answer) is not inside `outer` (the national answer), or null if it is:
 * every date within [earliest, latest] of the national answer and no-cover only where the national
 * answer allows it (§8.4). `exact` also asks every date to be one of the national outcomes.
 */
export function notInside(inner: Restoration, outer: Restoration, exact: boolean): string | null {
  const a = answerSet(inner);
  const b = answerSet(outer);
  for (const d of a.dates) {
    if (!b.span) return `date ${d} but the national answer gives no date (${JSON.stringify(b.noCover)} no cover)`;
    if (d < b.span[0] || d > b.span[1]) return `date ${d} outside the national [${b.span[0]}, ${b.span[1]}]`;
    if (exact && !b.dates.includes(d)) return `date ${d} is none of the national outcomes ${b.dates.join(', ')}`;
  }
  for (const y of a.noCover) if (!b.noCover.includes(y)) return `no cover in ${y}, which the national answer does not allow (dates ${b.dates.join(', ')})`;
  return null;
}
