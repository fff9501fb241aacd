// The languages the app speaks, and the rules for naming them.
export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'zh-CN';

/** Each language is named in itself, so a reader lost in the other one still finds theirs. */
export const LANGUAGE_NAMES: Readonly<Record<SupportedLanguage, string>> = { 'zh-CN': '中文', en: 'English' };

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly unknown[]).includes(value);
}

export function toSupportedLanguage(value: unknown): SupportedLanguage {
  return isSupportedLanguage(value) ? value : DEFAULT_LANGUAGE;
}
