// The wizard: shows the current step. The result screen is not drawn here: the app passes
// `renderResult`, or reads the store (useWizardState) and draws it itself.
import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';
import type { Scenario } from '../../calc';
import { CheckStep } from './steps/check-step';
import { CircumstancesStep } from './steps/circumstances-step';
import { HistoryStep } from './steps/history-step';
import { PaymentStep } from './steps/payment-step';
import { WhereStep } from './steps/where-step';
import { useWizardScenario, useWizardState } from './wizard-store';
import './wizard.css';

export interface WizardProps {
  /** Drawn on the 'result' step with the scenario built from the answers. Default: nothing. */
  renderResult?: (scenario: Scenario) => ReactNode;
}

function ResultSlot({ renderResult }: Required<WizardProps>) {
  return <>{renderResult(useWizardScenario())}</>;
}

export function Wizard({ renderResult }: WizardProps) {
  const { draft, revision } = useWizardState();
  // Keyed by step and revision: every visit starts its form from the stored answers. Deferred:
  // a move keeps the step on screen for a moment and draws the next one in a background render
  // React slices into short tasks, so Continue never blocks the phone for the whole new step.
  const key = useDeferredValue(`${draft.step}:${revision}`);
  const step = key.slice(0, key.indexOf(':')) as typeof draft.step;
  switch (step) {
    case 'start':
      // The app's start page is drawn by the app (calculator-page.tsx), outside the wizard.
      return null;
    case 'where':
      return <WhereStep key={key} />;
    case 'history':
      return <HistoryStep key={key} />;
    case 'payment':
      return <PaymentStep key={key} />;
    case 'circumstances':
      return <CircumstancesStep key={key} />;
    case 'check':
      return <CheckStep key={key} />;
    case 'result':
      return renderResult ? <ResultSlot renderResult={renderResult} /> : null;
  }
}
