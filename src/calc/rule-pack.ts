// Loading-time checks of a rule pack and the lookup of a parameter along the fallback
// chain (region first, national last). Every lookup says which pack supplied the value.
// A *regional* value (RULES.md §8) is answered for one group of its variants at a time:
// the chain carries an assignment (which variants this run stands for), and a question the
// assigned variants answer differently either goes on with the first answer and lists the
// others (a forking view, which `explore` runs), or stops the run with a Branch (any other
// view: calculate's first try, which then explores). Pinned values never branch.
import { isRegional, parameterSpecs, rulePackSchema } from './pack-schema';
import type { ParamEntry, ParamKey, ParamValue, RegionalEntry, RulePack, ValueStatus } from './pack-schema';
import type { Condition, TraceValue, ValidationError } from './result';

export interface ResolvedParam<K extends ParamKey> {
  key: K;
  value: ParamValue<K>;
  packId: string;
  /** Where that pack is in the chain: 0 for the region's own, more for each fallback (national last). */
  depth: number;
  sources: string[];
  status: ValueStatus;
  note?: string;
  /** The value as a note shows it (objects as JSON): the trace works it out once, when first needed. */
  shown: TraceValue | undefined;
  /** Whether this is one regional variant (§8) standing for some regions only: the run chose it where the variants disagree. */
  variant: boolean;
  /**
   * The citations of trace steps whose first value read is this one, kept by the trace (trace.ts
   * basisOf): resolved values are kept per chain and year, so each is worked out once. A copy
   * with other sources starts without any.
   */
  bases: object[] | undefined;
}

/** A regional entry found for a year, with each variant resolved as a pinned value would be. */
interface RegionalLookup<K extends ParamKey> {
  key: K;
  regional: true;
  entry: RegionalEntry<K>;
  packId: string;
  /** Each variant, cited where every variant this run stands for answers alike (`variant` false: the answer holds in every region). */
  variants: ResolvedParam<K>[];
  /** The same, cited where the run stands for some of them only (`variant` true). */
  chosen: ResolvedParam<K>[];
  all: readonly number[];
  /** The (entry, year) slot choices are kept under, found once per lookup. */
  slot: object;
  /** Each variant's value as a group key: what `find` and `get` compare, made once. */
  keys: readonly string[];
  /**
   * The choices a question split this entry into, by how it split them (sharedChoices): the same
   * split in another run gives the same Choice objects, so the condition and citation each makes
   * when first needed are made once, not once per run.
   */
  splits: Map<string, Choice[]>;
}

type Lookup<K extends ParamKey> = ResolvedParam<K> | RegionalLookup<K>;

function isLookupRegional<K extends ParamKey>(l: Lookup<K>): l is RegionalLookup<K> {
  return 'regional' in l;
}

/** Which variants of one regional entry a run stands for, and what the rule asked of them. */
export interface Choice {
  key: ParamKey;
  year: number;
  indexes: readonly number[];
  answer: string;
  /** The choice as a condition, made when first needed (every run standing for it shares it). */
  condition?: Condition | undefined;
  /** The value cited for it: its first variant's, with the sources of every variant it stands for (made when first needed). */
  cited?: ResolvedParam<ParamKey> | undefined;
}

/**
 * What a step cites for `choice`: its first variant's value, with every chosen variant's sources
 * (a choice of the 26, 28 and 31 December window ends cites the notices of all three, not the first's).
 */
function citedFor<K extends ParamKey>(found: RegionalLookup<K>, choice: Choice): ResolvedParam<K> {
  const known = choice.cited;
  if (known) return known as unknown as ResolvedParam<K>;
  const first = found.chosen[choice.indexes[0] as number] as ResolvedParam<K>;
  let cited = first;
  if (choice.indexes.length > 1) {
    const sources = first.sources.slice();
    for (const i of choice.indexes) for (const id of (found.chosen[i] as ResolvedParam<K>).sources) if (!sources.includes(id)) sources.push(id);
    cited = { ...first, sources, bases: undefined };
  }
  choice.cited = cited as unknown as ResolvedParam<ParamKey>;
  return cited;
}

/**
 * (Entry, year) → the variants chosen for it. Each benefit year is chosen apart: a region may
 * change a value from one year to the next (and region packs pin values from the year of their
 * evidence), so a national range must allow every combination across years.
 */
