// The widget: the same wizard and result as the app, without the site's header and footer,
// started from the host's parameters, sizing its frame and (only if asked) telling the host
// the result. Composition only, like the rest of src/app.
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../calc';
import type { ShareNotice } from '../../features/result/share-link';
import { defaultAnswers } from '../../features/wizard/answers';
import { DRAFT_VERSION } from '../../features/wizard/draft-peek';
import { hasOwnAnswers, loadDraft } from '../../features/wizard/draft-storage';
import { draftHoldsScenario } from '../../features/wizard/same-answers';
import type { Draft } from '../../features/wizard/draft-storage';
import { createWizardStore, draftFromScenario, localToday, WizardProvider } from '../../features/wizard/wizard-store';
import { ShareChoice, ShareUndo } from '../../features/wizard/share-choice';
import { useSharedAnswersSwap } from '../../features/wizard/shared-answers-swap';
import { usePackIndex } from '../../rules/pack-index';
import type { PackIndex } from '../../rules/pack-index';
import { AppProviders } from '../app';
import { lazyWithTexts } from '../lazy-screens';
import type { EmbedParams } from './embed-params';
import type { ParentChannel } from './frame-channel';
import { WidgetFrame } from './widget-frame';
import './embed.css';

const loadWidgetCalculator = () => import('./widget-calculator').then((m) => m.WidgetCalculator);

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

function WidgetStart({ params, scope, channel, shared, index }: StartProps & { index: PackIndex | undefined }) {
  const { t, i18n } = useTranslation();
  const [WidgetCalculator] = useState(() => lazyWithTexts(i18n, loadWidgetCalculator));
  const [setup] = useState(() => {
    const today = localToday();
    const storage = widgetStorage(scope);
    const region = knownRegion(params.region, index);
    const stored = loadDraft(storage, defaultAnswers(today));
    let initial: Draft | undefined;
    // Shared answers replace the person's own only once they say so (open-shared-link.ts, as in the app).
    // The person's own answers in the link (their own link, opened again): shown, not asked about.
    const same = shared !== null && stored !== null && draftHoldsScenario(stored, shared);
    const ask = shared !== null && stored !== null && hasOwnAnswers(stored) && !same;
    if (shared && !ask && !same) initial = draftFromScenario(shared, 'result');
    else if (!stored) {
      // Prefilled answers open on "check your answers"; a region alone on the first step.
      if (params.prefill) initial = draftFromScenario(params.prefill, 'check');
      else if (region) initial = { version: DRAFT_VERSION, step: 'where', answers: defaultAnswers(today, region), done: [] };
    }
    const store = createWizardStore({ today, storage, ...(initial ? { initial } : {}) });
    if (same) {
      store.markDone('check');
      store.goTo('result');
    }
    return { region, storage, pending: ask ? shared : null, store };
  });
  const [pending, setPending] = useState(setup.pending);
  // The person's own answers while shared ones are open: kept beside the widget's draft, for this
  // tab, as in the app, so a reload keeps the way back.
  const swap = useSharedAnswersSwap(setup.store, setup.storage);
  const open = (scenario: Scenario) => {
    swap.open(scenario);
    setPending(null);
  };
  const keep = () => {
    setup.store.returnToStep();
    setPending(null);
  };
  // The notice's live region is there while the question is asked, so the notice that fills it after "Open" is read out.
  return (
    <WizardProvider store={setup.store}>
      <ShareUndo active={!pending && swap.active} restored={swap.restored} forgotten={swap.forgotten} onUndo={swap.undo} onForget={swap.forget} tabOnly />
      {pending ? (
        <ShareChoice onOpen={() => open(pending)} onKeep={keep} />
      ) : (
        <Suspense
          fallback={
            <p role="status" className="muted">
              {t('common.loading')}
            </p>
          }
        >
          <WidgetCalculator region={setup.region} resultMode={params.result} channel={channel} />
        </Suspense>
      )}
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


export interface EmbedAppProps extends StartProps {
  i18n: I18n;
  queryClient: QueryClient;
  /** About a shared link in the address: it could not be used, or it came from an earlier version. */
  sharedNotice?: ShareNotice | null;
}

export function EmbedApp({ i18n, queryClient, sharedNotice = null, ...props }: EmbedAppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <WidgetFrame channel={props.channel} sharedNotice={sharedNotice}>
        <WidgetBody {...props} />
      </WidgetFrame>
    </AppProviders>
  );
}
