// Step 3: the payment being asked about. Repair years are asked when the calculator says they
// would shorten the wait, or when the payment is made (what was paid is recorded as paid, up to
// the scenario's limit), with the useful number and a warning for years that remove nothing (R5).
// Back-payment starts ticked only where the gap is within the hint's 3 months (E1). A plan further
// ahead than the history reaches sends the person to the history for the years between first.
import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormat } from '../../../i18n/use-format';
import { useRulePackChain } from '../../../rules/rule-pack-chain';
import { paymentsTakenFrom, shortGapWithinRegion } from '../../../calc';
import type { ShortGapRule } from '../../../calc';
import { Checkbox, CheckboxGroup, RadioGroup, StepFrame, TextField, useForgetHiddenErrors, useSummaryItems } from '../form-kit';
import { BACK_PAY_HINT_MONTHS, birthDateOf, employeeGapMonths, enrolmentOnly, MAX_REPAIR_YEARS, offeredYears, paymentSchema, paymentToAnswers, paymentValues, repairAsked, usefulRepairYears } from '../step-forms';
import type { PaymentContext, PaymentValues } from '../step-forms';
import { aheadYears, birthYearOf, employeeLastCoveredMonth, employeeMonthsPaidTo, employeePriorOf, unaskedYears } from '../answers';
import { payerContext, payerOf } from '../../payer';
import { freeBirthYearOffered } from '../payment-payer';
import { useStepForm } from '../typed-values';
import { withUnreadableDates } from '../unreadable-dates';
import { repairStep } from '../repair-step';
import { useWizardState, useWizardStore } from '../wizard-store';

const STATUSES = ['made', 'planned'] as const;

/** The repair hint: one number, or (where regions differ) up to it and in some regions none, or from the fewest to it. */
function repairHintKey(reach: { fewest: number; most: number } | null) {
  if (!reach || reach.fewest >= reach.most) return 'wizard.payment.repairHint' as const;
  return reach.fewest === 0 ? ('wizard.payment.repairHintRegionalNone' as const) : ('wizard.payment.repairHintRegionalFewer' as const);
}

/**
 * The back-payment checkbox's hint: the months missed (`gap`, null while not counted), then what
 * back-paying does, by the region's own rule where it states one (`rule`). In the payer's words:
 * an employer's contributions arrive in the month of its first contribution, not "the money" of a
 * payment the reader makes.
 */
function backPayHint(t: TFunction, employer: boolean, gap: number | null, rule: ShortGapRule | null): string {
  const short = employer ? 'wizard.payment.employer.backPayHint' : 'wizard.payment.backPayHint';
  const what = rule ? t(short, { context: rule.rule, lead: t(rule.confirmed ? 'wizard.payment.backPayHintLead' : 'wizard.payment.backPayHintLeadUnconfirmed') }) : t(short);
  if (gap === null) return what;
  // A gap past the limit: what back-paying is for does not apply, and the hint says so rather than explain the short-gap rules.
  const hint = gap > BACK_PAY_HINT_MONTHS ? t(employer ? 'wizard.payment.employer.backPayHintLong' : 'wizard.payment.backPayHintLong') : what;
  // Two sentences joined as each language joins them (no space after a Chinese full stop).
  return t('wizard.payment.backPayGapAndHint', { gap: t(employer ? 'wizard.payment.employer.backPayGap' : 'wizard.payment.backPayGap', { count: gap }), hint });
}

/** The payment step's fields, for checking those in error again. */
const PAYMENT_FIELDS = ['status', 'date', 'years', 'repairYears', 'backPay'] as const;

