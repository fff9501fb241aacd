// Everything after the start page: the wizard's steps and the result, with the answers store
// and a shared link's answers. Loaded lazily (calculator-page.tsx), with the calculator, the
// forms and all texts, so the start page paints without them.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../calc';
import { PackSummary } from '../features/home/pack-summary';
import { ResultLoader } from '../features/result/result-loader';
import { hasSharedAnswers } from '../features/result/share-hash';
import type { ShareNotice } from '../features/result/share-link';
import { AnswersSummary } from '../features/wizard/answers-summary';
import { DraftNotices } from '../features/wizard/draft-notices';
import type { Answers } from '../features/wizard/answers';
import { linkDayOf } from '../features/wizard/draft-storage';
import { ShareChoice, ShareUndo } from '../features/wizard/share-choice';
import { useSharedAnswersSwap } from '../features/wizard/shared-answers-swap';
import { switchScheme, undoSchemeSwitch } from '../features/wizard/scheme-switch';
import type { SchemeSwitch } from '../features/wizard/scheme-switch';
import { toScenario } from '../features/wizard/to-scenario';
import { Wizard } from '../features/wizard/wizard';
import { createWizardStore, localToday, useWizardState, useWizardStore, WizardProvider } from '../features/wizard/wizard-store';
import type { WizardStore } from '../features/wizard/wizard-store';
import { handOver, takeShownLanguage } from './hand-over';
import { openSharedLink } from './open-shared-link';
import { chooseResultRegion, openAddressedStep, regionChosenFrom, showStepInAddress, useStepHistory } from './step-history';

export interface StoreHolder {
  current: WizardStore | null;
}

export interface CalculatorFlowProps {
  holder: StoreHolder;
  /** Start was pressed: move from the start page to the first step. */
  begin: boolean;
  /**
   * A shared link could not be used, or was written by an earlier version (its result may
   * differ); null when a later link needs no notice (the earlier one no longer applies).
   */
  onShareNotice: (notice: ShareNotice | null) => void;
  /** The answers went back to the start page (Back from the first step, Start again). */
  onLeave: (region: string) => void;
}

interface FlowSetup {
  store: WizardStore;
  notice: ShareNotice | null;
  /** A usable shared scenario waiting for the person's choice, as they have answers of their own. */
  pending: Scenario | null;
}

/** "Work it out again for today" was pressed on these answers, on this visit to the result. */
interface Recomputed {
  answers: Answers;
  navigations: number;
}

/**
 * The store, made once per page; a shared link in the address replaces its answers once (after
 * asking, if the person has answers of their own), and a step in the address (a reload, a
 * bookmark, Forward) opens that step if the answers allow.
 */
