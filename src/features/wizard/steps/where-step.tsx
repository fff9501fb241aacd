// Step 1: the scheme being joined or rejoined, then the region (its rule pack): the scheme comes
// first because it is one short question, and the region list is long. The region is one
// radio group, grouped by province and searchable (region-picker.tsx), with a line under it
// saying what the chosen region's rules settle (region-coverage.tsx).
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../../i18n/languages';
import { usePackIndex } from '../../../rules/pack-index';
import { FieldError, fieldId, RadioGroup, StepFrame, useSummaryItems } from '../form-kit';
import { RegionCoverage } from '../region-coverage';
import { revisitOf } from '../draft-storage';
import { RegionPicker } from '../region-picker';
import { revisitAfterSubmit, stepAfterSubmit, stepsToRevisit } from '../step-dependencies';
import { whereSchema, whereToAnswers, whereValues } from '../step-forms';
import type { WhereValues } from '../step-forms';
import { useStaticStepTakeover } from '../static-step-takeover';
import { useStepForm } from '../typed-values';
import { useStepPayer } from '../use-step-payer';
import { useWizardState, useWizardStore } from '../wizard-store';

const SCHEMES = ['resident', 'employee', 'flexible'] as const;

export function WhereStep() {
  const { t, i18n } = useTranslation();
  const store = useWizardStore();
  const { draft, today, returnTo } = useWizardState();
  const index = usePackIndex();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const packs = index.data?.packs;
  const schema = useMemo(() => whereSchema(packs ? packs.map((p) => p.id) : null), [packs]);
  const form = useStepForm<WhereValues>('where', () => whereValues(draft.answers), { resolver: zodResolver(schema), shouldFocusError: false });
  const [focusRequest, setFocusRequest] = useState(0);
  const [region, scheme] = useWatch({ control: form.control, name: ['region', 'scheme'] });
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);
  // A new scheme asks its own questions before the check page comes back (completeStep): the
  // button and a line above it say so as soon as another scheme is chosen.
  const destination = stepAfterSubmit('where', returnTo, revisitAfterSubmit(revisitOf(draft), scheme ? stepsToRevisit(draft.answers, { scheme, region }) : [], 'where'));
  const detour = returnTo === 'check' && destination !== 'check';
  // The step list names the payment step for the scheme and region as chosen here, before they
  // are saved (an employer's contributions as soon as the employee scheme is picked; a child's
  // enrolment in a region whose year of birth is free, once a newborn was declared). Read only:
  // what the other steps hold, typed or saved, is left as it is.
  const payer = useStepPayer({ ...draft.answers, scheme: scheme ?? draft.answers.scheme, region }, today);

  const onSubmit = form.handleSubmit(
    (values) => store.completeStep('where', whereToAnswers(values)),
    () => setFocusRequest((n) => n + 1),
  );

  // The page may hold this step already, prerendered and perhaps answered: take that over.
  const keep = useCallback((values: WhereValues) => store.keepTyped('where', values), [store]);
  useStaticStepTakeover(form, () => void onSubmit(), keep);

  const regionId = fieldId('region');
  const chosen = packs?.find((p) => p.id === region);

  return (
    <StepFrame step="where" heading={t('wizard.where.heading')} onSubmit={onSubmit} errors={summary} focusRequest={focusRequest} destination={destination} payer={payer}>
      <RadioGroup
        name="scheme"
        legend={t('wizard.where.schemeLegend')}
        error={errors.scheme?.message}
        input={form.register('scheme')}
        defaultValue={form.formState.defaultValues?.scheme}
        options={SCHEMES.map((s) => ({ value: s, label: t(`wizard.where.scheme.${s}`), hint: t(`wizard.where.schemeHint.${s}`) }))}
      />

      <fieldset
        className={`wz-fieldset wz-region${errors.region ? ' wz-field--error' : ''}`}
        aria-describedby={[`${regionId}-hint`, errors.region && `${regionId}-error`].filter(Boolean).join(' ')}
      >
        <legend className="wz-legend">{t('wizard.where.regionLabel')}</legend>
        <p id={`${regionId}-hint`} className="wz-hint">
          {t('wizard.where.regionHint')}
        </p>
        <FieldError id={`${regionId}-error`} message={errors.region?.message} />
        {index.isPending && (
          <p className="wz-status" role="status">
            {t('wizard.where.loading')}
          </p>
        )}
        {index.isError && !packs && (
          <div className="wz-notice" role="alert">
            <p>{t('wizard.where.loadFailed')}</p>
            <button type="button" className="wz-button wz-button--secondary" onClick={() => void index.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {packs && (
          <Controller
            control={form.control}
            name="region"
            render={({ field }) => (
              <RegionPicker
                id={regionId}
                name={field.name}
                packs={packs}
                language={language}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
        )}
        {chosen && scheme && (
          <RegionCoverage packId={chosen.id} name={chosen.name[language]} scheme={scheme} currentYear={Number(today.slice(0, 4))} baseline={chosen.parent === null} />
        )}
      </fieldset>
      {detour && <p className="wz-hint">{t(scheme === draft.answers.scheme ? 'wizard.where.regionChangeDetour' : 'wizard.where.schemeChangeDetour')}</p>}
    </StepFrame>
  );
}
