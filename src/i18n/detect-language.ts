// Which language to start in: the person's earlier choice, else the browser's languages in
// order of preference, else Chinese. A dozen lines instead of i18next-browser-languagedetector
// (about 2 KB gzip on the first screen).
import type { SupportedLanguage } from './languages';
import { DEFAULT_LANGUAGE, isSupportedLanguage } from './languages';

export const LANGUAGE_STORAGE_KEY = 'yibao.language';

/**
 * Browsers report tags like zh-TW, zh-Hans-CN or en-GB: map each to its family, so an earlier
 * "en-GB" beats a later "zh-CN" as the person ordered them.
 */
export function toLanguageFamily(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return tag;
}

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Storage denied (a locked-down browser or a third-party frame): nothing remembered.
    return null;
  }
}

export function detectLanguage(browserLanguages: readonly string[] = globalThis.navigator?.languages ?? []): SupportedLanguage {
  const stored = storedLanguage();
  if (isSupportedLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const family = toLanguageFamily(tag);
    if (isSupportedLanguage(family)) return family;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: SupportedLanguage): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the next visit detects again.
  }
}
