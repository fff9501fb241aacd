// The lazily loaded part of the app and of the widget: each chunk arrives together with every
// text, so no screen ever draws before its words are there.
import type { i18n as I18n } from 'i18next';
import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { SupportedLanguage } from '../i18n/languages';
import { loadAllTexts, preloadAllTexts } from '../i18n/setup';

/** Loads a module's component and all texts side by side, once per i18n instance and module. */
export function lazyWithTexts<P extends object>(i18n: I18n, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadAllTexts(i18n)]);
    return { default: component };
  });
}

export const loadCalculatorFlow = () => import('./calculator-flow').then((m) => m.CalculatorFlow);

/** The wizard's code and its texts in `language`, fetched and run before Start is pressed. */
export function preloadCalculatorFlow(language: SupportedLanguage): Promise<unknown> {
  return Promise.all([loadCalculatorFlow(), preloadAllTexts(language)]);
}