export type Assignment = ReadonlyMap<object, Choice>;

const yearKeys = new WeakMap<object, Map<number, object>>();

/** A stable key for (entry, year): entries are the pack's own objects, which never change. */
function choiceKey(entry: object, year: number): object {
  let byYear = yearKeys.get(entry);
  if (!byYear) {
    byYear = new Map();
    yearKeys.set(entry, byYear);
  }
  let key = byYear.get(year);
  if (!key) {
    key = { entry };
    byYear.set(year, key);
  }
  return key;
}

const EMPTY: Assignment = new Map();

/**
 * A copy of `assignment`, in its order. Copied entry by entry: `new Map(map)` goes through the
 * iterator and makes a [key, value] array per entry, and an explored run copies its assignment
 * for every run (a large share of the garbage collected under the national pack).
 */
export function copyAssignment(assignment: Assignment): Map<object, Choice> {
  const copy = new Map<object, Choice>();
  assignment.forEach((choice, slot) => copy.set(slot, choice));
  return copy;
}

/** A question a forking view's variants answered differently (PackChain.forking). */
export interface Fork {
  /** The (entry, year) slot whose variants disagree. */
  slot: object;
  /** Every answer, in variant order: the run went on with the first. */
  choices: readonly Choice[];
  /**
   * How many entries the view's choice log held when the question was asked: the assignment then
   * is the view's `start`, then that many entries of `PackChain.log` in order (a slot chosen again
   * replaces its earlier choice).
   */
  before: number;
}

/**
 * Thrown (not an Error: no stack is needed, and it is always caught by calculate) when the
 * variants a run in a view that does not fork stand for answer a question differently.
 */
export class Branch {
  constructor(
    /** The (entry, year) slot whose variants disagree. */
    readonly slot: object,
    readonly choices: readonly Choice[],
  ) {}
}

/** Keys that refine another key and may be absent everywhere (flexible falls back to employee). */
const OPTIONAL_KEYS = new Set<ParamKey>(['flexible.longGapWaitMonths', 'resident.latestWindowStart']);

export type PackParseOutcome = { ok: true; pack: RulePack } | { ok: false; errors: ValidationError[] };

function entriesOf<K extends ParamKey>(pack: RulePack, key: K): ParamEntry<K>[] {
  return (pack.parameters[key] ?? []) as unknown as ParamEntry<K>[];
}

function covers(entry: { from: number; to?: number }, year: number): boolean {
  return entry.from <= year && (entry.to === undefined || entry.to >= year);
}

