// Says so when the browser is offline. The live region is always in the page (empty while
// online), so screen readers announce the message when it appears.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** navigator.onLine, kept current by the online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="app-notice-slot">
      {!online && (
        <p className="app-notice app-notice--offline" data-testid="offline-indicator">
          {t('pwa.offline')}
        </p>
      )}
    </div>
  );
}
