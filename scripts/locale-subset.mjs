// Vite plugin: `import texts from './locales/en.json?first-screen'` yields only the keys listed
// in src/i18n/first-screen-keys.ts, so the locale files stay whole (one per language, the same
// keys) while the first screen ships a slice of them.
import { readFile } from 'node:fs/promises';

const SUFFIX = '?first-screen';

/** Picks `paths` ("group" or "group.key.sub") out of a nested object, keeping the nesting. */
export function pickKeys(tree, paths) {
  const out = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source = tree;
    let target = out;
    for (const [i, part] of parts.entries()) {
      if (source === null || typeof source !== 'object' || !(part in source)) throw new Error(`No locale key "${path}"`);
      source = source[part];
      if (i === parts.length - 1) target[part] = source;
      else target = target[part] ??= {};
    }
  }
  return out;
}

export function localeSubset(paths) {
  return {
    name: 'yibao:locale-subset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      // A virtual id (\0) keeps Vite's JSON plugin from parsing it again.
      return resolved ? `\0${resolved.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0') || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(1, -SUFFIX.length);
      this.addWatchFile(file);
      const subset = pickKeys(JSON.parse(await readFile(file, 'utf8')), paths);
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}
