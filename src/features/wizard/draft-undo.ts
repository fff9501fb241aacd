// The person's own draft, kept for this tab's session when a shared link's answers replace
// it, so "Bring back my answers" can undo the swap. sessionStorage, not localStorage: the
// copy belongs to the tab that made the swap and goes when the tab is closed.
import { migrateDraft } from './draft-storage';
import type { Draft } from './draft-storage';

export const REPLACED_DRAFT_KEY = 'yibao-lapse:replaced-draft';

/** sessionStorage, or null where the browser denies it (reading the property can throw). */
export function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps the draft being replaced; false when it could not be kept (the caller then keeps it in memory). */
export function keepReplacedDraft(draft: Draft, storage: Pick<Storage, 'setItem'> | null = sessionStore()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(REPLACED_DRAFT_KEY, JSON.stringify(draft));
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

/** Forgets the kept draft (after it is restored, or when the person keeps the shared answers). */
export function dropReplacedDraft(storage: Pick<Storage, 'removeItem'> | null = sessionStore()): void {
  try {
    storage?.removeItem(REPLACED_DRAFT_KEY);
  } catch {
    // Nothing kept.
  }
}
