// Everything after the start page: the wizard's steps and the result, with the answers store
// and a shared link's answers. Loaded lazily (calculator-page.tsx), with the calculator, the
// forms and all texts, so the start page paints without them.
import { useEffect, useState } from 'react';
import { PackSummary } from '../features/home/pack-summary';
import { ResultLoader } from '../features/result/result-loader';
import { decodeShare, shareNotice } from '../features/result/share-link';
import type { ShareNotice } from '../features/result/share-link';
import { AnswersSummary } from '../features/wizard/answers-summary';
import { Wizard } from '../features/wizard/wizard';
import { createWizardStore, localToday, useWizardState, useWizardStore, WizardProvider } from '../features/wizard/wizard-store';
import type { WizardStore } from '../features/wizard/wizard-store';

export interface StoreHolder {
  current: WizardStore | null;
}

export interface CalculatorFlowProps {
  holder: StoreHolder;
  /** Start was pressed: move from the start page to the first step. */
  begin: boolean;
  /** A shared link could not be used, or was written by an earlier version (its result may differ). */
  onShareNotice: (notice: ShareNotice) => void;
  /** The answers went back to the start page (Back from the first step, Start again). */
  onLeave: (region: string) => void;
}

/** The store, made once per page; a shared link in the address replaces its answers once. */
function useFlowStore(holder: StoreHolder, begin: boolean): [WizardStore, ShareNotice | null] {
  const [setup] = useState(() => {
    const store = (holder.current ??= createWizardStore({ today: localToday(), firstStep: 'start' }));
    const decoded = decodeShare(window.location.hash);
    if (decoded.kind !== 'none') {
      // The answers now live in the draft; keep them out of the address bar and history.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      // A link that cannot be used leaves the person's own answers as they were.
      if (decoded.kind === 'ok') store.startFromScenario(decoded.scenario, 'result');
      else store.goTo('start');
    } else if (begin && store.getState().draft.step === 'start') store.next();
    return { store, notice: shareNotice(decoded) };
  });
  return [setup.store, setup.notice];
}

function FlowScreens({ onLeave }: Pick<CalculatorFlowProps, 'onLeave'>) {
  const store = useWizardStore();
  const { draft, navigations, today } = useWizardState();
  const leaving = draft.step === 'start';
  useEffect(() => {
    if (leaving) onLeave(draft.answers.region);
  }, [leaving, onLeave, draft.answers.region]);
  if (leaving) return null;
  return (
    <>
      {draft.step !== 'result' && <PackSummary packId={draft.answers.region} compact />}
      <Wizard
        renderResult={(scenario) => (
          <ResultLoader
            scenario={scenario}
            focusOnMount={navigations > 0}
            onStartAgain={() => store.reset()}
            onEdit={() => store.goTo('check')}
            onChooseRegion={(region) => store.setAnswers({ region })}
            answers={<AnswersSummary answers={draft.answers} today={today} />}
          />
        )}
      />
    </>
  );
}

export function CalculatorFlow({ holder, begin, onShareNotice, onLeave }: CalculatorFlowProps) {
  const [store, notice] = useFlowStore(holder, begin);
  useEffect(() => {
    if (notice) onShareNotice(notice);
  }, [notice, onShareNotice]);
  return (
    <WizardProvider store={store}>
      <FlowScreens onLeave={onLeave} />
    </WizardProvider>
  );
}
