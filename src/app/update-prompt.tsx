// The polite "a new version is ready" prompt. The service worker (vite-plugin-pwa, registerType
// 'prompt') installs an update in the background and waits; only when the person chooses
// "Reload" does it take over, and the page reloads. The draft is in localStorage, so the
// answers survive the reload.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/** A tab left open for days still hears of new rule packs: ask for an update now and then. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface UpdatePromptViewProps {
  visible: boolean;
  onReload: () => void;
  onLater: () => void;
}

export function UpdatePromptView({ visible, onReload, onLater }: UpdatePromptViewProps) {
  const { t } = useTranslation();
  return (
    <div role="status" className="app-notice-slot">
      {visible && (
        <div className="app-notice app-notice--update" data-testid="update-prompt">
          <p>
            {t('pwa.updateReady')} {t('pwa.answersKept')}
          </p>
          <div className="app-notice__actions">
            <button type="button" className="button" onClick={onReload}>
              {t('pwa.reload')}
            </button>
            <button type="button" className="button button--secondary" onClick={onLater}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

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

function RegisteredUpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // An update accepted in another tab takes over this one too: reload it as well.
    onNeedReload: reloadOnce,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
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

/** Registers the service worker in a browser; at build time (the prerendered start page) only the empty slot. */
export function UpdatePrompt() {
  if (typeof window === 'undefined') return <UpdatePromptView visible={false} onReload={() => {}} onLater={() => {}} />;
  return <RegisteredUpdatePrompt />;
}
