// Build time only (scripts/prerender.mjs): the first screens as HTML, in both languages, with
// the rule pack index the build ships, so they paint, name the rules in use and work before
// any JavaScript of the app arrives:
// - the app's start page, which main.tsx leaves static until the person engages with it and
//   boot.tsx then hydrates when the first render will match;
// - the first step ("where"), which the start page's Start opens without waiting for React
//   (src/first-paint/first-paint.ts), and which the widget opens on; the app then draws the
//   same step over it and takes over what was chosen there (static-step-takeover.ts).
// Nothing here may depend on the day or on storage.
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, AppProviders, createQueryClient } from './app/app';
import { WidgetFrame } from './app/embed/widget-frame';
import { PackSummary } from './features/home/pack-summary';
import { Wizard } from './features/wizard/wizard';
import { createWizardStore, WizardProvider } from './features/wizard/wizard-store';
import { defaultAnswers } from './features/wizard/answers';
import { DRAFT_VERSION } from './features/wizard/draft-peek';
import { SUPPORTED_LANGUAGES } from './i18n/languages';
import type { SupportedLanguage } from './i18n/languages';
import { createI18n, loadAllTexts, whenReady } from './i18n/setup';
import { packIndexQueryOptions, packIndexSchema } from './rules/pack-index';
import { DEFAULT_PACK_ID } from './rules/default-pack';

/**
 * The first step draws nothing from the day (the region summary that would needs a region and
 * a scheme chosen, and neither is on a new visit); the store still wants one.
 */
const NO_DAY = '2000-01-01';

export interface PrerenderedLanguage {
  /** The app's start page: what the React root holds and hydrates. */
  start: string;
  /** The app's first step, for Start pressed before the app is here. */
  step: string;
  /** The widget's first screen (its first step). */
  widget: string;
  /** What the static page says to assistive technology while a press loads the app. */
  busyText: string;
  /** The page title in this language. */
  title: string;
}

export type PrerenderedPages = Record<SupportedLanguage, PrerenderedLanguage>;

function firstStepStore() {
  return createWizardStore({
    today: NO_DAY,
    storage: null,
    firstStep: 'start',
    initial: { version: DRAFT_VERSION, step: 'where', answers: defaultAnswers(NO_DAY, DEFAULT_PACK_ID), done: ['start'] },
  });
}

/** The app's and the widget's first screens in every language, as HTML strings. */
export async function renderFirstScreens(packIndex: unknown): Promise<PrerenderedPages> {
  // A damaged index fails the build, as the pack tests would.
  const index = packIndexSchema.parse(packIndex);
  const out = {} as PrerenderedPages;
  for (const language of SUPPORTED_LANGUAGES) {
    const queryClient = createQueryClient();
    queryClient.setQueryData(packIndexQueryOptions().queryKey, index);
    const i18n = createI18n({ language });
    await whenReady(i18n);
    const html = (node: ReactNode) => renderToString(<StrictMode>{node}</StrictMode>);
    // The start page first, with the first screen's texts only, exactly as the app's first render.
    const start = html(<App i18n={i18n} queryClient={queryClient} />);
    await loadAllTexts(i18n);
    // The same tree as the app's flow and the widget's calculator on their first step; the
    // app's goes inside the start page's <main>, under the same header. Its step list names the
    // payment step as the default answers have it ("The payment": the resident scheme checked, no
    // newborn). It cannot follow a scheme chosen on the static page: that would take a handler
    // and both names in the head script, which counts against the first screen's budget. The
    // app's first step takes the choice over when it arrives and renames the step then.
    const step = html(
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <WizardProvider store={firstStepStore()}>
          <PackSummary packId={DEFAULT_PACK_ID} compact />
          <Wizard />
        </WizardProvider>
      </AppProviders>,
    );
    const widgetStore = createWizardStore({ today: NO_DAY, storage: null });
    const widget = html(
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <WidgetFrame channel={null} sharedNotice={null}>
          <WizardProvider store={widgetStore}>
            <PackSummary packId={DEFAULT_PACK_ID} compact />
            <Wizard />
          </WizardProvider>
        </WidgetFrame>
      </AppProviders>,
    );
    out[language] = { start, step, widget, busyText: i18n.t('common.loading'), title: i18n.t('app.name') };
  }
  return out;
}
