// The calculator page: the start page, or (loaded on the way) the wizard and the result.
// The start page needs none of the wizard's code: a glance at the stored draft decides which
// of the two to show, so a new visitor downloads only what the start page draws.
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../features/home/home-screen';
import { peekDraft } from '../features/wizard/draft-peek';
import { hasSharedAnswers } from '../features/result/share-hash';
import { addressesAStep } from '../features/wizard/step-address';
import type { ShareNotice } from '../features/result/share-link';
import { ShareNoticeBanner } from '../features/result/share-notice';
import { DEFAULT_PACK_ID } from '../rules/default-pack';
import type { StoreHolder } from './calculator-flow';
import { handOver, takeShownLanguage } from './hand-over';
import { lazyWithTexts, loadCalculatorFlow } from './lazy-screens';
import { opensOnStartPage } from './start-decision';
import type { StartIntent } from './static-start-page';

interface PageState {
  view: 'start' | 'flow';
  /** The region the start page shows the rules of. */
  region: string;
  /** Start was pressed: the flow opens on the first step, not on the start page it left. */
  begin: boolean;
  /** The flow was left for the start page (Back, Start again): focus the title there. */
  returned: boolean;
}

function initialState(intent: StartIntent | undefined): PageState {
  const glance = peekDraft();
  const region = glance.region ?? DEFAULT_PACK_ID;
  // Start was pressed on the static start page, before the app was here.
  if (intent?.kind === 'start') return { view: 'flow', region, begin: true, returned: false };
  return { view: opensOnStartPage(glance) ? 'start' : 'flow', region, begin: false, returned: false };
}

export interface CalculatorPageProps {
  /** What the person pressed on the static start page before the app was here. */
  intent?: StartIntent;
}

export function CalculatorPage({ intent }: CalculatorPageProps) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState(() => initialState(intent));
  const [notice, setNotice] = useState<ShareNotice | null>(null);
  // Outlives the flow, so a draft kept only in memory (storage denied) survives a visit to the start page.
  const [holder] = useState<StoreHolder>(() => ({ current: null }));
  const [CalculatorFlow] = useState(() => lazyWithTexts(i18n, loadCalculatorFlow));
  // Fetch the next screens while the person reads or points at the start button.
  const prefetch = () => void loadCalculatorFlow();
  // A language pressed on the static start page: switch once the page is React's (hydrated, so
  // focus stays on the button pressed). Once only: useTranslation hands out a new `i18n` on
  // every language change, and running this again would undo the person's next choice.
  const intentDone = useRef(false);
  useEffect(() => {
    if (intentDone.current) return;
    intentDone.current = true;
    if (intent?.kind === 'language') void i18n.changeLanguage(intent.language);
  }, [intent, i18n]);
  // Forward from the start page to a step (calculator-flow.tsx follows Back and Forward from there
  // on), or a shared link pasted into the address (a new fragment fires popstate too): the flow
  // opens it, and once open follows later links itself.
  useEffect(() => {
    const onPopState = () => {
      const hash = window.location.hash;
      if (addressesAStep(hash) || hasSharedAnswers(hash)) setState((s) => (s.view === 'start' ? { ...s, view: 'flow', begin: false } : s));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  // The start page is drawn: it replaces the prerendered one (the flow hands over itself, once loaded).
  useLayoutEffect(() => {
    if (state.view !== 'start') return;
    handOver();
    const shown = takeShownLanguage();
    if (shown && shown !== i18n.resolvedLanguage) void i18n.changeLanguage(shown);
  }, [state.view, i18n]);
  return (
    <>
      {notice && <ShareNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
      {state.view === 'start' ? (
        <div onPointerEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
          <HomeScreen
            packId={state.region}
            focusOnMount={state.returned}
            onStart={() => setState((s) => ({ ...s, view: 'flow', begin: true }))}
          />
        </div>
      ) : (
        <Suspense
          fallback={
            <p role="status" className="muted">
              {t('common.loading')}
            </p>
          }
        >
          <CalculatorFlow
            holder={holder}
            begin={state.begin}
            onShareNotice={setNotice}
            onLeave={(region) => setState({ view: 'start', region, begin: false, returned: true })}
          />
        </Suspense>
      )}
    </>
  );
}
