// Region search and grouping: the build-time pinyin keys (scripts/region-pinyin.mjs), the
// virtual module that serves them (scripts/region-search.mjs) to the app and to these tests,
// the matcher, and the province grouping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_SEARCH } from 'virtual:region-search';
import { namingKeys, pinyinReadings, regionSearchData, searchKeys } from '../../scripts/region-pinyin.mjs';
import { REGION_SEARCH_ID, regionSearch } from '../../scripts/region-search.mjs';
import { provinceFullName } from '../../src/features/wizard/province-names';
import { groupRegions } from '../../src/features/wizard/region-groups';
import { normalizeSearch, regionMatches } from '../../src/features/wizard/region-search';
import type { PackIndex, PackIndexEntry } from '../../src/rules/pack-index';

const rulesDir = join(import.meta.dirname, '../../public/rules');
const index = JSON.parse(readFileSync(join(rulesDir, 'index.json'), 'utf8')) as PackIndex;
const byId = (id: string) => {
  const entry = index.packs.find((p) => p.id === id);
  if (!entry) throw new Error(`no ${id} in index.json`);
  return entry;
};
const reading = (name: string) => pinyinReadings(name)[0]?.join(' ');

describe('pinyin of place names (build time)', () => {
  it('reads polyphonic characters as the places do', () => {
    expect(reading('长沙')).toBe('chang sha');
    expect(reading('重庆')).toBe('chong qing');
    expect(reading('福建·厦门')).toBe('fu jian xia men');
    expect(reading('安徽·蚌埠')).toBe('an hui bang bu');
    expect(reading('吉林·长春')).toBe('ji lin chang chun');
  });

  it("keeps the dictionary's reading of a polyphone searchable, and spells ü both ways", () => {
    expect(searchKeys('安徽·蚌埠')).toEqual(expect.arrayContaining(['bangbu', 'bengbu', 'ahbb']));
    expect(searchKeys('山西·吕梁')).toEqual(expect.arrayContaining(['lvliang', 'luliang', 'sxll']));
  });

  it('keys a name from every syllable on, in full and as initials', () => {
    expect(searchKeys('山东·青岛')).toEqual(expect.arrayContaining(['shandongqingdao', 'sdqd', 'qingdao', 'qd']));
    expect(searchKeys('北京市')).toEqual(expect.arrayContaining(['beijingshi', 'bjs']));
  });

  it('keys from every syllable on; initials from the middle of a name apart, as keys that find a region but do not name it', () => {
    expect(searchKeys('西藏自治区')).toEqual(expect.arrayContaining(['xzzzq', 'zzzq', 'zangzizhiqu']));
    expect(namingKeys('西藏自治区')).toContain('xzzzq');
    expect(namingKeys('西藏自治区')).toContain('zangzizhiqu');
    expect(namingKeys('西藏自治区')).not.toContain('zzzq');
    // 兵团 by its short name: found by "bingtuan" (naming) and "bt" (finding only: 包头's initials too).
    expect(namingKeys('新疆生产建设兵团')).toContain('bingtuan');
    expect(namingKeys('新疆生产建设兵团')).not.toContain('bt');
    expect(namingKeys('河南·许昌')).toEqual(expect.arrayContaining(['hnxc', 'xc', 'xuchang', 'henanxuchang']));
    const data = regionSearchData(index);
    expect(data['xinjiang-bingtuan']?.more).toContain('bt');
    for (const entry of Object.values(data)) for (const key of entry.more) expect(entry.keys).not.toContain(key);
  });

  it("keeps a city's province keys apart, for the search to tell the province from the city; none for a province", () => {
    const data = regionSearchData(index);
    expect(data['henan-xuchang']?.province).toEqual(expect.arrayContaining(['henan', 'hn']));
    expect(data['hebei']?.province).toBeUndefined();
  });

  it('gives every pack in the index its keys, and the app sees the same module', () => {
    const data = regionSearchData(index);
    expect(Object.keys(data).sort()).toEqual(index.packs.map((p) => p.id).sort());
    expect(REGION_SEARCH).toEqual(data);
  });

  it('ships data only: the module the browser gets imports nothing (no pinyin library)', async () => {
    const plugin = regionSearch(rulesDir);
    const resolveId = plugin.resolveId as (source: string) => string | null;
    const load = plugin.load as (this: { addWatchFile: (file: string) => void }, id: string) => Promise<string>;
    const id = resolveId(REGION_SEARCH_ID);
    expect(id).toBeTruthy();
    const code = await load.call({ addWatchFile: () => undefined }, id as string);
    expect(code).toMatch(/^export const REGION_SEARCH = \{/);
    expect(code).not.toMatch(/\bimport\b|require\(/);
  });
});

describe('matching a query', () => {
  it('ignores case, spaces and separators', () => {
    expect(normalizeSearch(' Bei Jing ')).toBe('beijing');
    expect(normalizeSearch('山东·青岛')).toBe('山东青岛');
    expect(normalizeSearch("Xi'an")).toBe('xian');
    expect(normalizeSearch('ＢＪ')).toBe('bj');
  });

  it.each([
    ['bj', 'beijing'],
    ['beijing', 'beijing'],
    ['bei jing', 'beijing'],
    ['BJ', 'beijing'],
    ['湖南', 'hunan'],
    ['Gansu', 'gansu'],
    ['qd', 'shandong-qingdao'],
    ['wuhan', 'hubei-wuhan'],
    ['xiamen', 'fujian-xiamen'],
    ['inner mongolia', 'neimenggu'],
    ['山东青岛', 'shandong-qingdao'],
  ])('"%s" finds %s', (query, id) => {
    expect(regionMatches(byId(id), query)).toBe(true);
  });

  it('matches pinyin from the start of a syllable only', () => {
    // 北京市 is bei jing shi: "jingshi" starts a syllable, "ingshi" does not (nor is it in "Beijing").
    expect(regionMatches(byId('beijing'), 'jingshi')).toBe(true);
    expect(regionMatches(byId('beijing'), 'ingshi')).toBe(false);
    expect(regionMatches(byId('beijing'), 'gansu')).toBe(false);
  });

  it('finds a pack the build did not know by its names', () => {
    const extra: PackIndexEntry = { id: 'test-extra', version: '2026.1.0', lastChecked: '2026-11-30', name: { 'zh-CN': '测试地区', en: 'Test region' }, parent: 'national' };
    expect(regionMatches(extra, '测试')).toBe(true);
    expect(regionMatches(extra, 'test reg')).toBe(true);
  });
});

describe('grouping by province', () => {
  const entry = (id: string, parent: string | null): PackIndexEntry => ({ ...byId(id), parent });
  // Real names (so the build has their pinyin), parents chosen to cover each case.
  const packs = [
    entry('national', null),
    entry('liaoning-fuxin', 'national'), // a city whose province has no pack
    entry('shandong', 'national'),
    entry('shandong-qingdao', 'shandong'),
    entry('hubei', 'national'),
    entry('hubei-wuhan', 'national'), // a city falling back to national although its province has a pack
    entry('neimenggu', 'national'),
    entry('neimenggu-hohhot', 'neimenggu'),
    entry('beijing', 'national'),
    entry('gansu', 'national'),
  ];

  it('puts the baseline apart and each city under its province, by pinyin in Chinese', () => {
    const { baselines, provinces } = groupRegions(packs, 'zh-CN');
    expect(baselines.map((p) => p.id)).toEqual(['national']);
    const shape = provinces.map((g) => [g.name['zh-CN'], g.province?.id ?? null, g.cities.map((c) => c.id)]);
    expect(shape).toEqual([
      ['北京市', 'beijing', []],
      ['甘肃省', 'gansu', []],
      ['湖北省', 'hubei', ['hubei-wuhan']],
      ['辽宁省', null, ['liaoning-fuxin']],
      ['内蒙古自治区', 'neimenggu', ['neimenggu-hohhot']],
      ['山东省', 'shandong', ['shandong-qingdao']],
    ]);
  });

  it('names a province without a pack from its city, in full as those with one are, in English too, and orders by the English name', () => {
    const { provinces } = groupRegions(packs, 'en');
    expect(provinces.map((g) => g.name.en)).toEqual(['Beijing Municipality', 'Gansu Province', 'Hubei Province', 'Inner Mongolia Autonomous Region', 'Liaoning Province', 'Shandong Province']);
  });

  it('the shipped index: every province heading is a full official name, in each language (河南省 beside 河北省, never 河南)', () => {
    const full = { 'zh-CN': /(省|市|自治区|特别行政区|生产建设兵团)$/, en: /( Province| Municipality| Autonomous Region| Special Administrative Region|Production and Construction Corps)$/ } as const;
    for (const language of ['zh-CN', 'en'] as const) {
      const { provinces } = groupRegions(index.packs, language);
      for (const g of provinces) expect(g.name[language], g.key).toMatch(full[language]);
    }
    const henan = groupRegions(index.packs, 'zh-CN').provinces.find((g) => g.cities.some((c) => c.id === 'henan-xuchang'));
    expect(henan?.name).toEqual({ 'zh-CN': '河南省', en: 'Henan Province' });
  });

  it('lists every pack of the shipped index exactly once, provinces in pinyin order', () => {
    const { baselines, provinces } = groupRegions(index.packs, 'zh-CN');
    const listed = [...baselines, ...provinces.flatMap((g) => [...(g.province ? [g.province] : []), ...g.cities])];
    expect(listed.map((p) => p.id).sort()).toEqual(index.packs.map((p) => p.id).sort());
    const keys = provinces.map((g) => REGION_SEARCH[(g.province ?? g.cities[0])!.id]!.sort);
    expect(keys).toEqual([...keys].sort());
    // Every city sits in the group of the province its name begins with.
    for (const g of provinces) for (const city of g.cities) expect(city.name['zh-CN'].startsWith(g.name['zh-CN'].replace(/(省|市|自治区)$/, ''))).toBe(true);
  });
});

describe('region names in the lines of a range (the national pack\'s regionNames)', () => {
  const national = JSON.parse(readFileSync(join(rulesDir, 'national.json'), 'utf8')) as { regionNames: Record<string, { 'zh-CN': string; en: string }> };

  it('a dense list: short names in one style per language, the same province as the region lists name in full ("Xizang", never "Tibet" beside "Xizang (Tibet) Autonomous Region")', () => {
    for (const [code, name] of Object.entries(national.regionNames)) {
      if (code === 'xinjiang-bingtuan') continue;
      // "辽宁·阜新" / "Fuxin, Liaoning", or a province alone: "河北" / "Hebei".
      const [provinceZh, cityZh] = name['zh-CN'].split('·') as [string, string | undefined];
      const provinceEn = cityZh === undefined ? name.en : (name.en.split(', ').at(-1) as string);
      const full = provinceFullName(provinceZh);
      expect(full, `${code}: ${provinceZh} is a province's short name`).not.toBeNull();
      expect(full?.en.startsWith(provinceEn), `${code}: "${provinceEn}" names ${full?.en}`).toBe(true);
    }
  });
});
