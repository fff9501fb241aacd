// Loads the scenario's rule packs and only then shows a result: never one computed from a
// missing or invalid pack.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../calc';
import { RulePackError } from '../../rules/fetch-rules';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { ResultScreen } from './result-screen';

export interface ResultLoaderProps {
  scenario: Scenario;
  onStartAgain: () => void;
  onEdit: () => void;
  focusOnMount: boolean;
  answers?: ReactNode;
}

export function ResultLoader({ scenario, ...actions }: ResultLoaderProps) {
  const { t } = useTranslation();
  const state = useRulePackChain(scenario.region);
  if (state.status === 'pending') {
    return (
      <p role="status" className="muted">
        {t('pack.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    const invalid = state.error instanceof RulePackError && state.error.kind === 'invalid';
    return (
      <div className="notice notice--error" role="alert">
        <p>{t(invalid ? 'pack.invalid' : 'pack.loadFailed')}</p>
        <button type="button" className="button" onClick={state.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <ResultScreen scenario={scenario} chain={state.packs} {...actions} />;
}
