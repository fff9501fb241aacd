// Whether the address carries shared answers, without loading the decoder (share-link.ts,
// which needs the calculator's schema). Kept in step with share-link.ts by its tests.
export const SHARE_PARAM = 's';

export function hasSharedAnswers(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}
