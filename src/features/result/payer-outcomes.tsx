// E3a (武汉): a flexible worker left "who paid" blank, and an employer-paid answer gives another
// date. The headline then is not one date (RULES.md §8: never a firm date the person's own
// missing answer could contradict): it says the date depends on who paid, gives both, earliest
// first, and says the rest of the page follows the blank answer's reading (paid by the person).
import { useTranslation } from 'react-i18next';
import type { Restoration } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { RestorationText } from './options-list';

export interface PayerAlternative {
  /** The last month (YYYY-MM) of the employee-scheme cover whose payer was not given. */
  month: string;
  /** The answer had an employer paid that cover. */
  ifEmployer: Restoration;
}

/** The first day an answer can give, for ordering (no cover sorts last). */
function firstDay(r: Restoration): string {
  if (r.kind === 'range') return r.earliest;
  return r.kind === 'noCover' ? '9999-12-31' : r.date;
}

/** The lead sentence of the headline where the date depends on who paid; null without an alternative. */
export function usePayerLead(alternative: PayerAlternative | undefined): string | null {
  const { t } = useTranslation();
  const f = useFormat();
  return alternative ? t('result.paidBy.lead', { month: f.month(alternative.month) }) : null;
}

/** The two answers, one line each, and what to do for one date. */
export function PayerOutcomes({ own, alternative, onAnswer }: { own: Restoration; alternative: PayerAlternative; onAnswer?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const lines = [
    { key: 'self' as const, restoration: own },
    { key: 'employer' as const, restoration: alternative.ifEmployer },
  ].sort((a, b) => (firstDay(a.restoration) < firstDay(b.restoration) ? -1 : firstDay(a.restoration) > firstDay(b.restoration) ? 1 : 0));
  return (
    <>
      <ul className="headline__outcomes" aria-label={t('result.paidBy.listLabel')} data-testid="paid-by-outcomes">
        {lines.map((line) => (
          <li key={line.key} className={`headline__outcome headline__outcome--${line.restoration.kind}`}>
            <strong className="headline__when">
              <RestorationText r={line.restoration} />
            </strong>
            {t('result.range.separator')}
            {t(`result.paidBy.${line.key}`)}
          </li>
        ))}
      </ul>
      <p className="headline__alternative" data-testid="paid-by-alternative">
        {t('result.paidBy.tail')}
      </p>
      {onAnswer && (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={onAnswer}>
            {t('result.paidBy.answer')}
          </button>
        </p>
      )}
    </>
  );
}
