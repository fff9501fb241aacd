// "What you can do": the engine's what-if options as cards (a table is too cramped on a
// phone), each with the date reimbursement restarts and what it costs: in yuan where the
// region's premium is known (R1c), otherwise in years (or months) of premium.
import { useTranslation } from 'react-i18next';
import type { OptionResult, Restoration } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { noCoverYear } from './range-lines';

export function RestorationText({ r }: { r: Restoration }) {
  const { t } = useTranslation();
  const f = useFormat();
  switch (r.kind) {
    case 'date':
      return <>{f.date(r.date)}</>;
    case 'needsNextYear':
      return <>{t('result.options.needsNextYear', { date: f.date(r.date), year: r.year })}</>;
    case 'noCover':
      return <>{t('result.options.noCover', { year: r.year })}</>;
    case 'range': {
      const year = noCoverYear(r);
      return (
        <>
          {year !== null
            ? t('result.options.betweenOrNoCover', { earliest: f.date(r.earliest), latest: f.date(r.latest), year })
            : t('result.options.between', { earliest: f.date(r.earliest), latest: f.date(r.latest) })}
        </>
      );
    }
  }
}

/** When the window is already open, "pay in the next window" is the same as "pay today". */
function distinct(options: OptionResult[]): OptionResult[] {
  const today = options.find((o) => o.kind === 'payToday');
  return options.filter((o) => !(o.kind === 'nextWindow' && today && o.paymentDate === today.paymentDate && o.years.join() === today.years.join()));
}

function ExtraCost({ o }: { o: OptionResult }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (o.extraPremiumYears <= 0) return <>{t('result.options.noExtra')}</>;
  if (o.extraCostYuan !== null) return <>{f.yuan(o.extraCostYuan)}</>;
  return <>{o.kind === 'backPay' ? t('result.options.extraMonths', { count: o.extraPremiumYears }) : t('result.options.extraYears', { count: o.extraPremiumYears })}</>;
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
                <RestorationText r={o.restoration} />
              </dd>
            </div>
            <div>
              <dt>{t('result.options.columns.cost')}</dt>
              <dd>
                <ExtraCost o={o} />
              </dd>
            </div>
            {o.costYuan !== null && (
              <div>
                <dt>{t('result.options.columns.total')}</dt>
                <dd>{f.yuan(o.costYuan)}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
