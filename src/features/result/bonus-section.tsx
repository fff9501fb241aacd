// The critical-illness cap estimate (B1-B4), only when the person asked for it.
import { useTranslation } from 'react-i18next';
import type { BonusEstimate, YuanSpan } from '../../calc';
import { useFormat } from '../../i18n/use-format';

/**
 * Where the regions' rules decide which years were covered (§8: a year paid late, taken in some
 * regions only), each amount that differs is said as the least to the most, never as one firm sum.
 */
export function BonusSection({ bonus }: { bonus: BonusEstimate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const spread = bonus.spread;
  const lost = bonus.noClaimNeedsNextYear.years;
  const varies = (span: YuanSpan | undefined): span is YuanSpan => span !== undefined && span[0] !== span[1];
  const amount = (value: number, span: YuanSpan | undefined) => (varies(span) ? t('result.bonus.range', { low: f.yuan(span[0]), high: f.yuan(span[1]) }) : f.yuan(value));
  return (
    <section className="bonus" aria-labelledby="bonus-title">
      <h2 id="bonus-title">{t('result.bonus.title', { year: bonus.year })}</h2>
      <dl className="facts">
        <div>
          <dt>{t('result.bonus.continuity')}</dt>
          <dd>{amount(bonus.continuityYuan, spread?.continuityYuan)}</dd>
        </div>
        <div>
          <dt>{t('result.bonus.noClaim')}</dt>
          <dd>
            {amount(bonus.noClaimYuan, spread?.noClaimYuan)}
            {/* B2: a ticked year that earns nothing says why here, not only in the steps further down. */}
            {lost.length > 0 && <span className="bonus__why"> {t(`result.bonus.${bonus.noClaimNeedsNextYear.regional ? 'noClaimLostSomeRegions' : 'noClaimLost'}${lost.length > 1 ? 'Many' : ''}`, { years: f.list(lost), next: (lost[0] as number) + 1 })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('result.bonus.uplift')}</dt>
          {/* "¥0" under a heading about raising reads as a rise: no uplift says so in words. */}
          <dd>
            {varies(spread?.upliftYuan) ? amount(bonus.upliftYuan, spread?.upliftYuan) : bonus.upliftYuan === 0 ? t('result.bonus.upliftNone') : f.yuan(bonus.upliftYuan)}
            {varies(spread?.upliftYuan) ? (spread.capped ? ` ${t(spread.capped === 'all' ? 'result.bonus.capped' : 'result.bonus.cappedSome')}` : '') : bonus.capped ? ` ${t('result.bonus.capped')}` : ''}
          </dd>
        </div>
        {bonus.lapseCutYuan !== null && (bonus.lapseCutYuan > 0 || varies(spread?.lapseCutYuan)) && (
          <div>
            <dt>{t('result.bonus.lapseCut')}</dt>
            <dd>{amount(bonus.lapseCutYuan, spread?.lapseCutYuan)}</dd>
          </div>
        )}
        <div>
          <dt>{t('result.bonus.cap')}</dt>
          {/* "¥400,000 becomes ¥400,000" says nothing: no bonus and no cut leave the cap as it was. */}
          {/* A cut for lapse years (B4) larger than the uplift lowers the cap: said as lowered, never as raised. */}
          <dd>
            {varies(spread?.capWithBonusYuan)
              ? t('result.bonus.capRange', { original: f.yuan(bonus.originalCapYuan), low: f.yuan(spread.capWithBonusYuan[0]), high: f.yuan(spread.capWithBonusYuan[1]) })
              : bonus.capWithBonusYuan === bonus.originalCapYuan
              ? // Not "unchanged" where the region may still lower it for the lapse by an amount the rules do not state (B4).
                t(bonus.lapseCutYuan === null && bonus.lapseYears > 0 ? 'result.bonus.capNotRaised' : 'result.bonus.capUnchanged', { original: f.yuan(bonus.originalCapYuan) })
              : t(bonus.capWithBonusYuan < bonus.originalCapYuan ? 'result.bonus.capLowered' : 'result.bonus.capValue', { original: f.yuan(bonus.originalCapYuan), total: f.yuan(bonus.capWithBonusYuan) })}
          </dd>
        </div>
      </dl>
      {spread && <p>{t('result.bonus.dependsOnRegion')}</p>}
      {bonus.stepIsMinimum && <p>{t('result.bonus.minimum')}</p>}
    </section>
  );
}
