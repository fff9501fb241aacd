// Beside the headline: the date had an employer paid the cover before the gap (E3a), where the
// person left "who paid" blank and that answer would change the date (paid-by-alternative.ts).
import { useTranslation } from 'react-i18next';
import type { Restoration } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { RestorationText } from './options-list';

export function PaidByNotice({ month, restoration }: { month: string; restoration: Restoration }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (
    <p className="headline__alternative" data-testid="paid-by-alternative">
      {t('result.paidByAlternative.text', { month: f.month(month) })}
      {/* Chinese runs on without a space after its colon. */}
      {i18n.language === 'en' ? ' ' : ''}
      <RestorationText r={restoration} />
      {t('result.paidByAlternative.end')}
    </p>
  );
}
