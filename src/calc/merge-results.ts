// RULES.md §8.2-3: an explored calculation as one result. Where the runs agree the result is
// theirs; where they differ each restoration becomes the range of outcomes, and the details
// (waiting period, covered years, trace) are those of the most cautious run, the one whose
// answer comes last, run again with its full trace.
import { warningKey } from './explore-payments';
import type { ExploredPayments } from './explore-payments';
import { mergeRestorations } from './merge-restorations';
import type { EnrolmentResult, Note, Restoration, Result, TraceStep, Warning } from './result';
import { periodsAndStatus } from './periods';
import type { Scenario } from './scenario-schema';
import { RULE_SOURCES } from './trace';

/** The last day a restoration may give, for picking the most cautious run (no cover counts as latest). */
export function lastDay(r: Restoration): string {
  if (r.kind === 'noCover') return '9999-12-31';
  return r.kind === 'range' ? r.latest : r.date;
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
  for (const o of r.outcomes) {
    for (const when of o.when) for (const c of when) if (!seen.some((s) => s.param === c.param && s.year === c.year)) seen.push({ param: c.param, year: c.year });
  }
  return seen;
}

/** The sources of every condition on `param` in `year` behind a range, without repeats; I6's own where none. */
function variantSources(r: Restoration, param: string, year: number): string[] {
  const out: string[] = [];
  if (r.kind === 'range') {
    for (const o of r.outcomes) for (const when of o.when) for (const c of when) if (c.param === param && c.year === year) for (const id of c.sources) if (!out.includes(id)) out.push(id);
  }
  return out.length > 0 ? out : RULE_SOURCES.I6;
}

/** The lapse years the runs of one payment count, where they differ (EnrolmentResult.lapseRange); null where all agree. */
function lapseRangeOf(runs: readonly EnrolmentResult[]): EnrolmentResult['lapseRange'] | null {
  let min = Infinity;
  let max = 0;
  const keys = new Set<string>();
  const years: number[] = [];
  for (const run of runs) {
    // A run that gives no cover this year counts no lapse: it never reached the wait, so its
    // empty count says nothing about the years (RULES.md R1b).
    if (run.restoration.kind === 'noCover') continue;
    const counted = run.lapse && 'years' in run.lapse ? run.lapse.years : [];
    keys.add(counted.join());
    min = Math.min(min, counted.length);
    max = Math.max(max, counted.length);
    for (const y of counted) if (!years.includes(y)) years.push(y);
  }
  return keys.size > 1 ? { min, max, years: years.sort((a, b) => a - b) } : null;
}

/**
 * One result for an explored calculation: `shown` is the most cautious run with its full trace,
 * `explored` every answer each payment gave. Options are added by the caller.
 */
export function mergeResults(scenario: Scenario, explored: ExploredPayments, shown: Result): Result {
  const enrolments = shown.enrolments.map((own, i): EnrolmentResult => {
    const restoration = mergeRestorations(explored.answers[i] ?? []);
    const runs = explored.runs[i] ?? [];
    const lapseRange = lapseRangeOf(runs);
    // The run shown may be one that gives no cover and so counted nothing; where every run that
    // counted agrees, that count is the fact.
    const agreed = !lapseRange && own.lapse === null ? (runs.find((run) => run.restoration.kind !== 'noCover' && run.lapse !== null)?.lapse ?? null) : null;
    const merged = lapseRange ? { ...own, lapseRange } : agreed ? { ...own, lapse: agreed } : own;
    if (restoration.kind !== 'range') return { ...merged, restoration };
    return { ...merged, restoration, waiting: own.waiting ? { ...own.waiting, end: null } : null };
  });
  const main = enrolments.at(-1) as EnrolmentResult;
  const anyRange = enrolments.some((e) => e.restoration.kind === 'range');
  const { periods, status } = periodsAndStatus(scenario, enrolments);
  const regional = regionalParams(main.restoration);
  const baseline = shown.pack.chain.at(-1) ?? shown.pack.id;
  // Each step cites the documents behind that rule's variants (an employee-scheme rule its S5
  // and city sources), not only I6's own general sources.
  const steps: TraceStep[] = regional.map(({ param, year }) => ({ rule: 'I6', step: 'regional', packId: baseline, packIds: [baseline], sources: variantSources(main.restoration, param, year), params: { param, year } }));
  return {
    ...shown,
    main,
    enrolments,
    status: anyRange ? status : shown.status,
    periods,
    // The run shown raised some of the explored runs' warnings: each once, flagged as the runs found it.
    warnings: unique<Warning>([explored.warnings], warningKey),
    notes: unique<Note>([shown.notes, explored.notes], (n) => n.id),
    trace: [...shown.trace, ...steps],
    regional,
  };
}
