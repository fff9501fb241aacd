// Loads the scenario's rule packs and only then shows a result: never one computed from a
// missing or invalid pack. When the region changes from the result itself, the answer on
// screen stays (with a note that the new region's rules are loading) until the new one can
// be calculated, so the page and the reader's focus stay where they were.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack, Scenario } from '../../calc';
import { RulePackError } from '../../rules/fetch-rules';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { localToday } from '../wizard/wizard-store';
import { ResultScreen } from './result-screen';
import type { RecomputeByCaller } from './result-screen';
import type { SchemeSwitchNoticeProps } from './other-scheme-card';

export interface ResultLoaderProps {
  scenario: Scenario;
  onStartAgain: () => void;
  onEdit: () => void;
  /** Opens the question of who paid, where the date depends on it (E3a). */
  onAnswerPayer?: () => void;
  focusOnMount: boolean;
  answers?: ReactNode;
  /** Sets the region in the answers, for "choose your region for one date" under a range. */
  onChooseRegion?: (region: string) => void;
  /** The region the answers' region was chosen from on the result, where it was (a reload keeps the way back). */
  regionChosenFrom?: string | null;
  /** Opens the question of the region: the answers name one this app has no rules for (a changed link or draft). */
  onAskRegion?: () => void;
  /** "Work it out again for today" done by the caller (ResultScreen's `recompute`). */
  recompute?: RecomputeByCaller;
  /** Changes the answers to the other scheme shown on the result (ResultScreen's `onTryScheme`). */
  onTryScheme?: (scenario: Scenario) => void;
  /** The answers were changed to the other scheme from the result, and the way back. */
  schemeSwitch?: SchemeSwitchNoticeProps | null;
}

export function ResultLoader({ scenario, onAskRegion, ...actions }: ResultLoaderProps) {
  const { t } = useTranslation();
  const state = useRulePackChain(scenario.region);
  const [shown, setShown] = useState<{ scenario: Scenario; packs: readonly RulePack[] } | null>(null);
  // Answers for an earlier day (a shared link opened later) are offered again for today.
  const [today] = useState(localToday);
  if (state.status === 'success' && (shown?.scenario !== scenario || shown.packs !== state.packs)) {
    // Remember what is on screen (React's pattern for state derived from props).
    setShown({ scenario, packs: state.packs });
  }
  const loading = (
    <p role="status" className="muted">
      {t('pack.loading')}
    </p>
  );
  if (state.status === 'pending') {
    if (!shown || shown.scenario.region === scenario.region) return loading;
    // The same tree as below, so the result on screen is kept, not drawn anew.
    return (
      <>
        {loading}
        <ResultScreen scenario={shown.scenario} chain={shown.packs} today={today} {...actions} />
      </>
    );
  }
  if (state.status === 'error') {
    const kind = state.error instanceof RulePackError ? state.error.kind : null;
    // A region this app has no rules for (a link from elsewhere) is not a network fault: say which it is.
    const message = kind === 'invalid' ? 'pack.invalid' : kind === 'unknown' ? 'pack.unknownRegion' : 'pack.loadFailed';
    // Loading again cannot find rules that do not exist: the way on is to choose a region.
    const ask = kind === 'unknown' && onAskRegion ? onAskRegion : null;
    return (
      <div className="notice notice--error" role="alert">
        <p>{t(message)}</p>
        <button type="button" className="button" onClick={ask ?? state.retry}>
          {ask ? t('result.askRegion') : t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      {null}
      <ResultScreen scenario={scenario} chain={state.packs} today={today} {...actions} />
    </>
  );
}
