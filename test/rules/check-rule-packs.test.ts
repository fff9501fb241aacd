// The build-time check of the shipped packs (scripts/check-rule-packs.ts), which runs the checks
// the app runs on load (src/rules/pack-checks.ts): the shipped packs pass, and each hand edit
// below, made to a copy of public/rules, fails with the file and the place in it. Other packs
// may be in the middle of an edit, so each case compares with the untouched copy.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRulePacks, rulePackProblems } from '../../scripts/check-rule-packs';
import { packFilesProblems } from '../../src/rules/pack-checks';

const shipped = join(import.meta.dirname, '../../public/rules');
const checks = { packFilesProblems };
const shippedIndex = JSON.parse(readFileSync(join(shipped, 'index.json'), 'utf8')) as { packs: { id: string; version: string }[] };
const versionOf = (id: string) => shippedIndex.packs.find((p) => p.id === id)!.version;
const positionOf = (id: string) => shippedIndex.packs.findIndex((p) => p.id === id);
let dir: string | null = null;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hand edits of arbitrary JSON

/** A copy of the shipped packs, edited by `edit(file, change)`; returns the problems the edits added. */
function afterEditing(edits: (edit: (file: string, change: (json: Json) => void) => void, write: (file: string, text: string) => void) => void): string[] {
  dir = mkdtempSync(join(tmpdir(), 'packs-'));
  cpSync(shipped, dir, { recursive: true });
  const before = new Set(rulePackProblems(dir, checks));
  const target = dir;
  const write = (file: string, text: string) => writeFileSync(join(target, file), text);
  edits((file, change) => {
    const json = JSON.parse(readFileSync(join(target, file), 'utf8')) as Json;
    change(json);
    write(file, JSON.stringify(json, null, 2));
  }, write);
  return rulePackProblems(dir, checks).filter((line) => !before.has(line));
}

const bumpIndex = (id: string, version: string) => (index: Json) => {
  index.packs.find((p: Json) => p.id === id).version = version;
};