/** Schema check plus the cross-checks a schema cannot express. */
export function parseRulePack(json: unknown): PackParseOutcome {
  const parsed = rulePackSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), key: 'pack.invalid' })),
    };
  }
  const pack = parsed.data;
  const errors: ValidationError[] = [];
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  if (pack.benefitYears.from > pack.benefitYears.to) errors.push({ path: ['benefitYears'], key: 'pack.yearsReversed' });
  for (const key of Object.keys(parameterSpecs) as ParamKey[]) {
    // Checked in year order, but each problem names the entry's place in the file.
    const listed = entriesOf(pack, key);
    const entries = [...listed].sort((a, b) => a.from - b.from);
    entries.forEach((entry, i) => {
      const path = ['parameters', key, listed.indexOf(entry)];
      if (entry.to !== undefined && entry.to < entry.from) errors.push({ path, key: 'pack.yearsReversed' });
      const cited = isRegional(entry) ? entry.regional.flatMap((v) => v.sources) : entry.sources;
      for (const id of cited) if (!sourceIds.has(id)) errors.push({ path: [...path, 'sources'], key: 'pack.unknownSource' });
      if (isRegional(entry)) {
        entry.regional.forEach((v, k) => {
          for (const r of v.regions) if (pack.regionNames?.[r] === undefined && pack.parent === null) errors.push({ path: [...path, 'regions'], key: 'pack.unknownRegion' });
          (v.readRegions ?? []).forEach((r, j) => {
            const at = [...path, 'regional', k, 'readRegions', j];
            if (pack.regionNames?.[r] === undefined && pack.parent === null) errors.push({ path: at, key: 'pack.unknownRegion' });
            // A region either states a value or is read to use one, not both.
            if (entry.regional.some((w) => w.regions.includes(r))) errors.push({ path: at, key: 'pack.regionTwice' });
          });
        });
        const shown = entry.regional.map((v) => JSON.stringify(v.value));
        if (new Set(shown).size !== shown.length) errors.push({ path, key: 'pack.duplicateVariant' });
      }
      const next = entries[i + 1];
      if (next && (entry.to === undefined || entry.to >= next.from)) errors.push({ path, key: 'pack.overlap' });
    });
    // The baseline must answer every question for every year it claims to cover.
    if (pack.parent === null && !OPTIONAL_KEYS.has(key)) {
      for (let y = pack.benefitYears.from; y <= pack.benefitYears.to; y++) {
        if (!entries.some((e) => covers(e, y))) {
          errors.push({ path: ['parameters', key], key: 'pack.incomplete' });
          break;
        }
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}

/**
 * Values a region may set apart from the national ones because no restoration date depends on
 * them: costs and bonus estimates (B1-B4, R1c), and when its window opens (§8.5: the start is
 * not a date variant; a payment the person made was accepted).
 */
function dateNeutral(key: ParamKey): boolean {
  return key.startsWith('bonus.') || key === 'resident.premium' || key === 'resident.windowStart' || key === 'resident.latestWindowStart';
}

/**
 * RULES.md §8.1 and §8.4: every value a pack pins or lists for a parameter the baseline leaves
 * to regions must be one of the baseline's variants for that year, and a value the baseline
 * pins may be changed by a region only where it moves no date (bonus amounts, premiums). So
 * the national range always contains a region's answer; a C source never widens it.
 */
export function checkAgainstBaseline(pack: RulePack, baseline: RulePack): ValidationError[] {
  const errors: ValidationError[] = [];
  if (pack === baseline) return errors;
  for (const key of Object.keys(parameterSpecs) as ParamKey[]) {
    if (dateNeutral(key)) continue;
    entriesOf(pack, key).forEach((entry, i) => {
      const values = isRegional(entry) ? entry.regional.map((v) => JSON.stringify(v.value)) : [JSON.stringify(entry.value)];
      const last = Math.min(entry.to ?? pack.benefitYears.to, pack.benefitYears.to);
      for (let y = Math.max(entry.from, pack.benefitYears.from); y <= last; y++) {
        const base = entriesOf(baseline, key).find((e) => covers(e, y));
        const allowed = !base ? [] : isRegional(base) ? base.regional.map((v) => JSON.stringify(v.value)) : [JSON.stringify(base.value)];
        if (values.some((v) => !allowed.includes(v))) {
          errors.push({ path: ['parameters', key, i], key: 'pack.notANationalVariant' });
          return;
        }
      }
    });
  }
  return errors;
}

/**
 * RULES.md §8.3, the other way round from checkAgainstBaseline: a region the baseline names for
 * a variant, where a pack of its own ships (`chainOf(id)`: that region's chain, most specific
 * first, null where none ships), pins that parameter (in some year), and gives no other value in
 * any year of the entry its packs pin (later years they leave open are the region's honest silence). Otherwise a range line would name the region for a value its own rules do not
 * give, and choosing it from the result would leave the same question open ("not settled").
 * A region in `regions` must state the value in some year (any status but interpretation); one
 * whose packs take it only as our reading belongs in `readRegions` (pack.namedRegionIsReading), so
 * a range line never names it as stating what its texts leave open (青海's 「自缴费之日起3个月后」).
 * Nor is a region named for years before the first its own packs give the parameter
 * (pack.namedRegionBeforeItsYears): a 2026 notice says nothing of 2025.
 * Each problem is at the region's place in the variant: parameters/<key>/<entry>/regional/<k>/regions/<j>.
 */
export function namedRegionProblems(baseline: RulePack, chainOf: (id: string) => readonly RulePack[] | null): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const key of Object.keys(parameterSpecs) as ParamKey[]) {
    entriesOf(baseline, key).forEach((entry, i) => {
      if (!isRegional(entry)) return;
      entry.regional.forEach((variant, k) => {
        const wanted = JSON.stringify(variant.value);
        // `read`: a region named as our reading (readRegions) must pin the value as one (status interpretation).
        const check = (region: string, j: number, read: boolean) => {
          const chain = chainOf(region)?.filter((pack) => pack !== baseline && pack.id !== baseline.id);
          if (!chain || chain.length === 0) return;
          const from = Math.max(entry.from, ...chain.map((p) => p.benefitYears.from));
          const to = Math.min(entry.to ?? baseline.benefitYears.to, ...chain.map((p) => p.benefitYears.to));
          let given = false;
          let differs = false;
          // Whether some year it gives the value states it (any status but interpretation).
          let stated = false;
          for (let y = from; y <= to && !differs; y++) {
            const own = chain.map((pack) => entriesOf(pack, key).find((e) => covers(e, y))).find((e) => e !== undefined);
            // A year its packs leave open (a source dated for later years only) is no contradiction.
            if (!own) continue;
            const gives = isRegional(own) ? own.regional.map((v) => JSON.stringify(v.value)) : [JSON.stringify(own.value)];
            if (gives.includes(wanted) && (!read || (!isRegional(own) && own.status === 'interpretation'))) given = true;
            else differs = true;
            if (!isRegional(own) && own.status !== 'interpretation' && gives.includes(wanted)) stated = true;
          }
          // Pinned for other years only: no contradiction here (a year before them is caught just below).
          const pinsIt = chain.some((pack) => entriesOf(pack, key).length > 0);
          // But a region is named only from the first year its own packs give the value: values carry
          // forward from their year, never back (§8.6), so a 2026 notice names no region for 2025.
          const ownFrom = Math.min(...chain.flatMap((pack) => entriesOf(pack, key).map((e) => e.from)));
          const path = ['parameters', key, i, 'regional', k, read ? 'readRegions' : 'regions', j];
          if (differs || (!given && !pinsIt)) errors.push({ path, key: 'pack.namedRegionDiffers' });
          else if (ownFrom > entry.from) errors.push({ path, key: 'pack.namedRegionBeforeItsYears' });
          // A region whose packs take the value only as our reading is named as such, never as stating it (§8.3, §7).
          else if (!read && given && !stated) errors.push({ path, key: 'pack.namedRegionIsReading' });
        };
        variant.regions.forEach((region, j) => check(region, j, false));
        variant.readRegions?.forEach((region, j) => check(region, j, true));
      });
    });
  }
  return errors;
}

