// The app itself, loaded by main.tsx once the prerendered start page is on screen.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { opensOnStartPage } from './app/calculator-page';
import { createI18n, whenReady } from './i18n/setup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Each await below ends a task: evaluating this module graph, setting up i18n and hydrating
// run as separate tasks, so none of them blocks input for long on a slow phone.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
await nextTask();

const i18n = createI18n();
// English arrives as a chunk: keep the prerendered page on screen until it is here, rather
// than blanking it while a Suspense fallback waits.
await whenReady(i18n);
await nextTask();

const app = (
  <StrictMode>
    <App i18n={i18n} queryClient={createQueryClient()} />
  </StrictMode>
);
// The build prerendered the Chinese start page (src/prerender.tsx). Hydrate it only when the
// first render will match it; otherwise React replaces it.
// As a transition, React works in slices of a few milliseconds and lets the browser respond in
// between, instead of one long task on a slow phone.
startTransition(() => {
  if (root.firstElementChild && i18n.resolvedLanguage === 'zh-CN' && opensOnStartPage()) hydrateRoot(root, app);
  else createRoot(root).render(app);
});
