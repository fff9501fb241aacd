// The widget's app, loaded by embed-main.tsx once the static first screen is painted: reads the
// parameters, then draws the widget, which takes the first screen over (static-step-takeover.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, whenReady } from '../../i18n/setup';
import { createQueryClient } from '../app';
import { hasSharedAnswers } from '../../features/result/share-hash';
import { STATIC_ATTRIBUTE, STATIC_WIDGET_CLASS } from '../../first-paint/first-screen-dom';
import { packIndexQueryOptions } from '../../rules/pack-index';
import { EmbedApp } from './embed-app';
import { parseEmbedParams } from './embed-params';
import { framingOrigin, parentChannel } from './messages';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const { params, warnings, scope } = parseEmbedParams(window.location.search);
const WARN = '[医保断缴恢复计算器 widget]';
for (const warning of warnings) console.warn(`${WARN} ${warning}`);

if (params.accent) {
  // CSSOM, not a style attribute: the Content-Security-Policy allows it.
  const style = document.documentElement.style;
  style.setProperty('--accent', params.accent.accent);
  style.setProperty('--accent-strong', params.accent.strong);
  style.setProperty('--accent-soft', params.accent.soft);
}

let channel = params.parentOrigin ? parentChannel(params.parentOrigin) : null;
if (params.parentOrigin && !channel) console.warn(`${WARN} parentOrigin is set but the page is not in a frame; nothing is sent.`);
// Where the browser says who frames the widget (ancestorOrigins in Chromium and Safari, the
// referrer in Firefox; "null" or nothing when the host hides it), a parentOrigin naming someone
// else would only get its messages dropped, leaving the frame at the loader's first guess: then
// the widget scrolls by itself instead.
const framedBy = framingOrigin(window.location, document.referrer);
if (channel && framedBy && framedBy !== 'null' && framedBy !== channel.origin) {
  console.warn(`${WARN} parentOrigin ${channel.origin} is not the page that frames the widget (${framedBy}); nothing is sent.`);
  channel = null;
}
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
