// Vite plugin: `import { REGION_SEARCH } from 'virtual:region-search'` yields, for every pack in
// public/rules/index.json, the pinyin of its Chinese name as search keys ("beijingshi",
// "bjs", "jingshi", …) and a pinyin sort key (scripts/region-pinyin.mjs). Computed here, at
// build time (and when Vitest or the dev server loads the module), so the browser gets a few
// KiB of short strings and never the pinyin library or its dictionary: the region step can
// find "bj" → 北京 for free. PREFECTURES: each province's prefecture-level cities with their
// keys (scripts/prefecture-cities.mjs), so "泉州" finds 福建省.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REGION_SEARCH_ID = 'virtual:region-search';
const RESOLVED_ID = `\0${REGION_SEARCH_ID}`;

/** The pinyin library and its dictionary, loaded once, and warm before the first use. */
function loadPinyin() {
  return import('./region-pinyin.mjs').then((module) => {
    module.searchKeys('中国');
    return module;
  });
}

export function regionSearch(rulesDir) {
  const indexFile = join(rulesDir, 'index.json');
  let pinyin = null;
  return {
    name: 'yibao:region-search',
    configResolved(config) {
      // Started with the build or the (test) server, not on first use: reading the dictionary
      // takes a moment, which would otherwise fall inside whatever first opens the wizard.
      // `vite preview` serves a finished build and never needs it.
      if (!config.isPreview && !pinyin) {
        pinyin = loadPinyin();
        // A failure is reported by load(), where the module is needed; not here as well.
        pinyin.catch(() => undefined);
      }
    },
    resolveId(source) {
      return source === REGION_SEARCH_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      // A new pack in the index gets its keys on the next build (and at once in the dev server).
      this.addWatchFile(indexFile);
      const { regionSearchData } = await (pinyin ??= loadPinyin());
      const data = regionSearchData(JSON.parse(await readFile(indexFile, 'utf8')));
      // The prefecture-level cities, for a search for a city with no pack of its own (泉州).
      const { prefectureData } = await import('./prefecture-cities.mjs');
      return `export const REGION_SEARCH = ${JSON.stringify(data)};\nexport const PREFECTURES = ${JSON.stringify(prefectureData())};`;
    },
  };
}
