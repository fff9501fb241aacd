// One i18next instance per app (and per test). The Chinese first-screen texts are bundled so
// the default language paints without a round trip; everything else is fetched: English, and
// the texts of the wizard and result (loadAllTexts, called by the lazily loaded calculator).
import i18next from 'i18next';
import type { BackendModule, i18n as I18n, ReadCallback, ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhFirstScreen from './locales/zh-CN.json?first-screen';
import { detectLanguage, rememberLanguage } from './detect-language';
import { DEFAULT_LANGUAGE, isSupportedLanguage, SUPPORTED_LANGUAGES, toSupportedLanguage } from './languages';
import type { SupportedLanguage } from './languages';

type Texts = ResourceLanguage;

const firstScreenTexts: Record<SupportedLanguage, () => Texts | Promise<Texts>> = {
  'zh-CN': () => zhFirstScreen as Texts,
  en: () => import('./locales/en.json?first-screen').then((m) => m.default as Texts),
};

const allTexts: Record<SupportedLanguage, () => Promise<Texts>> = {
  'zh-CN': () => import('./locales/zh-CN.json').then((m) => m.default),
  en: () => import('./locales/en.json').then((m) => m.default),
};

/** Which instances need every text, not just the first screen's (see loadAllTexts). */
const wantsAll = new WeakSet<I18n>();

/**
 * The instance createI18n made. react-i18next's useTranslation hands out a copy of it, made
 * anew on every language change (`__original` points back): marking the copy would leave the
 * instance, and so every language switched to later, with the first screen's texts only.
 */
function originalOf(instance: I18n): I18n {
  return (instance as I18n & { __original?: I18n }).__original ?? instance;
}

function localeLoader(instance: () => I18n): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, _namespace, callback: ReadCallback) {
      const fail = (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false);
      if (!isSupportedLanguage(language)) return fail(new Error(`Unsupported language ${language}`));
      const all = wantsAll.has(instance());
      const texts = all ? allTexts[language]() : firstScreenTexts[language]();
      // Chinese first-screen texts answer synchronously, so the first render needs no Suspense.
      if (!(texts instanceof Promise)) return callback(null, texts);
      // The wizard may have asked for every text while the first screen's were on their way.
      texts.then((loaded) => (!all && wantsAll.has(instance()) ? allTexts[language]() : loaded)).then((loaded) => callback(null, loaded), fail);
    },
  };
}

/** Fetches a language's whole locale file ahead of loadAllTexts, which then finds it loaded. */
export function preloadAllTexts(language: SupportedLanguage): Promise<unknown> {
  return allTexts[language]();
}

/**
 * From now on this instance loads whole locale files, and the languages it already has are
 * completed. The wizard and result chunks wait for this before they render.
 */
export async function loadAllTexts(given: I18n): Promise<void> {
  const instance = originalOf(given);
  if (wantsAll.has(instance)) return;
  wantsAll.add(instance);
  const loaded = SUPPORTED_LANGUAGES.filter((language) => instance.hasResourceBundle(language, 'translation'));
  await Promise.all(
    loaded.map(async (language) => instance.addResourceBundle(language, 'translation', await allTexts[language](), true, true)),
  );
}

// axe cannot tell when <html lang> is stale, and screen readers pick their voice from it.
function syncDocument(instance: I18n) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = toSupportedLanguage(instance.resolvedLanguage ?? instance.language);
  document.title = instance.t('app.name');
}

export interface I18nOptions {
  /** Skip detection and use this language (tests, embeds that pass a language). */
  language?: SupportedLanguage;
  /** Load every text at once instead of the first screen's first (tests of later screens). */
  allTexts?: boolean;
}

export function createI18n(options: I18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  if (options.allTexts) wantsAll.add(instance);
  instance.on('languageChanged', (language) => {
    syncDocument(instance);
    // A detected or chosen language is remembered; one the embedding page set is not.
    if (!options.language && isSupportedLanguage(language)) rememberLanguage(language);
  });
  void instance
    .use(localeLoader(() => instance))
    .use(initReactI18next)
    .init({
      lng: options.language ?? detectLanguage(),
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'currentOnly',
      // zh-CN resolves synchronously, so the default language renders on the first pass.
      initAsync: false,
      interpolation: { escapeValue: false },
      // Typed keys catch most slips; this catches the rest while developing and in tests. Left out
      // of the build (where it never fires), which spares the first screen its bytes.
      ...(import.meta.env.DEV && {
        saveMissing: true,
        missingKeyHandler: (languages: readonly string[], _namespace: string, key: string) => console.error(`Missing i18n key "${key}" for ${languages.join(', ')}`),
      }),
    });
  return instance;
}

/** Resolves once the instance's language has its texts (at once for Chinese, bundled). */
export function whenReady(instance: I18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve();
  return new Promise((resolve) => instance.on('initialized', () => resolve()));
}
