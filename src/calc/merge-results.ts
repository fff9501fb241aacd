// RULES.md §8.2-3: the leaves of an explored calculation as one result. Where they agree the
// result is theirs; where they differ each restoration becomes the range of outcomes, the
// status "uncertain", and the details (waiting period, covered years, trace) are those of the
// most cautious leaf, the one whose answer comes last.
import type { Leaf } from './explore';
import { mergeRestorations, outcomesOf } from './merge-restorations';
import type { EnrolmentResult, Note, Restoration, Result, TraceStep, Warning } from './result';
import { periodsAndStatus } from './periods';
import type { Scenario } from './scenario-schema';
import { RULE_SOURCES } from './trace';

/** The last day a restoration may give, for picking the most cautious leaf (no cover counts as latest). */
export function lastDay(r: Restoration): string {
  if (r.kind === 'noCover') return '9999-12-31';
  return r.kind === 'range' ? r.latest : r.date;
}

function mergedEnrolment(leaves: readonly Leaf<Result>[], base: Result, i: number): EnrolmentResult {
  const own = base.enrolments[i] as EnrolmentResult;
  const restoration = mergeRestorations(leaves.map((l) => ({ restoration: (l.value.enrolments[i] as EnrolmentResult).restoration, conditions: l.conditions })));
  if (restoration.kind !== 'range') return { ...own, restoration };
  return { ...own, restoration, waiting: own.waiting ? { ...own.waiting, end: null } : null };
}

function unique<T>(lists: readonly (readonly T[])[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const t of list) {
      const k = key(t);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(t);
      }
    }
  }
  return out;
}

/** The regional parameters behind a range, each once, in the order first met (§8.3: the trace names them). */
function regionalParams(r: Restoration): Result['regional'] {
  if (r.kind !== 'range') return [];
  const seen: Result['regional'] = [];
  for (const o of outcomesOf([{ restoration: r, conditions: [] }])) {
    for (const when of o.when) for (const c of when) if (!seen.some((s) => s.param === c.param && s.year === c.year)) seen.push({ param: c.param, year: c.year });
  }
  return seen;
}

/**
 * One result for every leaf of an explored calculation (at least two). `base` is the most
 * cautious leaf run again with its full trace: its details stand for the range.
 */
export function mergeResults(scenario: Scenario, leaves: readonly Leaf<Result>[], base: Result): Result {
  const enrolments = base.enrolments.map((_, i) => mergedEnrolment(leaves, base, i));
  const main = enrolments.at(-1) as EnrolmentResult;
  const statuses = new Set(leaves.map((l) => l.value.status));
  const { periods } = periodsAndStatus(scenario, enrolments);
  const regional = regionalParams(main.restoration);
  const steps: TraceStep[] = regional.map(({ param, year }) => ({ rule: 'I6', step: 'regional', packId: base.pack.chain.at(-1) ?? base.pack.id, sources: RULE_SOURCES.I6, params: { param, year } }));
  return {
    ...base,
    main,
    enrolments,
    status: statuses.size === 1 ? base.status : 'uncertain',
    periods,
    warnings: unique<Warning>(leaves.map((l) => l.value.warnings), (w) => JSON.stringify(w)),
    notes: unique<Note>(leaves.map((l) => l.value.notes), (n) => n.id),
    trace: [...base.trace, ...steps],
    options: [],
    regional,
  };
}
