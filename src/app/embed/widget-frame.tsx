// The widget's frame: its title, notices, main region and footer, and the height reports to the
// host page. Its own file so the build can render the widget's first screen to HTML
// (src/prerender.tsx) without the rest of the widget.
import { createContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../i18n/languages';
import type { ShareNotice } from '../../features/result/share-link';
import { ShareNoticeBanner } from '../../features/result/share-notice';
import { StepHeadingLevel } from '../../features/wizard/step-heading-level';
import { OfflineIndicator } from '../offline-indicator';
import { UpdatePrompt } from '../update-prompt';
import { HEIGHT_MESSAGE, reportHeight } from './frame-channel';
import type { ParentChannel } from './frame-channel';

/**
 * Sets what the footer's "Open the full calculator" link carries: a share fragment
 * (encodeShare, "s=1.…") while the widget shows a result, so the full app opens on the same
 * answers (the widget's own storage is the host site's, which the app's tab cannot read); null
 * for none.
 */
export const FullAppAnswers = createContext<(fragment: string | null) => void>(() => undefined);

export interface WidgetFrameProps {
  channel: ParentChannel | null;
  sharedNotice: ShareNotice | null;
  children: ReactNode;
}

export function WidgetFrame({ channel, sharedNotice, children }: WidgetFrameProps) {
  const { t, i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const ref = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState(sharedNotice);
  const [fragment, setFragment] = useState<string | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !channel) return;
    return reportHeight(element, (height) => channel.post({ type: HEIGHT_MESSAGE, height }));
  }, [channel]);
  return (
    <div className="embed" ref={ref}>
      {/* In a landmark, as everything in the widget is (axe "region"; accessibility audit, 6 Dec 2026). */}
      <header>
        <h1 className="embed__title" tabIndex={-1}>{t('app.name')}</h1>
        <div className="embed__notices">
          <OfflineIndicator />
          <UpdatePrompt />
          {notice && <ShareNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
        </div>
      </header>
      <main id="main" className="embed__main" tabIndex={-1}>
        <StepHeadingLevel.Provider value={2}>
          <FullAppAnswers.Provider value={setFragment}>{children}</FullAppAnswers.Provider>
        </StepHeadingLevel.Provider>
      </main>
      <footer className="embed__footer">
        {/* In the widget's language: the app takes a link's `lang` where the person has not chosen one before. */}
        <a href={`${import.meta.env.BASE_URL}?lang=${language}${fragment ? `#${fragment}` : ''}`} target="_blank" rel="noopener">
          {t(fragment ? 'embed.openFullWithAnswers' : 'embed.openFull')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
        <span className="embed__disclaimer">{t('app.disclaimer')}</span>
      </footer>
    </div>
  );
}
