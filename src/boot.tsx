// The app itself, loaded by main.tsx: at once, or on the first press on the static start page.
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App, createQueryClient } from './app/app';
import { prerenderFits, PRERENDER_LANGUAGE } from './app/start-decision';
import { startingDone } from './app/static-start-page';
import type { StartIntent } from './app/static-start-page';
import { packSummaryKey, PACK_SUMMARY_KEY_ATTRIBUTE } from './features/home/pack-summary-key';
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

export async function boot(root: HTMLElement, intent: StartIntent): Promise<void> {
  await nextTask();
  const i18n = createI18n();
  // English arrives as a chunk: keep the prerendered page on screen until it is here, rather
  // than blanking it while a Suspense fallback waits.
  await whenReady(i18n);
  const queryClient = createQueryClient();
  // Hydrate only when the first render will match the prerendered page; otherwise React
  // replaces it (as it does when Start was pressed: the first step takes the page's place).
  const hydrate =
    intent.kind !== 'start' &&
    root.firstElementChild !== null &&
    i18n.resolvedLanguage === PRERENDER_LANGUAGE &&
    prerenderFits() &&
    (await indexMatchesPrerender(root, queryClient));
  await nextTask();

  const app = (
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} intent={intent} />
      <AfterFirstCommit run={startingDone} />
    </StrictMode>
  );
  // As a transition, React works in slices of a few milliseconds and lets the browser respond
  // in between, instead of one long task on a slow phone.
  startTransition(() => {
    if (hydrate) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}
