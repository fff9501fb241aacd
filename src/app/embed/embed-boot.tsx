// The widget's app, loaded by embed-main.tsx once the visitor engages with the static first
// screen: reads the parameters, then draws the widget, which takes that screen over
// (static-step-takeover.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, whenReady } from '../../i18n/setup';
import { createQueryClient } from '../app';
import { hasSharedAnswers } from '../../features/result/share-hash';
import { STATIC_ATTRIBUTE, STATIC_WIDGET_CLASS } from '../../first-paint/first-screen-dom';
import { packIndexQueryOptions } from '../../rules/pack-index';
import { EmbedApp } from './embed-app';
import { parseEmbedParams } from './embed-params';
import { applyAccent } from './accent';
import { WIDGET_WARNING, widgetChannel } from './widget-channel';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const { params, warnings, scope } = parseEmbedParams(window.location.search);
for (const warning of warnings) console.warn(`${WIDGET_WARNING} ${warning}`);

// Set again when the static screen set it (static-widget.ts): a visit it does not fit has only this.
if (params.accent) applyAccent(params.accent);

// Decided already where the static screen sized the frame (static-widget.ts).
const channel = widgetChannel(params.parentOrigin);
// The loader sizes the frame to the content, so the page itself never scrolls (a scroll bar
// appearing and disappearing would change the width, and so the height, back and forth).
if (channel) document.documentElement.classList.add('embed-page--sized');

// Shared answers in the address need the decoder (and the calculator's schema): only then load it.
const shared = hasSharedAnswers(window.location.hash) ? (await import('./shared-scenario')).takeSharedScenario() : null;

// The widget opens on a wizard step, whose texts are not among the start page's: load them all.
const i18n = createI18n({ allTexts: true, ...(params.lang ? { language: params.lang } : {}) });
await whenReady(i18n);

const queryClient = createQueryClient();
// The first screen is on the page already (scripts/prerender.mjs): its step's regions come
// first, so the app's step draws whole when it takes that over (static-step-takeover.ts).
if (document.documentElement.getAttribute(STATIC_ATTRIBUTE) !== 'off' && document.querySelector(`.${STATIC_WIDGET_CLASS}`)) await queryClient.prefetchQuery(packIndexQueryOptions());

createRoot(root).render(
  <StrictMode>
    <EmbedApp
      i18n={i18n}
      queryClient={queryClient}
      params={params}
      scope={scope}
      channel={channel}
      shared={shared?.scenario ?? null}
      sharedNotice={shared?.notice ?? null}
    />
  </StrictMode>,
);
