// The app itself, loaded by main.tsx: at once, or on the first press on the static start page.
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App, createQueryClient } from './app/app';
import { prerenderFits } from './app/start-decision';
import { startingDone } from './app/static-start-page';
import { APP_ATTRIBUTE, APP_CONTAINER_ATTRIBUTE, APP_ROOT_ATTRIBUTE, PRERENDER_LANG_ATTRIBUTE, STATIC_STEP_ATTRIBUTE } from './first-paint/first-screen-dom';
import type { SupportedLanguage } from './i18n/languages';
import type { StartIntent } from './app/static-start-page';
import { packSummaryKey, PACK_SUMMARY_KEY_ATTRIBUTE } from './features/home/pack-summary-key';
import { rememberLanguage } from './i18n/detect-language';
import { createI18n, whenReady } from './i18n/setup';
import { packIndexQueryOptions } from './rules/pack-index';
import { DEFAULT_PACK_ID } from './rules/default-pack';

// Each await below ends a task: evaluating this module graph, setting up i18n and hydrating
// run as separate tasks, so none of them blocks input for long on a slow phone.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The prerendered pack summary shows the index the build saw; hydrating needs the same data in
 * the query cache, so the first render matches. A failed or newer index draws afresh instead.
 */
async function indexMatchesPrerender(root: HTMLElement, queryClient: QueryClient): Promise<boolean> {
  const rendered = root.querySelector(`[${PACK_SUMMARY_KEY_ATTRIBUTE}]`)?.getAttribute(PACK_SUMMARY_KEY_ATTRIBUTE);
  if (!rendered) return false;
  await queryClient.prefetchQuery(packIndexQueryOptions());
  const entry = queryClient.getQueryData(packIndexQueryOptions().queryKey)?.packs.find((p) => p.id === DEFAULT_PACK_ID);
  return entry !== undefined && packSummaryKey(entry) === rendered;
}

function AfterFirstCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

/**
 * Starts the app on the page main.tsx found: `root` is the prerendered root of the language on
 * screen; `language` reads that language (the head script's choice, or the static page's switch
 * since, which may come while the app loads). Hydrates the start page when the first render will match it; otherwise draws into a new,
 * hidden container beside it, and the first screen drawn there hands over (hand-over.ts).
 */
export async function boot(root: HTMLElement, intent: StartIntent, language: () => SupportedLanguage): Promise<void> {
  await nextTask();
  // The language on screen (the head script's, which reads a link's `lang`) is remembered first,
  // so the instance detects it: detecting anew would ignore the link, and for a moment mark the
  // page, and remember, the browser's language instead. (The instance remembers it on its first
  // change of language all the same; this only comes before it. Where storage is denied nothing is
  // remembered, and the instance starts in the browser's language until the switch below: a way
  // that needs no storage cost the first screen more bytes than its budget has left.)
  rememberLanguage(language());
  const i18n = createI18n();
  // English arrives as a chunk: keep the prerendered page on screen until it is here, rather
  // than blanking it while a Suspense fallback waits.
  await whenReady(i18n);
  // The language on screen now: the reader may have switched it on the static page while the app
  // loaded (where storage could not remember it, or after createI18n read it). Asked again below.
  const follow = async () => {
    if (i18n.resolvedLanguage !== language()) await i18n.changeLanguage(language());
  };
  await follow();
  const queryClient = createQueryClient();
  const staticStep = root.querySelector(`[${STATIC_STEP_ATTRIBUTE}]`);
  // The regions of the first step, so that step draws whole, as the static one did (the index
  // is small and precached; a failure is the step's to report).
  if (staticStep?.matches(':target')) await queryClient.prefetchQuery(packIndexQueryOptions());
  // Hydrate only when the first render will match the prerendered start page: not once Start
  // opened the static first step (the app then takes that over), nor for another screen.
  const hydrate =
    intent.kind !== 'start' &&
    !staticStep?.matches(':target') &&
    root.firstElementChild !== null &&
    i18n.resolvedLanguage === root.getAttribute(PRERENDER_LANG_ATTRIBUTE) &&
    prerenderFits() &&
    (await indexMatchesPrerender(root, queryClient));
  await nextTask();

  // The reader may have switched language on the static page meanwhile, which swaps its root.
  await follow();
  const live = document.querySelector<HTMLElement>(`[${APP_ROOT_ATTRIBUTE}]`) ?? root;
  const app = (
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} intent={intent} />
      <AfterFirstCommit run={startingDone} />
    </StrictMode>
  );
  let container = live;
  if (hydrate && live === root) {
    // React's now: the static step inside it is not part of its render, and there is nothing to hand over.
    staticStep?.remove();
    root.removeAttribute(APP_ROOT_ATTRIBUTE);
    // No longer one language's copy: app.css hides the English one wherever <html> has no
    // data-lang="en", which the app removes once it keeps the language itself (hand-over.ts).
    root.removeAttribute(PRERENDER_LANG_ATTRIBUTE);
    document.documentElement.setAttribute(APP_ATTRIBUTE, '');
  } else {
    container = document.createElement('div');
    container.setAttribute(APP_CONTAINER_ATTRIBUTE, '');
    live.after(container);
  }
  // As a transition, React works in slices of a few milliseconds and lets the browser respond
  // in between, instead of one long task on a slow phone.
  startTransition(() => {
    if (container === live && hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}