function useFlowStore(holder: StoreHolder, begin: boolean): FlowSetup {
  const [setup] = useState((): FlowSetup => {
    const store = (holder.current ??= createWizardStore({ today: localToday(), firstStep: 'start' }));
    const link = openSharedLink(store, window.location.hash);
    if (link.found) {
      // The answers now live in the draft (or are asked about); keep them out of the address bar and history.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } else if (begin && store.getState().draft.step === 'start') store.next();
    else openAddressedStep(store);
    return { store, notice: link.notice, pending: link.pending };
  });
  return setup;
}

function FlowScreens({ onLeave }: Pick<CalculatorFlowProps, 'onLeave'>) {
  const store = useWizardStore();
  const { draft, navigations, today } = useWizardState();
  // A shared link's answers are worked out for the day it was made, and say so (AsOfNotice): a link
  // opened months later must not mix the opener's today with the advice of the day it was made. The
  // day is kept with the answers (Draft.linkDay), so a reload shows the same. A day not before
  // today (the clock put back since) is no earlier day: today's answer, with no notice.
  const stored = linkDayOf(draft);
  const fromLink = stored !== null && stored < today ? stored : null;
  const linkScenario = useMemo(() => (fromLink ? toScenario(draft.answers, fromLink) : null), [fromLink, draft.answers]);
  // The confirmation after "Work it out again for today" stays until the answers change or the person moves on.
  const [recomputed, setRecomputed] = useState<Recomputed | null>(null);
  const workedOutAgain = fromLink === null && recomputed !== null && recomputed.answers === draft.answers && recomputed.navigations === navigations;
  const workOutForToday = () => {
    store.workOutForToday();
    const now = store.getState();
    setRecomputed({ answers: now.draft.answers, navigations: now.navigations });
  };
  // The other scheme tried from the result: undoable for as long as the answers are the ones it set.
  const [switched, setSwitched] = useState<SchemeSwitch | null>(null);
  const tryScheme = (swapped: Scenario) => setSwitched(switchScheme(store, switched, swapped));
  const schemeSwitch =
    switched && switched.now === draft.answers
      ? {
          from: switched.from,
          to: switched.to,
          onUndo: () => {
            undoSchemeSwitch(store, switched);
            setSwitched(null);
          },
        }
      : null;
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
            scenario={linkScenario ?? scenario}
            focusOnMount={navigations > 0}
            onStartAgain={() => store.reset()}
            onEdit={() => store.goTo('check')}
            onAnswerPayer={() => store.goTo('history', { returnTo: 'check' })}
            onChooseRegion={(region) => chooseResultRegion(store, region)}
            regionChosenFrom={regionChosenFrom(store)}
            recompute={{ recomputed: workedOutAgain, onRecompute: workOutForToday }}
            onAskRegion={() => store.goTo('where', { returnTo: 'check' })}
            onTryScheme={tryScheme}
            schemeSwitch={schemeSwitch}
            answers={<AnswersSummary answers={draft.answers} today={today} />}
          />
        )}
      />
    </>
  );
}

export function CalculatorFlow({ holder, begin, onShareNotice, onLeave }: CalculatorFlowProps) {
  const { store, notice, pending: asked } = useFlowStore(holder, begin);
  const [pending, setPending] = useState(asked);
  const swap = useSharedAnswersSwap(store);
  useStepHistory(store, begin);
  // Drawn: it replaces the prerendered page (after the first step, if shown, took it over).
  const { i18n } = useTranslation();
  useLayoutEffect(() => {
    handOver();
    const shown = takeShownLanguage();
    if (shown && shown !== i18n.resolvedLanguage) void i18n.changeLanguage(shown);
  }, [i18n]);
  useEffect(() => {
    if (notice) onShareNotice(notice);
  }, [notice, onShareNotice]);
  // A shared link pasted into the address of this page: the browser does not reload for a new
  // fragment, so it is opened here as on arrival (asking first if the person has answers).
  useEffect(() => {
    let cancel = () => {};
    const onHashChange = () => {
      const hash = window.location.hash;
      if (!hasSharedAnswers(hash)) return;
      cancel();
      const open = () => {
        cancel();
        const next = openSharedLink(store, hash);
        onShareNotice(next.notice);
        setPending(next.pending);
      };
      // The pasted address is an entry of its own: step back off it first, so the answers leave
      // the history and Back afterwards leads where it did before. Should no earlier entry answer
      // (a browser that does not go back), it becomes the step on screen instead.
      const timer = window.setTimeout(() => {
        showStepInAddress(store);
        open();
      }, 1000);
      window.addEventListener('popstate', open);
      cancel = () => {
        window.clearTimeout(timer);
        window.removeEventListener('popstate', open);
      };
      window.history.back();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      cancel();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store, onShareNotice]);
  function openShared(scenario: Scenario) {
    setPending(null);
    swap.open(scenario);
    // As a link opened at once (open-shared-link.ts): its answers are for its day.
    store.keepLinkDay(scenario.asOf);
  }
  return (
    <WizardProvider store={store}>
      {/* The notice's live region is there while the question is asked, so the notice that fills it after "Open" is read out. */}
      <ShareUndo active={!pending && swap.active} restored={swap.restored} forgotten={swap.forgotten} onUndo={swap.undo} onForget={swap.forget} />
      {pending ? (
        <ShareChoice
          onOpen={() => openShared(pending)}
          onKeep={() => {
            store.returnToStep();
            setPending(null);
          }}
        />
      ) : (
        <>
          <DraftNotices />
          <FlowScreens onLeave={onLeave} />
        </>
      )}
    </WizardProvider>
  );
}
