// What the person is told when their answers are not being kept as usual: saving failed
// (storage full or denied), a newer version's draft is left untouched, or another tab changed
// the answers. Each offers a way out, so nothing is lost without the person knowing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { shareUrl } from '../result/share-link';
import { stepName } from './payment-payer';
import { toScenario } from './to-scenario';
import { useStepPayer } from './use-step-payer';
import { useWizardState, useWizardStore } from './wizard-store';

/** "Copy my answers as a link": the way to keep answers the device would not store. */
function CopyAnswersLink() {
  const { t } = useTranslation();
  const { draft, today } = useWizardState();
  const [outcome, setOutcome] = useState<{ ok: boolean; link: string } | null>(null);
  async function copy() {
    const link = shareUrl(toScenario(draft.answers, today), window.location.href);
    try {
      await navigator.clipboard.writeText(link);
      setOutcome({ ok: true, link });
    } catch {
      // No clipboard (not https, an old browser, no permission): show the link to copy by hand.
      setOutcome({ ok: false, link });
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('draft.copyLink')}
      </button>
      {outcome && <p role="status">{t(outcome.ok ? 'draft.copied' : 'draft.copyFailed')}</p>}
      {outcome && !outcome.ok && <input type="text" readOnly value={outcome.link} aria-label={t('draft.copyLink')} onFocus={(e) => e.currentTarget.select()} />}
    </>
  );
}

/** Stored answers that could not be read are blank again: which steps, until they are answered again or the person closes this. */
function UnreadNotice() {
  const { t } = useTranslation();
  const f = useFormat();
  const store = useWizardStore();
  const { unreadSteps, draft, today } = useWizardState();
  const payer = useStepPayer(draft.answers, today);
  const open = unreadSteps.filter((step) => !draft.done.includes(step));
  if (open.length === 0) return null;
  return (
    <div className="wz-notice" role="alert">
      <p>{t('draft.unread', { count: open.length, steps: f.list(open.map((step) => `“${stepName(t, step, payer)}”`)) })}</p>
      <button type="button" className="button" onClick={() => store.dismissUnread()}>
        {t('draft.unreadDismiss')}
      </button>
    </div>
  );
}

/** The notices about where the answers are kept; nothing when all is well. */
export function DraftNotices() {
  const { t } = useTranslation();
  const store = useWizardStore();
  const { storageProblem, otherTabDraft } = useWizardState();
  return (
    <>
      <UnreadNotice />
      {otherTabDraft && (
        <div className="wz-notice" role="alert">
          <p>{t('draft.otherTab')}</p>
          <button type="button" className="button" onClick={() => store.settleOtherTab('load')}>
            {t('draft.loadOther')}
          </button>{' '}
          <button type="button" className="button" onClick={() => store.settleOtherTab('keep')}>
            {t('draft.keepThis')}
          </button>
        </div>
      )}
      {storageProblem && (
        <div className="wz-notice" role="alert">
          <p>{t(storageProblem === 'newer' ? 'draft.newer' : 'draft.saveFailed')}</p>
          <CopyAnswersLink />
        </div>
      )}
    </>
  );
}