/**
 * Years whose lookups are kept, by year - CACHED_FROM: every year a pack may cover (2000-2100)
 * and a few around them. An array read beats a map's; other years are looked up each time.
 */
const CACHED_FROM = 1990;
const CACHED_YEARS = 128;

type FoundCache = Map<ParamKey, (Lookup<ParamKey> | null | undefined)[]>;

function groupKey(answer: unknown): string {
  return typeof answer === 'string' ? answer : JSON.stringify(answer);
}

/**
 * A region pack followed by the packs it falls back to, most specific first. Packs are
 * treated as immutable, so every lookup is computed once per chain and then reused; views
 * made by `withAssignment` and `forking` share those lookups.
 */
export class PackChain {
  readonly packs: readonly RulePack[];
  /** Benefit years every pack in the chain covers. */
  readonly years: { readonly from: number; readonly to: number };
  /** Whether any value in the chain is regional: only then are runs explored (§8). */
  readonly hasRegional: boolean;
  /** The variants this view stands for; empty for the chain itself. */
  readonly assignment: Assignment;
  /** find() answers by key, then by year - CACHED_FROM (undefined: not looked up yet). */
  private readonly found: FoundCache;
  /** The chain this is a view of (itself for the chain). */
  readonly base: PackChain;

  /**
   * In a forking view (`forking`), the questions its variants answer differently: the run goes on
   * with the first answer, and each is listed here with the others, for `explore` to run next.
   * Null in any other view, where such a question throws a Branch instead.
   */
  readonly forks: Fork[] | null;
  /**
   * In a forking view, every choice made by its run, in the order made (after `start`): a slot
   * asked again (a finer question on variants already chosen) is added again, so the assignment
   * at any earlier question can be rebuilt (assignmentAt). Empty in any other view.
   */
  readonly log: [object, Choice][];
  /** In a forking view, the assignment it started from (never changed); empty in any other view. */
  readonly start: Assignment;

