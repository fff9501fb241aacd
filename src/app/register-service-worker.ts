// The service worker, for a visit that never leaves the static start page: the update prompt
// (update-prompt.tsx), which registers it otherwise, is part of the app that such a visit never
// loads, yet the next visit must work offline. Same script and scope as vite-plugin-pwa's own
// registration, which takes over, and offers updates, once the app loads.
const SCRIPT = 'sw.js';

export function registerServiceWorker(base: string = import.meta.env.BASE_URL): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Like workbox-window: after the load event, so the precache does not compete with the page.
  const register = () => {
    navigator.serviceWorker.register(`${base}${SCRIPT}`, { scope: base }).catch(() => {
      // No offline copy this time; the page itself works.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
