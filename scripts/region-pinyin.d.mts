// Types for region-pinyin.mjs (plain JavaScript, like the other build scripts).

export interface RegionSearchEntry {
  /** The pinyin of the Chinese name, syllables separated by spaces: the order of the list. */
  sort: string;
  /** Full pinyin from each syllable on, and initials from the start of each part, lower case, no spaces. */
  keys: string[];
  /** A city's: the keys of its province's name (the part before 「·」). */
  province?: string[];
}

export declare const PLACE_READINGS: Readonly<Record<string, string>>;
export declare function pinyinReadings(name: string): string[][];
export declare function searchKeys(name: string): string[];
export declare function provinceKeys(name: string): string[] | null;
export declare function regionSearchData(index: { packs: readonly { id: string; name: { 'zh-CN': string } }[] }): Record<string, RegionSearchEntry>;
