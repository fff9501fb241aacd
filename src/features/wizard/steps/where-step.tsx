// Step 1: the region (its rule pack) and the scheme being joined or rejoined.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../../i18n/languages';
import { usePackIndex } from '../../../rules/pack-index';
import type { PackIndexEntry } from '../../../rules/pack-index';
import { FieldError, fieldId, RadioGroup, StepFrame, useSummaryItems } from '../form-kit';
import { whereSchema, whereToAnswers, whereValues } from '../step-forms';
import type { WhereValues } from '../step-forms';
import { useWizardState, useWizardStore } from '../wizard-store';

const SCHEMES = ['resident', 'employee', 'flexible'] as const;

function matches(entry: PackIndexEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.id, entry.name.en, entry.name['zh-CN']].some((text) => text.toLowerCase().includes(q));
}

export function WhereStep() {
  const { t, i18n } = useTranslation();
  const store = useWizardStore();
  const { draft } = useWizardState();
  const index = usePackIndex();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const packs = index.data?.packs;
  const schema = useMemo(() => whereSchema(packs ? packs.map((p) => p.id) : null), [packs]);
  const form = useForm<WhereValues>({ defaultValues: whereValues(draft.answers), resolver: zodResolver(schema), shouldFocusError: false });
  const [focusRequest, setFocusRequest] = useState(0);
  const [query, setQuery] = useState('');
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);

  const onSubmit = form.handleSubmit(
    (values) => store.completeStep('where', whereToAnswers(values)),
    () => setFocusRequest((n) => n + 1),
  );

  const regionId = fieldId('region');
  const filterId = `${regionId}-filter`;

  return (
    <StepFrame step="where" heading={t('wizard.where.heading')} onSubmit={onSubmit} errors={summary} focusRequest={focusRequest}>
      <div className={`wz-field${errors.region ? ' wz-field--error' : ''}`}>
        <label htmlFor={regionId} className="wz-label">
          {t('wizard.where.regionLabel')}
        </label>
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
            render={({ field }) => {
              const visible = packs.filter((p) => p.id === field.value || matches(p, query));
              const matching = packs.filter((p) => matches(p, query)).length;
              return (
                <div className="wz-region">
                  <div className="wz-region__filter">
                    <label htmlFor={filterId} className="wz-label wz-label--small">
                      {t('wizard.where.filterLabel')}
                    </label>
                    <p id={`${filterId}-hint`} className="wz-hint">
                      {t('wizard.where.filterHint')}
                    </p>
                    <input
                      id={filterId}
                      type="search"
                      className="wz-input"
                      value={query}
                      autoComplete="off"
                      aria-controls={regionId}
                      aria-describedby={`${filterId}-hint`}
                      onChange={(event) => {
                        const next = event.target.value;
                        setQuery(next);
                        // One match: choose it, so typing a name and tabbing on just works.
                        const found = packs.filter((p) => matches(p, next));
                        if (next.trim() && found.length === 1 && found[0]) field.onChange(found[0].id);
                      }}
                    />
                    <p className="visually-hidden" role="status">
                      {query.trim()
                        ? matching > 0
                          ? t('wizard.where.matches', { count: matching })
                          : t('wizard.where.noMatch', { query: query.trim() })
                        : ''}
                    </p>
                    {query.trim() && matching === 0 && (
                      <p className="wz-hint" aria-hidden="true">
                        {t('wizard.where.noMatch', { query: query.trim() })}
                      </p>
                    )}
                  </div>
                  <select
                    id={regionId}
                    ref={field.ref}
                    name={field.name}
                    value={field.value}
                    onChange={(event) => field.onChange(event.target.value)}
                    onBlur={field.onBlur}
                    className="wz-select"
                    aria-invalid={errors.region ? true : undefined}
                    aria-describedby={[`${regionId}-hint`, errors.region && `${regionId}-error`].filter(Boolean).join(' ')}
                  >
                    {visible.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name[language]}
                      </option>
                    ))}
                  </select>
                </div>
              );
            }}
          />
        )}
      </div>

      <RadioGroup
        name="scheme"
        legend={t('wizard.where.schemeLegend')}
        error={errors.scheme?.message}
        input={form.register('scheme')}
        options={SCHEMES.map((s) => ({ value: s, label: t(`wizard.where.scheme.${s}`), hint: t(`wizard.where.schemeHint.${s}`) }))}
      />
    </StepFrame>
  );
}
