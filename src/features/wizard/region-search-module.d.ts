// The pinyin search keys of the packs in public/rules/index.json, made at build time by
// scripts/region-search.mjs (the browser never loads a pinyin library).
declare module 'virtual:region-search' {
  export interface RegionSearchEntry {
    /** The pinyin of the Chinese name, syllables separated by spaces: the list's order. */
    sort: string;
    /** Full pinyin and initials from each syllable on, lower case, no spaces. */
    keys: string[];
  }
  /** Pack id → its keys; a pack added to the index after the build has none (its names still match). */
  export const REGION_SEARCH: Readonly<Record<string, RegionSearchEntry>>;
}
