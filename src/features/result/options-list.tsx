// "What you can do": the engine's what-if options side by side, with dates and cost.
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

export function OptionsList({ options }: { options: OptionResult[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (options.length === 0) return <p>{t('result.options.none')}</p>;
  return (
    <table className="options">
      <caption className="visually-hidden">{t('result.options.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('result.options.columns.option')}</th>
          <th scope="col">{t('result.options.columns.restoration')}</th>
          <th scope="col">{t('result.options.columns.cost')}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((o, i) => (
          <tr key={`${o.kind}-${i}`}>
            <th scope="row">
              {t(`result.options.kinds.${o.kind}`, { date: f.date(o.paymentDate), years: o.years.join('、'), count: o.repairYears })}
            </th>
            <td>
              <RestorationText r={o.restoration} f={f} />
            </td>
            <td>
              {o.extraPremiumYears <= 0
                ? t('result.options.noExtra')
                : o.extraCostYuan !== null
                  ? f.yuan(o.extraCostYuan)
                  : o.kind === 'backPay'
                    ? t('result.options.extraMonths', { count: o.extraPremiumYears })
                    : t('result.options.extraYears', { count: o.extraPremiumYears })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
