// Entry of index.html. The start page is already in the HTML (src/prerender.tsx).
// - A visit the prerendered page fits (start-decision.ts: Chinese, no draft under way, no shared
//   answers, national rules) runs nothing more until the person engages with the page: the
//   app then loads while they read, and a press on Start or the language switch hands over to
//   it (static-start-page.ts).
// - Any other visit needs the app at once: it loads after the first paint, because on a slow
//   phone ~110 KB of JavaScript would otherwise compete with the stylesheet for the first frame.
// scripts/bundle-report.mjs counts src/boot.tsx and its imports as first-screen JavaScript.
import './app/app.css';
import { afterFirstPaint } from './app/after-first-paint';
import { registerServiceWorker } from './app/register-service-worker';
import { retryByReload, takePendingIntent } from './app/retry-by-reload';
import { prerenderFits, PRERENDER_LANGUAGE } from './app/start-decision';
import { enhanceStartPage, startingDone } from './app/static-start-page';
import type { StartIntent } from './app/static-start-page';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const loadApp = () => import('./boot');
// The first step's code and texts: on the static page the language is the prerender's.
const loadFlow = () => void import('./app/lazy-screens').then((m) => m.preloadCalculatorFlow(PRERENDER_LANGUAGE)).catch(() => undefined);
const startApp = async (intent: StartIntent) => {
  // Start was pressed: the first step comes down while the app loads and sets up.
  if (intent.kind === 'start') loadFlow();
  await (await loadApp()).boot(root, intent);
};

function waitForIntent(page: HTMLElement, failedBefore = false) {
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
    waitForIntent(root, true);
  });
} else if (root.firstElementChild && prerenderFits() && navigator.onLine !== false) {
  // Offline, the app comes from the service worker's cache and says the page is offline.
  waitForIntent(root);
  // The precache downloads the whole app: not while the browser is still drawing the page.
  void afterFirstPaint().then(() => registerServiceWorker());
} else {
  await afterFirstPaint();
  await startApp({ kind: 'none' });
}
