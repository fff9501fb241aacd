// Step 4: circumstances that change the rules (exemptions), and the optional bonus estimate.
// Whether the cover is for a newborn, and the date of birth, are asked on the history step (they
// decide which years it asks); the questions a region asks about the baby follow them here.
// Nothing the calculator works out by itself (a scheme switch, two years of continuity) is asked,
// and a rules-v2 question only where the region's rules can use its answer (question-relevance.ts).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, StepFrame, TextField, useForgetHiddenErrors, useSummaryItems } from '../form-kit';
import { isBaby, shownRegional } from '../regional-form';
import { useFormat } from '../../../i18n/use-format';
import { yearOf } from '../../../calc';
import { bonusYearOptions, circumstancesContext, circumstancesSchema, circumstancesToAnswers, circumstancesValues, FIRST_BONUS_YEAR } from '../step-forms';
import type { CircumstancesContext, CircumstancesValues } from '../step-forms';
import { useKeepTyped, useTypedDefaults } from '../typed-values';
import { withUnreadableDates } from '../unreadable-dates';
import { asksResidentCircumstances } from '../question-relevance';
import { useQuestionRelevance } from '../use-question-relevance';
import { useWizardState, useWizardStore } from '../wizard-store';
import { NewbornQuestions, RegionalChecks, RegionalChoices, newbornQuestionsShown, regionalChecksShown } from './regional-questions';
import type { RegionalQuestionsProps } from './regional-questions';

