// Entry of index.html. The start page and the first step are already in the HTML, in the
// reader's language (src/prerender.tsx, src/first-paint/first-paint.ts), and work before this runs.
// - A visit the prerendered page fits (start-decision.ts: no draft under way, no shared answers,
//   national rules) runs nothing more until the person engages with the page: the app then
//   loads while they read; Start opens the static first step at once, and the app, loaded
//   then, takes it over (static-start-page.ts, static-step-takeover.ts).
// - Any other visit needs the app at once: it loads after the first paint, because on a slow
//   phone ~110 KB of JavaScript would otherwise compete with the stylesheet for the first frame.
// scripts/bundle-report.mjs counts src/boot.tsx and its imports as first-screen JavaScript.
import './app/app.css';
// The first step is painted from the HTML too: its styles come with the page, not with the wizard.
import './features/wizard/wizard.css';
import { afterFirstPaint } from './app/after-first-paint';
import { registerServiceWorker } from './app/register-service-worker';
import { retryByReload, takePendingIntent } from './app/retry-by-reload';
import { prerenderFits } from './app/start-decision';
import { enhanceStartPage, startingDone } from './app/static-start-page';
import type { StartIntent } from './app/static-start-page';
import { warmStaticStep } from './app/warm-static-step';
import { hasSharedAnswers } from './features/result/share-hash';
import { addressesAStep } from './features/wizard/step-address';
import { APP_ATTRIBUTE, APP_ROOT_ATTRIBUTE, LANG_ATTRIBUTE, LANGUAGE_SWAPPED_EVENT, STATIC_STEP_ATTRIBUTE } from './first-paint/first-screen-dom';
import { carryStaticStep } from './first-paint/static-step-carry';
import { toSupportedLanguage } from './i18n/languages';

// The head script kept one language's root and set the other aside; its language switch swaps them.
const appRoot = () => document.querySelector<HTMLElement>(`[${APP_ROOT_ATTRIBUTE}]`);
const root = appRoot();
if (!root) throw new Error('index.html has no prerendered root');
/** The language the static page shows: the head script's choice, or the reader's switch since. */
const shownLanguage = () => toSupportedLanguage(document.documentElement.getAttribute(LANG_ATTRIBUTE));

const loadApp = () => import('./boot');
// The first step's code and texts, in the language on screen.
const loadFlow = () => void import('./app/lazy-screens').then((m) => m.preloadCalculatorFlow(shownLanguage())).catch(() => undefined);
const startApp = async (intent: StartIntent) => {
  // Start was pressed, or the static first step is open: the wizard comes down while the app loads.
  if (intent.kind === 'start' || addressesAStep(location.hash)) loadFlow();
  await (await loadApp()).boot(appRoot() ?? root, intent, shownLanguage);
};

/**
 * The app could not be fetched while the static first step is open: Continue there reloads the
 * page to fetch it anew, carrying the step's answers and the press (static-step-carry.ts).
 */
function retryOnContinue() {
  const onSubmit = (event: Event) => {
    const step = event.target instanceof Element ? event.target.closest(`[${STATIC_STEP_ATTRIBUTE}]`) : null;
    if (!step) return;
    document.removeEventListener('submit', onSubmit);
    carryStaticStep(step);
    retryByReload({ kind: 'none' });
  };
  document.addEventListener('submit', onSubmit);
}

/** Lays out the shown copy's first step unseen while the start page is read (warm-static-step.ts). */
function warmShownStep(): () => void {
  const step = document.querySelector<HTMLElement>(`[${APP_ROOT_ATTRIBUTE}] [${STATIC_STEP_ATTRIBUTE}]`);
  return step && !step.matches(':target') ? warmStaticStep(step) : () => {};
}

function waitForIntent(page: HTMLElement, failedBefore = false) {
  if (failedBefore) retryOnContinue();
  enhanceStartPage(page, {
    preload: () => {
      if (failedBefore) return;
      void loadApp().catch(() => undefined);
      loadFlow();
    },
    // The app could not be fetched (the connection dropped): the page stays usable, and the
    // next press tries again, by reloading (retry-by-reload.ts says why).
    start: (intent) =>
      failedBefore
        ? retryByReload(intent)
        : void startApp(intent).catch(() => {
            startingDone();
            waitForIntent(page, true);
          }),
  });
}

// A press made before a reload (the app could not be fetched then) is acted on at once.
const pending = takePendingIntent();
if (pending) {
  await startApp(pending).catch(() => {
    // Still no connection: the page stays usable, as after a failed press.
    startingDone();
    waitForIntent(document.body, true);
  });
} else if (root.firstElementChild && prerenderFits() && navigator.onLine !== false) {
  // Offline, the app comes from the service worker's cache and says the page is offline.
  // The body, not the root: the static language switch replaces the root.
  waitForIntent(document.body);
  // A shared link pasted into the address of this static page (the browser does not reload for
  // a new fragment): loaded anew, it opens as any shared link does. Once the app is here, it
  // follows such links itself (calculator-page.tsx, calculator-flow.tsx).
  window.addEventListener('hashchange', () => {
    if (hasSharedAnswers(location.hash) && !document.documentElement.hasAttribute(APP_ATTRIBUTE)) location.reload();
  });
  // The precache downloads the whole app: not while the browser is still drawing the page. Then
  // the static step is laid out unseen, so Start shows it at once.
  void afterFirstPaint().then(() => {
    registerServiceWorker();
    let stopWarming = warmShownStep();
    // The static language switch put the other copy in: its step is laid out too.
    document.addEventListener(LANGUAGE_SWAPPED_EVENT, () => {
      stopWarming();
      stopWarming = warmShownStep();
    });
  });
} else {
  await afterFirstPaint();
  await startApp({ kind: 'none' });
}
