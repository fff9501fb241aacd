// Pure: a range of outcomes (RULES.md §8.3) as at most four lines for the headline, each
// outcome with the conditions that lead to it in their simplest honest form and the regions
// known to give it. The same lines feed the calendar file and the widget's result event, so
// every place that explains a range says the same thing.
import { readRegionsOf, regionsOf } from '../../calc';
import type { Condition, RangeOutcome, Restoration, SingleRestoration } from '../../calc';

/** The headline shows at most this many lines for a range (§8.3). */
export const MAX_LINES = 4;

/** One clause of an outcome: a condition, or several answers of one parameter ("A or B"). */
export interface Clause {
  param: Condition['param'];
  year: number;
  /** One answer, or alternatives of which any one leads to the outcome. */
  answers: string[];
  /**
   * The variants of the parameter the clause allows, where the calculator named them
   * (Condition.variants): what the answers mean here, since one answer can stand for different
   * variants under different rules.
   */
  variants?: number[];
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
  /** Those of `regions` named only as we read their rules for some value it needs (Condition.readRegions). */
  readRegions: string[];
  /**
   * Where the conditions are too many to read (more than MAX_ALTERNATIVES alternatives even at
   * their simplest), the rules they depend on instead, and `alternatives` is empty.
   */
  dependsOn: DependsOn[] | null;
  /**
   * The alternatives as they are said, where words allow a shorter form than `alternatives`
   * (spokenWays): absent where they are said as they are.
   */
  spoken?: Clause[][];
  /**
   * The engine did not keep every way to this outcome (RangeOutcome.incomplete): the line names
   * the rules of the ways it has, "among others", and never words them as the only conditions.
   */
  incomplete: boolean;
}

/** A regional rule an outcome depends on, with the benefit years it is asked for. */
export interface DependsOn {
  param: Condition['param'];
  years: number[];
}

/**
 * The outcomes the headline does not list one by one, as one line: "between X and Y — if
 * <conditions>" with the conditions that lead to any of them (§8.3), simplified as a line's are,
 * never a bare "other regions".
 */
export interface OtherLine extends Pick<OutcomeLine, 'alternatives' | 'spoken' | 'dependsOn' | 'incomplete' | 'readRegions'> {
  earliest: string | null;
  latest: string | null;
  /** How many distinct days they are: two are "X or Y", not "between X and Y". */
  days: number;
  regions: string[];
  /** Where some of these dates come only once the next year is paid too (R8, I4): that year, and whether all of them do. */
  nextYear: { year: number; all: boolean } | null;
}

export interface RangeLines {
  lines: OutcomeLine[];
  /** Present when more than MAX_LINES outcomes had to be summed up. */
  others: OtherLine | null;
}

const keyOf = (c: { param: string; year: number }) => `${c.param}|${c.year}`;

/**
 * keyOf for a condition of a result: the engine shares one condition object among every
 * alternative that names it (thousands, in a long history), so its key is made once.
 */
const conditionKeys = new WeakMap<Condition, string>();
function conditionKey(c: Condition): string {
  let key = conditionKeys.get(c);
  if (key === undefined) {
    key = keyOf(c);
    conditionKeys.set(c, key);
  }
  return key;
}

function dayOf(r: SingleRestoration): string {
  return r.kind === 'noCover' ? '9999-12-31' : r.date;
}

/** Every day an answer can restart reimbursement on, earliest first (none for no cover). */
export function possibleDays(r: Restoration): string[] {
  if (r.kind === 'range') return r.outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  return r.kind === 'noCover' ? [] : [r.date];
}

/** The regions one way to an outcome names (RULES.md §8.3), as the calculator keeps ways by them. */
export { regionsOf };

