// Every id the calculator can emit (trace steps, notes, warnings, errors) has a sentence in
// both languages, and every interpolation placeholder the sentence uses is provided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import en from '../../src/i18n/locales/en.json';
import zh from '../../src/i18n/locales/zh-CN.json';
import { chainOf, junkArb, scenarioArb } from '../calc/arbitraries';

type Tree = { [k: string]: string | Tree };

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string);
}

describe('sentences for everything the engine says', () => {
  it('trace steps, notes and warnings of 3,000 generated results', () => {
    const missing = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        const r = outcome.result;
        const items = [
          ...r.trace.map((t) => ({ key: `trace.${t.rule}.${t.step}`, params: t.params })),
          ...r.notes.map((n) => ({ key: `notes.${n.id}`, params: n.params })),
          ...r.warnings.map((w) => ({ key: `warnings.${w.id}`, params: w.params })),
        ];
        for (const { key, params } of items) {
          for (const [lang, tree] of [['en', en], ['zh-CN', zh]] as const) {
            const text = lookup(tree as Tree, key);
            if (text === undefined) missing.add(`${lang}: ${key}`);
            else for (const p of placeholders(text)) if (!(p in params)) missing.add(`${lang}: ${key} needs {{${p}}}`);
          }
        }
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect([...missing].sort()).toEqual([]);
  });

  it('validation error keys of 3,000 junk inputs', () => {
    const missing = new Set<string>();
    fc.assert(
      fc.property(junkArb, (junk) => {
        const outcome = calculate(junk.input, chainOf('national'));
        if (outcome.ok) return;
        for (const e of outcome.errors) {
          if (lookup(en as Tree, `errors.${e.key}`) === undefined) missing.add(`en: ${e.key}`);
          if (lookup(zh as Tree, `errors.${e.key}`) === undefined) missing.add(`zh-CN: ${e.key}`);
        }
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect([...missing].sort()).toEqual([]);
  });
});
