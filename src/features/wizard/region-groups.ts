// The regions of the pack index as the region step lists them: the national baseline on its
// own, then each province (自治区, 直辖市) with its cities under it. A city whose province has
// no pack, or whose pack falls back to national directly, is still put under its province,
// found from the city's own names ("辽宁·阜新", "Fuxin, Liaoning") and named in full as the
// provinces with packs are (辽宁省, "Liaoning Province": province-names.ts).
import type { SupportedLanguage } from '../../i18n/languages';
import type { PackIndexEntry } from '../../rules/pack-index';
import { provinceFullName } from './province-names';
import { pinyinSortKey } from './region-search';

export interface ProvinceGroup {
  /** The province pack's id, or "name:<Chinese name>" for a province that has no pack. */
  key: string;
  name: PackIndexEntry['name'];
  /** The province's own pack, if there is one. */
  province: PackIndexEntry | null;
  /** Its cities (and anything below them), in list order. */
  cities: PackIndexEntry[];
}

export interface RegionGroups {
  /** The packs with no parent: the national baseline. */
  baselines: PackIndexEntry[];
  provinces: ProvinceGroup[];
}

const CITY_SEPARATOR = '·';

/** "辽宁·阜新" names a city in 辽宁: the province part of a city's name, or null for a province. */
function provincePart(entry: PackIndexEntry): PackIndexEntry['name'] | null {
  const zh = entry.name['zh-CN'];
  const at = zh.indexOf(CITY_SEPARATOR);
  if (at <= 0) return null;
  const province = zh.slice(0, at).trim();
  // "Fuxin, Liaoning": the English name puts the province last.
  const comma = entry.name.en.lastIndexOf(',');
  return { 'zh-CN': province, en: comma > 0 ? entry.name.en.slice(comma + 1).trim() : province };
}

/** The pack just below the baseline that `entry` falls back through (itself for a province). */
function topAncestor(entry: PackIndexEntry, byId: ReadonlyMap<string, PackIndexEntry>): PackIndexEntry {
  let top = entry;
  const seen = new Set<string>([entry.id]);
  for (;;) {
    const parent = top.parent === null ? undefined : byId.get(top.parent);
    // Stop below the baseline, at an unknown parent, or at a cycle (the chain loader reports those).
    if (!parent || parent.parent === null || seen.has(parent.id)) return top;
    seen.add(parent.id);
    top = parent;
  }
}

function compareFor(language: SupportedLanguage): (a: PackIndexEntry, b: PackIndexEntry) => number {
  // Chinese readers look for 北京 under B, as in any pinyin-ordered list; English readers by the English name.
  if (language === 'en') {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    return (a, b) => collator.compare(a.name.en, b.name.en);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(pinyinSortKey(a), pinyinSortKey(b)) || a.name['zh-CN'].localeCompare(b.name['zh-CN'], 'zh-CN');
}

/** The baseline apart, then the provinces in the order readers of `language` expect, each with its cities. */
export function groupRegions(packs: readonly PackIndexEntry[], language: SupportedLanguage): RegionGroups {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const baselines = packs.filter((p) => p.parent === null);
  const groups = new Map<string, ProvinceGroup>();
  const groupFor = (key: string, name: PackIndexEntry['name']): ProvinceGroup => {
    let group = groups.get(key);
    if (!group) {
      group = { key, name, province: null, cities: [] };
      groups.set(key, group);
    }
    return group;
  };
  // Province-level packs: directly under the baseline, not named as a city.
  const provinces = packs.filter((p) => p.parent !== null && topAncestor(p, byId) === p && provincePart(p) === null);
  for (const pack of packs) {
    if (pack.parent === null) continue;
    const top = topAncestor(pack, byId);
    const part = provincePart(top);
    const province = part === null ? top : provinces.find((p) => p.name['zh-CN'].startsWith(part['zh-CN']));
    const group = province ? groupFor(province.id, province.name) : groupFor(`name:${part?.['zh-CN']}`, part ? (provinceFullName(part['zh-CN']) ?? part) : pack.name);
    if (pack === province) group.province = pack;
    else group.cities.push(pack);
  }
  const compare = compareFor(language);
  const list = [...groups.values()];
  for (const group of list) group.cities.sort(compare);
  // A province without a pack sorts by its first city, whose name begins with the province's.
  const representative = (g: ProvinceGroup) => g.province ?? g.cities[0];
  list.sort((a, b) => {
    const ra = representative(a);
    const rb = representative(b);
    if (!ra || !rb) return 0;
    return language === 'en' ? compare({ ...ra, name: a.name }, { ...rb, name: b.name }) : compare(ra, rb);
  });
  return { baselines, provinces: list };
}