describe('build-time rule pack check', () => {
  it('finds nothing wrong with the shipped packs and index', () => {
    expect(rulePackProblems(shipped, checks)).toEqual([]);
  });

  it('a bumped version in the pack but not in index.json: names the pack, the field and both values', () => {
    const problems = afterEditing((edit) => edit('beijing.json', (pack) => void (pack.version = '2026.2.9')));
    expect(problems).toEqual([
      `beijing.json /version: disagrees with index.json (bump the version and lastChecked in both) (pack.disagreesWithIndex; the pack says "2026.2.9", index.json says "${versionOf('beijing')}")`,
    ]);
  });

  it('a version bumped in both files, with an edit that breaks a cross-check (two entries for one year)', () => {
    const problems = afterEditing((edit) => {
      edit('jiangsu.json', (pack) => {
        pack.version = '2026.2.1';
        const waits = pack.parameters['employee.longGapWaitMonths'];
        waits.push({ ...waits[0], from: 2027 });
      });
      edit('index.json', bumpIndex('jiangsu', '2026.2.1'));
    });
    expect(problems).toEqual(['jiangsu.json /parameters/employee.longGapWaitMonths/0: overlaps the next entry for the same parameter (pack.overlap)']);
  });

  it('a region pinning a value the national range does not list (§8.1), at the entry in the file', () => {
    const problems = afterEditing((edit) =>
      edit('jiangsu.json', (pack) => {
        pack.parameters['employee.longGapWaitMonths'][0].regional[1].value = 4;
      }),
    );
    expect(problems).toEqual([
      'jiangsu.json /parameters/employee.longGapWaitMonths/0: pins a value that is not one of the national variants for that year (RULES.md §8.1) (pack.notANationalVariant)',
    ]);
  });

  it('a region the national range names for a value its own pack does not give (§8.3), at the region in the variant', () => {
    const problems = afterEditing((edit) => {
      edit('national.json', (pack) => {
        // 武汉 named for a 6-month employee wait: its pack says nothing about employees (its source is about flexible workers).
        const six = pack.parameters['employee.longGapWaitMonths'][0].regional.findIndex((v: Json) => v.value === 6);
        pack.parameters['employee.longGapWaitMonths'][0].regional[six].regions.push('hubei-wuhan');
        pack.version = '2026.9.1';
      });
      edit('index.json', bumpIndex('national', '2026.9.1'));
    });
    expect(problems).toEqual([
      'national.json /parameters/employee.longGapWaitMonths/0/regional/2/regions/0: names a region for this variant whose own packs do not pin it, or give another value (RULES.md §8.3): pin it there, or take the region out of the list (one named in readRegions must pin it as an interpretation) (pack.namedRegionDiffers)',
    ]);
  });

  it('a region named as read to use a value (readRegions) whose pack states it, or gives another value', () => {
    const problems = afterEditing((edit) => {
      edit('national.json', (pack) => {
        const conventions = pack.parameters['resident.dateConvention'][0].regional;
        // 北京's pack says nothing of the day cover starts: we have no reading of its rules to name.
        conventions.find((v: Json) => v.value === 'sameDay').readRegions.push('beijing');
        pack.version = '2026.9.1';
      });
      edit('index.json', bumpIndex('national', '2026.9.1'));
    });
    expect(problems).toEqual([
      'national.json /parameters/resident.dateConvention/0/regional/0/readRegions/1: names a region for this variant whose own packs do not pin it, or give another value (RULES.md §8.3): pin it there, or take the region out of the list (one named in readRegions must pin it as an interpretation) (pack.namedRegionDiffers)',
    ]);
  });

  it('a region named as stating a value its own pack takes only as our reading', () => {
    const problems = afterEditing((edit) => {
      edit('national.json', (pack) => {
        // 青海's 「自缴费之日起3个月后」 may mean either day (P-QH1): its pack pins "same day" as an interpretation.
        const sameDay = pack.parameters['resident.dateConvention'][1].regional.find((v: Json) => v.value === 'sameDay');
        sameDay.readRegions = sameDay.readRegions.filter((r: string) => r !== 'qinghai');
        sameDay.regions.push('qinghai');
        pack.version = '2026.9.1';
      });
      edit('index.json', bumpIndex('national', '2026.9.1'));
    });
    expect(problems).toEqual([
      'national.json /parameters/resident.dateConvention/1/regional/0/regions/1: names a region as stating this value whose own packs take it only as our reading (status interpretation): list it in readRegions instead (RULES.md §8.3) (pack.namedRegionIsReading)',
    ]);
  });

  it('a region named for a year before the first its own pack gives the value', () => {
    const problems = afterEditing((edit) => {
      edit('national.json', (pack) => {
        // 湖南's 90 days come from its 2026 notice (P-HN2): nothing says how it counted in 2025.
        pack.parameters['resident.waitUnit'][0].regional.find((v: Json) => v.value === 'days').regions.push('hunan');
        pack.version = '2026.9.1';
      });
      edit('index.json', bumpIndex('national', '2026.9.1'));
    });
    expect(problems).toEqual([
      "national.json /parameters/resident.waitUnit/0/regional/1/regions/2: names a region for years before the first its own packs give this parameter (values carry forward, never back: RULES.md §8.6): split the entry at that year (pack.namedRegionBeforeItsYears)",
    ]);
  });

  it('a region named both as stating a value and as read to use one', () => {
    const problems = afterEditing((edit) => {
      edit('national.json', (pack) => {
        // 阜新 states "same day" (L-FX).
        pack.parameters['resident.dateConvention'][0].regional.find((v: Json) => v.value === 'nextDay').readRegions = ['liaoning-fuxin'];
        pack.version = '2026.9.1';
      });
      edit('index.json', bumpIndex('national', '2026.9.1'));
    });
    expect(problems).toEqual(['national.json /parameters/resident.dateConvention/0/regional/1/readRegions/0: names a region both as stating a value (regions) and as read to use one (readRegions) (pack.regionTwice)']);
  });

  it('a schema violation: the path inside the pack', () => {
    const problems = afterEditing((edit) => edit('beijing.json', (pack) => void (pack.lastChecked = '30.11.2026')));
    expect(problems).toEqual(['beijing.json /lastChecked: does not fit the pack format (src/calc/pack-schema.ts) (pack.invalid)']);
  });

  it('an index entry that disagrees with its pack', () => {
    const problems = afterEditing((edit) => edit('index.json', bumpIndex('beijing', '2026.9.9')));
    expect(problems).toEqual([
      `beijing.json /version: disagrees with index.json (bump the version and lastChecked in both) (pack.disagreesWithIndex; the pack says "${versionOf('beijing')}", index.json says "2026.9.9")`,
    ]);
  });

  it('an index that does not fit its format: the entry and the field', () => {
    const problems = afterEditing((edit) => edit('index.json', bumpIndex('beijing', '2026.2')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^index\\.json /packs/${positionOf('beijing')}/version: does not fit the index format \\(src/rules/pack-index\\.ts\\) \\(index\\.invalid; .+\\)$`));
  });

  it('an index entry naming a parent the index does not list', () => {
    const problems = afterEditing((edit) =>
      edit('index.json', (index) => {
        index.packs.find((p: Json) => p.id === 'hunan').parent = 'huna';
      }),
    );
    expect(problems).toEqual([
      'hunan.json /parent: disagrees with index.json (bump the version and lastChecked in both) (pack.disagreesWithIndex; the pack says "national", index.json says "huna")',
      `index.json /packs/${positionOf('hunan')}/parent: names a parent the index does not list, or a cycle (index.badParent; No rule pack "huna" in the index)`,
    ]);
  });

  it('a file that is not JSON, and an index entry without a file', () => {
    const problems = afterEditing((edit, write) => {
      write('fujian.json', '{ "schemaVersion": 2, }');
      edit('index.json', (index) => index.packs.push({ ...index.packs.find((p: Json) => p.id === 'hunan'), id: 'hunan-changsha', parent: 'hunan' }));
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^fujian\.json: cannot be read as JSON \(file\.unreadable; .+\)$/);
    expect(problems[1]).toBe('hunan-changsha.json: cannot be read as JSON (file.unreadable; no such file)');
  });

  it('fails the build (the Vite plugin) with the same lines', async () => {
    afterEditing((edit) => edit('beijing.json', (pack) => void (pack.version = '2026.2.9')));
    const plugin = checkRulePacks(dir!);
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) };
    await (plugin.buildStart as unknown as (this: typeof context) => Promise<void>).call(context);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('beijing.json /version: disagrees with index.json');
  }, 30_000);
});