export function PaymentStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const store = useWizardStore();
  const { draft, today, returnTo } = useWizardState();
  const answers = draft.answers;
  const scheme = answers.scheme;
  const chain = useRulePackChain(answers.region);
  // The schema depends on what the calculator says about repair, which depends on the watched
  // values: the resolver reads the latest context when it runs, not when it was made.
  const contextRef = useRef<PaymentContext>({ today, scheme, usefulRepair: null });
  const resolver: Resolver<PaymentValues> = (values, ctx, options) => withUnreadableDates(zodResolver(paymentSchema(contextRef.current)))(values, ctx, options);
  // The gap the back-payment hint counts (E4): from employee months, or the end of resident years (E2).
  const lastPaidMonth = employeeLastCoveredMonth(answers);
  const initialValues = (): PaymentValues => {
    const values = paymentValues(answers);
    // Not yet answered: back-payment is the usual course only for a gap within the hint's limit.
    if (scheme === 'resident' || draft.done.includes('payment')) return values;
    const gap = employeeGapMonths(lastPaidMonth, values.date);
    return { ...values, backPay: values.backPay && gap !== null && gap <= BACK_PAY_HINT_MONTHS };
  };
  const form = useStepForm<PaymentValues>('payment', initialValues, { resolver, shouldFocusError: false });
  const [focusRequest, setFocusRequest] = useState(0);
  const [status, date, years, repairText] = useWatch({ control: form.control, name: ['status', 'date', 'years', 'repairYears'] });
  const repairTyped = /^\d+$/.test(repairText.trim()) ? Number(repairText.trim()) : 0;
  const birthYear = scheme === 'resident' ? birthYearOf(answers.circumstances) : null;
  const loadedChain = chain.status === 'success' ? chain.chain : null;
  // Only years the rules cover: a date typed outside them leaves the boxes, and their ticks, as they were.
  const offered = offeredYears(date, today, birthYear, loadedChain ? loadedChain.years : null);
  // A child's year of birth that costs nothing (湖北, X1): the date asked is the day of enrolment, no money arrives.
  const freeYearOffered = freeBirthYearOffered(date, today, birthYear, chain.status === 'success' ? chain.chain : null);
  const freeBirthYear = freeYearOffered && birthYear !== null && years.includes(birthYear);
  // That year alone: nothing is paid at all, so the status, the date and their errors speak of the child's enrolment.
  const enrolOnly = enrolmentOnly(years.filter((y) => offered.includes(y)), birthYear, chain.status === 'success' ? chain.chain : null);
  const gap = scheme === 'resident' ? null : employeeGapMonths(lastPaidMonth, date);
  // E1 within one region, where the region's rules state it (青岛: the gap not covered, cover from
  // the next month): the back-pay hint says that rule, not what regions may do. Only for a gap
  // after employee months (a switch from the resident scheme is E2's), and not for a flexible
  // worker an employer may have paid for where the region has tiers for that (E3a, 武汉). A gap is
  // counted only from a whole date (employeeGapMonths), so its year can be read.
  const shortGapRule =
    scheme !== 'resident' && gap !== null && employeePriorOf(answers) === 'employee' && chain.status === 'success'
      ? shortGapWithinRegion(chain.chain, Number(date.slice(0, 4)), { scheme, employerPaid: answers.history.employeePaidBy === undefined ? undefined : answers.history.employeePaidBy === 'employer' })
      : null;
  // The step's name (heading, step list): the employer's contributions, or a child's enrolment
  // wherever a free year of birth is on offer, as the years legend; not from the boxes ticked.
  const payer = payerOf(scheme, freeYearOffered);
  // The employer pays the employee scheme: the questions are about its contributions, not a payment of the person's own.
  const employer = payer === 'employer';
  // Until the step is answered, back-payment follows the gap of the date as typed (the first
  // value came from the default date, today): a payment on 15 Jul 2025 after March is a
  // three-month gap, ticked as any other. Once the person has ticked or unticked it, it is theirs.
  const backPayChosen = useRef(false);
  const gapBefore = useRef(gap);
  const backPayAnswered = scheme === 'resident' || draft.done.includes('payment');
  useEffect(() => {
    const before = gapBefore.current;
    gapBefore.current = gap;
    if (backPayAnswered || before === gap || backPayChosen.current) return;
    const usual = (months: number | null) => months !== null && months <= BACK_PAY_HINT_MONTHS;
    // Not what the earlier gap would have given: kept from an earlier visit (typed values), so the person's.
    if (form.getValues('backPay') !== usual(before)) return;
    form.setValue('backPay', usual(gap));
  }, [gap, backPayAnswered, form]);
  const backPayInput = form.register('backPay');
  // Years between now and a plan further ahead decide the lapse: the history asks how the person
  // expects to be covered in them. Years not asked yet are asked when the step is submitted.
  const paidYears = years.filter((y) => offered.includes(y));
  const firstPaid = scheme === 'resident' && paidYears.length > 0 ? Math.min(...paidYears) : null;
  const ahead = firstPaid === null ? [] : aheadYears(today, { years: paidYears });
  const unasked = firstPaid === null ? [] : unaskedYears({ scheme, history: answers.history, payment: { ...answers.payment, years: paidYears } }, today);

  // What the calculator says repair could do for the payment as it now stands. Deferred: the
  // changed field paints at once, and the repair question follows in a render of its own, so
  // no answer change is one long task on a slow phone.
  const packs = chain.status === 'success' ? chain.packs : null;
  const deferredStatus = useDeferredValue(status);
  const deferredDate = useDeferredValue(date);
  const yearsKey = useDeferredValue(years.join(','));
  const repairReach = useMemo(() => {
    if (scheme !== 'resident') return { fewest: 0, most: 0, complete: true };
    if (!packs) return null;
    const deferredYears = yearsKey === '' ? [] : yearsKey.split(',').map(Number);
    const draftValues: PaymentValues = { status: deferredStatus, date: deferredDate, years: deferredYears, repairYears: '0', backPay: true };
    const candidate = { ...answers, ...paymentToAnswers(draftValues, answers.payment, { today, scheme, usefulRepair: 0, birthYear: birthYearOf(answers.circumstances), packYears: loadedChain ? loadedChain.years : null }) };
    return usefulRepairYears(candidate, today, packs);
  }, [answers, packs, loadedChain, scheme, deferredStatus, deferredDate, yearsKey, today]);
  const usefulRepair = repairReach?.most ?? null;
  // Whether the calculator could answer: before that, no "repair does not help" and no "removes nothing".
  const repairKnown = repairReach?.complete === true;

  // A payment in a month the employee months already paid is refused; a switch within a resident year is not (E2).
  const context: PaymentContext = {
    today,
    scheme,
    usefulRepair,
    lastPaidMonth: employeeMonthsPaidTo(answers),
    packYears: loadedChain ? loadedChain.years : null,
    birthYear,
    birthDate: birthDateOf(answers),
    takenFrom: loadedChain ? (year: number) => paymentsTakenFrom(loadedChain, year) : null,
    historyRows: answers.history.years,
    enrolOnly,
  };
  useLayoutEffect(() => {
    contextRef.current = context;
  });
  // Opened from the check page (its Change button or an error's link): the answer is checked at
  // once, once the rules are here, so a problem the check page named is shown at its field too.
  const checkedOnArrival = useRef(false);
  useEffect(() => {
    if (checkedOnArrival.current || returnTo !== 'check' || !loadedChain) return;
    checkedOnArrival.current = true;
    void form.trigger();
  }, [returnTo, loadedChain, form]);
  // Pressed before the rules arrived: the date was checked without their years (a 1999 payment
  // read as "a month already covered"); checked again once they are here.
  useEffect(() => {
    if (loadedChain && form.formState.isSubmitted) void form.trigger();
  }, [loadedChain, form]);
  // A check that was no press leaves the form checking only on the next press: until then, each
  // change checks the fields in error again, so a problem fixed stops being shown as one.
  useEffect(() => {
    const subscription = form.watch(() => {
      if (!checkedOnArrival.current || form.formState.isSubmitted) return;
      const invalid = PAYMENT_FIELDS.filter((name) => form.getFieldState(name).invalid);
      if (invalid.length > 0) void form.trigger(invalid);
    });
    return () => subscription.unsubscribe();
  }, [form]);
  // What a repair year removes, in the unit the region counts the wait of the first year paid for in (湖南 2026: 30 days).
  const step = loadedChain ? repairStep(loadedChain, paidYears.length > 0 ? Math.min(...paidYears) : (offered[0] ?? Number(today.slice(0, 4)))) : null;
  const repairStepText = step ? t('wizard.payment.repairStep', { context: step.unit, count: step.unit === 'days' ? step.days : step.months, days: step.days }) : '';
  const showRepair = scheme === 'resident' && repairAsked(usefulRepair, { status, repairYears: repairText, years, date }, birthYear, answers.history.years, today, context.packYears ?? null);
  useForgetHiddenErrors(form, showRepair ? [] : ['repairYears']);
  // A date the step refuses (2040, after the rules' last year; a planned day already past): the
  // outlook waits for the date to be put right, not for a year to be ticked (one may be), so the
  // hint says that. Checked as the step checks it, before any press shows the error.
  const dateRefused = showRepair && !repairKnown && (paymentSchema(context).safeParse({ status, date, years, repairYears: repairText, backPay: true }).error?.issues.some((i) => i.path[0] === 'date') ?? false);
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);

  const onSubmit = form.handleSubmit(
    (values) => {
      const patch = paymentToAnswers(values, answers.payment, context);
      // A payment further ahead than the history reaches: the years between are asked first,
      // on the history step, which then comes back here.
      if (unaskedYears({ ...answers, ...patch }, today).length > 0) {
        store.setAnswers(patch);
        store.goTo('history', { returnTo: 'payment' });
        return;
      }
      store.completeStep('payment', patch);
    },
    () => setFocusRequest((n) => n + 1),
  );
  const changeAhead = () => {
    store.setAnswers(paymentToAnswers(form.getValues(), answers.payment, context));
    store.goTo('history', { returnTo: 'payment' });
  };
  const onBack = () => {
    store.setAnswers(paymentToAnswers(form.getValues(), answers.payment, context));
    store.back();
  };

  return (
    <StepFrame
      step="payment"
      heading={t('wizard.payment.heading', payerContext(payer))}
      payer={payer}
      onSubmit={onSubmit}
      onBack={onBack}
      errors={summary}
      focusRequest={focusRequest}
      // Years not asked yet are asked on the history step first (onSubmit): no "return to the check page" then.
      {...(unasked.length > 0 ? { destination: 'history' as const } : {})}
    >
      <RadioGroup
        name="status"
        legend={t(employer ? 'wizard.payment.employer.statusLegend' : enrolOnly ? 'wizard.payment.enrol.statusLegend' : 'wizard.payment.statusLegend')}
        // The date's checks read the status (a planned day in the past, a made one ahead): a change of
        // status checks the date again, so an error it fixed does not stay until the next press.
        input={form.register('status', { deps: ['date'] })}
        options={STATUSES.map((s) => ({ value: s, label: t(employer ? `wizard.payment.employer.status.${s}` : enrolOnly ? `wizard.payment.enrol.status.${s}` : `wizard.payment.status.${s}`) }))}
      />
      <TextField
        name="date"
        label={t(employer ? (status === 'made' ? 'wizard.payment.employer.dateMade' : 'wizard.payment.employer.datePlanned') : enrolOnly ? (status === 'made' ? 'wizard.payment.enrol.dateMade' : 'wizard.payment.enrol.datePlanned') : status === 'made' ? 'wizard.payment.dateMade' : 'wizard.payment.datePlanned')}
        hint={t(employer ? 'wizard.payment.employer.dateHint' : freeBirthYear ? (enrolOnly ? 'wizard.payment.dateHintNewbornFree' : 'wizard.payment.dateHintNewbornFreeNext') : 'wizard.payment.dateHint')}
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
                // A free year of birth on offer: the years are enrolled for, paid only from the next one on.
                // Not from the years ticked, so the group's name does not change under the person ticking it.
                legend={t('wizard.payment.yearsLegend', freeYearOffered ? { context: 'enrol' } : {})}
                // Where the year of birth is free, the years are chosen for an enrolment: nothing "paid together".
                hint={t(birthYear !== null && offered.includes(birthYear) && offered.length > 2 ? 'wizard.payment.yearsHintBirthYear' : 'wizard.payment.yearsHint', { year: birthYear, ...(freeYearOffered ? { context: 'enrol' } : {}) })}
                error={errors.years?.message}
                options={offered.map((y) => ({ value: y, label: t('wizard.payment.yearOption', { year: y }) }))}
                value={field.value.filter((y) => offered.includes(y))}
                // The years ticked under another date stay, out of sight, until the date comes back:
                // a box ticked while the date read 1999 does not untick the 2026 chosen before.
                onChange={(shown) => field.onChange([...field.value.filter((y) => !offered.includes(y)), ...shown].sort((a, b) => a - b))}
                onBlur={field.onBlur}
                inline
              />
            )}
          />
          {ahead.length > 0 && unasked.length > 0 && (
            <p className="wz-status" role="note">
              {t('wizard.payment.futureAsk', { year: firstPaid, years: f.list(unasked), count: unasked.length })}
            </p>
          )}
          {ahead.length > 0 && unasked.length === 0 && (
            <div className="wz-status" role="note">
              <p>{t('wizard.payment.futureCounted', { year: firstPaid, years: f.list(ahead), count: ahead.length })}</p>
              <button type="button" className="wz-link-button" onClick={changeAhead}>
                {t('wizard.payment.futureChange')}
              </button>
            </div>
          )}
          {usefulRepair === null && (
            <p className="wz-status" role="status">
              {t('wizard.payment.repairChecking')}
            </p>
          )}
          {showRepair && usefulRepair !== null && (
            <TextField
              name="repairYears"
              label={status === 'made' ? t('wizard.payment.repairLabelMade') : t('wizard.payment.repairLabel')}
              // Before the answers can be calculated (no year ticked, or a date refused), nothing firm: how to find out.
              hint={
                !repairKnown
                  ? t(dateRefused ? 'wizard.payment.repairHintDate' : 'wizard.payment.repairHintIncomplete')
                  : usefulRepair > 0
                    ? // A region's own rules that leave a value open: they do not say, not "some regions" (江西 chosen).
                      t(repairHintKey(repairReach), { count: usefulRepair, fewest: repairReach?.fewest ?? 0, step: repairStepText, ...(loadedChain && loadedChain.packs.length > 1 ? { context: 'region' } : {}) })
                    : t('wizard.payment.repairHintNone')
              }
              error={errors.repairYears?.message}
              input={{ ...form.register('repairYears'), type: 'number', min: 0, max: MAX_REPAIR_YEARS, step: 1, inputMode: 'numeric', className: 'wz-input--short' }}
            />
          )}
          {usefulRepair !== null && repairKnown && repairTyped > usefulRepair && repairTyped <= MAX_REPAIR_YEARS && (
            <p className="wz-status" role="status">
              {t('wizard.payment.repairRemovesNothing', { count: repairTyped - usefulRepair, useful: usefulRepair })}
            </p>
          )}
        </>
      ) : employeePriorOf(answers) === 'none' ? null : gap === 0 ? (
        // No month missed (paying on from the last month paid): nothing to back-pay, nothing to ask.
        <p className="wz-hint">{t('wizard.payment.noGap', employer ? { context: 'employer' } : {})}</p>
      ) : (
        // A first enrolment has no missed months to back-pay.
        <Checkbox
          name="backPay"
          label={t(employer ? (status === 'made' ? 'wizard.payment.employer.backPayMade' : 'wizard.payment.employer.backPay') : status === 'made' ? 'wizard.payment.backPayMade' : 'wizard.payment.backPay')}
          hint={backPayHint(t, employer, gap, shortGapRule)}
          input={{
            ...backPayInput,
            onChange: (event) => {
              backPayChosen.current = true;
              return backPayInput.onChange(event);
            },
          }}
        />
      )}
    </StepFrame>
  );
}
