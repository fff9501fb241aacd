// Every text key the app names exists in en.json (locale-keys.test.ts keeps zh-CN.json in step).
// This was the type checker's job while t() was typed from en.json; at about 2,000 keys that
// typing made `tsc` take 100 s and 2 GB and hit TS2859, so the keys are checked here instead,
// from the code as TypeScript's parser reads it: every string literal and template whose first
// segment is one of en.json's top-level sections, in every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import { keyUses, leafKeys, resolves } from './key-scan';

const root = fileURLToPath(new URL('../../', import.meta.url));
const keys = leafKeys(en);
const namespaces = new Set(Object.keys(en));

/** Codes a rule pack's check reports to us at build time (pack.* in ValidationError.key): never shown, so no texts. */
const CHECK_CODE_FILES = new Set(['src/calc/rule-pack.ts', 'src/rules/pack-checks.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

describe('text keys named in the code', () => {
  it('all exist in en.json (whole keys, prefixes, plural and context forms, templates some key fills)', () => {
    const unresolved: string[] = [];
    let seen = 0;
    for (const path of sourceFiles(join(root, 'src'))) {
      const file = relative(root, path).split('\\').join('/');
      for (const use of keyUses(file, readFileSync(path, 'utf8'), namespaces)) {
        if (CHECK_CODE_FILES.has(file) && use.text.startsWith('pack.')) continue;
        seen++;
        if (!resolves(use, keys)) unresolved.push(`${file}:${use.line} ${use.text}`);
      }
    }
    expect(unresolved).toEqual([]);
    // The scan finds the keys at all (a parser change that found none would pass the check above).
    expect(seen).toBeGreaterThan(800);
  });
});

describe('the key scan', () => {
  const ns = new Set(['result', 'wizard']);
  const tree = { result: { title: 'T', how: { keepCover: 'K', keepCover_enrol: 'KE', endUncertain: 'E', endUncertainPassed: 'EP' }, days_one: 'd', days_other: 'ds' }, wizard: { steps: { where: 'W' } } };
  const all = leafKeys(tree);
  const scan = (code: string) => keyUses('x.tsx', code, ns);
  const ok = (code: string) => scan(code).map((u) => resolves(u, all));

  it('finds keys in calls, JSX attributes, templates and template types, not in imports or other strings', () => {
    const code = [
      "import x from 'result.json';",
      "t('result.title');",
      '<Trans i18nKey="wizard.steps.where" />;',
      't(`result.how.${k}`);',
      'type K = `result.how.${string}`;',
      "const s = 'report.txt'; const u = 'not a key'; const v = 'result';",
    ].join('\n');
    expect(scan(code).map((u) => [u.text, u.line])).toEqual([
      ['result.title', 2],
      ['wizard.steps.where', 3],
      ['result.how.${…}', 4],
      ['result.how.${…}', 5],
    ]);
  });

  it('accepts whole keys, prefixes, plural and context forms, and filled templates', () => {
    expect(ok("t('result.title'); t('result.how'); t('result.how.'); t('result.days', { count }); t('result.how.keepCover', { context })")).toEqual([true, true, true, true, true]);
    expect(ok('t(`result.how.endUncertain${passed}`); t(`result.${a}.keepCover`)')).toEqual([true, true]);
  });

  it('rejects a misspelt key, a missing leaf, and a template no key fills', () => {
    expect(ok("t('result.titel'); t('result.how.keepCover.more'); t('wizard.steps.were')")).toEqual([false, false, false]);
    expect(ok('t(`result.how.startUncertain${passed}`); t(`wizard.${a}.when`)')).toEqual([false, false]);
  });
});
