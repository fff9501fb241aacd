// Telling a new version waiting from this visit's first install (registered-update-prompt.tsx).

/**
 * Whether a worker said to be waiting is a new version, not this visit's first install.
 * workbox-window calls any worker still "installed" 200 ms after installing a waiting one
 * (its way of telling a skipWaiting() worker apart), and vite-plugin-pwa then asks for a
 * refresh. A first install also passes through "installed" before it activates, and on a slow
 * phone it stays there longer than 200 ms: a first visit would be told "a new version is
 * ready". A real update has a worker already active (the old version) beside the waiting one;
 * a first install has none until it activates. `registration`: the one registered, if known
 * yet; `controller`: navigator.serviceWorker.controller.
 */
export function isUpdateWaiting(registration: Pick<ServiceWorkerRegistration, 'active'> | undefined, controller: ServiceWorker | null): boolean {
  return Boolean(registration?.active ?? controller);
}
