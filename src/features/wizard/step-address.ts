// Which step the address shows, so the browser's Back and Forward move between steps and a
// reload or a bookmark lands where the person was: "#/history", "#/result"; the start page has
// no fragment. Kept in the fragment, like a share link ("#s=…", share-hash.ts), so no server
// ever sees it; the two never collide, because a step address starts with "/" and a share
// link with "s=". Small on purpose: the start page reads it before the wizard is loaded.
import { STEP_IDS } from './steps';
import type { StepId } from './steps';

export const STEP_HASH_PREFIX = '#/';

/**
 * The step an address fragment names: 'start' for none, null for one that is no step's (a
 * share link, the skip link's "#main"), which leaves the step as it is.
 */
export function stepOfHash(hash: string): StepId | null {
  if (hash === '' || hash === '#') return 'start';
  if (!hash.startsWith(STEP_HASH_PREFIX)) return null;
  const step = hash.slice(STEP_HASH_PREFIX.length);
  return step !== 'start' && STEP_IDS.includes(step as StepId) ? (step as StepId) : null;
}

/** The fragment for a step: none for the start page. */
export function hashOfStep(step: StepId): string {
  return step === 'start' ? '' : `${STEP_HASH_PREFIX}${step}`;
}

/** The address names a step of the wizard or the result (not the start page, not a share link). */
export function addressesAStep(hash: string): boolean {
  const step = stepOfHash(hash);
  return step !== null && step !== 'start';
}
