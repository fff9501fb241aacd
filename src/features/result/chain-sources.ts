// Pure: which documents a result may cite. The national pack carries every region's local
// documents (its variants and its rules name them), but a reader in 广州 should see only the
// national texts and the documents of their own province and city, never 阜新's or 青岛's.
import type { RulePack, Source } from '../../calc';

/**
 * The regions a baseline's local document belongs to: those whose own name (the city in
 * "山东·青岛", or the province) its issuer or title names; failing that, the one region every
 * variant citing it shares. Empty when neither tells.
 */
function homeRegions(source: Source, baseline: RulePack): string[] {
  const names = Object.entries(baseline.regionNames ?? {});
  const text = `${source.issuer} ${source.title}`;
  const named = names.filter(([, name]) => {
    const own = name['zh-CN'].split('·').at(-1) ?? '';
    return own.length > 0 && text.includes(own.replace(/(省|市|自治区)$/, ''));
  });
  if (named.length > 0) return named.map(([code]) => code);
  let shared: string[] | null = null;
  for (const entries of Object.values(baseline.parameters)) {
    for (const entry of entries ?? []) {
      if (!('regional' in entry)) continue;
      for (const v of entry.regional) {
        // A region read to use the value (readRegions) has the document as much as one that states it.
        const named = v.readRegions ? [...v.regions, ...v.readRegions] : v.regions;
        if (named.length === 0 || !v.sources.includes(source.id)) continue;
        shared = shared === null ? [...named] : shared.filter((r) => named.includes(r));
      }
    }
  }
  // Only one region left says where it belongs. Several say only which regions share the value it
  // documents: 临河区's notice (P-NM2) is cited for a window end 青海 shares, which is no reason to show
  // a 青海 reader an Inner Mongolia county's notice. (A region's own pack defines its own documents.)
  return shared?.length === 1 ? shared : [];
}

/**
 * The sources a result calculated with `chain` may cite, by id: every national document (grade
 * A), every source a regional pack of the chain defines itself, and a baseline's local document
 * only where it belongs to one of the chain's regions.
 */
export function chainSources(chain: readonly RulePack[]): Map<string, Source> {
  const regions = new Set(chain.map((p) => p.id));
  const all = new Map<string, Source>();
  // The region's own pack last, so it wins over a parent's source of the same id.
  for (const pack of [...chain].reverse()) {
    for (const s of pack.sources) {
      if (pack.parent !== null || s.grade === 'A' || homeRegions(s, pack).some((r) => regions.has(r))) all.set(s.id, s);
    }
  }
  return all;
}
