// Loading-time checks of a rule pack and the lookup of a parameter along the fallback
// chain (region first, national last). Every lookup says which pack supplied the value.
import { parameterSpecs, rulePackSchema } from './pack-schema';
import type { ParamEntry, ParamKey, ParamValue, RulePack, ValueStatus } from './pack-schema';
import type { TraceValue, ValidationError } from './result';

export interface ResolvedParam<K extends ParamKey> {
  key: K;
  value: ParamValue<K>;
  packId: string;
  sources: string[];
  status: ValueStatus;
  note?: string;
  /** The value as a note shows it (objects as JSON): the trace works it out once, when first needed. */
  shown: TraceValue | undefined;
}

/** Keys that refine another key and may be absent everywhere (flexible falls back to employee). */
const OPTIONAL_KEYS = new Set<ParamKey>(['flexible.longGapWait']);

export type PackParseOutcome = { ok: true; pack: RulePack } | { ok: false; errors: ValidationError[] };

function entriesOf<K extends ParamKey>(pack: RulePack, key: K): ParamEntry<K>[] {
  return (pack.parameters[key] ?? []) as ParamEntry<K>[];
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
    const entries = [...entriesOf(pack, key)].sort((a, b) => a.from - b.from);
    entries.forEach((entry, i) => {
      const path = ['parameters', key, i];
      if (entry.to !== undefined && entry.to < entry.from) errors.push({ path, key: 'pack.yearsReversed' });
      for (const id of entry.sources) if (!sourceIds.has(id)) errors.push({ path: [...path, 'sources'], key: 'pack.unknownSource' });
      const next = entries[i + 1];
      if (next && (entry.to === undefined || entry.to >= next.from)) errors.push({ path, key: 'pack.overlap' });
    });
    // The baseline must answer every question for every year it claims to cover.
    if (pack.parent === null && !OPTIONAL_KEYS.has(key)) {
      for (let y = pack.benefitYears.from; y <= pack.benefitYears.to; y++) {
        if (!entries.some((e) => e.from <= y && (e.to === undefined || e.to >= y))) {
          errors.push({ path: ['parameters', key], key: 'pack.incomplete' });
          break;
        }
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}

/**
 * Years whose lookups are kept, by year - CACHED_FROM: every year a pack may cover (2000-2100)
 * and a few around them. An array read beats a map's; other years are looked up each time.
 */
const CACHED_FROM = 1990;
const CACHED_YEARS = 128;

/**
 * A region pack followed by the packs it falls back to, most specific first. Packs are
 * treated as immutable, so every lookup is computed once per chain and then reused.
 */
export class PackChain {
  readonly packs: readonly RulePack[];
  /** Benefit years every pack in the chain covers. */
  readonly years: { readonly from: number; readonly to: number };
  /** find() answers by key, then by year - CACHED_FROM (undefined: not looked up yet). */
  private readonly found = new Map<ParamKey, (ResolvedParam<ParamKey> | null | undefined)[]>();

  constructor(packs: readonly RulePack[]) {
    this.packs = packs;
    this.years = packs.reduce(
      (acc, p) => ({ from: Math.max(acc.from, p.benefitYears.from), to: Math.min(acc.to, p.benefitYears.to) }),
      { from: -Infinity, to: Infinity },
    );
  }

  get primary(): RulePack {
    return this.packs[0] as RulePack;
  }

  find<K extends ParamKey>(key: K, year: number): ResolvedParam<K> | null {
    const i = year - CACHED_FROM;
    if (!(i >= 0 && i < CACHED_YEARS && Number.isInteger(i))) return this.lookUp(key, year);
    let byYear = this.found.get(key);
    if (!byYear) {
      byYear = new Array<ResolvedParam<ParamKey> | null | undefined>(CACHED_YEARS).fill(undefined);
      this.found.set(key, byYear);
    }
    let resolved = byYear[i];
    if (resolved === undefined) {
      resolved = this.lookUp(key, year);
      byYear[i] = resolved;
    }
    return resolved as ResolvedParam<K> | null;
  }

  private lookUp<K extends ParamKey>(key: K, year: number): ResolvedParam<K> | null {
    for (const pack of this.packs) {
      const entry = entriesOf(pack, key).find((e) => e.from <= year && (e.to === undefined || e.to >= year));
      if (entry) {
        // One shape for every resolved value (note undefined rather than absent): the trace reads them all.
        return { key, value: entry.value, packId: pack.id, sources: entry.sources, status: entry.status, note: entry.note ? entry.note : undefined, shown: undefined };
      }
    }
    return null;
  }

  /** A value the baseline guarantees for every covered year (parseRulePack checks it). */
  get<K extends ParamKey>(key: K, year: number): ResolvedParam<K> {
    const found = this.find(key, year);
    if (!found) throw new MissingParameterError(key, year);
    return found;
  }

  sourceById(id: string) {
    for (const pack of this.packs) {
      const source = pack.sources.find((s) => s.id === id);
      if (source) return source;
    }
    return undefined;
  }
}

export class MissingParameterError extends Error {
  constructor(
    readonly key: string,
    readonly year: number,
  ) {
    super(`No rule pack in the chain sets ${key} for ${year}`);
  }
}
