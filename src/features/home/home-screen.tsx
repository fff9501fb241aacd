import { useTranslation } from 'react-i18next';
import { PackSummary } from './pack-summary';

/** Until the region picker exists, everyone starts from the national baseline. */
export const DEFAULT_PACK_ID = 'national';

export function HomeScreen({ packId = DEFAULT_PACK_ID }: { packId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>
      <PackSummary packId={packId} />
    </div>
  );
}