function union(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

/**
 * What a condition allows, as the simplifier counts it: the variants of its parameter it stands
 * for where the calculator names them ("#2"), else its answer. One answer can stand for different
 * variants under different rules (a day-based wait reads "monthStart" as "sameDay"): counted by
 * its words, "sameDay" or "nextDay" under a day-based wait would not be seen to allow every variant.
 */
const atomsCache = new WeakMap<Condition, string[]>();
function atomsOf(c: Condition): string[] {
  let atoms = atomsCache.get(c);
  if (atoms === undefined) {
    atoms = c.variants && c.variants.length > 0 ? c.variants.map((v) => `#${v}`) : [c.answer];
    atomsCache.set(c, atoms);
  }
  return atoms;
}

/** Everything any outcome of the range allows for each parameter and year (atomsOf). */
function allAnswers(outcomes: readonly Pick<RangeOutcome, 'when'>[]): Map<string, Set<string>> {
  const all = new Map<string, Set<string>>();
  for (const o of outcomes) {
    for (const when of o.when) {
      for (const c of when) {
        const k = conditionKey(c);
        let set = all.get(k);
        if (!set) {
          set = new Set<string>();
          all.set(k, set);
        }
        for (const a of atomsOf(c)) set.add(a);
      }
    }
  }
  return all;
}

/**
 * An outcome whose conditions, at their simplest, still need more alternatives than this is not
 * explained condition by condition: its line names the rules it depends on instead (§8.3: a
 * headline a person can read, not every combination of rules that leads to a date).
 */
export const MAX_ALTERNATIVES = 3;

/**
 * Above this many alternatives the conditions are not simplified: the work grows with their
 * square, and so many could not simplify to MAX_ALTERNATIVES anyway in the ranges the engine gives.
 */
export const MAX_TO_SIMPLIFY = 256;

/**
 * One alternative as a cube: per parameter-year (by its place in the outcome's list), the answers
 * it allows as bits (bit i: the i-th answer known for it), 0 where it allows any.
 */
type Cube = number[];

function cubeKey(cube: Cube, without = -1): string {
  let key = '';
  for (let i = 0; i < cube.length; i++) key += i === without ? '*,' : `${cube[i] as number},`;
  return key;
}

/** Whether `general` allows every combination `c` allows. */
function subsumes(general: Cube, c: Cube): boolean {
  for (let i = 0; i < general.length; i++) {
    const g = general[i] as number;
    if (g === 0) continue;
    const own = c[i] as number;
    if (own === 0 || (own & ~g) !== 0) return false;
  }
  return true;
}

/**
 * Exact simplification of a union of cubes: two alternatives alike but for one parameter become
 * one that allows the answers of both; a parameter that then allows every known answer (`full`)
 * is left out (it does not matter here); an alternative another one already allows is dropped.
 * Each step keeps the union the same, so the words say exactly what the alternatives said.
 */
function minimise(cubes: Cube[], full: readonly number[]): Cube[] {
  const dropFull = (cube: Cube, k: number) => {
    const f = full[k] as number;
    if (f !== 0 && ((cube[k] as number) & f) === f) cube[k] = 0;
  };
  let list = cubes.map((c) => {
    for (let k = 0; k < c.length; k++) if (c[k] !== 0) dropFull(c, k);
    return c;
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < full.length; k++) {
      const groups = new Map<string, Cube>();
      const rest: Cube[] = [];
      for (const c of list) {
        if (c[k] === 0) {
          rest.push(c);
          continue;
        }
        const g = cubeKey(c, k);
        const first = groups.get(g);
        if (!first) {
          groups.set(g, c);
          rest.push(c);
        } else {
          changed = true;
          // Once it allows every answer (0), it stays so.
          if (first[k] !== 0) {
            first[k] = (first[k] as number) | (c[k] as number);
            dropFull(first, k);
          }
        }
      }
      list = rest;
    }
    // An alternative that another allows already says nothing more (once duplicates are gone,
    // two alternatives cannot allow each other).
    const distinct = [...new Map(list.map((c) => [cubeKey(c), c])).values()];
    const kept = distinct.filter((c) => !distinct.some((other) => other !== c && subsumes(other, c)));
    if (kept.length < list.length) changed = true;
    list = kept;
  }
  return list;
}

/**
 * The conditions of one outcome in their simplest exact form, as alternative lists of clauses
 * ("A or B" for one parameter), or null where that still takes more than `max` alternatives or
 * cannot be worked out (see simplestWays): the line then names the rules instead.
 */
export function simplify(when: readonly Condition[][], answers: Map<string, Set<string>>, max = MAX_ALTERNATIVES): Clause[][] | null {
  const ways = simplestWays(when, answers)?.ways ?? null;
  return ways && ways.length <= max ? ways : null;
}

/** The simplest ways to an outcome, and the regions known to meet one of them. */
interface Ways {
  ways: Clause[][];
  regions: string[];
  /** Those of `regions` known from what they state, without a value we only read them to use (Condition.readRegions). */
  stated: string[];
}

const bitCount = (n: number) => {
  let count = 0;
  for (let m = n; m !== 0; m &= m - 1) count++;
  return count;
};

/**
 * Every way to an outcome, simplified exactly, however many remain; null where they are not
 * worked out: more than MAX_TO_SIMPLIFY of them, or one naming a parameter twice with different
 * answers (where a run asked it again after runs that had answered it apart were merged: no
 * plain "A and B"). Clauses read with single answers first (what the ways share), each in the
 * order the rules asked them, answers in the order met. What a way allows is counted in variants
 * (atomsOf); a clause then names the answers that together allow what it allows.
 */
function simplestWays(when: readonly Condition[][], answers: Map<string, Set<string>>): Ways | null {
  if (when.length === 0) return { ways: [[]], regions: [], stated: [] };
  if (when.length > MAX_TO_SIMPLIFY) return null;
  // Each parameter-year met, in order, with what it allows in the order met, then what is known elsewhere;
  // and the conditions met for it (each answer with what it allows), in the order met.
  const keys: string[] = [];
  const place = new Map<string, number>();
  const known: string[][] = [];
  const met: Condition[][] = [];
  for (const w of when) {
    for (const c of w) {
      const k = conditionKey(c);
      let i = place.get(k);
      if (i === undefined) {
        i = keys.length;
        place.set(k, i);
        keys.push(k);
        known.push([]);
        met.push([]);
      }
      const list = known[i] as string[];
      for (const a of atomsOf(c)) if (!list.includes(a)) list.push(a);
      const conditions = met[i] as Condition[];
      if (!conditions.includes(c)) conditions.push(c);
    }
  }
  if (known.some((list) => list.length > 30)) return null;
  const full = keys.map((k, i) => {
    const list = known[i] as string[];
    const all = answers.get(k);
    if (!all) return 0;
    for (const a of all) if (!list.includes(a)) list.push(a);
    return list.length > 30 ? 0 : list.reduce((mask, a) => (all.has(a) ? mask | (1 << list.indexOf(a)) : mask), 0);
  });
  const bitsOf = (i: number, c: Condition) => atomsOf(c).reduce((mask, a) => mask | (1 << (known[i] as string[]).indexOf(a)), 0);
  const cubes: Cube[] = [];
  for (const w of when) {
    const cube: Cube = new Array<number>(keys.length).fill(0);
    for (const c of w) {
      const i = place.get(conditionKey(c)) as number;
      const bits = bitsOf(i, c);
      if (cube[i] !== 0 && cube[i] !== bits) return null;
      cube[i] = bits;
    }
    cubes.push(cube);
  }
  // The answers met for a parameter that together allow exactly `bits`: the widest first, then
  // read in the order met. Every clause is a union of answers met (a parameter allowing every
  // variant is left out), so they always cover it.
  const answersFor = (i: number, bits: number): Condition[] | null => {
    const fitting = (met[i] as Condition[]).filter((c) => (bitsOf(i, c) & ~bits) === 0);
    const widest = [...fitting].sort((a, b) => bitCount(bitsOf(i, b)) - bitCount(bitsOf(i, a)));
    const chosen: Condition[] = [];
    let covered = 0;
    for (const c of widest) {
      const own = bitsOf(i, c);
      if ((own & ~covered) === 0) continue;
      chosen.push(c);
      covered |= own;
    }
    return covered === bits ? fitting.filter((c) => chosen.includes(c)) : null;
  };
  const ways: Clause[][] = [];
  const regions: string[][] = [];
  const stated: string[][] = [];
  for (const cube of minimise(cubes, full)) {
    const used = keys.map((_, i) => i).filter((i) => cube[i] !== 0);
    const chosen = new Map<number, Condition[]>();
    for (const i of used) {
      const found = answersFor(i, cube[i] as number);
      if (!found) return null;
      chosen.set(i, found);
    }
    const answersOf = (i: number) => [...new Set((chosen.get(i) as Condition[]).map((c) => c.answer))];
    const single = used.filter((i) => answersOf(i).length === 1);
    const several = used.filter((i) => !single.includes(i));
    ways.push(
      [...single, ...several].map((i): Clause => {
        const [param, year] = (keys[i] as string).split('|') as [Condition['param'], string];
        const conditions = chosen.get(i) as Condition[];
        const answers = answersOf(i);
        if (!conditions.every((c) => c.variants && c.variants.length > 0)) return { param, year: Number(year), answers };
        const variants = [...new Set(conditions.flatMap((c) => c.variants as number[]))].sort((a, b) => a - b);
        return { param, year: Number(year), answers, variants };
      }),
    );
    const clauses = used.map((i) => chosen.get(i) as Condition[]);
    regions.push(regionsOfClauses(clauses, true));
    stated.push(regionsOfClauses(clauses, false));
  }
  return { ways, regions: union(regions), stated: union(stated) };
}

/**
 * Regions known to meet every clause of a simplified way, each clause being the conditions whose
 * answers it names ("A or B"): known for one of them, and for no other value of the parameter. A
 * parameter left out (every value leads here) does not narrow it; a clause no region is known to
 * meet leaves none. As regionsOf for one way. `withRead`: a region we read as using a value counts as using it.
 */
function regionsOfClauses(clauses: readonly (readonly Condition[])[], withRead: boolean): string[] {
  let known: string[] | null = null;
  const other: string[] = [];
  for (const conditions of clauses) {
    const mine = union(conditions.map((c) => (withRead && c.readRegions ? [...c.regions, ...c.readRegions] : c.regions)));
    for (const c of conditions) for (const r of c.elsewhere ?? []) if (!mine.includes(r) && !other.includes(r)) other.push(r);
    if (mine.length === 0) return [];
    known = known === null ? mine : known.filter((r) => mine.includes(r));
  }
  return known === null ? [] : known.filter((r) => !other.includes(r));
}

/** The rules the ways to an outcome name, each parameter once with the years it is asked for, in the order first met. */
export function rulesOf(when: readonly (readonly { param: Condition['param']; year: number }[])[]): DependsOn[] {
  const out: DependsOn[] = [];
  for (const w of when) {
    for (const c of w) {
      const held = out.find((d) => d.param === c.param);
      if (!held) out.push({ param: c.param, years: [c.year] });
      else if (!held.years.includes(c.year)) held.years.push(c.year);
    }
  }
  for (const d of out) d.years.sort((a, b) => a - b);
  return out;
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
export function outcomeRegions(o: Pick<RangeOutcome, 'when'>): string[] {
  return union(o.when.map(regionsOf));
}

/**
 * The ways to an outcome as they are said: where they differ only in one rule, once clauses that
 * read alike are taken as one, and between them allow every value that rule has in the range
 * (`answers`), that rule is not said at all. W23 under the national rules: "the window had ended,
 * cover starts on the payment date plus the wait, and one of these: the wait is counted in months;
 * in days" is, in words, "the window had ended and cover starts on the payment date plus the
 * wait". The ways themselves cannot merge: under a wait in days the engine reads "the payment
 * month counts as the first month" as the payment date, so the clause that reads alike stands for
 * other values in each (simplestWays counts values, not words). Undefined where nothing is shorter.
 */
export function spokenWays(ways: readonly Clause[][], answers: Map<string, Set<string>>): Clause[][] | undefined {
  if (ways.length < 2) return undefined;
  const saysAlike = (a: Clause, b: Clause) => a.param === b.param && a.year === b.year && a.answers.join('|') === b.answers.join('|');
  const first = ways[0] as Clause[];
  const common = first.filter((c) => ways.every((way) => way.some((d) => saysAlike(c, d))));
  const rest = ways.map((way) => way.filter((c) => !common.some((d) => saysAlike(c, d))));
  if (!rest.every((r) => r.length === 1)) return undefined;
  const only = rest.map((r) => r[0] as Clause);
  const key = keyOf(only[0] as Clause);
  if (!only.every((c) => keyOf(c) === key)) return undefined;
  const all = answers.get(key);
  const allowed = new Set(only.flatMap((c) => (c.variants && c.variants.length > 0 ? c.variants.map((v) => `#${v}`) : c.answers)));
  if (common.length === 0 || !all || [...all].some((a) => !allowed.has(a))) return undefined;
  // Each clause said once stands for every value it stands for in any of the ways.
  return [
    common.map((c) => {
      if (!c.variants) return c;
      const variants = new Set(ways.flatMap((way) => way.filter((d) => saysAlike(c, d)).flatMap((d) => d.variants ?? [])));
      return { ...c, variants: [...variants].sort((a, b) => a - b) };
    }),
  ];
}

/** The conditions of one group of ways as a line's, simplified against `answers` (those of every group of the same runs). */
function waysLine(o: Pick<RangeOutcome, 'when' | 'incomplete'>, answers: Map<string, Set<string>>): Omit<OutcomeLine, 'restoration'> {
  const regions = outcomeRegions(o);
  const read = (named: string[]) => readRegionsOf(named, o.when);
  // Simplifying only some of the ways could leave out a rule that matters: name every rule they have.
  if (o.incomplete) return { alternatives: [], regions, readRegions: read(regions), dependsOn: rulesOf(o.when), incomplete: true };
  const simplest = simplestWays(o.when, answers);
  // The regions known to meet a way at its simplest too: a rule left out there (every value of it
  // leads here) does not keep a region that states none of it from being named.
  if (simplest && simplest.ways.length <= MAX_ALTERNATIVES) {
    const named = union([regions, simplest.regions]);
    // A region the simplified line names from what it states is named plainly (甘肃: its window
    // ended, whatever the day the wait counts from, which the line leaves out).
    const spoken = spokenWays(simplest.ways, answers);
    return { alternatives: simplest.ways, ...(spoken ? { spoken } : {}), regions: named, readRegions: read(named).filter((r) => !simplest.stated.includes(r)), dependsOn: null, incomplete: false };
  }
  // Only the rules that still matter once simplified (a rule every known answer of which leads here is not named).
  return { alternatives: [], regions, readRegions: read(regions), dependsOn: rulesOf(simplest?.ways ?? o.when), incomplete: false };
}

function outcomeLine(o: RangeOutcome, answers: Map<string, Set<string>>): OutcomeLine {
  return { restoration: o.restoration, ...waysLine(o, answers) };
}

/**
 * Each outcome of `r` in headline order, with the regions its own line names (waysLine: those
 * known to meet a way at its simplest too), for the widget's result event, which must name what
 * the screen names.
 */
export function outcomesWithRegions(r: Extract<Restoration, { kind: 'range' }>): { outcome: RangeOutcome; regions: string[]; readRegions: string[] }[] {
  const outcomes = orderedOutcomes(r);
  const answers = allAnswers(outcomes);
  return outcomes.map((o) => {
    const { regions, readRegions } = waysLine(o, answers);
    return { outcome: o, regions, readRegions };
  });
}

/**
 * Groups that split the same runs by something other than a date (the repair years that help in
 * each, OptionResult.repairHelp), each as a line's conditions and regions, in the order given: the
 * same simplest honest form as a range's lines, so an option names its regions as the headline does.
 */
export function groupLines(groups: readonly Pick<RangeOutcome, 'when' | 'incomplete'>[]): Omit<OutcomeLine, 'restoration'>[] {
  const answers = allAnswers(groups);
  return groups.map((g) => waysLine(g, answers));
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
  const later = rest.flatMap((o) => (o.restoration.kind === 'needsNextYear' ? [o.restoration.year] : []));
  const nextYear = later.length > 0 ? { year: later[0] as number, all: later.length === rest.length } : null;
  // The ways to any of these dates, as one outcome's: what decides that the date falls among them.
  const merged: RangeOutcome = { restoration: (rest[0] as RangeOutcome).restoration, when: rest.flatMap((o) => o.when), ...(rest.some((o) => o.incomplete) ? { incomplete: true } : {}) };
  const { alternatives, spoken, dependsOn, incomplete, regions, readRegions } = outcomeLine(merged, answers);
  const named = union([...rest.map(outcomeRegions), regions]);
  // Named plainly where the line's own conditions name it from what it states.
  const plain = regions.filter((r) => !readRegions.includes(r));
  const others: OtherLine = { earliest: days[0] ?? null, latest: days.at(-1) ?? null, days: new Set(days).size, regions: named, readRegions: readRegionsOf(named, merged.when).filter((r) => !plain.includes(r)), nextYear, alternatives, ...(spoken ? { spoken } : {}), dependsOn, incomplete };
  return { lines: [...shown, ...noCover.slice(0, 1)].map((o) => outcomeLine(o, answers)), others };
}

/**
 * The lines in the order they are read: the dated ones, the line summing up other dates, then a
 * no-cover line last (rangeLines keeps it among `lines` so it is never summed up; read before the
 * other dates it sat between June 13 and "between June 14 and June 16").
 */
export function linesInOrder({ lines, others }: RangeLines): { dated: OutcomeLine[]; others: OtherLine | null; noCover: OutcomeLine[] } {
  return { dated: lines.filter((l) => l.restoration.kind !== 'noCover'), others, noCover: lines.filter((l) => l.restoration.kind === 'noCover') };
}

/**
 * Whether the lines are told apart by regions: some line names a region, as `named` words them
 * (RangeWording.regions: '' where none is named; under a region's rules, only that region's own
 * places are). Under a region's own rules that leave a value open (北京's day counting) no line
 * does, and the lines are readings of those rules, not places: said "in which case", not "where".
 */
export function linesNameRegions(lines: readonly Pick<OutcomeLine, 'regions' | 'readRegions'>[], named: (codes: string[], read: readonly string[]) => string): boolean {
  return lines.some((l) => named(l.regions, l.readRegions) !== '');
}

/** The year a range gives no cover in, where some region gives none. */
export function noCoverYear(r: Restoration): number | null {
  if (r.kind === 'noCover') return r.year;
  if (r.kind !== 'range') return null;
  const found = r.outcomes.find((o) => o.restoration.kind === 'noCover')?.restoration;
  return found?.kind === 'noCover' ? found.year : null;
}

/**
 * The benefit year each restart also needs paid (I4), where every dated outcome needs it: the
 * payment alone then buys no cover anywhere (a needsNextYear, or a range of them, perhaps with
 * regions that give no cover at all). Null where some outcome restores cover on the payment alone.
 */
export function nextYearNeeded(r: Restoration): number | null {
  if (r.kind === 'needsNextYear') return r.year;
  if (r.kind !== 'range') return null;
  let year: number | null = null;
  for (const o of r.outcomes) {
    const x = o.restoration;
    if (x.kind === 'noCover') continue;
    if (x.kind !== 'needsNextYear' || (year !== null && x.year !== year)) return null;
    year = x.year;
  }
  return year;
}

/**
 * Where a range's dates need a later year paid too (I4) but nextYearNeeded does not say so for
 * them all: some regions restore cover on the payment alone and others only with the next year
 * paid (a newborn's late enrolment in 湖北: from the payment date in some regions, from 1 January
 * with 2027 paid in 武汉), or every dated outcome needs one but not the same year (a long regional
 * wait reaching 2028 in some regions). The years, ascending; the last of those outcomes' dates;
 * `all` where no outcome restores cover on the payment alone. Null where no outcome needs a later
 * year, or every dated one needs the same one (the headline then says so itself).
 */
export function laterYearsNeeded(r: Restoration): { years: number[]; latest: string; all: boolean } | null {
  if (r.kind !== 'range' || nextYearNeeded(r) !== null) return null;
  const years: number[] = [];
  let latest = '';
  let all = true;
  for (const o of r.outcomes) {
    const x = o.restoration;
    if (x.kind === 'date') all = false;
    if (x.kind !== 'needsNextYear') continue;
    if (!years.includes(x.year)) years.push(x.year);
    if (x.date > latest) latest = x.date;
  }
  return years.length === 0 ? null : { years: years.sort((a, b) => a - b), latest, all };
}
