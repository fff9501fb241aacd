// The update prompt's registration of the service worker (useRegisterSW, with workbox-window):
// loaded after the app's first render (update-prompt.tsx), as the prompt can only ever appear
// once a worker is registered, which waits for the page's load event anyway.
import { useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdatePromptView } from './update-prompt-view';
import { isUpdateWaiting } from './update-waiting';

/** A tab left open for days still hears of new rule packs: ask for an update now and then. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let reloading = false;
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * Lets the waiting worker take over, then reloads once it controls the page. The plugin only
 * reloads by itself when the page already had a worker at registration, so a tab open since
 * its very first visit would otherwise stay on the old version after "Reload".
 */
function activateUpdate(updateServiceWorker: () => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  // Another tab may have taken the update already: then nothing changes hands here.
  setTimeout(reloadOnce, 4000);
  void updateServiceWorker();
}

export function RegisteredUpdatePrompt() {
  const registered = useRef<ServiceWorkerRegistration | undefined>(undefined);
  // Our own flag, not the hook's needRefresh, which a first install can set (isUpdateWaiting).
  const [needRefresh, setNeedRefresh] = useState(false);
  const { updateServiceWorker } = useRegisterSW({
    // An update accepted in another tab takes over this one too: reload it as well.
    onNeedReload: reloadOnce,
    onNeedRefresh() {
      if (isUpdateWaiting(registered.current, navigator.serviceWorker.controller)) setNeedRefresh(true);
      // A worker already waiting at registration is reported before the registration reaches us:
      // on a page no worker controls (a hard reload), ask for it. (A first install is reported
      // 200 ms after installing, long after the registration arrived, so it never gets here.)
      else if (registered.current === undefined) {
        void navigator.serviceWorker.getRegistration().then((registration) => {
          if (registration?.waiting && isUpdateWaiting(registration, null)) setNeedRefresh(true);
        });
      }
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      registered.current = registration;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      // Private modes and some embedding sites refuse service workers; the app still works online.
      console.warn('Service worker not registered; offline use is unavailable.', error);
    },
  });
  return <UpdatePromptView visible={needRefresh} onReload={() => activateUpdate(updateServiceWorker)} onLater={() => setNeedRefresh(false)} />;
}
