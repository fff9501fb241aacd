// RULES.md §8.2-3: the answers of several leaves as one restoration: a single answer where
// they agree, otherwise the range of distinct outcomes, each with the conditions behind it.
import type { Condition, RangeOutcome, Restoration, SingleRestoration } from './result';

export interface Answer {
  restoration: Restoration;
  conditions: Condition[];
}

function keyOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? `noCover:${r.year}` : `${r.kind}:${r.date}`;
}

/** The day an outcome gives, for ordering; a no-cover outcome sorts last. */
function dayOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? '9999-12-31' : r.date;
}

function sameConditions(a: Condition[], b: Condition[]): boolean {
  return a.length === b.length && a.every((c, i) => {
    const d = b[i] as Condition;
    return c.param === d.param && c.year === d.year && c.answer === d.answer;
  });
}

/** The outcomes of `answers`, flattened (a range's outcomes count one by one) and grouped by what they give. */
export function outcomesOf(answers: readonly Answer[]): RangeOutcome[] {
  const byKey = new Map<string, RangeOutcome>();
  const add = (restoration: SingleRestoration, when: Condition[]) => {
    const key = keyOf(restoration);
    const outcome = byKey.get(key);
    if (!outcome) byKey.set(key, { restoration, when: [when] });
    else if (!outcome.when.some((w) => sameConditions(w, when))) outcome.when.push(when);
  };
  for (const a of answers) {
    if (a.restoration.kind !== 'range') add(a.restoration, a.conditions);
    else for (const o of a.restoration.outcomes) for (const w of o.when) add(o.restoration, w);
  }
  return [...byKey.values()].sort((x, y) => (dayOf(x.restoration) < dayOf(y.restoration) ? -1 : dayOf(x.restoration) > dayOf(y.restoration) ? 1 : 0));
}

/** One restoration for all `answers`: the common one, or the range over them. */
export function mergeRestorations(answers: readonly Answer[]): Restoration {
  const outcomes = outcomesOf(answers);
  const only = outcomes[0];
  if (outcomes.length === 1 && only) return only.restoration;
  const dated = outcomes.filter((o) => o.restoration.kind !== 'noCover');
  const first = dated[0];
  const last = dated.at(-1);
  // Several no-cover outcomes for different years cannot come from one payment; keep the first.
  if (!first || !last) return (only as RangeOutcome).restoration;
  return {
    kind: 'range',
    earliest: dayOf(first.restoration),
    latest: dayOf(last.restoration),
    noCoverPossible: dated.length < outcomes.length,
    outcomes,
  };
}
