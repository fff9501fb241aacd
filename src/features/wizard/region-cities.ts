// A city with no pack of its own, found by the region search: most of a province's cities have
// none (泉州, 长沙, 南昌), and its province's pack is their answer (the pack chain is national →
// province → city, RULES §9). A city in a province without a pack (杭州; 郑州, where only 许昌
// has one) has the national baseline. The prefecture-level cities come from the build
// (virtual:region-search's PREFECTURES, from @vant/area-data).
import { PREFECTURES } from 'virtual:region-search';
import type { PackIndexEntry } from '../../rules/pack-index';
import { mainlandProvinces } from './province-names';
import { cityParts, namesRegion, normalizeSearch, regionMatches } from './region-search';

type Name = PackIndexEntry['name'];

/** A prefecture-level city the search names, with no pack of its own. */
export interface CityFound {
  city: Name;
  /** Its province's full names (福建省, "Fujian Province"). */
  province: Name;
  /** The province's own pack, whose rules apply in the city; null where the province has none. */
  pack: PackIndexEntry | null;
  /** The packs of the province's cities (许昌 in 河南省): where the province has no pack, the only places it has rules for. */
  cityPacks: PackIndexEntry[];
}

/** More cities than this: the search is too short to say anything about each (“qu”, “zh”). */
const MOST_CITIES = 3;

/** A city's name without its kind (泉州市 → 泉州, 阿克苏地区 → 阿克苏), to find it inside a longer query ("福建泉州"). */
function shortName(zh: string): string {
  return zh.replace(/(市|地区|盟|自治州)$/, '');
}

/** Whether normalized `q` names the city: the start of its names or pinyin, or its short name inside the query. */
function namesCity(q: string, [zh, en, ...keys]: readonly string[]): boolean {
  const short = shortName(zh ?? '');
  if (normalizeSearch(zh ?? '').startsWith(q) || normalizeSearch(en ?? '').startsWith(q)) return true;
  if (short.length >= 2 && q.includes(short)) return true;
  return /^[a-z]+$/.test(q) && keys.some((key) => key.startsWith(q));
}

/**
 * The prefecture-level cities without a pack of their own that `query` names ("泉州", "quanzhou",
 * "福建泉州", "Quanzhou"), each with its province's pack. Only for a search that matches no region
 * itself: a name that finds a region (海南, which is also 青海's 海南藏族自治州) means that region.
 * None for fewer than two characters, or for more than three cities.
 */
export function citiesNamed(query: string, packs: readonly PackIndexEntry[]): CityFound[] {
  const q = normalizeSearch(query);
  if (q.length < 2 || packs.some((p) => regionMatches(p, query))) return [];
  // Cities with packs of their own are found as regions; the packs named after a province are its.
  const ownPacks = new Set(packs.flatMap((p) => cityParts(p)?.city['zh-CN'] ?? []));
  // A province the query names (北京 in "北京市朝阳区"): a city elsewhere that the rest of the
  // query names (辽宁's 朝阳市) is not the place meant. Unless its own name holds the province's
  // (青海's 海南藏族自治州).
  const named = mainlandProvinces().filter(([short]) => q.includes(short));
  const elsewhere = (short: string, zh: string) => named.length > 0 && !named.some(([other]) => other === short || zh.includes(other));
  const found: CityFound[] = [];
  for (const [short, province] of mainlandProvinces()) {
    for (const row of PREFECTURES[province['zh-CN']] ?? []) {
      const [zh, en] = row;
      if (ownPacks.has(shortName(zh)) || !namesCity(q, row) || elsewhere(short, zh)) continue;
      const pack = packs.find((p) => p.name['zh-CN'] === province['zh-CN']) ?? null;
      const cityPacks = packs.filter((p) => p.name['zh-CN'].startsWith(`${short}·`));
      found.push({ city: { 'zh-CN': zh, en }, province, pack, cityPacks });
    }
  }
  return found.length > MOST_CITIES ? [] : found;
}

/** What a search finds: the regions listed as matches, and the cities without a pack it names. */
export interface RegionSearchResult {
  /** The regions that match, or where none does, the packs of the provinces of the cities named (泉州 → 福建省). */
  matches: PackIndexEntry[];
  cities: CityFound[];
  /** Whether the search names `entry` itself, as namesRegion, or by the one city it names (泉州 names 福建省). */
  names: (entry: PackIndexEntry) => boolean;
}

/** The regions `query` finds among `packs`, with the cities it names that have no pack of their own. */
export function searchRegions(query: string, packs: readonly PackIndexEntry[]): RegionSearchResult {
  const cities = query.trim() ? citiesNamed(query, packs) : [];
  const byCity = new Set(cities.flatMap((c) => (c.pack ? [c.pack.id] : [])));
  const matches = packs.filter((p) => regionMatches(p, query) || byCity.has(p.id));
  const lone = cities.length === 1 ? cities[0]?.pack : null;
  return { matches, cities, names: (entry) => namesRegion(entry, query) || entry.id === lone?.id };
}
