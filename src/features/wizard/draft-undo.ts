// The person's own draft, kept when a shared link's answers replace it, so "Bring back my
// answers" can undo the swap. In the app it is kept on the device (localStorage), beside the
// draft itself: kept for the tab only, it went when the tab was closed, and with it the
// person's own answers, although the question before the swap promised they could be brought
// back (newcomer walk, 5 Dec 2026). The widget passes its own storage (this tab only, like its draft).
import { loadTypedAt, readDraftAt, saveTypedAt } from './draft-storage';
import { browserStorage } from './draft-peek';
import type { Answers } from './answers';
import type { Draft, TypedValues } from './draft-storage';

export const REPLACED_DRAFT_KEY = 'yibao-lapse:replaced-draft';
/** Beside it, the draft the link opened, to tell whether the person has changed its answers since. */
export const OPENED_DRAFT_KEY = 'yibao-lapse:opened-draft';
/** Beside the kept draft, what was typed on its steps and not yet submitted (brought back with it). */
export const REPLACED_TYPED_KEY = 'yibao-lapse:replaced-typed';

/** Answers as text that is equal exactly for equal answers, whatever the order of their keys. */
export function answersText(answers: Answers): string {
  return JSON.stringify(answers, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

/**
 * Which draft to keep when a shared link's answers replace `current`. Over a link opened
 * earlier in this tab (`kept` is the person's draft from before it, `opened` the draft that link
 * opened), `current` may still be exactly what that link opened: the person's own answers are
 * then still `kept`, and keeping `current` instead would lose them. Otherwise (no link before,
 * or the person has changed or replaced its answers since) `current` is theirs. `asToday` reads
 * a draft as it would load today (history rows added since it was opened are no change of theirs).
 */
export function draftToKeep(current: Draft, kept: Draft | null, opened: Draft | null, asToday: (draft: Draft) => Draft): Draft {
  return kept && opened && answersText(asToday(current).answers) === answersText(asToday(opened).answers) ? kept : current;
}

/** Where the app keeps the replaced draft: the device's storage, as its draft (null where the browser denies it). */
function deviceStore(): Storage | null {
  return browserStorage();
}

/**
 * Keeps the draft being replaced and the draft the link opened in its place; false when they
 * could not be kept (the caller then keeps them in memory).
 */
export function keepReplacedDraft(draft: Draft, opened: Draft, storage: Pick<Storage, 'setItem' | 'removeItem'> | null = deviceStore(), typed: TypedValues = {}): boolean {
  try {
    if (!storage) return false;
    storage.setItem(REPLACED_DRAFT_KEY, JSON.stringify(draft));
    storage.setItem(OPENED_DRAFT_KEY, JSON.stringify(opened));
    saveTypedAt(REPLACED_TYPED_KEY, typed, storage);
    return true;
  } catch {
    return false;
  }
}

/** The kept draft, checked like any stored draft; null if none (or unreadable). */
export function peekReplacedDraft(storage: Pick<Storage, 'getItem'> | null = deviceStore()): Draft | null {
  return readDraftAt(REPLACED_DRAFT_KEY, storage)?.draft ?? null;
}

/** What was typed and not submitted with the kept draft; {} if nothing. */
export function peekReplacedTyped(storage: Pick<Storage, 'getItem'> | null = deviceStore()): TypedValues {
  return loadTypedAt(REPLACED_TYPED_KEY, storage);
}

/** The draft a link opened over the kept one, checked like any stored draft; null if none (or unreadable). */
export function peekOpenedDraft(storage: Pick<Storage, 'getItem'> | null = deviceStore()): Draft | null {
  return readDraftAt(OPENED_DRAFT_KEY, storage)?.draft ?? null;
}

/** Forgets the kept draft (after it is restored, or when the person keeps the shared answers). */
export function dropReplacedDraft(storage: Pick<Storage, 'removeItem'> | null = deviceStore()): void {
  try {
    storage?.removeItem(REPLACED_DRAFT_KEY);
    storage?.removeItem(OPENED_DRAFT_KEY);
    storage?.removeItem(REPLACED_TYPED_KEY);
  } catch {
    // Nothing kept.
  }
}
