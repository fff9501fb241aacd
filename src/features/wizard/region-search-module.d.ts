// The pinyin search keys of the packs in public/rules/index.json, made at build time by
// scripts/region-search.mjs (the browser never loads a pinyin library).
declare module 'virtual:region-search' {
  export interface RegionSearchEntry {
    /** The pinyin of the Chinese name, syllables separated by spaces: the list's order. */
    sort: string;
    /** The keys that name the region: full pinyin from each syllable on, initials from the start of the name or of its city (after 「·」); lower case, no spaces. */
    keys: string[];
    /** Initials from the other syllables ("bt" for 兵团 in 新疆生产建设兵团): they find a region, but do not choose it on their own. */
    more: string[];
    /** A city's: the keys of its province's name (河南 in 河南·许昌). */
    province?: string[];
  }
  /** Pack id → its keys; a pack added to the index after the build has none (its names still match). */
  export const REGION_SEARCH: Readonly<Record<string, RegionSearchEntry>>;
  /**
   * A mainland province's full Chinese name (福建省, 广西壮族自治区) → its prefecture-level cities,
   * each [Chinese name, English name, ...pinyin keys]: full pinyin and initials of the Chinese
   * name ("quanzhoushi", "qzs"), matched from their start. From @vant/area-data, at build time.
   */
  export const PREFECTURES: Readonly<Record<string, readonly (readonly [string, string, ...string[]])[]>>;
}