export function CircumstancesStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const store = useWizardStore();
  const { draft, today } = useWizardState();
  const answers = draft.answers;
  const { relevance, loading } = useQuestionRelevance(answers);
  const context: CircumstancesContext = useMemo(() => circumstancesContext(answers, today, relevance), [answers, today, relevance]);
  // The questions shown change when the rules arrive: the resolver reads the context it runs with.
  const resolver: Resolver<CircumstancesValues> = useMemo(() => withUnreadableDates(zodResolver(circumstancesSchema(context))), [context]);
  const defaults = useTypedDefaults('circumstances', () => circumstancesValues(answers));
  const form = useForm<CircumstancesValues>({ defaultValues: defaults, resolver, shouldFocusError: false });
  useKeepTyped('circumstances', form);
  const [focusRequest, setFocusRequest] = useState(0);
  const values: CircumstancesValues = { ...defaults, ...useWatch({ control: form.control }) };
  // Newborns, the exempt groups and the bonus are resident-scheme rules: not asked of the employee
  // schemes, whose answers to them (from before a change of scheme) are kept as they are.
  const resident = asksResidentCircumstances(answers.scheme);
  // A baby with a date of birth (answered on the history step): the region's newborn questions follow.
  const baby = isBaby(context) ? context.birthDate : null;
  // A baby is not asked the questions about adults (a discharge from service, the adults' exempt
  // groups); an answer given to them before the baby was declared is kept, not used (to-scenario.ts).
  const newVeteran = resident && !baby && values.newVeteran;
  const ciEnabled = resident && values.ciEnabled;
  const shownRules = shownRegional(values, { scheme: answers.scheme, newborn: resident && context.newborn, birthDate: context.birthDate, relevance, employeePrior: context.employeePrior, employerPaid: context.employerPaid });
  // Follow-up questions that went away with the answer they follow (unticked, or not asked by the rules).
  const hidden: (keyof CircumstancesValues)[] = [
    ...(newVeteran ? [] : (['veteranDischargeDate'] as const)),
    ...(ciEnabled ? [] : (['originalCapYuan'] as const)),
    ...(shownRules?.exemptSince === false ? (['exemptSince'] as const) : []),
    ...(shownRules?.newbornRegistrationDate === false ? (['newbornRegistrationDate'] as const) : []),
  ];
  useForgetHiddenErrors(form, hidden);
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);
  const { register } = form;
  // Only years with resident cover count (B2, B4): a year marked not covered is not offered (a newcomer's walk).
  // A year ticked when the step opened stays on offer (never hidden while ticked, nor taken away
  // from under the pointer once unticked): the list is worked out from the step's starting values.
  const years = bonusYearOptions(answers, today, [...defaults.noClaimYears, ...defaults.bonusUsedYears]).map((y) => ({ value: y, label: String(y) }));
  // Null until the rules are known: the rules-v2 questions wait for them.
  const regional: RegionalQuestionsProps | null = shownRules && relevance ? { shown: shownRules, relevance, values, register, errors, today, baby: baby !== null } : null;
  // The employee schemes: only a move between cities can matter (E1), where the region's rules use it.
  const nothingToAsk = !resident && shownRules !== null && !shownRules.movedRegion;
  // What each group asks: a group with none of its questions shown is not drawn (no empty box).
  const babyQuestions = baby && regional ? newbornQuestionsShown(regional.shown) : [];
  const groupQuestions = [...(resident ? (['lowIncomeNotByChoice'] as const) : []), ...(resident && !baby ? (['newVeteran'] as const) : []), ...(regional ? regionalChecksShown(regional.shown) : [])];

  const onSubmit = form.handleSubmit(
    (submitted) => store.completeStep('circumstances', circumstancesToAnswers(submitted, context)),
    () => setFocusRequest((n) => n + 1),
  );
  const onBack = () => {
    store.setAnswers(circumstancesToAnswers(form.getValues(), context));
    store.back();
  };

  return (
    <StepFrame
      step="circumstances"
      heading={t('wizard.circumstances.heading')}
      intro={<p>{t(resident ? 'wizard.circumstances.intro' : nothingToAsk ? 'wizard.circumstances.nothingToAsk' : 'wizard.circumstances.introEmployee')}</p>}
      onSubmit={onSubmit}
      onBack={onBack}
      errors={summary}
      focusRequest={focusRequest}
    >
      {baby && regional && babyQuestions.length > 0 && (
        <fieldset className="wz-fieldset">
          <legend className="wz-legend">{t('wizard.circumstances.babyLegend', { date: f.date(baby) })}</legend>
          <div className="wz-choices">
            <NewbornQuestions {...regional} />
          </div>
        </fieldset>
      )}
      {groupQuestions.length > 0 && (
        <fieldset className="wz-fieldset">
          <legend className="wz-legend">{t(groupQuestions.length === 1 ? 'wizard.circumstances.groupsLegendOne' : 'wizard.circumstances.groupsLegend')}</legend>
          <div className="wz-choices">
            {resident && (
              <>
                <Checkbox
                  name="lowIncomeNotByChoice"
                  label={t(baby ? 'wizard.circumstances.lowIncomeBaby' : 'wizard.circumstances.lowIncome')}
                  hint={t(baby ? 'wizard.circumstances.lowIncomeBabyHint' : 'wizard.circumstances.lowIncomeHint')}
                  input={register('lowIncomeNotByChoice')}
                />
                {!baby && (
                  <Checkbox name="newVeteran" label={t('wizard.circumstances.veteran')} input={register('newVeteran')}>
                    {newVeteran && (
                      <TextField
                        name="veteranDischargeDate"
                        label={t('wizard.circumstances.dischargeDate')}
                        error={errors.veteranDischargeDate?.message}
                        input={{ ...register('veteranDischargeDate'), type: 'date', max: today, className: 'wz-input--date' }}
                      />
                    )}
                  </Checkbox>
                )}
              </>
            )}
            {regional && <RegionalChecks {...regional} />}
          </div>
        </fieldset>
      )}
      {regional && <RegionalChoices {...regional} />}
      {loading && (
        <p className="wz-status" role="status">
          {t('wizard.circumstances.checkingRules')}
        </p>
      )}

      {resident && (
        <fieldset className="wz-fieldset">
          <legend className="wz-legend">{t('wizard.circumstances.ciLegend')}</legend>
          <Checkbox name="ciEnabled" label={t(baby ? 'wizard.circumstances.ciToggleBaby' : 'wizard.circumstances.ciToggle')} hint={t(baby ? 'wizard.circumstances.ciHintBaby' : 'wizard.circumstances.ciHint')} input={register('ciEnabled')}>
            {ciEnabled && (
              <>
                <TextField
                  name="originalCapYuan"
                  label={t('wizard.circumstances.cap')}
                  hint={t('wizard.circumstances.capHint')}
                  error={errors.originalCapYuan?.message}
                  input={{ ...register('originalCapYuan'), type: 'text', inputMode: 'decimal', autoComplete: 'off', className: 'wz-input--short' }}
                />
                {/* No year with resident cover (every year not covered, or the employee scheme's): nothing to tick, said so. */}
                {years.length === 0 ? (
                  <p className="wz-hint">{t('wizard.circumstances.noBonusYears', { from: FIRST_BONUS_YEAR, to: yearOf(today) })}</p>
                ) : (
                  <>
                    <Controller
                      control={form.control}
                      name="noClaimYears"
                      render={({ field }) => <CheckboxGroup name="noClaimYears" legend={t(baby ? 'wizard.circumstances.noClaimLegendBaby' : 'wizard.circumstances.noClaimLegend')} options={years} value={field.value} onChange={field.onChange} onBlur={field.onBlur} inline />}
                    />
                    <Controller
                      control={form.control}
                      name="bonusUsedYears"
                      render={({ field }) => <CheckboxGroup name="bonusUsedYears" legend={t('wizard.circumstances.bonusUsedLegend')} options={years} value={field.value} onChange={field.onChange} onBlur={field.onBlur} inline />}
                    />
                  </>
                )}
              </>
            )}
          </Checkbox>
        </fieldset>
      )}
    </StepFrame>
  );
}
