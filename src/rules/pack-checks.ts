// The checks a rule pack passes before the calculator sees it. The app runs them on every pack
// it loads and refuses one that fails (rule-pack-chain.ts); the build runs the very same
// functions on every file in public/rules and fails instead (scripts/check-rule-packs.ts), so a
// pack that builds is a pack the app accepts. Pure: no fetching, no React.
import { checkAgainstBaseline, namedRegionProblems, parseRulePack } from '../calc';
import type { RulePack, ValidationError } from '../calc';
import { RulePackError } from './fetch-rules';
import { parsePackIndex } from './pack-index';
import type { PackIndex, PackIndexEntry } from './pack-index';

/** One problem in a file: where (a path into its JSON), what (a key) and, where it helps, the values. */
export interface PackProblem extends ValidationError {
  detail?: string;
}

/** The fields an index entry copies from its pack: a pack must agree with its entry on each. */
const INDEXED_FIELDS = ['id', 'version', 'parent', 'lastChecked'] as const;

/** The index entries from a pack up to the baseline, most specific first. */
export function planChain(index: PackIndex, id: string): PackIndexEntry[] {
  const byId = new Map(index.packs.map((p) => [p.id, p]));
  const chain: PackIndexEntry[] = [];
  for (let next: string | null = id; next !== null; ) {
    const entry = byId.get(next);
    if (!entry) throw new RulePackError('unknown', `No rule pack "${next}" in the index`);
    if (chain.includes(entry)) throw new RulePackError('invalid', `Rule pack "${id}" has a parent cycle`);
    chain.push(entry);
    next = entry.parent;
  }
  return chain;
}

/**
 * A pack file checked on its own (the schema and the cross-checks of parseRulePack) and against
 * its index entry. The app caches a pack under the index's version and shows the index's
 * dates, so a file that disagrees (a version bumped in one place only, a half-finished deploy,
 * a stale cache) must not be stored under it.
 */
export function checkPackFile(json: unknown, entry: PackIndexEntry): { ok: true; pack: RulePack } | { ok: false; message: string; problems: PackProblem[] } {
  const outcome = parseRulePack(json);
  if (!outcome.ok) return { ok: false, message: `Rule pack "${entry.id}" failed validation`, problems: outcome.errors };
  const { pack } = outcome;
  const problems = INDEXED_FIELDS.filter((field) => pack[field] !== entry[field]).map((field) => ({
    path: [field],
    key: 'pack.disagreesWithIndex',
    detail: `the pack says ${JSON.stringify(pack[field])}, index.json says ${JSON.stringify(entry[field])}`,
  }));
  if (problems.length > 0) return { ok: false, message: `Rule pack "${entry.id}" does not match the index`, problems };
  return { ok: true, pack };
}

/**
 * RULES.md §8.1: every pack of a chain (most specific first) against the chain's baseline, its
 * last pack, so the national range contains every region's answer. One entry per failing pack.
 */
export function chainProblems(packs: readonly RulePack[]): { id: string; problems: PackProblem[] }[] {
  const baseline = packs.at(-1);
  if (!baseline) return [];
  return packs.map((pack) => ({ id: pack.id, problems: checkAgainstBaseline(pack, baseline) })).filter((failed) => failed.problems.length > 0);
}

/** The details of a RulePackError: problems from the checks here, issues from zod (the index). */
type Detail = PackProblem | { path: PropertyKey[]; message: string };

function asProblem(detail: Detail): PackProblem {
  if ('key' in detail) return detail;
  return { path: detail.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), key: 'index.invalid', detail: detail.message };
}

/** A problem the build reports: the file, then where in it and what. */
export interface FileProblem extends PackProblem {
  file: string;
}

/**
 * Everything the app would refuse among the files of a rules folder, found as the app finds it:
 * index.json (parsePackIndex), each pack it lists against its entry (checkPackFile), the chain
 * of each (planChain, chainProblems). Files the index does not list ship all the same, so each
 * is checked on its own (parseRulePack, its id naming the file). `read(file)` returns a file's
 * JSON or throws (a missing file, bad JSON): that becomes a problem of the file too.
 */
export function packFilesProblems(files: readonly string[], read: (file: string) => unknown): FileProblem[] {
  const found: FileProblem[] = [];
  const report = (file: string, problems: readonly PackProblem[]) => {
    for (const problem of problems) found.push({ file, ...problem });
  };
  const attempt = <T>(file: string, task: () => T): T | undefined => {
    try {
      return task();
    } catch (error) {
      if (error instanceof RulePackError && Array.isArray(error.details)) report(file, (error.details as Detail[]).map(asProblem));
      else report(file, [{ path: [], key: 'file.unreadable', detail: error instanceof Error ? error.message : String(error) }]);
      return undefined;
    }
  };

  const index = attempt('index.json', () => parsePackIndex(read('index.json')));
  const packs = new Map<string, RulePack>();
  for (const entry of index?.packs ?? []) {
    const file = `${entry.id}.json`;
    const checked = attempt(file, () => checkPackFile(read(file), entry));
    if (checked?.ok) packs.set(entry.id, checked.pack);
    else if (checked) report(file, checked.problems);
  }

  // A pack in several chains (a province under its cities) is reported once.
  const failedChains = new Map<string, PackProblem[]>();
  index?.packs.forEach((entry, i) => {
    let chain: PackIndexEntry[];
    try {
      chain = planChain(index, entry.id);
    } catch (error) {
      report('index.json', [{ path: ['packs', i, 'parent'], key: 'index.badParent', detail: error instanceof Error ? error.message : String(error) }]);
      return;
    }
    const loaded = chain.map((e) => packs.get(e.id));
    // A pack that did not load is reported above already.
    if (loaded.some((pack) => pack === undefined)) return;
    for (const failed of chainProblems(loaded as RulePack[])) failedChains.set(failed.id, failed.problems);
  });
  for (const [id, problems] of failedChains) report(`${id}.json`, problems);
  // The baseline's variants name only regions whose own packs give them (§8.3).
  const baseline = index?.packs.find((entry) => entry.parent === null);
  const national = baseline ? packs.get(baseline.id) : undefined;
  if (index && national) {
    const chainOf = (id: string): RulePack[] | null => {
      try {
        const loaded = planChain(index, id).map((e) => packs.get(e.id));
        return loaded.every((pack) => pack !== undefined) ? (loaded as RulePack[]) : null;
      } catch {
        return null; // a bad parent is reported above
      }
    };
    report(`${national.id}.json`, namedRegionProblems(national, chainOf));
  }

  const listed = new Set(index?.packs.map((entry) => `${entry.id}.json`));
  for (const file of files) {
    if (file === 'index.json' || listed.has(file)) continue;
    const outcome = attempt(file, () => parseRulePack(read(file)));
    if (outcome && !outcome.ok) report(file, outcome.errors);
    else if (outcome?.ok && `${outcome.pack.id}.json` !== file) {
      report(file, [{ path: ['id'], key: 'pack.idNotFileName', detail: `the id is ${JSON.stringify(outcome.pack.id)}` }]);
    }
  }
  return found;
}
