// The calculator page: the start page, or (loaded on the way) the wizard and the result.
// The start page needs none of the wizard's code: a glance at the stored draft decides which
// of the two to show, so a new visitor downloads only what the start page draws.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PACK_ID, HomeScreen } from '../features/home/home-screen';
import { hasSharedAnswers } from '../features/result/share-hash';
import { peekDraft } from '../features/wizard/draft-peek';
import type { ShareProblem } from '../features/result/share-link';
import type { StoreHolder } from './calculator-flow';
import { lazyWithTexts, loadCalculatorFlow } from './lazy-screens';

interface PageState {
  view: 'start' | 'flow';
  /** The region the start page shows the rules of. */
  region: string;
  /** Start was pressed: the flow opens on the first step, not on the start page it left. */
  begin: boolean;
  /** The flow was left for the start page (Back, Start again): focus the title there. */
  returned: boolean;
}

/**
 * Whether this visit opens on the start page: no draft under way and no shared answers in the
 * address. Also decides whether main.tsx can hydrate the prerendered start page.
 */
export function opensOnStartPage({ step } = peekDraft()): boolean {
  return (step === null || step === 'start') && !hasSharedAnswers(globalThis.location?.hash ?? '');
}

function initialState(): PageState {
  const glance = peekDraft();
  return { view: opensOnStartPage(glance) ? 'start' : 'flow', region: glance.region ?? DEFAULT_PACK_ID, begin: false, returned: false };
}

export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState(initialState);
  const [problem, setProblem] = useState<ShareProblem | null>(null);
  // Outlives the flow, so a draft kept only in memory (storage denied) survives a visit to the start page.
  const [holder] = useState<StoreHolder>(() => ({ current: null }));
  const [CalculatorFlow] = useState(() => lazyWithTexts(i18n, loadCalculatorFlow));
  // Fetch the next screens while the person reads or points at the start button.
  const prefetch = () => void loadCalculatorFlow();
  return (
    <>
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{t(`share.problems.${problem}`)}</p>
          <button type="button" className="button" onClick={() => setProblem(null)}>
            {t('share.dismiss')}
          </button>
        </div>
      )}
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
            onShareProblem={setProblem}
            onLeave={(region) => setState({ view: 'start', region, begin: false, returned: true })}
          />
        </Suspense>
      )}
    </>
  );
}