  constructor(packs: readonly RulePack[], view?: { base: PackChain; assignment: Assignment; forks?: Fork[]; start?: Assignment }) {
    this.packs = packs;
    if (view) {
      this.base = view.base;
      this.years = view.base.years;
      this.hasRegional = view.base.hasRegional;
      this.found = view.base.found;
      this.assignment = view.assignment;
      this.forks = view.forks ?? null;
      this.log = [];
      this.start = view.start ?? EMPTY;
      return;
    }
    this.forks = null;
    this.log = [];
    this.start = EMPTY;
    this.base = this;
    this.assignment = EMPTY;
    this.found = new Map();
    this.years = packs.reduce(
      (acc, p) => ({ from: Math.max(acc.from, p.benefitYears.from), to: Math.min(acc.to, p.benefitYears.to) }),
      { from: -Infinity, to: Infinity },
    );
    // Regional only where a lookup can resolve to a regional entry: a region that pins what
    // national leaves open runs as a pinned chain.
    let regional = false;
    for (const key of Object.keys(parameterSpecs) as ParamKey[]) {
      if (packs.length === 0) break;
      for (let y = this.years.from; y <= this.years.to && !regional; y++) {
        const found = this.lookUpCached(key, y);
        if (found !== null && isLookupRegional(found)) regional = true;
      }
      if (regional) break;
    }
    this.hasRegional = regional;
  }

  get primary(): RulePack {
    return this.packs[0] as RulePack;
  }

  /** The pack the chain falls back to last (the national baseline): the basis of a step that reads no pack value, as RULES.md's own rules are national. */
  get baseline(): RulePack {
    return this.packs[this.packs.length - 1] as RulePack;
  }

  /** A view of this chain standing for the variants in `assignment`. */
  withAssignment(assignment: Assignment): PackChain {
    return this.hasRegional ? new PackChain(this.packs, { base: this.base, assignment }) : this;
  }

  /**
   * A view standing for `assignment` that never throws a Branch: where the variants it stands for
   * answer a question differently, it takes the first answer (adding that choice to its own copy
   * of the assignment) and lists the others in `forks`. One run then yields a leaf, where a run
   * that threw would have to start again for each answer (explore.ts).
   */
  forking(assignment: Assignment): PackChain {
    return new PackChain(this.packs, { base: this.base, assignment: copyAssignment(assignment), forks: [], start: assignment });
  }

  /**
   * The assignment of this forking view when `fork` was asked: its start, then the choices its
   * run made before it. A new map, for `explore` to set the fork's other answer in.
   */
  assignmentAt(fork: Fork): Map<object, Choice> {
    const at = copyAssignment(this.start);
    for (let k = 0; k < fork.before; k++) {
      const [slot, choice] = this.log[k] as [object, Choice];
      at.set(slot, choice);
    }
    return at;
  }

  /**
   * The regional choices this view stands for, as conditions for the UI (§8.3), in the order of
   * the assignment. `from`: only those from that position on (a run's own choices, which follow
   * those of the assignment it started from: explore-payments.ts).
   */
  conditions(from = 0): Condition[] {
    const list: Condition[] = [];
    // forEach rather than for-of over entries: no [key, value] array per choice, for every run.
    let position = 0;
    this.assignment.forEach((choice, key) => {
      if (position++ >= from) list.push(choice.condition ?? conditionOf(key, choice));
    });
    return list;
  }

  private lookUpCached<K extends ParamKey>(key: K, year: number): Lookup<K> | null {
    const i = year - CACHED_FROM;
    if (!(i >= 0 && i < CACHED_YEARS && Number.isInteger(i))) return this.lookUp(key, year);
    let byYear = this.found.get(key);
    if (!byYear) {
      byYear = new Array<Lookup<ParamKey> | null | undefined>(CACHED_YEARS).fill(undefined);
      this.found.set(key, byYear);
    }
    let resolved = byYear[i];
    if (resolved === undefined) {
      resolved = this.lookUp(key, year);
      byYear[i] = resolved as Lookup<ParamKey> | null;
    }
    return resolved as Lookup<K> | null;
  }

