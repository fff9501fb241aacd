// What a region's rules settle, for the line under the region picker: read from hand-made
// packs under the shipped national pack, so the test does not depend on any real region's data.
import { describe, expect, it } from 'vitest';
import { PackChain, parseRulePack } from '../../src/calc';
import type { RulePack } from '../../src/calc';
import { coverageLevel, KEY_RULES, mayBeRange, packCoverage } from '../../src/features/wizard/pack-coverage';
import { loadPack } from '../fixtures/packs';

const national = loadPack('national');

/** The first national variant of `key` for 2026 (a region may only pin one of those). */
function variant(key: string): unknown {
  const entry = (national.parameters as Record<string, { from: number; to?: number; regional?: { value: unknown }[] }[]>)[key]?.find(
    (e) => e.from <= 2026 && (e.to === undefined || e.to >= 2026),
  );
  if (!entry?.regional?.[0]) throw new Error(`national.json leaves no ${key} to regions in 2026`);
  return entry.regional[0].value;
}

function region(parameters: Record<string, unknown[]>): RulePack {
  const parsed = parseRulePack({
    schemaVersion: 2,
    id: 'test-region',
    version: '2026.1.0',
    lastChecked: '2026-11-30',
    name: { 'zh-CN': '测试', en: 'Test' },
    parent: 'national',
    benefitYears: { from: 2025, to: 2032 },
    sources: [{ id: 'T', title: 'test', issuer: 'test', grade: 'B' }],
    parameters,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.pack;
}

const pin = (from: number, to: number | undefined, value: unknown, unit: string) => ({ from, ...(to === undefined ? {} : { to }), value, unit, sources: ['T'], status: 'confirmed' });

describe('pack coverage', () => {
  it('the national baseline leaves every key rule open', () => {
    const coverage = packCoverage(new PackChain([national]), 'resident', 2026);
    expect(coverage).toMatchObject({ baseline: true, windowYears: [], waitUnit: null, openRules: KEY_RULES.resident });
    expect(mayBeRange(coverage)).toBe(true);
  });

  it('names the years with a window, the wait unit of the latest, and the key rules still open', () => {
    const pack = region({
      'resident.windowEnd': [pin(2025, 2025, variant('resident.windowEnd'), 'day'), pin(2026, 2026, variant('resident.windowEnd'), 'day')],
      'resident.waitUnit': [pin(2026, undefined, 'days', 'enum')],
      'resident.dateConvention': [pin(2025, undefined, variant('resident.dateConvention'), 'enum')],
    });
    const coverage = packCoverage(new PackChain([pack, national]), 'resident', 2027);
    expect(coverage).toEqual({
      baseline: false,
      scheme: 'resident',
      windowYears: [2025, 2026],
      year: 2026,
      waitUnit: 'days',
      openRules: KEY_RULES.resident.filter((k) => k !== 'resident.dateConvention'),
    });
    expect(mayBeRange(coverage)).toBe(true);
  });

  it('without a window, describes the current benefit year; a wait unit pinned later does not count', () => {
    const pack = region({ 'resident.waitUnit': [pin(2027, undefined, 'months', 'enum')] });
    const coverage = packCoverage(new PackChain([pack, national]), 'resident', 2026);
    expect(coverage).toMatchObject({ windowYears: [], year: 2026, waitUnit: null });
  });

  it('counts the rules of the scheme asked about', () => {
    const pack = region({ 'employee.longGapWaitMonths': [pin(2025, undefined, variant('employee.longGapWaitMonths'), 'months')] });
    const chain = new PackChain([pack, national]);
    expect(packCoverage(chain, 'employee', 2026).openRules).toEqual(['employee.shortGapWithinRegion', 'switch.shortGapWithoutTwoYears']);
    expect(packCoverage(chain, 'resident', 2026).openRules).toEqual(KEY_RULES.resident);
  });

  it('is one date only when windows, wait unit and every key rule are settled', () => {
    const pack = region({
      'resident.windowEnd': [pin(2026, 2026, variant('resident.windowEnd'), 'day')],
      'resident.waitUnit': [pin(2025, undefined, 'months', 'enum')],
      ...Object.fromEntries(KEY_RULES.resident.map((key) => [key, [pin(2025, undefined, variant(key), national.parameters[key]![0]!.unit)]])),
    });
    const coverage = packCoverage(new PackChain([pack, national]), 'resident', 2026);
    expect(coverage).toMatchObject({ windowYears: [2026], waitUnit: 'months', openRules: [] });
    expect(mayBeRange(coverage)).toBe(false);
  });

  it('for the employee scheme, one date where its key rules are settled, whatever the resident window and wait unit', () => {
    const pack = region(Object.fromEntries(KEY_RULES.employee.map((key) => [key, [pin(2025, undefined, variant(key), national.parameters[key]![0]!.unit)]])));
    const employee = packCoverage(new PackChain([pack, national]), 'employee', 2026);
    expect(employee).toMatchObject({ windowYears: [], waitUnit: null, openRules: [] });
    expect(mayBeRange(employee)).toBe(false);
    expect(mayBeRange(packCoverage(new PackChain([pack, national]), 'resident', 2026))).toBe(true);
  });
});

describe('coverage level (the plain line under the picker)', () => {
  it('names all, most, some or none of the rules stated, by what the scheme\'s date rests on', () => {
    // Window and wait unit known, 1 of 4 key rules open: 5 of 6 stated.
    const most = region({
      'resident.windowEnd': [pin(2026, 2026, variant('resident.windowEnd'), 'day')],
      'resident.waitUnit': [pin(2025, undefined, 'days', 'enum')],
      ...Object.fromEntries(KEY_RULES.resident.slice(1).map((key) => [key, [pin(2025, undefined, variant(key), national.parameters[key]![0]!.unit)]])),
    });
    expect(coverageLevel(packCoverage(new PackChain([most, national]), 'resident', 2026))).toBe('most');
    // Window known, wait unit open, 1 of 4 key rules: 2 of 6 stated.
    const some = region({
      'resident.windowEnd': [pin(2026, 2026, variant('resident.windowEnd'), 'day')],
      'resident.dateConvention': [pin(2025, undefined, variant('resident.dateConvention'), 'enum')],
    });
    expect(coverageLevel(packCoverage(new PackChain([some, national]), 'resident', 2026))).toBe('some');
    // Half is not most: 3 of 6.
    const half = region({
      'resident.windowEnd': [pin(2026, 2026, variant('resident.windowEnd'), 'day')],
      'resident.waitUnit': [pin(2025, undefined, 'days', 'enum')],
      'resident.dateConvention': [pin(2025, undefined, variant('resident.dateConvention'), 'enum')],
    });
    expect(coverageLevel(packCoverage(new PackChain([half, national]), 'resident', 2026))).toBe('some');
    // The employee scheme's rules, none stated: none, whatever the resident window.
    expect(coverageLevel(packCoverage(new PackChain([some, national]), 'employee', 2026))).toBe('none');
    // Every employee rule stated: one date.
    const employee = region(Object.fromEntries(KEY_RULES.employee.map((key) => [key, [pin(2025, undefined, variant(key), national.parameters[key]![0]!.unit)]])));
    expect(coverageLevel(packCoverage(new PackChain([employee, national]), 'employee', 2026))).toBe('all');
  });
});
