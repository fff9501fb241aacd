// The circumstances step's rules-v2 questions, each drawn only when `shown` says the region's
// rules can use its answer. A question asked because some regions use it says so in its hint
// ("in some regions"); one the chosen region's own rules use explains what it does there.
import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkbox, RadioGroup, SelectField, TextField } from '../form-kit';
import { offeredGroups } from '../question-relevance';
import type { NewQuestion, QuestionRelevance, ShownQuestions } from '../question-relevance';
import type { CircumstancesValues } from '../step-forms';

export interface RegionalQuestionsProps {
  shown: ShownQuestions;
  relevance: QuestionRelevance;
  values: CircumstancesValues;
  register: UseFormRegister<CircumstancesValues>;
  errors: FieldErrors<CircumstancesValues>;
  today: string;
  /** A baby (a date of birth given): only the groups a baby can belong to are offered. */
  baby: boolean;
}

type HintKey = 'hintSome' | 'hintAlways';

/** "In some regions" where the chosen rules only list the question among regional variants. */
function hintKey(relevance: QuestionRelevance, question: NewQuestion): HintKey {
  return relevance.questions[question] === 'someRegions' ? 'hintSome' : 'hintAlways';
}

/**
 * The questions each group of the step asks, as the groups draw them: a group is drawn only with
 * a question in it, never as an empty box (the step's guards read these lists, not conditions of
 * their own that could drift from what the group draws).
 */
export const newbornQuestionsShown = (shown: ShownQuestions) => (['subsidisedNewborn', 'parentInsured', 'newbornRegistrationDate'] as const).filter((q) => shown[q]);
export const regionalChecksShown = (shown: ShownQuestions) => (['universityEntrant', 'movedRegion'] as const).filter((q) => shown[q]);

/** Under the newborn's date of birth: a subsidised premium, a parent insured in the region, and the day the baby was registered. */
export function NewbornQuestions({ shown, relevance, register, errors }: RegionalQuestionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {shown.subsidisedNewborn && (
        <Checkbox
          name="subsidisedNewborn"
          label={t('wizard.circumstances.subsidisedNewborn.label')}
          hint={t(`wizard.circumstances.subsidisedNewborn.${hintKey(relevance, 'subsidisedNewborn')}`)}
          input={register('subsidisedNewborn')}
        />
      )}
      {shown.parentInsured && (
        <Checkbox
          name="parentInsured"
          label={t('wizard.circumstances.parentInsured.label')}
          hint={t(`wizard.circumstances.parentInsured.${hintKey(relevance, 'parentInsured')}`)}
          input={register('parentInsured')}
        />
      )}
      {shown.newbornRegistrationDate && (
        <TextField
          name="newbornRegistrationDate"
          label={t('wizard.circumstances.registrationDate.label')}
          hint={t(`wizard.circumstances.registrationDate.${hintKey(relevance, 'newbornRegistrationDate')}`)}
          error={errors.newbornRegistrationDate?.message}
          input={{ ...register('newbornRegistrationDate'), type: 'date', className: 'wz-input--date' }}
        />
      )}
    </>
  );
}

/** Yes/no questions among the step's list: a new university student, employee cover moved from another city. */
export function RegionalChecks({ shown, relevance, register }: RegionalQuestionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {shown.universityEntrant && (
        <Checkbox
          name="universityEntrant"
          label={t('wizard.circumstances.universityEntrant.label')}
          hint={t(`wizard.circumstances.universityEntrant.${hintKey(relevance, 'universityEntrant')}`)}
          input={register('universityEntrant')}
        />
      )}
      {shown.movedRegion && (
        <Checkbox
          name="movedRegion"
          label={t('wizard.circumstances.movedRegion.label')}
          hint={t(`wizard.circumstances.movedRegion.${relevance.questions.movedRegion === 'never' ? 'hintTiers' : hintKey(relevance, 'movedRegion')}`)}
          input={register('movedRegion')}
        />
      )}
    </>
  );
}

/** Whether both graduate groups are offered: one person can fit both, and the rules of a region name one. */
function bothGraduates(relevance: QuestionRelevance, baby: boolean): boolean {
  const offered = offeredGroups(relevance, baby).map((g) => g.group);
  return offered.includes('graduateReturning') && offered.includes('unemployedGraduate');
}

/** The exempt group (only the groups the rules name) with its event date, and the premium tier. */
export function RegionalChoices({ shown, relevance, values, register, errors, today, baby }: RegionalQuestionsProps) {
  const { t } = useTranslation();
  const group = values.exemptGroup;
  return (
    <>
      {shown.exemptGroup && (
        <SelectField
          name="exemptGroup"
          label={t(baby ? 'wizard.circumstances.exemptGroup.labelBaby' : 'wizard.circumstances.exemptGroup.label')}
          // Two graduate groups can both fit one person (江西 names one, 江苏 the other): which to choose.
          // Two sentences joined as each language joins them (no space after a Chinese full stop).
          hint={
            bothGraduates(relevance, baby)
              ? t('wizard.circumstances.exemptGroup.hintWithGraduates', { hint: t(`wizard.circumstances.exemptGroup.${hintKey(relevance, 'exemptGroup')}`), graduates: t('wizard.circumstances.exemptGroup.hintGraduates') })
              : t(`wizard.circumstances.exemptGroup.${hintKey(relevance, 'exemptGroup')}`)
          }
          error={errors.exemptGroup?.message}
          options={[
            { value: '', label: t('wizard.circumstances.exemptGroup.none') },
            ...offeredGroups(relevance, baby).map((g) => ({ value: g.group, label: t(`wizard.circumstances.exemptGroup.groups.${g.group}`) })),
          ]}
          select={register('exemptGroup')}
        >
          {shown.exemptSince && group && (
            <TextField
              name="exemptSince"
              label={t(baby ? (`wizard.circumstances.exemptGroup.sinceBaby.${group}` as 'wizard.circumstances.exemptGroup.sinceBaby.medicalAid') : `wizard.circumstances.exemptGroup.since.${group}`)}
              hint={t('wizard.circumstances.exemptGroup.sinceHint')}
              error={errors.exemptSince?.message}
              input={{ ...register('exemptSince'), type: 'date', max: today, className: 'wz-input--date' }}
            />
          )}
          {shown.exemptNewlyAdded && group && (
            <Checkbox
              name="exemptNewlyAdded"
              label={t('wizard.circumstances.exemptGroup.newlyAdded.label')}
              hint={t(relevance.exemptGroups.find((g) => g.group === group)?.newlyAddedOnly === 'always' ? 'wizard.circumstances.exemptGroup.newlyAdded.hintAlways' : 'wizard.circumstances.exemptGroup.newlyAdded.hintSome')}
              input={register('exemptNewlyAdded')}
            />
          )}
        </SelectField>
      )}
      {shown.premiumTier && (
        <RadioGroup
          name="premiumTier"
          legend={t('wizard.circumstances.premiumTier.legend')}
          hint={t(`wizard.circumstances.premiumTier.${hintKey(relevance, 'premiumTier')}`)}
          error={errors.premiumTier?.message}
          input={register('premiumTier')}
          options={[
            ...relevance.premiumTiers.map((tier) => ({ value: tier, label: t(`wizard.circumstances.premiumTier.tiers.${tier}`) })),
            { value: '' as const, label: t('wizard.circumstances.premiumTier.notSure') },
          ]}
        />
      )}
    </>
  );
}
