// The build-time check of the shipped packs (scripts/check-rule-packs.ts): the shipped packs
// pass, and a region value the national range does not list fails the build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rulePackProblems } from '../../scripts/check-rule-packs';
import { checkAgainstBaseline, parseRulePack } from '../../src/calc';

const shipped = join(import.meta.dirname, '../../public/rules');
const calc = { checkAgainstBaseline, parseRulePack };
let dir: string | null = null;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('build-time rule pack check', () => {
  it('finds nothing wrong with the shipped packs and index', () => {
    expect(rulePackProblems(shipped, calc)).toEqual([]);
  });

  it('rejects a region pinning a value that is not one of the national variants (§8.1)', () => {
    dir = mkdtempSync(join(tmpdir(), 'packs-'));
    cpSync(shipped, dir, { recursive: true });
    const file = join(dir, 'jiangsu.json');
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { parameters: Record<string, { regional?: { value: unknown }[] }[]> };
    pack.parameters['employee.longGapWaitMonths']![0]!.regional![1]!.value = 4;
    writeFileSync(file, JSON.stringify(pack));
    expect(rulePackProblems(dir, calc)).toEqual(['jiangsu: not a national variant at [["parameters","employee.longGapWaitMonths",0]]']);
  });

  it('rejects an index that disagrees with a pack', () => {
    dir = mkdtempSync(join(tmpdir(), 'packs-'));
    cpSync(shipped, dir, { recursive: true });
    const file = join(dir, 'index.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as { packs: { id: string; version: string }[] };
    index.packs.find((p) => p.id === 'beijing')!.version = '2026.9.9';
    writeFileSync(file, JSON.stringify(index));
    expect(rulePackProblems(dir, calc)).toEqual(['index.json disagrees with beijing.json']);
  });
});
