// "What you can do": the engine's what-if options as cards (a table is too cramped on a
// phone), each with the date reimbursement restarts and the extra premium it costs.
import { useTranslation } from 'react-i18next';
import type { OptionResult, Restoration } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import type { Formatters } from '../../i18n/use-format';

function RestorationText({ r, f }: { r: Restoration; f: Formatters }) {
  const { t } = useTranslation();
  if (r.kind === 'date') return <>{f.date(r.date)}</>;
  if (r.kind === 'range') return <>{t('result.options.between', { earliest: f.date(r.earliest), latest: f.date(r.latest) })}</>;
  return <>{t('result.options.needsNextYear', { date: f.date(r.date), year: r.year })}</>;
}

/** When the window is already open, "pay in the next window" is the same as "pay today". */
function distinct(options: OptionResult[]): OptionResult[] {
  const today = options.find((o) => o.kind === 'payToday');
  return options.filter((o) => !(o.kind === 'nextWindow' && today && o.paymentDate === today.paymentDate && o.years.join() === today.years.join()));
}

export function OptionsList({ options }: { options: OptionResult[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shown = distinct(options);
  if (shown.length === 0) return <p>{t('result.options.none')}</p>;
  return (
    <ul className="options" aria-label={t('result.options.caption')}>
      {shown.map((o, i) => (
        <li key={`${o.kind}-${i}`} className="option">
          <h3 className="option__title">{t(`result.options.kinds.${o.kind}`, { date: f.date(o.paymentDate), years: f.list(o.years), count: o.repairYears })}</h3>
          <dl className="facts">
            <div>
              <dt>{t('result.options.columns.restoration')}</dt>
              <dd>
                <RestorationText r={o.restoration} f={f} />
              </dd>
            </div>
            <div>
              <dt>{t('result.options.columns.cost')}</dt>
              <dd>
                {o.extraPremiumYears <= 0
                  ? t('result.options.noExtra')
                  : o.extraCostYuan !== null
                    ? f.yuan(o.extraCostYuan)
                    : o.kind === 'backPay'
                      ? t('result.options.extraMonths', { count: o.extraPremiumYears })
                      : t('result.options.extraYears', { count: o.extraPremiumYears })}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
