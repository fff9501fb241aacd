// The answer in one sentence, the status today, and the facts right behind it.
import { useTranslation } from 'react-i18next';
import type { Result } from '../../calc';
import { useFormat } from '../../i18n/use-format';

export function Headline({ result }: { result: Result }) {
  const { t } = useTranslation();
  const f = useFormat();
  const r = result.main.restoration;
  const w = result.main.waiting;
  let sentence: string;
  if (r.kind === 'date') {
    sentence = r.date <= result.asOf ? t('result.headline.since', { date: f.date(r.date) }) : t('result.headline.date', { date: f.date(r.date) });
  } else if (r.kind === 'range') {
    sentence = t('result.headline.range', { earliest: f.date(r.earliest), latest: f.date(r.latest) });
  } else {
    sentence = t('result.headline.needsNextYear', { date: f.date(r.date), year: r.year });
  }
  return (
    <section className="headline" aria-labelledby="headline-text">
      <p id="headline-text" className="headline__sentence" data-testid="headline">
        {sentence}
      </p>
      {r.kind === 'range' && <p className="headline__reason">{t(`result.rangeReason.${r.reason === 'X1' ? 'X1' : 'E3'}`)}</p>}
      <p className={`status status--${result.status}`} data-testid="status">
        {t(`result.status.${result.status}`, { date: f.date(result.asOf) })}
      </p>
      <dl className="facts">
        {result.main.lapse && 'years' in result.main.lapse && (
          <div>
            <dt>{t('result.facts.lapse')}</dt>
            <dd>{t('result.facts.lapseYears', { count: result.main.lapse.years.length, years: f.list(result.main.lapse.years) })}</dd>
          </div>
        )}
        {result.main.lapse && 'months' in result.main.lapse && (
          <div>
            <dt>{t('result.facts.lapse')}</dt>
            <dd>
              {t('result.facts.lapseMonths', { count: result.main.lapse.count, from: f.month(result.main.lapse.months.from), to: f.month(result.main.lapse.months.to) })}
            </dd>
          </div>
        )}
        {w && (
          <div>
            <dt>{t('result.facts.waiting')}</dt>
            <dd>
              {w.end
                ? t('result.facts.waitingSpan', { start: f.date(w.start), end: f.date(w.end), total: f.months(w.totalMonths) })
                : t('result.facts.waitingOpen', { start: f.date(w.start), total: f.months(w.totalMonths) })}
              {w.variableMonthsBeforeRepair > 0 &&
                ' ' +
                  t(w.repairMonthsRemoved > 0 ? 'result.facts.waitingPartsRepaired' : 'result.facts.waitingParts', {
                    fixed: f.months(w.fixedMonths),
                    variable: f.months(w.variableMonthsBeforeRepair),
                    removed: f.months(w.repairMonthsRemoved),
                  })}
            </dd>
          </div>
        )}
        {result.main.retroactive && (
          <div>
            <dt>{t('result.facts.retroactive')}</dt>
            <dd>{t('result.facts.span', { from: f.date(result.main.retroactive.from), to: f.date(result.main.retroactive.to) })}</dd>
          </div>
        )}
        {result.main.benefitPeriodEnd && (
          <div>
            <dt>{t('result.facts.benefitEnd')}</dt>
            <dd>{f.date(result.main.benefitPeriodEnd)}</dd>
          </div>
        )}
        {result.main.exemption && (
          <div>
            <dt>{t('result.facts.exemption')}</dt>
            <dd>{t(`result.exemptions.${result.main.exemption}`)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
