// Step 5: every answer, grouped by step, each group with a Change button that comes back here.
// "See the result" checks the whole scenario against the region's rules first.
import { useContext, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { PackChain, paymentsTakenFrom, validateScenario } from '../../../calc';
import type { Scenario, ValidationError } from '../../../calc';
import { packIndexQueryOptions } from '../../../rules/pack-index';
import { rulePackChainQueryOptions, useRulePackChain } from '../../../rules/rule-pack-chain';
import { useFormat } from '../../../i18n/use-format';
import { answerProblems } from '../answer-problems';
import { monthExample } from '../month-example';
import { unsavedSteps } from '../unsaved-steps';
import { revisitOf } from '../draft-storage';
import { AnswersSummary } from '../answers-summary';
import { StepHeadingLevel } from '../step-heading-level';
import { StepFrame, useErrorText } from '../form-kit';
import type { SummaryItem } from '../form-kit';
import { paidBirthYear, questionRelevance, yearsOfPayment } from '../question-relevance';
import { birthYearOf } from '../answers';
import type { ChangeableStep } from '../answers-summary';
import { answersPayer, stepName } from '../payment-payer';
import type { Payer } from '../../payer';
import { enrolmentOnly } from '../step-forms';
import { toScenario } from '../to-scenario';
import { useWizardState, useWizardStore } from '../wizard-store';
import type { WizardStore } from '../wizard-store';
import type { Answers } from '../answers';


/** Which step asks the question an error's path points at. */
export function stepForError(path: ValidationError['path'], scenario: Scenario): ChangeableStep {
  const [head, index] = path;
  if (head === 'region') return 'where';
  if (head === 'history') return 'history';
  // The date of birth is asked with the history, whose years it decides.
  if (head === 'circumstances' && index === 'birthDate') return 'history';
  if (head === 'payments') return index === scenario.payments.length - 1 ? 'payment' : 'history';
  if (head === 'circumstances' || head === 'criticalIllness') return 'circumstances';
  return 'where';
}

/** The benefit year a history error is about, so several such errors can be told apart. */
function yearOfError(path: ValidationError['path'], scenario: Scenario): number | null {
  const [head, group, index] = path;
  if (head === 'history' && group === 'years' && typeof index === 'number') return scenario.history.years[index]?.year ?? null;
  return null;
}

/**
 * A problem found, worded when shown (not when found): a language switched after "See the result"
 * rewords the list rather than leaving it in the language of the press. `year`: the benefit year
 * a history problem is about, so several can be told apart.
 */
interface Problem {
  step: ChangeableStep;
  message: (t: TFunction, errorText: (message: string | undefined) => string) => string;
  year?: number | null;
}

/** Summary items "Step: message", each once, each a way to the step that asks it (coming back here). */
function stepItems(entries: readonly Problem[], t: TFunction, errorText: (message: string | undefined) => string, store: WizardStore, payer: Payer): SummaryItem[] {
  const items = new Map<string, SummaryItem>();
  for (const { step, message, year } of entries) {
    const params = { step: stepName(t, step, payer), message: message(t, errorText) };
    const text = year === undefined || year === null ? t('wizard.check.errorItem', params) : t('wizard.check.errorItemYear', { ...params, year });
    if (!items.has(text)) items.set(text, { target: () => store.goTo(step, { returnTo: 'check' }), text });
  }
  return [...items.values()];
}

/** Answers a step would refuse as they are stored, under `packs` (answer-problems.ts), as Problems. */
function problemsOf(a: Answers, today: string, packs: PackChain): Problem[] {
  const enrolOnly = a.scheme === 'resident' && enrolmentOnly(a.payment.years, birthYearOf(a.circumstances), packs);
  const found = answerProblems(a, { today, packYears: packs.years, relevance: questionRelevance(packs.packs, yearsOfPayment(a.payment), paidBirthYear(a.scheme, birthYearOf(a.circumstances), a.payment)), takenFrom: (year) => paymentsTakenFrom(packs, year), enrolOnly });
  return found.map((p) => ({ step: p.step, message: (_t, errorText) => errorText(p.message) }));
}

export function CheckStep() {
  const { t, i18n } = useTranslation();
  const store = useWizardStore();
  const { draft, today, returnedFrom } = useWizardState();
  const groupLevel = useContext(StepHeadingLevel) === 1 ? 'h2' : 'h3';
  const revisit = revisitOf(draft);
  const errorText = useErrorText();
  const a = draft.answers;
  const chain = useRulePackChain(a.region);
  const f = useFormat();
  // Changes typed on a step and left by the browser's Back or Forward, not saved with Continue.
  const unsaved = unsavedSteps((step) => store.typedValues(step), a, today, draft.done);
  // The note saying so, for the focus after a move (StepFrame's focusAfterMove).
  const unsavedNote = useRef<HTMLParagraphElement>(null);
  // What the last press found (worded at each render, in the language shown then).
  const [pressed, setPressed] = useState<Problem[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [submitted, setSubmitted] = useState(false);

  const queryClient = useQueryClient();
  /** The loaded chain, or (after a click while it loads) the same chain once it arrives. */
  const loadChain = async (): Promise<PackChain | null> => {
    if (chain.status === 'success') return chain.chain;
    try {
      const packIndex = await queryClient.ensureQueryData(packIndexQueryOptions());
      return new PackChain(await queryClient.ensureQueryData(rulePackChainQueryOptions(packIndex, a.region)));
    } catch {
      return null; // useRulePackChain shows the error with a retry button
    }
  };

  // Answers a step would refuse, kept as typed when the person went Back from it (a payment "made"
  // on a day still ahead): said as soon as the page shows them, not only once "See the result" is
  // pressed, and the focus goes to the list of them (as after a press).
  const loaded = chain.status === 'success' ? chain.chain : null;
  // The answers are checked once per change of them; only the wording is redone at each render
  // (errorText is a new function every render, so it cannot be a dependency of the check).
  const early = useMemo(() => (loaded ? problemsOf(a, today, loaded) : []), [loaded, a, today]);
  // The payment step named as its heading and the step list name it.
  const payer = answersPayer(a, today, loaded);
  const earlyErrors = stepItems(early, t, errorText, store, payer);
  const errors = stepItems(pressed, t, errorText, store, payer);
  // Before a press, those; after one, what the press found. The summary takes the focus whenever
  // the request goes up: once when early errors first show, then once per press (doubled so a press
  // after early errors still goes up).
  const shownErrors = submitted ? errors : earlyErrors;
  // Only with the rules already here as the page opens: rules arriving later must not pull the
  // focus from wherever the person has gone meanwhile (the list is still shown, and announced).
  const [rulesAtOpen] = useState(loaded !== null);
  const focusOnErrors = focusRequest * 2 + (rulesAtOpen && !submitted && earlyErrors.length > 0 ? 1 : 0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const packs = await loadChain();
    if (!packs) return;
    // Questions a change left unanswered (a new scheme's) or answers a step would now refuse
    // come first: a result from defaults the person never chose is no result of theirs.
    const unanswered: Problem[] = [...revisit.map((step): Problem => ({ step, message: (tt) => tt('wizard.check.revisit') })), ...problemsOf(a, today, packs)];
    if (unanswered.length > 0) {
      setPressed(unanswered);
      setFocusRequest((n) => n + 1);
      return;
    }
    const scenario = toScenario(a, today);
    const outcome = validateScenario(scenario, packs);
    if (outcome.ok) {
      store.completeStep('check', {}, 'result');
      return;
    }
    const params = { from: packs.years.from, to: packs.years.to, monthExample: monthExample(f) };
    setPressed(
      outcome.errors.map((error): Problem => {
        const key = `errors.${error.key}`;
        return { step: stepForError(error.path, scenario), year: yearOfError(error.path, scenario), message: (tt) => (i18n.exists(key) ? tt(key, params) : tt('errors.value.invalid')) };
      }),
    );
    setFocusRequest((n) => n + 1);
  };

  return (
    <StepFrame
      step="check"
      heading={t('wizard.check.heading')}
      intro={
        <>
          <p>{t('wizard.check.intro')}</p>
          {unsaved.length > 0 && (
            <p ref={unsavedNote} className="wz-notice wz-notice--focusable" data-testid="unsaved-steps" tabIndex={-1}>
              {t('wizard.check.unsaved', { steps: f.list(unsaved.map((step) => t('wizard.check.unsavedStep', { step: stepName(t, step, payer) }))), count: unsaved.length })}
            </p>
          )}
        </>
      }
      onSubmit={(event) => void onSubmit(event)}
      errors={shownErrors}
      errorTitle={t('wizard.check.errorsTitle')}
      focusRequest={focusOnErrors}
      submitLabel={t('wizard.nav.seeResult')}
      // Back from a step its Change button opened: focus where the person left the page (WCAG 2.4.3),
      // unless a change there was left unsaved (the browser's Back): then on the note saying it is not
      // used, above the Change buttons, which would otherwise go unseen and unheard (WCAG 4.1.3).
      focusAfterMove={() =>
        returnedFrom
          ? (unsaved.includes(returnedFrom as ChangeableStep) ? unsavedNote.current : null) ??
            document.querySelector<HTMLElement>(`[data-change="${returnedFrom}"]`)
          : null
      }
    >
      {/* The groups are the level under the step's heading (WCAG 1.3.1: no skipped level). */}
      <AnswersSummary answers={a} today={today} unanswered={revisit} onChange={(step) => store.goTo(step, { returnTo: 'check' })} headingLevel={groupLevel} />
      {submitted && chain.status === 'pending' && (
        <p className="wz-status" role="status">
          {t('wizard.check.rulesLoading')}
        </p>
      )}
      {chain.status === 'error' && (
        <div className="wz-notice" role="alert">
          <p>{t('wizard.check.rulesFailed')}</p>
          <button type="button" className="wz-button wz-button--secondary" onClick={chain.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </StepFrame>
  );
}
