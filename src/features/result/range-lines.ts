// Pure: a range of outcomes (RULES.md §8.3) as at most four lines for the headline, each
// outcome with the conditions that lead to it in their simplest honest form and the regions
// known to give it. The same lines feed the calendar file and the widget's result event, so
// every place that explains a range says the same thing.
import type { Condition, RangeOutcome, Restoration, SingleRestoration } from '../../calc';

/** The headline shows at most this many lines for a range (§8.3). */
export const MAX_LINES = 4;

/** One clause of an outcome: a condition, or several answers of one parameter ("A or B"). */
export interface Clause {
  param: Condition['param'];
  year: number;
  /** One answer, or alternatives of which any one leads to the outcome. */
  answers: string[];
}

export interface OutcomeLine {
  restoration: SingleRestoration;
  /**
   * Alternative lists of clauses, any one of which leads to this outcome; usually one. The
   * clauses of a list all hold together.
   */
  alternatives: Clause[][];
  /** Codes of the regions known to give this outcome (each known to use every value it needs). */
  regions: string[];
}

/** The outcomes the headline does not list one by one: "other regions: between X and Y". */
export interface OtherLine {
  earliest: string | null;
  latest: string | null;
  regions: string[];
}

export interface RangeLines {
  lines: OutcomeLine[];
  /** Present when more than MAX_LINES outcomes had to be summed up. */
  others: OtherLine | null;
}

const keyOf = (c: { param: string; year: number }) => `${c.param}|${c.year}`;
const condKey = (c: Condition) => `${keyOf(c)}=${c.answer}`;

function dayOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? '9999-12-31' : r.date;
}

/** Regions known to satisfy every condition of `conditions`: lists that name none do not narrow it. */
export function regionsOf(conditions: readonly Condition[]): string[] {
  let known: string[] | null = null;
  for (const c of conditions) {
    if (c.regions.length === 0) continue;
    known = known === null ? [...c.regions] : known.filter((r) => c.regions.includes(r));
  }
  return known ?? [];
}

function union(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

/** Every answer any outcome of the range gives for each parameter and year. */
function allAnswers(outcomes: readonly RangeOutcome[]): Map<string, Set<string>> {
  const all = new Map<string, Set<string>>();
  for (const o of outcomes) {
    for (const when of o.when) {
      for (const c of when) {
        const set = all.get(keyOf(c)) ?? new Set<string>();
        set.add(c.answer);
        all.set(keyOf(c), set);
      }
    }
  }
  return all;
}

/**
 * The conditions of one outcome in their simplest exact form. Conditions common to every
 * alternative are said once. When the rest is every combination of a few parameters' answers,
 * each parameter becomes one clause "A or B", and a parameter whose every known answer leads
 * here is left out (it does not matter for this outcome). Otherwise the alternatives are kept.
 */
export function simplify(when: readonly Condition[][], answers: Map<string, Set<string>>): Clause[][] {
  if (when.length === 0) return [[]];
  const first = when[0] as Condition[];
  const common = first.filter((c) => when.every((w) => w.some((d) => condKey(d) === condKey(c))));
  const commonKeys = new Set(common.map(condKey));
  const rest = when.map((w) => w.filter((c) => !commonKeys.has(condKey(c))));
  const toClause = (c: Condition): Clause => ({ param: c.param, year: c.year, answers: [c.answer] });
  const base = common.map(toClause);
  if (rest.every((r) => r.length === 0)) return [base];

  // Is the rest every combination of its parameters' answers?
  const params = [...new Set(rest.flatMap((r) => r.map(keyOf)))];
  const sameParams = rest.every((r) => r.length === params.length && params.every((p) => r.some((c) => keyOf(c) === p)));
  if (sameParams) {
    const byParam = params.map((p) => {
      const found = rest.flatMap((r) => r.filter((c) => keyOf(c) === p));
      return { param: found[0] as Condition, answers: [...new Set(found.map((c) => c.answer))] };
    });
    const combinations = byParam.reduce((n, p) => n * p.answers.length, 1);
    const distinct = new Set(rest.map((r) => r.map(condKey).sort().join('&'))).size;
    if (combinations === distinct) {
      const clauses = byParam
        .filter((p) => {
          const known = answers.get(keyOf(p.param));
          return !(known && p.answers.length >= known.size && [...known].every((a) => p.answers.includes(a)));
        })
        .map((p) => ({ param: p.param.param, year: p.param.year, answers: p.answers }));
      return [[...base, ...clauses]];
    }
  }
  return rest.map((r) => [...base, ...r.map(toClause)]);
}

/** The outcomes of a range in headline order: dated ones by date, then no cover. */
export function orderedOutcomes(r: Extract<Restoration, { kind: 'range' }>): RangeOutcome[] {
  return [...r.outcomes].sort((a, b) => {
    const x = dayOf(a.restoration);
    const y = dayOf(b.restoration);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The regions known to give an outcome: those known to satisfy every condition of any one of its alternatives. */
export function outcomeRegions(o: RangeOutcome): string[] {
  return union(o.when.map(regionsOf));
}

function outcomeLine(o: RangeOutcome, answers: Map<string, Set<string>>): OutcomeLine {
  return { restoration: o.restoration, alternatives: simplify(o.when, answers), regions: outcomeRegions(o) };
}

/**
 * At most MAX_LINES lines: every outcome when they fit; otherwise the first dated outcomes, a
 * line summing up the other dated ones, and a no-cover outcome last, kept on its own line
 * because it is the one nobody should miss.
 */
export function rangeLines(r: Extract<Restoration, { kind: 'range' }>): RangeLines {
  const outcomes = orderedOutcomes(r);
  const answers = allAnswers(outcomes);
  if (outcomes.length <= MAX_LINES) return { lines: outcomes.map((o) => outcomeLine(o, answers)), others: null };
  const noCover = outcomes.filter((o) => o.restoration.kind === 'noCover');
  const dated = outcomes.filter((o) => o.restoration.kind !== 'noCover');
  const shown = dated.slice(0, MAX_LINES - 1 - noCover.slice(0, 1).length);
  const rest = dated.slice(shown.length);
  const days = rest.map((o) => dayOf(o.restoration));
  const others: OtherLine = { earliest: days[0] ?? null, latest: days.at(-1) ?? null, regions: union(rest.map(outcomeRegions)) };
  return { lines: [...shown, ...noCover.slice(0, 1)].map((o) => outcomeLine(o, answers)), others };
}

/** The year a range gives no cover in, where some region gives none. */
export function noCoverYear(r: Restoration): number | null {
  if (r.kind === 'noCover') return r.year;
  if (r.kind !== 'range') return null;
  const found = r.outcomes.find((o) => o.restoration.kind === 'noCover')?.restoration;
  return found?.kind === 'noCover' ? found.year : null;
}
