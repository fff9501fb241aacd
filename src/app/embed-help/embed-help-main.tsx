// Entry point of embed-help.html: how to put the calculator on another site, with a live preview.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../../i18n/setup';
import { AppProviders, createQueryClient } from '../app';
import { Shell } from '../shell';
import { EmbedHelpPage } from './embed-help-page';
import '../app.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed-help.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={createI18n()} queryClient={createQueryClient()}>
      <Shell page="embed-help">
        <EmbedHelpPage />
      </Shell>
    </AppProviders>
  </StrictMode>,
);
