// The critical-illness cap estimate (B1-B4), only when the person asked for it.
import { useTranslation } from 'react-i18next';
import type { BonusEstimate } from '../../calc';
import { useFormat } from '../../i18n/use-format';

export function BonusSection({ bonus }: { bonus: BonusEstimate }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="bonus" aria-labelledby="bonus-title">
      <h2 id="bonus-title">{t('result.bonus.title', { year: bonus.year })}</h2>
      <dl className="facts">
        <div>
          <dt>{t('result.bonus.continuity')}</dt>
          <dd>{f.yuan(bonus.continuityYuan)}</dd>
        </div>
        <div>
          <dt>{t('result.bonus.noClaim')}</dt>
          <dd>{f.yuan(bonus.noClaimYuan)}</dd>
        </div>
        <div>
          <dt>{t('result.bonus.uplift')}</dt>
          {/* "¥0" under a heading about raising reads as a rise: no uplift says so in words. */}
          <dd>
            {bonus.upliftYuan === 0 ? t('result.bonus.upliftNone') : f.yuan(bonus.upliftYuan)}
            {bonus.capped ? ` ${t('result.bonus.capped')}` : ''}
          </dd>
        </div>
        {bonus.lapseCutYuan !== null && bonus.lapseCutYuan > 0 && (
          <div>
            <dt>{t('result.bonus.lapseCut')}</dt>
            <dd>{f.yuan(bonus.lapseCutYuan)}</dd>
          </div>
        )}
        <div>
          <dt>{t('result.bonus.cap')}</dt>
          {/* "¥400,000 becomes ¥400,000" says nothing: no bonus and no cut leave the cap as it was. */}
          {/* A cut for lapse years (B4) larger than the uplift lowers the cap: said as lowered, never as raised. */}
          <dd>
            {bonus.capWithBonusYuan === bonus.originalCapYuan
              ? t('result.bonus.capUnchanged', { original: f.yuan(bonus.originalCapYuan) })
              : t(bonus.capWithBonusYuan < bonus.originalCapYuan ? 'result.bonus.capLowered' : 'result.bonus.capValue', { original: f.yuan(bonus.originalCapYuan), total: f.yuan(bonus.capWithBonusYuan) })}
          </dd>
        </div>
      </dl>
      {bonus.stepIsMinimum && <p>{t('result.bonus.minimum')}</p>}
    </section>
  );
}
