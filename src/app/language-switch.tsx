import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../i18n/languages';
import type { SupportedLanguage } from '../i18n/languages';
import { afterNextPaint } from './after-first-paint';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  // The language pressed, shown as chosen at once; the page follows after that frame (below).
  const [pressed, setPressed] = useState<SupportedLanguage | null>(null);
  const chosen = pressed ?? current;
  if (pressed !== null && pressed === current) setPressed(null);
  /** The language asked for last, until it is on screen: a slower press before it must not win. */
  const wanted = useRef<SupportedLanguage | null>(null);

  const switchTo = (language: SupportedLanguage) => {
    // Against the press before it even if that one is not drawn yet (two presses in one moment).
    if (language === (wanted.current ?? chosen)) return;
    wanted.current = language;
    setPressed(language);
    // Redrawing every text in the other language takes a slow phone a few hundred ms, in one
    // piece (react-i18next redraws through useSyncExternalStore, which React never slices): it
    // starts after the frame that shows the press, so the press is answered at once.
    afterNextPaint(() => {
      void i18n.loadLanguages(language).then(() => {
        if (wanted.current !== language) return;
        // Texts that could not be fetched (offline, not cached): the language on screen stays chosen.
        if (!i18n.hasResourceBundle(language, 'translation')) {
          wanted.current = null;
          setPressed(null);
          return;
        }
        void i18n.changeLanguage(language).then(() => {
          if (wanted.current === language) wanted.current = null;
        });
      });
    });
  };

  return (
    <div className="language-switch" role="group" aria-label={t('app.languageSwitch')}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          // The label is in its own language, so screen readers must say it in that voice.
          lang={language}
          aria-pressed={chosen === language}
          // Works on the static start page too, before the app is here (static-start-page.ts).
          data-intent="language"
          onClick={() => switchTo(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
