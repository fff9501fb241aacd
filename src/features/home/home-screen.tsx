// The start page: what the calculator does, what to have at hand, and a way in. It is the
// first screen of a new visit, so it stays light: it draws from the first-screen texts and the
// pack index only, and is rendered to HTML at build time (src/prerender.tsx).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PACK_ID } from '../../rules/default-pack';
import { PackSummary } from './pack-summary';
import { START_TITLE_ID } from '../../first-paint/first-screen-dom';

const NEED_ITEMS = ['region', 'history', 'payment'] as const;

export interface HomeScreenProps {
  packId?: string;
  /** Opens the first step; without it (a preview) there is no start button. */
  onStart?: () => void;
  /** Back here from the wizard: move focus to the title, as a step change does. */
  focusOnMount?: boolean;
}

export function HomeScreen({ packId = DEFAULT_PACK_ID, onStart, focusOnMount = false }: HomeScreenProps) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby={START_TITLE_ID}>
        <h1 id={START_TITLE_ID} ref={titleRef} tabIndex={-1}>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <h2 className="home__need-title">{t('home.needTitle')}</h2>
        <ul className="home__need">
          {NEED_ITEMS.map((item) => (
            <li key={item}>{t(`home.needItems.${item}`)}</li>
          ))}
        </ul>
        <p>{t('home.time')}</p>
        <p>{t('home.privacy')}</p>
        {onStart && (
          <button type="button" className="button button--start" onClick={onStart} data-intent="start">
            {t('home.start')}
          </button>
        )}
      </section>
      <PackSummary packId={packId} />
    </div>
  );
}
