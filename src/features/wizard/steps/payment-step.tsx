// Step 3: the payment being asked about. Repair years are offered only when the calculator
// says they would shorten the wait, and never more than would help (R5).
import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRulePackChain } from '../../../rules/rule-pack-chain';
import { Checkbox, CheckboxGroup, RadioGroup, StepFrame, TextField, useSummaryItems } from '../form-kit';
import { offeredYears, paymentSchema, paymentToAnswers, paymentValues, usefulRepairYears } from '../step-forms';
import type { PaymentContext, PaymentValues } from '../step-forms';
import { useWizardState, useWizardStore } from '../wizard-store';

const STATUSES = ['made', 'planned'] as const;

export function PaymentStep() {
  const { t } = useTranslation();
  const store = useWizardStore();
  const { draft, today } = useWizardState();
  const answers = draft.answers;
  const scheme = answers.scheme;
  const chain = useRulePackChain(answers.region);
  // The schema depends on what the calculator says about repair, which depends on the watched
  // values: the resolver reads the latest context when it runs, not when it was made.
  const contextRef = useRef<PaymentContext>({ today, scheme, usefulRepair: null });
  const resolver: Resolver<PaymentValues> = (values, ctx, options) => zodResolver(paymentSchema(contextRef.current))(values, ctx, options);
  const form = useForm<PaymentValues>({ defaultValues: paymentValues(answers), resolver, shouldFocusError: false });
  const [focusRequest, setFocusRequest] = useState(0);
  const [status, date, years] = useWatch({ control: form.control, name: ['status', 'date', 'years'] });
  const offered = offeredYears(date, today);

  // What the calculator says repair could do for the payment as it now stands. Deferred: the
  // changed field paints at once, and the repair question follows in a render of its own, so
  // no answer change is one long task on a slow phone.
  const packs = chain.status === 'success' ? chain.packs : null;
  const deferredStatus = useDeferredValue(status);
  const deferredDate = useDeferredValue(date);
  const yearsKey = useDeferredValue(years.join(','));
  const usefulRepair = useMemo(() => {
    if (scheme !== 'resident') return 0;
    if (!packs) return null;
    const deferredYears = yearsKey === '' ? [] : yearsKey.split(',').map(Number);
    const draftValues: PaymentValues = { status: deferredStatus, date: deferredDate, years: deferredYears, repairYears: '0', backPay: true };
    const candidate = { ...answers, ...paymentToAnswers(draftValues, answers.payment, { today, scheme, usefulRepair: 0 }) };
    return usefulRepairYears(candidate, today, packs);
  }, [answers, packs, scheme, deferredStatus, deferredDate, yearsKey, today]);

  const context: PaymentContext = { today, scheme, usefulRepair, lastPaidMonth: answers.history.employeeLastMonth };
  useLayoutEffect(() => {
    contextRef.current = context;
  });
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);

  const onSubmit = form.handleSubmit(
    (values) => store.completeStep('payment', paymentToAnswers(values, answers.payment, context)),
    () => setFocusRequest((n) => n + 1),
  );
  const onBack = () => {
    store.setAnswers(paymentToAnswers(form.getValues(), answers.payment, context));
    store.back();
  };

  return (
    <StepFrame step="payment" heading={t('wizard.payment.heading')} onSubmit={onSubmit} onBack={onBack} errors={summary} focusRequest={focusRequest}>
      <RadioGroup
        name="status"
        legend={t('wizard.payment.statusLegend')}
        input={form.register('status')}
        options={STATUSES.map((s) => ({ value: s, label: t(`wizard.payment.status.${s}`) }))}
      />
      <TextField
        name="date"
        label={status === 'made' ? t('wizard.payment.dateMade') : t('wizard.payment.datePlanned')}
        hint={t('wizard.payment.dateHint')}
        error={errors.date?.message}
        input={{ ...form.register('date'), type: 'date', className: 'wz-input--date', ...(status === 'made' ? { max: today } : { min: today }) }}
      />
      {scheme === 'resident' ? (
        <>
          <Controller
            control={form.control}
            name="years"
            render={({ field }) => (
              <CheckboxGroup
                name="years"
                legend={t('wizard.payment.yearsLegend')}
                hint={t('wizard.payment.yearsHint')}
                error={errors.years?.message}
                options={offered.map((y) => ({ value: y, label: t('wizard.payment.yearOption', { year: y }) }))}
                value={field.value.filter((y) => offered.includes(y))}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inline
              />
            )}
          />
          {usefulRepair === null && (
            <p className="wz-status" role="status">
              {t('wizard.payment.repairChecking')}
            </p>
          )}
          {usefulRepair !== null && usefulRepair > 0 && (
            <TextField
              name="repairYears"
              label={t('wizard.payment.repairLabel')}
              hint={t('wizard.payment.repairHint', { count: usefulRepair })}
              error={errors.repairYears?.message}
              input={{ ...form.register('repairYears'), type: 'number', min: 0, max: usefulRepair, step: 1, inputMode: 'numeric', className: 'wz-input--short' }}
            />
          )}
        </>
      ) : (
        <Checkbox name="backPay" label={t('wizard.payment.backPay')} hint={t('wizard.payment.backPayHint')} input={form.register('backPay')} />
      )}
    </StepFrame>
  );
}
