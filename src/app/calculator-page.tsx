// The calculator: intro and rules in use, the wizard, and the result. Also reads a shared
// link once on arrival: a good one opens its result, a bad one says so and starts clean.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../features/home/home-screen';
import { PackSummary } from '../features/home/pack-summary';
import { ResultLoader } from '../features/result/result-loader';
import { decodeShare } from '../features/result/share-link';
import { AnswersSummary } from '../features/wizard/answers-summary';
import { Wizard } from '../features/wizard/wizard';
import { useWizardState, useWizardStore } from '../features/wizard/wizard-store';

type ShareProblem = 'malformed' | 'outdated' | 'invalid';

function useSharedLink(): [ShareProblem | null, () => void] {
  const store = useWizardStore();
  const [problem, setProblem] = useState<ShareProblem | null>(() => {
    const decoded = decodeShare(window.location.hash);
    return decoded.kind === 'error' ? decoded.reason : null;
  });
  useEffect(() => {
    const decoded = decodeShare(window.location.hash);
    if (decoded.kind === 'none') return;
    // The answers now live in the draft; keep them out of the address bar and history.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    if (decoded.kind === 'ok') store.startFromScenario(decoded.scenario, 'result');
    else store.goTo('where');
  }, [store]);
  return [problem, () => setProblem(null)];
}

export function CalculatorPage() {
  const { t } = useTranslation();
  const store = useWizardStore();
  const { draft, navigations, today } = useWizardState();
  const [problem, dismiss] = useSharedLink();
  const onResult = draft.step === 'result';
  return (
    <>
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{t(`share.problems.${problem}`)}</p>
          <button type="button" className="button" onClick={dismiss}>
            {t('share.dismiss')}
          </button>
        </div>
      )}
      {draft.step === 'where' && <HomeScreen packId={draft.answers.region} />}
      {!onResult && draft.step !== 'where' && <PackSummary packId={draft.answers.region} compact />}
      <Wizard
        renderResult={(scenario) => (
          <ResultLoader
            scenario={scenario}
            focusOnMount={navigations > 0}
            onStartAgain={() => store.reset()}
            onEdit={() => store.goTo('check')}
            answers={<AnswersSummary answers={draft.answers} today={today} />}
          />
        )}
      />
    </>
  );
}
