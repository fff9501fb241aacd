// The message about a shared link: why it could not be opened (an alert), or that it was made
// by an earlier version and its result may differ now (a status). Shown by the app's page and
// by the widget, each until the person closes it.
import { useTranslation } from 'react-i18next';
import type { ShareNotice } from './share-link';

export interface ShareNoticeBannerProps {
  notice: ShareNotice;
  onDismiss: () => void;
}

/** A dismissible notice for a shared link, in the person's language. */
export function ShareNoticeBanner({ notice, onDismiss }: ShareNoticeBannerProps) {
  const { t } = useTranslation();
  const problem = notice.kind === 'problem';
  // The button leaves with the notice: focus goes to the page's heading (each takes focus: tabIndex -1), not back to the document's start.
  const dismiss = () => {
    const heading = document.querySelector('h1');
    onDismiss();
    heading?.focus();
  };
  return (
    <div className={problem ? 'notice notice--error' : 'notice'} role={problem ? 'alert' : 'status'}>
      <p>{problem ? t(`share.problems.${notice.reason}`) : t('share.upgraded')}</p>
      <button type="button" className="button" onClick={dismiss}>
        {t('share.dismiss')}
      </button>
    </div>
  );
}
