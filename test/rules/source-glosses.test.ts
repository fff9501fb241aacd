// Every source a shipped pack cites reaches English readers with an English gloss of its title
// and of its issuer beside the Chinese original (citation.tsx), so a pack added without them is
// caught here rather than by a reader meeting bare Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const shipped = join(import.meta.dirname, '../../public/rules');
const packs = readdirSync(shipped)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => ({ file: f, pack: JSON.parse(readFileSync(join(shipped, f), 'utf8')) as { sources: { id: string; titleEn?: string; issuerEn?: string }[] } }));

it('every source of every shipped pack has an English title and issuer, with no Chinese characters in them', () => {
  expect(packs.length).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const { file, pack } of packs) {
    for (const s of pack.sources) {
      for (const field of ['titleEn', 'issuerEn'] as const) {
        const text = s[field];
        if (!text || /[\u3400-\u9fff]/.test(text)) missing.push(`${file} ${s.id} ${field}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

it('a source shared by several packs has the same English issuer in each', () => {
  const byId = new Map<string, Set<string>>();
  for (const { pack } of packs) for (const s of pack.sources) byId.set(s.id, (byId.get(s.id) ?? new Set()).add(s.issuerEn ?? ''));
  const differing = [...byId].filter(([, glosses]) => glosses.size > 1).map(([id]) => id);
  expect(differing).toEqual([]);
});
