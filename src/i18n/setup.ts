// One i18next instance per app (and per test). zh-CN is bundled because it is the default
// and must paint without a round trip; English is a separate chunk fetched on first use.
import i18next from 'i18next';
import type { BackendModule, i18n as I18n, ReadCallback } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN.json';

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

/**
 * Browsers report tags like zh-TW, zh-Hans-CN or en-GB; i18next's own matching would let a
 * later exact "zh-CN" beat an earlier "en-GB", so map every tag to its family first.
 */
function toLanguageFamily(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return tag;
}

function fail(callback: ReadCallback, error: unknown) {
  callback(error instanceof Error ? error : new Error(String(error)), false);
}

const localeLoader: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'zh-CN') return callback(null, zhCN);
    if (language === 'en') {
      import('./locales/en.json').then((module) => callback(null, module.default), (error: unknown) => fail(callback, error));
      return;
    }
    fail(callback, new Error(`Unsupported language ${language}`));
  },
};

// axe cannot tell when <html lang> is stale, and screen readers pick their voice from it.
function syncDocument(instance: I18n) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = toSupportedLanguage(instance.resolvedLanguage ?? instance.language);
  document.title = instance.t('app.name');
}

export interface I18nOptions {
  /** Skip detection and use this language (tests, embeds that pass a language). */
  language?: SupportedLanguage;
}

export function createI18n(options: I18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', () => syncDocument(instance));
  if (!options.language) instance.use(LanguageDetector);
  void instance
    .use(localeLoader)
    .use(initReactI18next)
    .init({
      ...(options.language ? { lng: options.language } : {}),
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'currentOnly',
      // zh-CN resolves synchronously, so the default language renders on the first pass.
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: 'yibao.language',
        caches: ['localStorage'],
        convertDetectedLanguage: toLanguageFamily,
      },
      // Typed keys catch most slips; this catches the rest while developing and in tests.
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (languages, _namespace, key) => console.error(`Missing i18n key "${key}" for ${languages.join(', ')}`),
    });
  return instance;
}
