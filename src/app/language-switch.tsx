import { startTransition, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../i18n/languages';
import type { SupportedLanguage } from '../i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  // The language pressed, shown as chosen at once; the page follows in a transition (below).
  const [pressed, setPressed] = useState<SupportedLanguage | null>(null);
  const chosen = pressed ?? current;
  if (pressed !== null && pressed === current) setPressed(null);

  const switchTo = (language: SupportedLanguage) => {
    if (language === chosen) return;
    setPressed(language);
    // Redrawing every text in the other language takes a slow phone a few hundred ms: as a
    // transition React draws it in slices, so the press is answered in the next frame. The
    // texts are loaded first, so the change (and so the redraw) happens inside the transition.
    const change = () => startTransition(() => void i18n.changeLanguage(language));
    if (i18n.hasResourceBundle(language, 'translation')) change();
    // Texts that cannot be fetched (offline, not cached): the switch shows the language still on screen.
    else i18n.loadLanguages(language).then(change, () => setPressed(null));
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
