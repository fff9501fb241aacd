import { useTranslation } from 'react-i18next';
import type { Result } from '../../calc';
import { useFormat } from '../../i18n/use-format';

export function HowToPay({ result }: { result: Result }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = result.nextWindow;
  return (
    <section className="how" aria-labelledby="how-title">
      <h2 id="how-title">{t('result.how.title')}</h2>
      <ul>
        <li>{t('result.how.app')}</li>
        <li>{t('result.how.office')}</li>
        <li>{t('result.how.online')}</li>
      </ul>
      {w ? (
        <p>
          {w.extendedEnd
            ? t('result.how.nextWindowExtended', { year: w.year, start: f.date(w.start), end: f.date(w.end), extendedEnd: f.date(w.extendedEnd) })
            : t('result.how.nextWindow', { year: w.year, start: f.date(w.start), end: f.date(w.end) })}
        </p>
      ) : (
        // Window dates are set by each region and year: where the rules used do not pin them, say so.
        result.regional.length > 0 && <p>{t('result.how.nextWindowRegional')}</p>
      )}
    </section>
  );
}