  private lookUp<K extends ParamKey>(key: K, year: number): Lookup<K> | null {
    for (let depth = 0; depth < this.packs.length; depth++) {
      const pack = this.packs[depth] as RulePack;
      const entry = entriesOf(pack, key).find((e) => covers(e, year));
      if (!entry) continue;
      if (isRegional(entry)) {
        // Cited where every variant the run stands for answers alike: the answer then holds in every
        // region, so the step cites its rule's sources (trace.ts), not one region's notice (兵团's
        // window step cited 临河区's). (A regional entry has two variants or more: pack-schema.ts.)
        const variants = entry.regional.map((v) => ({ key, value: v.value, packId: pack.id, depth, sources: [] as string[], status: v.status, note: entry.note, shown: undefined, variant: false, bases: undefined }));
        const chosen = variants.map((v, k) => ({ ...v, sources: (entry.regional[k] as { sources: string[] }).sources, variant: true, bases: undefined }));
        return { key, regional: true, entry, packId: pack.id, variants, chosen, all: variants.map((_, k) => k), slot: choiceKey(entry, year), keys: variants.map((v) => groupKey(v.value)), splits: new Map() };
      }
      // One shape for every resolved value (note undefined rather than absent): the trace reads them all.
      return { key, value: entry.value, packId: pack.id, depth, sources: entry.sources, status: entry.status, note: entry.note ? entry.note : undefined, shown: undefined, variant: false, bases: undefined };
    }
    return null;
  }

  /**
   * What `question` answers for the value of `key` in `year`. A pinned value answers once; a
   * regional one answers for every variant this view stands for; where they disagree, a forking
   * view takes the first answer and lists the others (`forks`), any other view throws a Branch.
   * `used` is the value to cite (for a regional one, the first variant that answered).
   */
  ask<K extends ParamKey, A>(key: K, year: number, question: (value: ParamValue<K>) => A): { answer: A; used: ResolvedParam<K> } | null {
    const found = this.lookUpCached(key, year);
    if (!found) return null;
    if (!isLookupRegional(found)) return { answer: question(found.value), used: found };
    const choice = this.assignment.size === 0 ? undefined : this.assignment.get(found.slot);
    const indexes = choice ? choice.indexes : found.all;
    const first = choice ? citedFor(found, choice) : (found.variants[indexes[0] as number] as ResolvedParam<K>);
    const answer = question(first.value);
    // One variant chosen already (a run that split this value before): nothing left to compare.
    if (indexes.length === 1) return { answer, used: first };
    // The value itself (find, get) is compared by the keys made once per lookup.
    const keyOf = question === (identity as unknown) ? (i: number) => found.keys[i] as string : (i: number) => groupKey(question((found.variants[i] as ResolvedParam<K>).value));
    const firstKey = keyOf(indexes[0] as number);
    let split = false;
    for (let k = 1; k < indexes.length && !split; k++) split = keyOf(indexes[k] as number) !== firstKey;
    if (!split) return { answer, used: first };
    const groups = new Map<string, number[]>();
    for (const i of indexes) {
      const g = keyOf(i);
      const list = groups.get(g);
      if (list) list.push(i);
      else groups.set(g, [i]);
    }
    const choices = sharedChoices(found, year, groups);
    if (!this.forks) throw new Branch(found.slot, choices);
    // A forking view goes on with the first answer, as a run started again with that choice would.
    const taken = choices[0] as Choice;
    const assignment = this.assignment as Map<object, Choice>;
    this.forks.push({ slot: found.slot, choices, before: this.log.length });
    this.log.push([found.slot, taken]);
    assignment.set(found.slot, taken);
    const chosen = citedFor(found, taken);
    return { answer: question(chosen.value), used: chosen };
  }

  /**
   * What `question` answers for each variant of `key` in `year` this view stands for (the one
   * value of a pinned key), in variant order, without choosing among them: for wording a step
   * whose variants agree on the answer asked (ask) but not on every detail of it. Empty where no
   * pack sets the key.
   */
  answersAmong<K extends ParamKey, A>(key: K, year: number, question: (value: ParamValue<K>) => A): A[] {
    const found = this.lookUpCached(key, year);
    if (!found) return [];
    if (!isLookupRegional(found)) return [question(found.value)];
    const choice = this.assignment.size === 0 ? undefined : this.assignment.get(found.slot);
    return (choice ? choice.indexes : found.all).map((i) => question((found.variants[i] as ResolvedParam<K>).value));
  }

