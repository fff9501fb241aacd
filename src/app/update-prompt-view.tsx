// What the update prompt shows: an empty live slot, or "a new version is ready" with Reload and
// Later. Apart from the registration (registered-update-prompt.tsx), which loads later.
import { useTranslation } from 'react-i18next';

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
