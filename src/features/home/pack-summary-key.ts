// What the full pack summary shows, in short, on its section: boot.tsx hydrates the
// prerendered start page only when the index it loads gives the same key. Apart from the
// component, so boot.tsx can read it before React is loaded.
import type { PackIndexEntry } from '../../rules/pack-index';

export const PACK_SUMMARY_KEY_ATTRIBUTE = 'data-pack-key';

export function packSummaryKey(entry: PackIndexEntry): string {
  return [entry.id, entry.version, entry.lastChecked, entry.name['zh-CN'], entry.name.en].join('|');
}
