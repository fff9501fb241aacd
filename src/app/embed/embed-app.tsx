// The widget: the same wizard and result as the app, without the site's header and footer,
// started from the host's parameters, sizing its frame and (only if asked) telling the host
// the result. Composition only, like the rest of src/app.
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calculate } from '../../calc';
import type { Scenario } from '../../calc';
import { PackSummary } from '../../features/home/pack-summary';
import { ResultLoader } from '../../features/result/result-loader';
import { decodeShare } from '../../features/result/share-link';
import { AnswersSummary } from '../../features/wizard/answers-summary';
import { defaultAnswers } from '../../features/wizard/answers';
import { DRAFT_VERSION, loadDraft } from '../../features/wizard/draft-storage';
import type { Draft } from '../../features/wizard/draft-storage';
import { fromScenario } from '../../features/wizard/from-scenario';
import { STEP_IDS } from '../../features/wizard/steps';
import type { StepId } from '../../features/wizard/steps';
import { Wizard } from '../../features/wizard/wizard';
import { createWizardStore, localToday, useWizardState, useWizardStore, WizardProvider } from '../../features/wizard/wizard-store';
import { usePackIndex, useRulePackChain } from '../../rules/rule-packs';
import type { PackIndex } from '../../rules/rule-packs';
import { AppProviders } from '../app';
import { OfflineIndicator } from '../offline-indicator';
import { UpdatePrompt } from '../update-prompt';
import type { EmbedParams } from './embed-params';
import { HEIGHT_MESSAGE, reportHeight, resultMessage } from './messages';
import type { ParentChannel, ResultEventMode } from './messages';
import './embed.css';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A draft kept in memory only, for frames the browser denies storage. */
function memoryStorage(): DraftStorage {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

/**
 * The widget keeps its draft for this tab only (sessionStorage: a reload, such as the update
 * prompt's, keeps the answers; closing the tab forgets them on the host's site), and one draft
 * per starting point, so a host that changes region or prefill starts clean. Browsers that
 * block third-party storage throw on the first access: then the draft lives in memory. Never
 * undefined: the store would fall back to localStorage, which throws there too.
 */
function widgetStorage(scope: string): DraftStorage {
  try {
    const session = window.sessionStorage;
    session.getItem('yibao-embed:probe');
    const key = (name: string) => `yibao-embed:${scope}:${name}`;
    return {
      getItem: (name) => session.getItem(key(name)),
      setItem: (name, value) => session.setItem(key(name), value),
      removeItem: (name) => session.removeItem(key(name)),
    };
  } catch {
    return memoryStorage();
  }
}

const FORM_STEPS = STEP_IDS.filter((step) => step !== 'result');

function fromShared(scenario: Scenario, step: StepId): Draft {
  return { version: DRAFT_VERSION, step, answers: fromScenario(scenario), done: [...FORM_STEPS] };
}

/**
 * A shared link opened in the widget (its own "Share" link points here): read once at start-up,
 * outside React, then removed from the address.
 */
export function takeSharedScenario(): Scenario | null {
  const decoded = decodeShare(window.location.hash);
  if (decoded.kind === 'none') return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (decoded.kind === 'error') console.warn(`Ignored the shared link in the address: ${decoded.reason}.`);
  return decoded.kind === 'ok' ? decoded.scenario : null;
}

/** The region parameter if the index has it; otherwise a warning and the default. */
function knownRegion(region: string | undefined, index: PackIndex | undefined): string | undefined {
  if (region === undefined) return undefined;
  if (!index) {
    console.warn(`Ignored region=${JSON.stringify(region)}: the list of rule packs could not be loaded.`);
    return undefined;
  }
  if (index.packs.some((pack) => pack.id === region)) return region;
  console.warn(`Ignored region=${JSON.stringify(region)}: there is no such rule pack in rules/index.json.`);
  return undefined;
}

interface StartProps {
  params: EmbedParams;
  scope: string;
  channel: ParentChannel | null;
  /** Answers from a share link in the address, which win over the parameters. */
  shared: Scenario | null;
}

function WidgetCalculator({ region, resultMode, channel }: { region: string | undefined; resultMode: ResultEventMode | undefined; channel: ParentChannel | null }) {
  const store = useWizardStore();
  const { draft, navigations, today } = useWizardState();
  const onResult = draft.step === 'result';
  const startAgain = () => {
    store.reset();
    if (region) store.setAnswers({ region });
  };
  return (
    <>
      {!onResult && <PackSummary packId={draft.answers.region} compact />}
      <Wizard
        renderResult={(scenario) => (
          <>
            <ResultLoader
              scenario={scenario}
              focusOnMount={navigations > 0}
              onStartAgain={startAgain}
              onEdit={() => store.goTo('check')}
              answers={<AnswersSummary answers={draft.answers} today={today} />}
            />
            {channel && resultMode && <ResultEvent scenario={scenario} mode={resultMode} channel={channel} />}
          </>
        )}
      />
    </>
  );
}

/** Tells the host the result, once per distinct result, only in the form it asked for. */
function ResultEvent({ scenario, mode, channel }: { scenario: Scenario; mode: ResultEventMode; channel: ParentChannel }) {
  const state = useRulePackChain(scenario.region);
  const packs = state.status === 'success' ? state.packs : null;
  const message = useMemo(() => {
    if (!packs) return null;
    const outcome = calculate(scenario, packs);
    return outcome.ok ? resultMessage(outcome.result, scenario, mode) : null;
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

function WidgetStart({ params, scope, channel, shared, index }: StartProps & { index: PackIndex | undefined }) {
  const [setup] = useState(() => {
    const today = localToday();
    const storage = widgetStorage(scope);
    const region = knownRegion(params.region, index);
    let initial: Draft | undefined;
    if (shared) initial = fromShared(shared, 'result');
    else if (!loadDraft(storage)) {
      // Prefilled answers open on "check your answers"; a region alone on the first step.
      if (params.prefill) initial = fromShared(params.prefill, 'check');
      else if (region) initial = { version: DRAFT_VERSION, step: 'where', answers: defaultAnswers(today, region), done: [] };
    }
    return { region, store: createWizardStore({ today, storage, ...(initial ? { initial } : {}) }) };
  });
  return (
    <WizardProvider store={setup.store}>
      <WidgetCalculator region={setup.region} resultMode={params.result} channel={channel} />
    </WizardProvider>
  );
}

function WidgetBody(props: StartProps) {
  const { t } = useTranslation();
  const index = usePackIndex();
  // A region must be checked against the index before the first step draws its form.
  if (props.params.region !== undefined && index.isPending) {
    return (
      <p role="status" className="muted">
        {t('pack.loading')}
      </p>
    );
  }
  return <WidgetStart {...props} index={index.data} />;
}

function WidgetFrame({ channel, children }: { channel: ParentChannel | null; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !channel) return;
    return reportHeight(element, (height) => channel.post({ type: HEIGHT_MESSAGE, height }));
  }, [channel]);
  return (
    <div className="embed" ref={ref}>
      <h1 className="embed__title">{t('app.name')}</h1>
      <div className="embed__notices">
        <OfflineIndicator />
        <UpdatePrompt />
      </div>
      <main id="main" className="embed__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="embed__footer">
        <a href={import.meta.env.BASE_URL} target="_blank" rel="noopener">
          {t('embed.openFull')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
        <span className="embed__disclaimer">{t('app.disclaimer')}</span>
      </footer>
    </div>
  );
}

export interface EmbedAppProps extends StartProps {
  i18n: I18n;
  queryClient: QueryClient;
}

export function EmbedApp({ i18n, queryClient, ...props }: EmbedAppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <WidgetFrame channel={props.channel}>
        <WidgetBody {...props} />
      </WidgetFrame>
    </AppProviders>
  );
}
