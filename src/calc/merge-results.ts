// RULES.md §8.2-3: an explored calculation as one result. Where the runs agree the result is
// theirs; where they differ each restoration becomes the range of outcomes, and the details
// (waiting period, covered years, trace) are those of the most cautious run, the one whose
// answer comes last, run again with its full trace.
import { warningKey } from './explore-payments';
import type { ExploredPayments } from './explore-payments';
import { mergeRestorations, wasCut } from './merge-restorations';
import { addDays, endOfYear, startOfYear, yearOf } from './dates';
import type { Condition, EnrolmentResult, Note, Restoration, Result, TraceStep, Warning } from './result';
import { periodsAndStatus } from './periods';
import type { Scenario } from './scenario-schema';
import { movingNote, RULE_SOURCES } from './trace';

/** A note is one per id, and per parameter for a note several values share (trace.ts). */
const noteKey = (n: Note): string => (typeof n.params.param === 'string' ? `${n.id} ${n.params.param}` : n.id);

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

/**
 * Which of `candidates` (parameter names) change the outcome of a range, added to `out`: a
 * parameter every known answer of which leads, with the same other conditions, to the same
 * outcomes (兰州's closed 2025 for someone exempt from the wait, whose day is the same either way)
 * decides nothing. Only the parameters a note is about are asked: the test compares every way to
 * every outcome, the costliest step of a national result where most notes name no variant.
 */
/** A condition as addDecisive compares it: its parameter-year, and that with its answer. */
interface DecisiveItem {
  c: Condition;
  k: string;
  text: string;
}

/** Made once per condition: runs share their conditions (rule-pack.ts), and ways are compared by the thousand. */
const decisiveItems = new WeakMap<Condition, DecisiveItem>();
function decisiveItem(c: Condition): DecisiveItem {
  let item = decisiveItems.get(c);
  if (!item) {
    const k = `${c.param} ${c.year}`;
    item = { c, k, text: `${k}=${c.answer}` };
    decisiveItems.set(c, item);
  }
  return item;
}

export function addDecisive(r: Restoration, candidates: ReadonlySet<string>, out: Set<string>): void {
  if (r.kind !== 'range') return;
  let open = false;
  for (const p of candidates) if (!out.has(p)) open = true;
  if (!open) return;
  // An outcome that lost ways to the bound (MAX_OUTCOME_WAYS) cannot show that a rule decides
  // nothing: every candidate its ways name counts as deciding, so no note that matters is lost.
  for (const o of r.outcomes) {
    if (!wasCut(o)) continue;
    for (const when of o.when) for (const c of when) if (candidates.has(c.param)) out.add(c.param);
  }
  // Each way's conditions as "param year=answer" texts, sorted once: a way less one condition
  // is then the same text for every way that shares the others.
  // A way with no condition on a candidate says nothing about one: it is left out.
  const ways = r.outcomes.map((o) => {
    const kept: DecisiveItem[][] = [];
    for (const when of o.when) {
      if (!when.some((c) => candidates.has(c.param) && !out.has(c.param))) continue;
      const items = when.map(decisiveItem);
      items.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      kept.push(items);
    }
    return kept;
  });
  // Every answer met for each candidate (parameter, year).
  const answers = new Map<string, { param: string; all: Set<string> }>();
  for (const outcome of ways)
    for (const items of outcome)
      for (const { c, k } of items) {
        if (!candidates.has(c.param) || out.has(c.param)) continue;
        let entry = answers.get(k);
        if (!entry) answers.set(k, (entry = { param: c.param, all: new Set() }));
        entry.all.add(c.answer);
      }
  for (const [k, { param, all }] of answers) {
    if (out.has(param)) continue;
    const decides = ways.some((outcome) => {
      // The other conditions of each way to this outcome, by this parameter's answer.
      const rest = new Map<string, Set<string>>();
      for (const items of outcome) {
        const at = items.findIndex((item) => item.k === k);
        if (at < 0) continue;
        let others = '';
        for (let j = 0; j < items.length; j++) if (j !== at) others += `${(items[j] as (typeof items)[number]).text}&`;
        const answer = (items[at] as (typeof items)[number]).c.answer;
        let set = rest.get(answer);
        if (!set) rest.set(answer, (set = new Set()));
        set.add(others);
      }
      if (rest.size === 0) return false;
      if (rest.size !== all.size) return true;
      const [first, ...more] = [...rest.values()] as Set<string>[];
      return more.some((set) => set.size !== (first as Set<string>).size || [...set].some((w) => !(first as Set<string>).has(w)));
    });
    if (decides) out.add(param);
  }
}

