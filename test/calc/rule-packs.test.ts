// Every shipped pack loads, names its sources, and falls back to national visibly.
import { describe, expect, it } from 'vitest';
import { calculate, parseRulePack } from '../../src/calc';
import { chainFor, loadPack, packIds, rawPack } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

describe('shipped rule packs', () => {
  it('ships the national baseline and the regions of RULES.md §8', () => {
    expect(packIds.sort()).toEqual(
      ['fujian', 'guangdong-guangzhou', 'hebei', 'henan-xuchang', 'hubei-wuhan', 'jiangsu', 'liaoning-fuxin', 'national', 'neimenggu-hohhot', 'shandong-qingdao'].sort(),
    );
  });

  it.each(packIds)('%s passes the schema and cross-checks, with a version and last-checked date', (id) => {
    const pack = loadPack(id);
    expect(pack.id).toBe(id);
    expect(pack.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(pack.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.parent === null).toBe(id === 'national');
  });

  it('the index lists every pack with its current version, parent and last-checked date', async () => {
    const { readFileSync } = await import('node:fs');
    const index = JSON.parse(readFileSync(new URL('../../public/rules/index.json', import.meta.url), 'utf8')) as { packs: { id: string; version: string; lastChecked: string; parent: string | null }[] };
    expect(index.packs.map((p) => p.id).sort()).toEqual([...packIds].sort());
    for (const entry of index.packs) {
      const pack = loadPack(entry.id);
      expect({ version: entry.version, lastChecked: entry.lastChecked, parent: entry.parent }).toEqual({ version: pack.version, lastChecked: pack.lastChecked, parent: pack.parent });
    }
  });

  it('links only official https addresses', () => {
    for (const id of packIds) for (const s of loadPack(id).sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
  });

  it('rejects a pack citing a source it does not list', () => {
    const bad = structuredClone(rawPack('liaoning-fuxin')) as { parameters: Record<string, { sources: string[] }[]> };
    (bad.parameters['resident.dateConvention'] as { sources: string[] }[])[0]!.sources = ['NOPE'];
    const parsed = parseRulePack(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContainEqual({ path: ['parameters', 'resident.dateConvention', 0, 'sources'], key: 'pack.unknownSource' });
  });

  it('rejects a baseline missing a value for a year it claims to cover', () => {
    const bad = structuredClone(rawPack('national')) as { parameters: Record<string, { to?: number }[]> };
    bad.parameters['resident.fixedWaitMonths']![0]!.to = 2026;
    const parsed = parseRulePack(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContainEqual({ path: ['parameters', 'resident.fixedWaitMonths'], key: 'pack.incomplete' });
  });

  it('rejects a value whose unit does not match the parameter', () => {
    const bad = structuredClone(rawPack('national')) as { parameters: Record<string, { unit: string }[]> };
    bad.parameters['resident.fixedWaitMonths']![0]!.unit = 'days';
    expect(parseRulePack(bad).ok).toBe(false);
  });

  it('a region falls back to national values and the trace says which pack supplied each', () => {
    const outcome = calculate(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }), chainFor('guangdong-guangzhou'));
    if (!outcome.ok) throw new Error('expected ok');
    const r = outcome.result;
    expect(r.pack.chain).toEqual(['guangdong-guangzhou', 'national']);
    expect(r.trace.find((s) => s.rule === 'R7')?.packId).toBe('guangdong-guangzhou');
    expect(r.trace.find((s) => s.rule === 'R3')?.packId).toBe('national');
    expect(r.notes.map((n) => n.id)).toContain('fallback');
  });

  it('refuses to calculate a region with a pack for another region', () => {
    const outcome = calculate(scenario({ asOf: '2026-03-01', region: 'fujian', payments: [residentPay('2026-03-01', [2026])] }), chainFor('national'));
    expect(outcome).toEqual({ ok: false, errors: [{ path: ['region'], key: 'region.unknown' }] });
  });
});
