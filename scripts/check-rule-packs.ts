// Build-time check of the shipped rule packs (public/rules), with the checks the app runs when it
// loads a pack (src/rules/pack-checks.ts: the index, each pack's schema and cross-checks, each
// pack against its index entry, every region inside the national variants, RULES.md §8.1). A
// bad pack fails the build, naming the file and the place in it, instead of reaching a person
// as "规则文件内容有误".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';
import type * as PackChecks from '../src/rules/pack-checks.ts';
import type { FileProblem } from '../src/rules/pack-checks.ts';

type Checks = Pick<typeof PackChecks, 'packFilesProblems'>;

/** What each problem key means, for the person who edited the pack. */
const MEANING: Record<string, string> = {
  'file.unreadable': 'cannot be read as JSON',
  'index.invalid': 'does not fit the index format (src/rules/pack-index.ts)',
  'index.badParent': 'names a parent the index does not list, or a cycle',
  'pack.invalid': 'does not fit the pack format (src/calc/pack-schema.ts)',
  'pack.yearsReversed': '"to" comes before "from"',
  'pack.unknownSource': 'cites a source the pack does not list',
  'pack.unknownRegion': 'names a region missing from regionNames',
  'pack.duplicateVariant': 'lists the same variant twice',
  'pack.regionTwice': 'names a region both as stating a value (regions) and as read to use one (readRegions)',
  'pack.overlap': 'overlaps the next entry for the same parameter',
  'pack.incomplete': 'leaves a benefit year the national pack covers without a value',
  'pack.notANationalVariant': 'pins a value that is not one of the national variants for that year (RULES.md §8.1)',
  'pack.namedRegionDiffers': "names a region for this variant whose own packs do not pin it, or give another value (RULES.md §8.3): pin it there, or take the region out of the list (one named in readRegions must pin it as an interpretation)",
  'pack.namedRegionIsReading': 'names a region as stating this value whose own packs take it only as our reading (status interpretation): list it in readRegions instead (RULES.md §8.3)',
  'pack.namedRegionBeforeItsYears': "names a region for years before the first its own packs give this parameter (values carry forward, never back: RULES.md §8.6): split the entry at that year",
  'pack.disagreesWithIndex': 'disagrees with index.json (bump the version and lastChecked in both)',
  'pack.idNotFileName': 'does not match the file name',
};

/** A path into a JSON file as a JSON Pointer (RFC 6901): /parameters/resident.extension/0. */
function pointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** One line per problem: "jiangsu.json /parameters/employee.longGapWaitMonths/0: <meaning> (<key>; <detail>)". */
export function formatProblem({ file, path, key, detail }: FileProblem): string {
  const where = path.length > 0 ? `${file} ${pointer(path)}` : file;
  const why = [key, detail].filter(Boolean).join('; ');
  return `${where}: ${MEANING[key] ?? 'is refused by the app'} (${why})`;
}

/** The problems found in the packs of `dir`, one line each; empty when all is well. */
export function rulePackProblems(dir: string, { packFilesProblems }: Checks): string[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  const read = (file: string): unknown => {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      throw new Error('no such file');
    }
    return JSON.parse(text);
  };
  return packFilesProblems(files, read).map(formatProblem);
}

export function checkRulePacks(dir: string): Plugin {
  return {
    name: 'yibao:check-rule-packs',
    apply: 'build',
    async buildStart() {
      // Loaded through Vite, not imported by the config: the checks are app code (TypeScript, bundler imports).
      const { module } = await runnerImport<Checks>(join(import.meta.dirname, '../src/rules/pack-checks.ts'));
      const problems = rulePackProblems(dir, module);
      if (problems.length > 0) this.error(`Rule packs failed the checks the app runs on them (public/rules):\n${problems.join('\n')}`);
    },
  };
}
