// Every shipped pack loads, names its sources, and falls back to national visibly; in format v2
// (RULES.md §8) every value a region pins is one the national pack allows, so the national
// answer can hold the region's (§8.4, tested on scenarios in containment.test.ts).
import { describe, expect, it } from 'vitest';
import { calculate, checkAgainstBaseline, PACK_SCHEMA_VERSION, parseRulePack } from '../../src/calc';
import type { ParamKey, RulePack } from '../../src/calc';
import { chainFor, loadPack, packIds, rawPack } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

/** The ids v1 shipped: old share links name them, so they stay valid (RULES.md §9). */
const V1_IDS = ['fujian', 'guangdong-guangzhou', 'hebei', 'henan-xuchang', 'hubei-wuhan', 'jiangsu', 'liaoning-fuxin', 'national', 'neimenggu-hohhot', 'shandong-qingdao'];

interface Entry {
  from: number;
  to?: number;
  value?: unknown;
  status?: string;
  regional?: { value: unknown }[];
}

const entries = (pack: RulePack, key: string): Entry[] => ((pack.parameters as Record<string, Entry[] | undefined>)[key] ?? []) as Entry[];
const covers = (e: Entry, y: number) => e.from <= y && (e.to === undefined || e.to >= y);

describe('shipped rule packs', () => {
  it('ships the national baseline, every v1 region and the v2 regions of RULES.md §9', () => {
    // More §9 regions may follow: none of these may go. 成都 has no pack of its own (its only source
    // is secondary, C); 四川's pack holds its window.
    expect(packIds).toEqual(
      expect.arrayContaining([...V1_IDS, 'beijing', 'fujian-xiamen', 'gansu', 'hainan', 'hubei', 'hunan', 'jiangxi', 'neimenggu', 'neimenggu-baotou', 'qinghai', 'shandong', 'shaanxi', 'xinjiang-bingtuan', 'xizang', 'yunnan', 'yunnan-kunming', 'guangdong', 'jiangsu-nantong', 'jilin', 'sichuan', 'sichuan-chengdu']),
    );
  });

  it.each(packIds)('%s passes the schema and cross-checks, with a version and last-checked date', (id) => {
    const pack = loadPack(id);
    expect(pack.id).toBe(id);
    expect(pack.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    expect(pack.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(pack.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.parent === null).toBe(id === 'national');
  });

  it.each(packIds.filter((id) => id !== 'national'))('%s falls back to the national pack, and every value it sets is a national variant (§8.1, checkAgainstBaseline)', (id) => {
    const chain = chainFor(id);
    expect(chain.at(-1)?.id).toBe('national');
    for (const pack of chain) expect(checkAgainstBaseline(pack, loadPack('national'))).toEqual([]);
  });

  it('the v1 defaults test pack (RULES.md §10) pins national variants only', () => {
    const [fixture, national] = v1DefaultsChain() as [RulePack, RulePack];
    expect(checkAgainstBaseline(fixture, national)).toEqual([]);
  });

  it('every regional value of the national pack lists at least two variants, each with sources, and names the regions it lists', () => {
    const national = loadPack('national');
    const names = national.regionNames ?? {};
    for (const [key, list] of Object.entries(national.parameters)) {
      for (const e of (list ?? []) as Entry[]) {
        if (!e.regional) continue;
        expect(e.regional.length, key).toBeGreaterThanOrEqual(2);
        for (const v of e.regional as unknown as { regions: string[]; sources: string[] }[]) {
          expect(v.sources.length, key).toBeGreaterThan(0);
          for (const r of v.regions) expect(names[r], `${key}: region ${r}`).toBeDefined();
        }
      }
    }
  });

  // §8.4 holds only if a region's run is one of the national runs. checkAgainstBaseline checks
  // values against the national *regional* entries, leaving out values only C sources back
  // (status "unconfirmed", §2) and keys the national pack pins or lacks. A region that sets a key
  // that decides a date to a value the national pack does not allow answers outside the national
  // range. (Bonus amounts and premiums decide no date; window starts only decide which payments
  // are valid, §8.5.)
  it('every value a region sets for a key that decides a date is one the national pack allows, whatever its status (§8.1, §8.4)', () => {
    const national = loadPack('national');
    const noDate = (key: string) => key.startsWith('bonus.') || key === 'resident.premium' || key === 'resident.windowStart';
    const found: string[] = [];
    for (const id of packIds) {
      if (id === 'national') continue;
      const pack = loadPack(id);
      for (const key of Object.keys(pack.parameters) as ParamKey[]) {
        if (noDate(key)) continue;
        for (const e of entries(pack, key)) {
          const values = e.regional ? e.regional.map((v) => v.value) : [e.value];
          for (let y = Math.max(e.from, pack.benefitYears.from); y <= Math.min(e.to ?? pack.benefitYears.to, pack.benefitYears.to); y++) {
            const base = entries(national, key).find((b) => covers(b, y));
            const allowed = !base ? [] : base.regional ? base.regional.map((v) => JSON.stringify(v.value)) : [JSON.stringify(base.value)];
            const bad = values.filter((v) => !allowed.includes(JSON.stringify(v)));
            if (bad.length > 0) {
              found.push(`${id}: ${key} ${y} = ${JSON.stringify(bad)}${e.status ? ` (${e.status})` : ''}; national ${base ? allowed.join(' | ') : 'has no value'}`);
              break;
            }
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  // The engine picks one variant per national entry for all the years it covers (a region's
  // value carries forward, §8.6). A region that pins some years of a national entry and leaves
  // the others to it mixes variants across years in a way no national run does (say late
  // enrolment closed in 2025 and open from 2026), and its answer can leave the national range.
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
    // 广州 falls back to 广东 (which sets only bonus amounts), then to national.
    expect(r.pack.chain).toEqual(['guangdong-guangzhou', 'guangdong', 'national']);
    expect(r.trace.find((s) => s.rule === 'R7')?.packId).toBe('guangdong-guangzhou');
    // The fixed wait's length is national, its unit (months) 广州's own: both are named, the region first.
    expect(r.trace.find((s) => s.rule === 'R3')).toMatchObject({ packId: 'guangdong-guangzhou', packIds: ['guangdong-guangzhou', 'national'] });
    expect(r.trace.find((s) => s.rule === 'R10')).toMatchObject({ packId: 'national', packIds: ['national'] });
    expect(r.notes.map((n) => n.id)).toContain('fallback');
  });

  it('refuses to calculate a region with a pack for another region', () => {
    const outcome = calculate(scenario({ asOf: '2026-03-01', region: 'fujian', payments: [residentPay('2026-03-01', [2026])] }), chainFor('national'));
    expect(outcome).toEqual({ ok: false, errors: [{ path: ['region'], key: 'region.unknown' }] });
  });
});
