// The widget's wizard and result, and the result event for the host. Loaded lazily
// (embed-app.tsx), like the app's calculator-flow.tsx, so the widget's first step paints
// without the calculator and the result screens.
import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { calculate } from '../../calc';
import type { Scenario } from '../../calc';
import { PackSummary } from '../../features/home/pack-summary';
import { ResultLoader } from '../../features/result/result-loader';
import { encodeShare } from '../../features/result/share-link';
import { payerAlternative } from '../../features/result/paid-by-alternative';
import { AnswersSummary } from '../../features/wizard/answers-summary';
import { DraftNotices } from '../../features/wizard/draft-notices';
import { Wizard } from '../../features/wizard/wizard';
import { useWizardState, useWizardStore } from '../../features/wizard/wizard-store';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { handOver } from '../hand-over';
import { resultMessage } from './messages';
import type { ParentChannel } from './frame-channel';
import { FullAppAnswers } from './widget-frame';
import type { ResultEventMode } from './messages';

export interface WidgetCalculatorProps {
  region: string | undefined;
  resultMode: ResultEventMode | undefined;
  channel: ParentChannel | null;
}

export function WidgetCalculator({ region, resultMode, channel }: WidgetCalculatorProps) {
  const store = useWizardStore();
  const { draft, navigations, today } = useWizardState();
  const onResult = draft.step === 'result';
  // Drawn: it replaces the prerendered first screen (after the first step, if shown, took it over).
  useLayoutEffect(() => {
    handOver();
  }, []);
  const startAgain = () => {
    store.reset();
    if (region) store.setAnswers({ region });
  };
  return (
    <>
      {/* A failed save is told here too, with "copy my answers as a link" as the way out. */}
      <DraftNotices />
      {!onResult && <PackSummary packId={draft.answers.region} compact />}
      <Wizard
        renderResult={(scenario) => (
          <>
            <ResultLoader
              scenario={scenario}
              focusOnMount={navigations > 0}
              onStartAgain={startAgain}
              onEdit={() => store.goTo('check')}
              onAnswerPayer={() => store.goTo('history', { returnTo: 'check' })}
              onChooseRegion={(region) => store.setAnswers({ region })}
              onAskRegion={() => store.goTo('where', { returnTo: 'check' })}
              answers={<AnswersSummary answers={draft.answers} today={today} />}
            />
            <CarryToFullApp scenario={scenario} />
            {channel && resultMode && <ResultEvent scenario={scenario} mode={resultMode} channel={channel} />}
          </>
        )}
      />
    </>
  );
}

/** While a result is shown, the footer's link to the full calculator carries its answers. */
function CarryToFullApp({ scenario }: { scenario: Scenario }) {
  const carry = useContext(FullAppAnswers);
  useEffect(() => {
    carry(encodeShare(scenario));
    return () => carry(null);
  }, [scenario, carry]);
  return null;
}

/** Tells the host the result, once per distinct result, only in the form it asked for. */
function ResultEvent({ scenario, mode, channel }: { scenario: Scenario; mode: ResultEventMode; channel: ParentChannel }) {
  const state = useRulePackChain(scenario.region);
  const packs = state.status === 'success' ? state.packs : null;
  const message = useMemo(() => {
    if (!packs) return null;
    const outcome = calculate(scenario, packs);
    return outcome.ok ? resultMessage(outcome.result, scenario, mode, payerAlternative(scenario, packs, outcome.result.main.restoration)) : null;
  }, [scenario, packs, mode]);
  const key = message ? JSON.stringify(message) : null;
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!message || key === sent.current) return;
    sent.current = key;
    channel.post(message);
  }, [message, key, channel]);
  return null;
}
