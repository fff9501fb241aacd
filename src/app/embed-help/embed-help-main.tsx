// Entry point of embed-help.html: how to put the calculator on another site, with a live preview.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, whenReady } from '../../i18n/setup';
import { AppProviders, createQueryClient } from '../app';
import { Shell } from '../shell';
import { EmbedHelpPage } from './embed-help-page';
import '../app.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed-help.html has no #root element');

// This page's own texts are not among the first screen's: load every text before drawing.
const i18n = createI18n({ allTexts: true });
await whenReady(i18n);

createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <Shell page="embed-help">
        <EmbedHelpPage />
      </Shell>
    </AppProviders>
  </StrictMode>,
);
