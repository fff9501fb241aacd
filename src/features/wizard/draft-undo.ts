// The person's own draft, kept for this tab's session when a shared link's answers replace
// it, so "Bring back my answers" can undo the swap. sessionStorage, not localStorage: the
// copy belongs to the tab that made the swap and goes when the tab is closed.
import { migrateDraft } from './draft-storage';
import type { Answers } from './answers';
import type { Draft } from './draft-storage';

export const REPLACED_DRAFT_KEY = 'yibao-lapse:replaced-draft';
/** Beside it, the answers the link opened (answersText), to tell whether the person has changed them since. */
export const OPENED_ANSWERS_KEY = 'yibao-lapse:opened-answers';

/** Answers as text that is equal exactly for equal answers, whatever the order of their keys. */
export function answersText(answers: Answers): string {
  return JSON.stringify(answers, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

/**
 * Which draft to keep when a shared link's answers replace `current`. Over a link opened
 * earlier in this tab (`kept` is the person's draft from before it, `opened` that link's
 * answers), `current` may still be exactly what that link opened: the person's own answers are
 * then still `kept`, and keeping `current` instead would lose them. Otherwise (no link before,
 * or the person has changed or replaced its answers since) `current` is theirs.
 */
export function draftToKeep(current: Draft, kept: Draft | null, opened: string | null): Draft {
  return kept && opened !== null && answersText(current.answers) === opened ? kept : current;
}

/** sessionStorage, or null where the browser denies it (reading the property can throw). */
export function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps the draft being replaced and the answers that replace it (answersText); false when they
 * could not be kept (the caller then keeps them in memory).
 */
export function keepReplacedDraft(draft: Draft, opened: string, storage: Pick<Storage, 'setItem'> | null = sessionStore()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(REPLACED_DRAFT_KEY, JSON.stringify(draft));
    storage.setItem(OPENED_ANSWERS_KEY, opened);
    return true;
  } catch {
    return false;
  }
}

/** The kept draft, checked like any stored draft; null if none (or unreadable). */
export function peekReplacedDraft(storage: Pick<Storage, 'getItem'> | null = sessionStore()): Draft | null {
  try {
    const text = storage?.getItem(REPLACED_DRAFT_KEY);
    return text ? migrateDraft(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

/** The answers the kept draft was replaced by, as answersText; null if none kept (or unreadable). */
export function peekOpenedAnswers(storage: Pick<Storage, 'getItem'> | null = sessionStore()): string | null {
  try {
    return storage?.getItem(OPENED_ANSWERS_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Forgets the kept draft (after it is restored, or when the person keeps the shared answers). */
export function dropReplacedDraft(storage: Pick<Storage, 'removeItem'> | null = sessionStore()): void {
  try {
    storage?.removeItem(REPLACED_DRAFT_KEY);
    storage?.removeItem(OPENED_ANSWERS_KEY);
  } catch {
    // Nothing kept.
  }
}
