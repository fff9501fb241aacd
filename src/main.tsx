import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { opensOnStartPage } from './app/calculator-page';
import { createI18n, whenReady } from './i18n/setup';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const i18n = createI18n();
// English arrives as a chunk: keep the prerendered page on screen until it is here, rather
// than blanking it while a Suspense fallback waits.
await whenReady(i18n);

const app = (
  <StrictMode>
    <App i18n={i18n} queryClient={createQueryClient()} />
  </StrictMode>
);
// The build prerendered the Chinese start page (src/prerender.tsx). Hydrate it only when the
// first render will match it; otherwise React replaces it.
if (root.firstElementChild && i18n.resolvedLanguage === 'zh-CN' && opensOnStartPage()) hydrateRoot(root, app);
else createRoot(root).render(app);
