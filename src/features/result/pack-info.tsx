import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../calc';
import { useFormat } from '../../i18n/use-format';

export function PackInfo({ chain }: { chain: readonly RulePack[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <section className="pack-info" aria-labelledby="pack-info-title">
      <h2 id="pack-info-title">{t('result.pack.title')}</h2>
      <ul>
        {chain.map((p) => (
          <li key={p.id}>
            {t('result.pack.line', { name: p.name[lang], version: p.version, checked: f.date(p.lastChecked) })}
          </li>
        ))}
      </ul>
      <p className="pack-info__final">{t('app.disclaimer')}</p>
    </section>
  );
}
