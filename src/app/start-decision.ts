// How a visit starts, decided from the address and a glance at storage before any React
// loads: main.tsx uses it to leave the prerendered start page as it is, boot.tsx to choose
// between hydrating that page and drawing afresh.
import { hasSharedAnswers } from '../features/result/share-hash';
import { peekDraft } from '../features/wizard/draft-peek';
import type { DraftGlance } from '../features/wizard/draft-peek';
import { addressesAStep } from '../features/wizard/step-address';
import { DEFAULT_PACK_ID } from '../rules/default-pack';

/**
 * No draft under way, and neither shared answers nor a step in the address (a reload, a
 * bookmark, or Forward from the start page): the visit opens on the start page.
 */
export function opensOnStartPage({ step }: Pick<DraftGlance, 'step'> = peekDraft(), hash = globalThis.location?.hash ?? ''): boolean {
  return (step === null || step === 'start') && !hasSharedAnswers(hash) && !addressesAStep(hash);
}

/**
 * The prerendered page is exactly what this visit would draw first: the start page (in either
 * language: both are prerendered), for the national rules (a draft parked on the start page may
 * name another region, whose rules the page then shows).
 */
export function prerenderFits(glance: DraftGlance = peekDraft(), hash = globalThis.location?.hash ?? ''): boolean {
  return opensOnStartPage(glance, hash) && (glance.region ?? DEFAULT_PACK_ID) === DEFAULT_PACK_ID;
}
