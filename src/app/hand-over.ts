// The moment the app takes the page over from its static first screen (scripts/prerender.mjs):
// React has drawn into its own, hidden container (boot.tsx; the widget's #root), and this
// removes the prerendered copy, which shows the app's (app.css) in the same frame. Called from
// layout effects, so nothing is painted in between: by the first step after taking over what
// was chosen on the static one (static-step-takeover.ts), and by whatever screen the app drew
// first otherwise. Idempotent.
import { APP_ATTRIBUTE, APP_ROOT_ATTRIBUTE, LANG_ATTRIBUTE, STATIC_STEP_ATTRIBUTE } from '../first-paint/first-screen-dom';
import { isSupportedLanguage } from '../i18n/languages';
import type { SupportedLanguage } from '../i18n/languages';

export function handOver(doc: Document = document): void {
  // From now on the head script's handlers stand down (src/first-paint/first-paint.ts).
  doc.documentElement.setAttribute(APP_ATTRIBUTE, '');
  for (const element of doc.querySelectorAll(`[${APP_ROOT_ATTRIBUTE}], body > [${STATIC_STEP_ATTRIBUTE}]`)) element.remove();
}

/**
 * The language the static page was showing, once (null after): the reader may have switched it
 * there while the app was drawing itself, and the app then switches to it too. The app's own
 * switch keeps <html lang> from then on.
 */
export function takeShownLanguage(doc: Document = document): SupportedLanguage | null {
  const shown = doc.documentElement.getAttribute(LANG_ATTRIBUTE);
  doc.documentElement.removeAttribute(LANG_ATTRIBUTE);
  return isSupportedLanguage(shown) ? shown : null;
}
