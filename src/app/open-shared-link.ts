// What a shared link in the address does to the answers store, apart from React: a person with
// answers of their own is asked first (nothing changes until they choose), unless the link holds those very answers; without, the link's
// answers open on the result. A link that cannot be used changes nothing the person entered.
// Answers opened keep the link's day with them (Draft.linkDay): the result is that day's answer.
import type { Scenario } from '../calc';
import { decodeShare, shareNotice } from '../features/result/share-link';
import type { ShareNotice } from '../features/result/share-link';
import { hasOwnAnswers } from '../features/wizard/draft-storage';
import { draftHoldsScenario } from '../features/wizard/same-answers';
import type { WizardStore } from '../features/wizard/wizard-store';

export interface SharedLinkOutcome {
  /** The address carried shared answers (usable or not): the caller takes them out of it. */
  found: boolean;
  notice: ShareNotice | null;
  /** Usable answers waiting for "open the shared answers / keep mine". */
  pending: Scenario | null;
}

/** Applies the link in `hash` to the store, or leaves it pending for the person's choice. Never throws. */
export function openSharedLink(store: WizardStore, hash: string): SharedLinkOutcome {
  const decoded = decodeShare(hash);
  if (decoded.kind === 'none') return { found: false, notice: null, pending: null };
  const own = hasOwnAnswers(store.getState().draft);
  let pending: Scenario | null = null;
  if (decoded.kind === 'ok' && own && draftHoldsScenario(store.getState().draft, decoded.scenario)) {
    // The person's own answers, in their own link: nothing to replace, so nothing to ask.
    store.markDone('check');
    store.goTo('result');
    store.keepLinkDay(decoded.scenario.asOf);
  } else if (decoded.kind === 'ok' && own) pending = decoded.scenario;
  else if (decoded.kind === 'ok') {
    store.startFromScenario(decoded.scenario, 'result');
    store.keepLinkDay(decoded.scenario.asOf);
  }
  // A link that cannot be used leaves the person's own answers, and their step, as they were.
  else if (!own) store.goTo('start');
  return { found: true, notice: shareNotice(decoded), pending };
}
