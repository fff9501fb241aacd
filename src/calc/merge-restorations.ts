// RULES.md §8.2-3: the answers of several leaves as one restoration: a single answer where
// they agree, otherwise the range of distinct outcomes, each with the conditions behind it.
import type { Condition, RangeOutcome, Restoration, SingleRestoration } from './result';
import { MAX_OUTCOME_WAYS, WayList } from './way-list';

export interface Answer {
  restoration: Restoration;
  conditions: Condition[];
  /** `conditions` as text (conditionsKey), where the caller has it already. */
  key?: string;
  /** Other ways led here too that are not listed (RangeOutcome.incomplete). */
  incomplete?: boolean;
}

function keyOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? `noCover:${r.year}` : `${r.kind}:${r.date}`;
}

/** The day an outcome gives, for ordering; a no-cover outcome sorts last. */
function dayOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? '9999-12-31' : r.date;
}

/** Outcomes some of whose ways `outcomesOf` left out (past MAX_OUTCOME_WAYS): see `wasCut`. */
const cut = new WeakSet<RangeOutcome>();

/**
 * Whether `outcome` (made by `outcomesOf`) lost ways to the bound: it still names every rule and
 * region, but its ways cannot show that a rule decides nothing (merge-results.ts, addDecisive).
 */
export function wasCut(outcome: RangeOutcome): boolean {
  return cut.has(outcome);
}

/**
 * The outcomes of `answers`, flattened (a range's outcomes count one by one) and grouped by what
 * they give, earliest first. Each keeps at most `maxWays` ways, then only those naming a
 * condition or region no kept way names (WayList, MAX_OUTCOME_WAYS).
 */
export function outcomesOf(answers: readonly Answer[], maxWays = MAX_OUTCOME_WAYS): RangeOutcome[] {
  const byKey = new Map<string, { outcome: RangeOutcome; ways: WayList }>();
  // The answers of one run come one after another with the same restoration: its key is made once.
  let last: SingleRestoration | null = null;
  let lastKey = '';
  const add = (restoration: SingleRestoration, when: Condition[], known: string | undefined, incomplete: boolean | undefined) => {
    if (restoration !== last) {
      last = restoration;
      lastKey = keyOf(restoration);
    }
    let entry = byKey.get(lastKey);
    if (!entry) {
      const ways = new WayList(maxWays);
      entry = { outcome: { restoration, when: ways.ways }, ways };
      byKey.set(lastKey, entry);
    }
    entry.ways.add(when, known);
    if (incomplete) entry.outcome.incomplete = true;
  };
  for (const a of answers) {
    if (a.restoration.kind !== 'range') add(a.restoration, a.conditions, a.key, a.incomplete);
    else for (const o of a.restoration.outcomes) for (const w of o.when) add(o.restoration, w, undefined, a.incomplete || o.incomplete);
  }
  for (const e of byKey.values()) if (e.ways.cut) cut.add(e.outcome);
  return [...byKey.values()].map((e) => e.outcome).sort((x, y) => (dayOf(x.restoration) < dayOf(y.restoration) ? -1 : dayOf(x.restoration) > dayOf(y.restoration) ? 1 : 0));
}

/** One restoration for all `answers`: the common one, or the range over them. */
export function mergeRestorations(answers: readonly Answer[]): Restoration {
  // Where every answer is the same single one, no condition needs to be read.
  const common = answers[0]?.restoration;
  if (common && common.kind !== 'range' && answers.every((a) => a.restoration.kind !== 'range' && keyOf(a.restoration) === keyOf(common))) return common;
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