/**
 * The sources of the conditions on each of `params` behind a range, in the same order, without
 * repeats: those of its outcomes, then of `runWhens` (a rule that splits the years covered, not
 * the first day, such as a newborn's next year, is read from the runs); I6's own where none.
 * One pass over the conditions, however many parameters ask.
 */
function variantSources(r: Restoration, runWhens: readonly Condition[][], params: Result['regional']): string[][] {
  const out = params.map((): string[] => []);
  // The runs share their condition objects (one per choice, rule-pack.ts): each is read once.
  const read = new Set<Condition>();
  const add = (when: readonly Condition[]) => {
    for (const c of when) {
      if (read.has(c)) continue;
      read.add(c);
      for (let k = 0; k < params.length; k++) {
        const p = params[k] as Result['regional'][number];
        if (p.param !== c.param || p.year !== c.year) continue;
        const list = out[k] as string[];
        for (const id of c.sources) if (!list.includes(id)) list.push(id);
      }
    }
  };
  if (r.kind === 'range') for (const o of r.outcomes) for (const when of o.when) add(when);
  for (const when of runWhens) add(when);
  return out.map((list) => (list.length > 0 ? list : RULE_SOURCES.I6));
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

/** The years past those paid that a run covers (X1 cross-year cover), and those it may cover. */
function yearsBeyondPaid(run: EnrolmentResult): { sure: number[]; maybe: number[] } {
  const sure: number[] = [];
  for (const c of run.coveredYears) if (!run.years.includes(c.year)) sure.push(c.year);
  const maybe = sure.slice();
  const u = run.uncertainCover;
  if (u) for (let y = yearOf(u.from); y <= yearOf(u.to); y++) if (!maybe.includes(y)) maybe.push(y);
  return { sure, maybe };
}

/**
 * §8.2 beyond the first covered day: where the runs of one payment agree on the day cover starts
 * but not on the years past those paid that it covers (X1: 海南 covers a newborn's next year), those
 * years depend on the region. The years, and the regional values whose answers differ between the
 * runs that cover them and those that do not; null where every run covers the same years.
 */
function crossYearSplit(runs: readonly EnrolmentResult[], whens: readonly Condition[][], coveredAnyway: ReadonlySet<number>): { years: number[]; params: Result['regional'] } | null {
  const beyond = runs.map(yearsBeyondPaid);
  const years: number[] = [];
  // A year another payment pays for, or the answers say was covered, does not depend on this rule.
  for (const b of beyond) for (const y of b.maybe) if (!years.includes(y) && !coveredAnyway.has(y) && !beyond.every((o) => o.sure.includes(y))) years.push(y);
  if (years.length === 0) return null;
  years.sort((a, b) => a - b);
  const params: Result['regional'] = [];
  for (const y of years) {
    // Each regional value's answers among the runs that cover y, and among those that do not.
    const answers = new Map<string, { param: Condition['param']; year: number; covering: Set<string>; other: Set<string> }>();
    beyond.forEach((b, k) => {
      for (const c of whens[k] ?? []) {
        const key = `${c.param}@${c.year}`;
        let entry = answers.get(key);
        if (!entry) answers.set(key, (entry = { param: c.param, year: c.year, covering: new Set(), other: new Set() }));
        (b.sure.includes(y) ? entry.covering : entry.other).add(c.answer);
      }
    });
    for (const e of answers.values()) {
      const differ = [...e.covering].some((a) => !e.other.has(a)) || [...e.other].some((a) => !e.covering.has(a));
      if (differ && !params.some((p) => p.param === e.param && p.year === e.year)) params.push({ param: e.param, year: e.year });
    }
  }
  return { years, params };
}

/** The enrolment with `years` as "depends on your region": no longer drawn as cover. */
function withUncertainYears(e: EnrolmentResult, years: readonly number[]): EnrolmentResult {
  const coveredYears = e.coveredYears.filter((c) => !years.includes(c.year));
  const last = coveredYears.at(-1);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return { ...e, coveredYears, benefitPeriodEnd: last ? last.to : null, uncertainCover: { from: startOfYear(from), to: endOfYear(to) } };
}

/**
 * §8.2 within the years paid: the days from the earliest start any run gives a year the run shown
 * covers to the day before the run shown starts it, for the first such year; null where the runs
 * agree (or none starts it earlier). Runs that give no cover, or do not cover that year, say
 * nothing about it (crossYearSplit is about years past those paid).
 */
function partlyCoveredOf(own: EnrolmentResult, runs: readonly EnrolmentResult[]): { from: string; to: string } | null {
  for (const c of own.coveredYears) {
    let earliest = c.from;
    for (const run of runs) {
      if (run.restoration.kind === 'noCover') continue;
      const same = run.coveredYears.find((o) => o.year === c.year);
      if (same && same.from < earliest) earliest = same.from;
    }
    if (earliest < c.from) return { from: earliest, to: addDays(c.from, -1) };
  }
  return null;
}

/**
 * One result for an explored calculation: `shown` is the most cautious run with its full trace,
 * `explored` every answer each payment gave. Options are added by the caller.
 */
export function mergeResults(scenario: Scenario, explored: ExploredPayments, shown: Result): Result {
  const crossYearParams: Result['regional'] = [];
  const coveredAnyway = new Set<number>([
    ...scenario.payments.flatMap((p) => (p.scheme === 'resident' ? p.years : [])),
    ...scenario.history.years.filter((y) => y.cover !== 'none').map((y) => y.year),
  ]);
  const enrolments = shown.enrolments.map((own, i): EnrolmentResult => {
    const restoration = mergeRestorations(explored.answers[i] ?? []);
    const runs = explored.runs[i] ?? [];
    const lapseRange = lapseRangeOf(runs);
    // The run shown may be one that gives no cover and so counted nothing; where every run that
    // counted agrees, that count is the fact.
    const agreed = !lapseRange && own.lapse === null ? (runs.find((run) => run.restoration.kind !== 'noCover' && run.lapse !== null)?.lapse ?? null) : null;
    const counted = lapseRange ? { ...own, lapseRange } : agreed ? { ...own, lapse: agreed } : own;
    const split = crossYearSplit(runs, explored.runWhens[i] ?? [], coveredAnyway);
    if (split && i === shown.enrolments.length - 1) crossYearParams.push(...split.params);
    const uncertain = split ? withUncertainYears(counted, split.years) : counted;
    // Days some runs cover retroactively and the run shown does not (E1 within one region).
    const maybe = own.retroactive === null ? runs.find((run) => run.retroactive !== null)?.retroactive : undefined;
    const merged = maybe ? { ...uncertain, maybeRetroactive: maybe } : uncertain;
    // (Within a range the first year's start differs already: its lines and periods say so.)
    const partly = restoration.kind === 'range' ? null : partlyCoveredOf(own, runs);
    if (!partly && restoration.kind !== 'range') return { ...merged, restoration };
    // The wait shown ends where the runs' starts part: after that it depends on the region.
    return { ...merged, ...(partly ? { partlyCovered: partly } : {}), restoration, waiting: own.waiting ? { ...own.waiting, end: null } : null };
  });
  const main = enrolments.at(-1) as EnrolmentResult;
  const anyRange = enrolments.some((e) => e.restoration.kind === 'range' || e.uncertainCover !== undefined || e.partlyCovered !== undefined);
  const { periods, status } = periodsAndStatus(scenario, enrolments);
  const regional = regionalParams(main.restoration);
  for (const p of crossYearParams) if (!regional.some((r) => r.param === p.param && r.year === p.year)) regional.push(p);
  const baseline = shown.pack.chain.at(-1) ?? shown.pack.id;
  // A note on a regional value only where its answer changes a date shown (or splits the years covered).
  // A note changes nothing only where no run found it to change something (trace.ts: changesNothing).
  const moving = new Set<string>();
  for (const list of [shown.notes, explored.notes]) for (const n of list) if (!n.changesNothing) moving.add(noteKey(n));
  const notes = unique<Note>([shown.notes, explored.notes], noteKey).map((n) => (n.changesNothing && moving.has(noteKey(n)) ? movingNote(n) : n));
  const candidates = new Set<string>();
  for (const n of notes) if (n.variant && typeof n.params.param === 'string') candidates.add(n.params.param);
  const mattered = new Set<string>(crossYearParams.map((p) => p.param));
  // The main payment is the last enrolment: each restoration is asked once.
  for (const e of enrolments) addDecisive(e.restoration, candidates, mattered);
  // Each step cites the documents behind that rule's variants (an employee-scheme rule its S5
  // and city sources), not only I6's own general sources.
  const sources = regional.length > 0 ? variantSources(main.restoration, explored.runWhens.at(-1) ?? [], regional) : [];
  const steps: TraceStep[] = regional.map(({ param, year }, k) => ({ rule: 'I6', step: 'regional', packId: baseline, packIds: [baseline], sources: sources[k] as string[], params: { param, year } }));
  return {
    ...shown,
    main,
    enrolments,
    status: anyRange ? status : shown.status,
    periods,
    // The run shown raised some of the explored runs' warnings: each once, flagged as the runs found it.
    warnings: unique<Warning>([explored.warnings], warningKey),
    // A note on one regional variant's value only where that value changed an answer shown (§8).
    notes: notes.filter((n) => !n.variant || mattered.has(n.params.param as string)),
    trace: [...shown.trace, ...steps],
    regional,
  };
}
