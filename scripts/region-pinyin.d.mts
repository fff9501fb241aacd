// Types for region-pinyin.mjs (plain JavaScript, like the other build scripts).

export interface RegionSearchEntry {
  /** The pinyin of the Chinese name, syllables separated by spaces: the order of the list. */
  sort: string;
  /** The keys that name the region: full pinyin from each syllable on, initials from the start of the name or of its city (after 「·」); lower case, no spaces. */
  keys: string[];
  /** Initials from the other syllables ("bt" for 兵团 in 新疆生产建设兵团): they find a region, but do not choose it on their own. */
  more: string[];
  /** A city's: the keys of its province's name (the part before 「·」). */
  province?: string[];
}

export declare const PLACE_READINGS: Readonly<Record<string, string>>;
export declare function pinyinReadings(name: string): string[][];
export declare function searchKeys(name: string): string[];
export declare function namingKeys(name: string): string[];
export declare function provinceKeys(name: string): string[] | null;
export declare function regionSearchData(index: { packs: readonly { id: string; name: { 'zh-CN': string } }[] }): Record<string, RegionSearchEntry>;
