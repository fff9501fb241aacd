// Build time only (scripts/prerender.mjs): the start page as HTML, in Chinese, with the rule
// pack index the build ships, so it paints, names the rules in use and reads before any
// JavaScript arrives. main.tsx leaves it static until the person presses Start or the language
// switch; boot.tsx then hydrates it when the first render will match. Nothing here may differ
// from that render: no dates, no storage.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, createQueryClient } from './app/app';
import { PRERENDER_LANGUAGE } from './app/start-decision';
import { createI18n } from './i18n/setup';
import { packIndexQueryOptions, packIndexSchema } from './rules/pack-index';

export interface PrerenderedStartPage {
  html: string;
  /** What the static page says to assistive technology while a press loads the app. */
  busyText: string;
}

export function renderStartPage(packIndex: unknown): PrerenderedStartPage {
  const queryClient = createQueryClient();
  // A damaged index fails the build, as the pack tests would.
  queryClient.setQueryData(packIndexQueryOptions().queryKey, packIndexSchema.parse(packIndex));
  const i18n = createI18n({ language: PRERENDER_LANGUAGE });
  const html = renderToString(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  );
  return { html, busyText: i18n.t('common.loading') };
}