  find<K extends ParamKey>(key: K, year: number): ResolvedParam<K> | null {
    // A pinned value is its own answer: no question to ask, nothing to allocate.
    const found = this.lookUpCached(key, year);
    if (found === null || !isLookupRegional(found)) return found;
    return this.ask(key, year, identity)?.used ?? null;
  }

  /** A value the baseline guarantees for every covered year (parseRulePack checks it). */
  get<K extends ParamKey>(key: K, year: number): ResolvedParam<K> {
    const found = this.find(key, year);
    if (!found) throw new MissingParameterError(key, year);
    return found;
  }

  /** Whether the value of `key` in `year` is regional for this chain (no branching). */
  isRegional(key: ParamKey, year: number): boolean {
    const found = this.lookUpCached(key, year);
    return found !== null && isLookupRegional(found);
  }

  sourceById(id: string) {
    for (const pack of this.packs) {
      const source = pack.sources.find((s) => s.id === id);
      if (source) return source;
    }
    return undefined;
  }
}

/** `choice` of the regional entry behind `slot` as a condition: made once, then kept on the choice (runs share choices). */
function conditionOf(slot: object, choice: Choice): Condition {
  const variants = ((slot as { entry: RegionalEntry<ParamKey> }).entry).regional;
  const regions: string[] = [];
  const read: string[] = [];
  const sources: string[] = [];
  for (const i of choice.indexes) {
    const v = variants[i];
    if (!v) continue;
    for (const r of v.regions) if (!regions.includes(r)) regions.push(r);
    for (const r of v.readRegions ?? []) if (!read.includes(r)) read.push(r);
    for (const s of v.sources) if (!sources.includes(s)) sources.push(s);
  }
  const elsewhere: string[] = [];
  variants.forEach((v, i) => {
    if (choice.indexes.includes(i)) return;
    for (const r of v.regions) if (!regions.includes(r) && !read.includes(r) && !elsewhere.includes(r)) elsewhere.push(r);
    for (const r of v.readRegions ?? []) if (!regions.includes(r) && !read.includes(r) && !elsewhere.includes(r)) elsewhere.push(r);
  });
  const indexes = [...choice.indexes];
  const condition: Condition = { param: choice.key, year: choice.year, answer: choice.answer, regions, sources, variants: indexes };
  // Present only where there are some, as a condition made by hand has neither.
  const readOnly = read.filter((r) => !regions.includes(r));
  if (readOnly.length > 0) condition.readRegions = readOnly;
  if (elsewhere.length > 0) condition.elsewhere = elsewhere;
  (choice as { condition?: Condition }).condition = condition;
  return condition;
}

/** Splits kept per (entry, year). */
const MAX_SPLITS = 64;

/**
 * The choices for `groups` (answer → variant indexes, in variant order) of `found` in `year`: the
 * ones made the first time a question split the entry this way. A choice is never changed after it
 * is made, only its condition and citation filled in when first needed (both follow from it alone),
 * so runs may share it. The split's text holds every index and answer, so two splits share a
 * key only where they are the same; the answers are the pack's values, which never hold a NUL.
 */
function sharedChoices<K extends ParamKey>(found: RegionalLookup<K>, year: number, groups: ReadonlyMap<string, readonly number[]>): Choice[] {
  let text = '';
  for (const [answer, list] of groups) text += `${list.join(',')}\u0000${answer}\u0000`;
  let choices = found.splits.get(text);
  if (!choices) {
    choices = [];
    for (const [answer, list] of groups) choices.push({ key: found.key, year, indexes: list, answer, condition: undefined });
    // Answers that depend on the scenario (a day worked out from the payment date) give new splits
    // with every calculation: the memory is bounded by starting again (a cache, not state).
    if (found.splits.size >= MAX_SPLITS) found.splits.clear();
    found.splits.set(text, choices);
  }
  return choices;
}

function identity<T>(value: T): T {
  return value;
}

export class MissingParameterError extends Error {
  constructor(
    readonly key: string,
    readonly year: number,
  ) {
    super(`No rule pack in the chain sets ${key} for ${year}`);
  }
}
