// Build-time check of the shipped rule packs (public/rules): each passes the schema and the
// cross-checks (parseRulePack), every region's values lie in the national variants
// (checkAgainstBaseline, RULES.md §8.1), and the index matches the files. A bad pack fails
// the build instead of reaching a person as a load error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';
import type * as CalcModule from '../src/calc/index.ts';
import type { RulePack } from '../src/calc/index.ts';

type Calc = Pick<typeof CalcModule, 'checkAgainstBaseline' | 'parseRulePack'>;

/** The problems found in the packs of `dir`, one line each; empty when all is well. */
export function rulePackProblems(dir: string, { checkAgainstBaseline, parseRulePack }: Calc): string[] {
  const problems: string[] = [];
  const packs = new Map<string, RulePack>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
    const parsed = parseRulePack(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) problems.push(`${file}: ${JSON.stringify(parsed.errors.slice(0, 5))}`);
    else if (`${parsed.pack.id}.json` !== file) problems.push(`${file}: id ${parsed.pack.id} does not match the file name`);
    else packs.set(parsed.pack.id, parsed.pack);
  }
  const baseline = [...packs.values()].find((p) => p.parent === null);
  if (!baseline) return [...problems, 'no baseline pack (parent null)'];
  for (const pack of packs.values()) {
    const errors = checkAgainstBaseline(pack, baseline);
    if (errors.length > 0) problems.push(`${pack.id}: not a national variant at ${JSON.stringify(errors.map((e) => e.path))}`);
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { packs: { id: string; version: string; lastChecked: string; parent: string | null }[] };
  for (const entry of index.packs) {
    const pack = packs.get(entry.id);
    if (!pack) problems.push(`index.json lists ${entry.id}, which did not load`);
    else if (pack.version !== entry.version || pack.lastChecked !== entry.lastChecked || pack.parent !== entry.parent) problems.push(`index.json disagrees with ${entry.id}.json`);
  }
  return problems;
}

export function checkRulePacks(dir: string): Plugin {
  return {
    name: 'yibao:check-rule-packs',
    apply: 'build',
    async buildStart() {
      // Loaded through Vite, not imported by the config: the calculator is app code (TypeScript, bundler imports).
      const { module } = await runnerImport<Calc>(join(import.meta.dirname, '../src/calc/index.ts'));
      const problems = rulePackProblems(dir, module);
      if (problems.length > 0) this.error(`Rule packs failed their checks:\n${problems.join('\n')}`);
    },
  };
}
