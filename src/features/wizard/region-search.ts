// Finding a region as people type it: part of the Chinese or English name ("湖南", "Gansu",
// "inner mon"), the pack id, or pinyin, full or initials and tolerant of spaces and case
// ("bei jing", "BJ", "qd"). The pinyin keys come from the build (virtual:region-search), so the
// browser never loads a pinyin library.
import { REGION_SEARCH } from 'virtual:region-search';
import type { PackIndexEntry } from '../../rules/pack-index';
import { mainlandProvinces } from './province-names';

/**
 * A query or a name reduced to what matters for matching: lower case, full-width letters made
 * plain (NFKC), and no spaces or separators ("山东·青岛", "Qingdao, Shandong", "xi'an").
 */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ü', 'v')
    .replace(/[\s·・.,，、'’\-_()（）]+/g, '');
}

/** Whether normalized `q` is part of one of `entry`'s names as written (Chinese, English, pack id). */
function inWrittenNames(entry: PackIndexEntry, q: string): boolean {
  return [entry.name['zh-CN'], entry.name.en, entry.id].some((text) => normalizeSearch(text).includes(q));
}

/**
 * A city's pack name in its parts, in both languages ("河南·许昌" / "Xuchang, Henan": 许昌 and
 * Xuchang, 河南 and Henan); null for a province's own name.
 */
export function cityParts(entry: PackIndexEntry): { city: PackIndexEntry['name']; province: PackIndexEntry['name'] } | null {
  const [province, city] = entry.name['zh-CN'].split('·');
  if (province === undefined || city === undefined) return null;
  const [cityEn = '', provinceEn = ''] = entry.name.en.split(', ');
  return { city: { 'zh-CN': city, en: cityEn }, province: { 'zh-CN': province, en: provinceEn } };
}

/** Whether `entry` matches `query`; every region matches an empty query. */
export function regionMatches(entry: PackIndexEntry, query: string): boolean {
  const q = normalizeSearch(query);
  if (!q) return true;
  if (inWrittenNames(entry, q)) return true;
  // Pinyin from the start of a syllable: "wuhan" and "wh" find 湖北·武汉, "uhan" does not.
  const data = REGION_SEARCH[entry.id];
  return data ? data.keys.some((key) => key.startsWith(q)) || data.more.some((key) => key.startsWith(q)) : false;
}

/**
 * Whether `query` names `entry` itself: by its names, or by its pinyin (initials only from the
 * start of its name or its city's); for a city's, not by what is also its province's name alone
 * ("许昌", "xc", "河南许昌", "hnxc"; not "河南", "Henan" or "hn", which may mean another city of the
 * province). The search chooses a lone match only then.
 */
export function namesRegion(entry: PackIndexEntry, query: string): boolean {
  const q = normalizeSearch(query);
  const data = REGION_SEARCH[entry.id];
  // By its names as written, or by its naming keys: not by initials from the middle of its name
  // alone ("zzz" in 西藏自治区's 藏自治区, "bt" for 兵团, which is 包头's "bt" too).
  if (!q || !(inWrittenNames(entry, q) || (data?.keys.some((key) => key.startsWith(q)) ?? false))) return false;
  const parts = cityParts(entry);
  if (!parts) return true;
  if ([parts.province['zh-CN'], parts.province.en].some((text) => normalizeSearch(text).includes(q))) return false;
  return !(data?.province?.some((key) => key.startsWith(q)) ?? false);
}

/** The pinyin of the Chinese name, to list regions in pinyin order; the name itself for a pack the build did not know. */
export function pinyinSortKey(entry: PackIndexEntry): string {
  return REGION_SEARCH[entry.id]?.sort ?? entry.name['zh-CN'];
}

/**
 * The one mainland province-level division `query` names ("上海", "shanghai", "上海浦东") that has
 * no rules here at all (neither its own nor a city's among `packs`), for a search that matches no
 * region: said to be not in the calculator yet, rather than "no match". Null where it names none,
 * several ("shan": 山西, 山东, 陕西 and 上海), or one with rules here (湖南长沙: 湖南省's are listed).
 */
export function unlistedProvince(query: string, packs: readonly PackIndexEntry[]): PackIndexEntry['name'] | null {
  const q = normalizeSearch(query);
  if (q.length < 2) return null;
  const named = mainlandProvinces().filter(([short, name]) => [name['zh-CN'], name.en].some((text) => normalizeSearch(text).includes(q)) || q.includes(normalizeSearch(short)));
  if (named.length !== 1) return null;
  const [short, name] = named[0] as [string, PackIndexEntry['name']];
  const listed = packs.some((p) => p.name['zh-CN'] === name['zh-CN'] || p.name['zh-CN'].startsWith(`${short}·`) || p.name['zh-CN'] === short);
  return listed ? null : name;
}
