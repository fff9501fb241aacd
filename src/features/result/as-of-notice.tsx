// A result worked out for an earlier day (a shared link opened later) says which day it is
// for, since its status, its tenses and its advice all follow that day, and offers to work
// it out again for today with the same answers.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

export interface AsOfNoticeProps {
  /** The day the result is worked out for (the scenario's asOf). */
  asOf: string;
  today: string;
  /** Set once the person has asked for today: the notice then confirms it instead. */
  recomputed: boolean;
  onRecompute: () => void;
  /**
   * The payment the answer is about had already been made on `asOf`: the notice then does not
   * speak of "what was planned", which reads as if the payment were still to come.
   */
  made?: boolean;
}

export function AsOfNotice({ asOf, today, recomputed, onRecompute, made = false }: AsOfNoticeProps) {
  const { t } = useTranslation();
  const f = useFormat();
  if (recomputed) {
    return (
      <p className="notice no-print" role="status">
        {t('result.asOf.recomputed', { today: f.date(today) })}
      </p>
    );
  }
  if (asOf >= today) return null;
  return (
    <div className="notice" role="note" aria-label={t('result.asOf.recompute')}>
      <p>{t('result.asOf.notice', { date: f.date(asOf), today: f.date(today), ...(made ? { context: 'made' } : {}) })}</p>
      <button type="button" className="button no-print" onClick={onRecompute}>
        {t('result.asOf.recompute')}
      </button>
    </div>
  );
}
