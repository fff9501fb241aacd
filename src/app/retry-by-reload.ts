// A press on the static start page whose app could not be fetched (the connection dropped)
// cannot simply import the app again: Chromium (150) keeps a failed dynamic import failed for
// the life of the page. So the next press reloads the page, which fetches everything anew,
// and the press is carried across in sessionStorage (this tab only) and acted on at once.
import { isSupportedLanguage } from '../i18n/languages';
import type { StartIntent } from './static-start-page';

const KEY = 'yibao:pending-intent';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage denied: the person presses again after the reload.
    return null;
  }
}

/** Reloads the page to act on `intent` once the app can be fetched. */
export function retryByReload(intent: StartIntent): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(intent));
  } catch {
    // Quota or privacy mode: the reload still fetches the app; the press is simply not repeated.
  }
  window.location.reload();
}

/** The press a reload was made for, once (it is removed when read); null if none or unreadable. */
export function takePendingIntent(): StartIntent | null {
  const store = storage();
  let raw: string | null;
  try {
    raw = store?.getItem(KEY) ?? null;
    store?.removeItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { kind?: unknown; language?: unknown };
    if (value.kind === 'start') return { kind: 'start' };
    if (value.kind === 'language' && typeof value.language === 'string' && isSupportedLanguage(value.language)) return { kind: 'language', language: value.language };
  } catch {
    // Not ours, or damaged: ignore it.
  }
  return null;
}
