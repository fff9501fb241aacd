// Step 2: cover before this payment. Resident scheme: first whether the cover is for a newborn
// (and the date of birth: nobody is asked about a baby's cover in the years before it was born),
// then one row per benefit year from 2023 or the birth year, to this year, or
// to the year before a planned payment further ahead (the years between are asked as the cover
// expected, never silently counted as no cover). Employee and
// flexible: the months paid, with a quick path for the commonest case (one month missed), and
// for flexible workers, where the region's rules use it (E3a), who paid those months.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { Checkbox, RadioGroup, StepFrame, TextField, useForgetHiddenErrors, useSummaryItems } from '../form-kit';
import { birthYearFree, paymentsTakenFrom } from '../../../calc';
import { useRulePackChain } from '../../../rules/rule-pack-chain';
import { monthExample } from '../month-example';
import { alignHistoryRows, historySchema, historyToAnswers, historyValues, missedOneMonth, monthsBefore, valuesBirthYear } from '../step-forms';
import type { HistoryValues } from '../step-forms';
import { aheadYears, FIRST_RULES_YEAR, historyRowAsked, lateDayAsked } from '../answers';
import type { HistoryCover } from '../answers';
import { payerOf } from '../../payer';
import { freeBirthYearOffered } from '../payment-payer';
import { shownQuestions } from '../question-relevance';
import { useStepForm } from '../typed-values';
import { withUnreadableDates } from '../unreadable-dates';
import { useQuestionRelevance } from '../use-question-relevance';
import { useWizardState, useWizardStore } from '../wizard-store';

const COVERS: readonly HistoryCover[] = ['resident', 'residentLate', 'employee', 'none'];
const PAYERS = ['employer', 'self'] as const;
const PRIORS = ['employee', 'resident', 'none'] as const;
/** The resident years before a switch to the employee schemes (E2): employee months are asked apart. */
const RESIDENT_COVERS: readonly HistoryCover[] = ['resident', 'residentLate', 'none'];

export function HistoryStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const store = useWizardStore();
  const { draft, today } = useWizardState();
  const scheme = draft.answers.scheme;
  const rules = useRulePackChain(draft.answers.region);
  const rulesChain = rules.status === 'success' ? rules.chain : null;
  const schema = useMemo(() => historySchema({ scheme, today, takenFrom: rulesChain ? (year) => paymentsTakenFrom(rulesChain, year) : null }), [scheme, today, rulesChain]);
  const form = useStepForm<HistoryValues>('history', () => historyValues(draft.answers, today), { resolver: withUnreadableDates(zodResolver(schema)), shouldFocusError: false }, alignHistoryRows);
  const [focusRequest, setFocusRequest] = useState(0);
  const [rows, newborn, birthDate, lastMonth, prior] = useWatch({ control: form.control, name: ['years', 'newborn', 'birthDate', 'employeeLastMonth', 'employeePrior'] });
  // A baby's years before the birth year are not shown as soon as the date is known; what they hold is kept.
  const birthYear = valuesBirthYear({ newborn, birthDate }, scheme);
  const asked = (year: number) => historyRowAsked({ year }, birthYear);
  const shownRows = rows.filter((r) => asked(r.year));
  const hiddenYears = rows.length - shownRows.length;
  // A paid-late date goes with its row's answer (and a shown row), the employee months with an
  // employee row, the date of birth with the newborn tick.
  const hidden = scheme !== 'resident' ? [
    // Employee schemes: the months with employee months before the payment, the years with resident ones.
    ...(prior === 'employee' ? [] : (['employeeSince', 'employeeLastMonth', 'employeePaidBy'] as const)),
    ...rows.flatMap((r, i) => (prior === 'resident' && r.cover === 'residentLate' && lateDayAsked(r.year) ? [] : [`years.${i}.latePaidOn` as const])),
  ] : [
    ...(newborn ? [] : (['birthDate'] as const)),
    ...rows.flatMap((r, i) => (r.cover === 'residentLate' && asked(r.year) && lateDayAsked(r.year) ? [] : [`years.${i}.latePaidOn` as const])),
    ...(shownRows.some((r) => r.cover === 'employee') ? [] : (['employeeSince', 'employeeLastMonth'] as const)),
  ];
  useForgetHiddenErrors(form, hidden);
  const errors = form.formState.errors;
  const summary = useSummaryItems(errors);
  const { register } = form;
  const { relevance, loading } = useQuestionRelevance(draft.answers);
  const c = draft.answers.circumstances;
  // Null while the rules load: an earlier answer is then kept as it is.
  const askPaidBy = relevance ? shownQuestions(relevance, { scheme, newborn: c.newborn, hasBirthDate: c.birthDate !== undefined, exemptGroup: c.exemptGroup }).paidBy : null;
  const toAnswers = (values: HistoryValues) => historyToAnswers(values, scheme, c, askPaidBy);

  const onSubmit = form.handleSubmit(
    (values) => store.completeStep('history', toAnswers(values)),
    () => setFocusRequest((n) => n + 1),
  );
  const onBack = () => {
    store.setAnswers(toAnswers(form.getValues()));
    store.back();
  };
  const quickPath = () => {
    const current = { ...draft.answers, ...toAnswers(form.getValues()) };
    store.completeStep('history', missedOneMonth(current, today), 'payment');
  };

  const thisYear = Number(today.slice(0, 4));
  // Years not started yet before a payment further ahead: asked as the cover the person expects.
  const ahead = aheadYears(today, draft.answers.payment);
  const firstPaid = ahead.length > 0 ? Math.min(...draft.answers.payment.years) : null;
  const rowHint = (year: number) => (ahead.includes(year) ? t('wizard.history.aheadHint') : undefined);
  const anyEmployee = shownRows.some((r) => r.cover === 'employee');
  // Where the region charges nothing for a child's year of birth (湖北, X1), a newborn is enrolled,
  // not paid for: the hint says so (the year of birth as given, or this year until it is).
  const freeBirthYear = rulesChain !== null && birthYearFree(rulesChain, birthYear ?? thisYear);
  // The step list names the payment step for the newborn and date of birth as given here, before
  // they are saved: a child's enrolment where that year of birth is free for the payment's date.
  const paymentPayer = payerOf(scheme, freeBirthYearOffered(draft.answers.payment.date, today, birthYear, rulesChain));
  const monthField = (name: 'employeeSince' | 'employeeLastMonth', label: string, hint: string) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      error={errors[name]?.message}
      // The order of the two months is said at the last one: a change to the first checks it again.
      input={{ ...register(name, name === 'employeeSince' ? { deps: ['employeeLastMonth'] } : {}), type: 'month', max: today.slice(0, 7), placeholder: 'YYYY-MM', className: 'wz-input--date' }}
    />
  );

  /** One benefit year's cover, with the day a late payment arrived; `covers`: the answers offered. */
  // A year not started yet has no late payment to date: in its window, employee cover, or none. A
  // baby has no job: no employee cover is offered, unless an answer given before the baby was
  // declared says so (kept, and shown, for the person to change).
  const coversOf = (row: (typeof rows)[number]) =>
    COVERS.filter((c) => !(c === 'residentLate' && row.year > thisYear) && !(c === 'employee' && birthYear !== null && row.cover !== 'employee'));
  const yearRow = (row: (typeof rows)[number], i: number, covers: readonly HistoryCover[]) => (
    <RadioGroup
      key={row.year}
      name={`years.${i}.cover`}
      legend={t('wizard.history.yearLegend', { year: row.year })}
      legendClassName="wz-legend wz-legend--year"
      hint={rowHint(row.year)}
      input={register(`years.${i}.cover`)}
      options={covers.map((c) => ({ value: c, label: t(`wizard.history.cover.${c}`) }))}
    >
      {row.cover === 'residentLate' && !lateDayAsked(row.year) && (
        <div className="wz-conditional">
          <p className="wz-hint">{t('wizard.history.lateBeforeRules', { year: row.year, first: FIRST_RULES_YEAR })}</p>
        </div>
      )}
      {row.cover === 'residentLate' && lateDayAsked(row.year) && (
        <div className="wz-conditional">
          <TextField
            name={`years.${i}.latePaidOn`}
            label={t('wizard.history.latePaidOn')}
            // The year not over yet: the latest day is today, not its 31 December (the field's own max).
            hint={`${row.year}-12-31` < today ? t('wizard.history.latePaidOnHint', { year: row.year }) : t('wizard.history.latePaidOnHintToday')}
            error={errors.years?.[i]?.latePaidOn?.message}
            input={{ ...register(`years.${i}.latePaidOn`), type: 'date', max: `${row.year}-12-31` < today ? `${row.year}-12-31` : today, className: 'wz-input--date' }}
          />
        </div>
      )}
    </RadioGroup>
  );

  if (scheme !== 'resident') {
    // The employer pays the employee scheme (step 1 said so): "before your employer's first
    // contribution", as the payment step asks it, not "before this payment" as if the reader made it.
    const payer = scheme === 'employee' ? { context: 'employer' } : {};
    return (
      <StepFrame
        step="history"
        heading={t('wizard.history.heading')}
        intro={<p>{t('wizard.history.introEmployee', payer)}</p>}
        onSubmit={onSubmit}
        onBack={onBack}
        errors={summary}
        focusRequest={focusRequest}
      >
        {/* A switch from the resident scheme (E2) and a first enrolment (E3, E3a) count the gap from other cover, or none. */}
        <RadioGroup
          name="employeePrior"
          legend={t('wizard.history.prior.legend', payer)}
          hint={t('wizard.history.prior.hint')}
          error={errors.employeePrior?.message}
          input={register('employeePrior')}
          options={PRIORS.map((p) => ({ value: p, label: t(`wizard.history.prior.${p}`) }))}
        />
        {prior === 'employee' && monthField('employeeLastMonth', t('wizard.history.lastMonthPaid'), t('wizard.history.lastMonthPaidHint', { monthExample: monthExample(f) }))}
        {prior === 'employee' && monthField('employeeSince', t('wizard.history.paidSince'), t('wizard.history.paidSinceHint', { monthExample: monthExample(f, '2022-01') }))}
        {prior === 'resident' && (
          <fieldset className="wz-fieldset">
            <legend className="wz-legend">{t('wizard.history.prior.residentYears')}</legend>
            <div className="wz-years">{rows.map((row, i) => yearRow(row, i, RESIDENT_COVERS))}</div>
          </fieldset>
        )}
        {prior === 'employee' && scheme === 'flexible' && loading && (
          <p className="wz-status" role="status">
            {t('wizard.circumstances.checkingRules')}
          </p>
        )}
        {prior === 'employee' && askPaidBy && relevance && (
          <RadioGroup
            name="employeePaidBy"
            legend={t('wizard.history.paidBy.legend')}
            hint={t(relevance.questions.paidBy === 'someRegions' ? 'wizard.history.paidBy.hintSome' : 'wizard.history.paidBy.hintAlways')}
            error={errors.employeePaidBy?.message}
            input={register('employeePaidBy')}
            // "Not sure" is the blank answer as a choice of its own: checked from the start, so the
            // group always has a value (a group with none checked reads as null once it is left,
            // which a keyboard user passing through it did, and Continue then refused the step).
            options={[...PAYERS.map((p) => ({ value: p, label: t(`wizard.history.paidBy.${p}`) })), { value: '' as const, label: t('wizard.history.paidBy.notSure') }]}
          />
        )}
        {/* The shortcut fills in the last month and a payment today: offered only while neither is the
            person's own answer, so it never replaces a month typed or a payment date given. */}
        {prior === 'employee' && !lastMonth && draft.answers.payment.date === today && (
        <div className="wz-quick">
          <button type="button" className="wz-button wz-button--secondary" onClick={quickPath} aria-describedby="wz-quick-hint">
            {t('wizard.history.quickPath')}
          </button>
          <p id="wz-quick-hint" className="wz-hint">
            {t('wizard.history.quickPathHint', { month: f.month(monthsBefore(today, 2)) })}
          </p>
        </div>
        )}
      </StepFrame>
    );
  }

  return (
    <StepFrame
      step="history"
      heading={t('wizard.history.heading')}
      intro={
        <>
          <p>{t('wizard.history.introResident')}</p>
          {/* Said of every year, not only under one row: a payment already made is for a past year. */}
          {/* One paragraph: "leave them as not covered" and "choose employee cover for them" read as a contradiction apart.
              A baby is offered no employee cover (coversOf): not told to choose it. */}
          <p>{t(birthYear === null ? 'wizard.history.paymentYearHintEmployee' : 'wizard.history.paymentYearHint')}</p>

          {ahead.length > 0 && (
            <p className="wz-status" role="note">
              {t('wizard.history.aheadNote', { year: firstPaid, years: f.list(ahead), count: ahead.length })}
            </p>
          )}
        </>
      }
      onSubmit={onSubmit}
      onBack={onBack}
      errors={summary}
      focusRequest={focusRequest}
      payer={paymentPayer}
    >
      {/* Asked before the years: a baby's cover is not asked for the years before its birth. */}
      <div className="wz-choices">
        <Checkbox name="newborn" label={t('wizard.history.newborn')} hint={t('wizard.history.newbornHint', freeBirthYear ? { context: 'enrol' } : {})} input={register('newborn')}>
          {newborn && (
            <TextField
              name="birthDate"
              label={t('wizard.history.birthDate')}
              error={errors.birthDate?.message}
              input={{ ...register('birthDate'), type: 'date', max: today, className: 'wz-input--date' }}
            />
          )}
        </Checkbox>
        {/* Said as the rows go, to screen readers too: the list just got shorter. */}
        <div role="status">{birthYear !== null && hiddenYears > 0 && <p className="wz-hint">{t('wizard.history.beforeBirth', { year: birthYear })}</p>}</div>
      </div>
      <div className="wz-years">
        {rows.map((row, i) => (!asked(row.year) ? null : yearRow(row, i, coversOf(row))))}
      </div>
      {anyEmployee && (
        <fieldset className="wz-fieldset">
          <legend className="wz-legend">{t('wizard.history.employeeSection')}</legend>
          <p className="wz-hint">{t('wizard.history.employeeSectionHint')}</p>
          {monthField('employeeSince', t('wizard.history.employeeSince'), t('wizard.history.monthHint', { monthExample: monthExample(f, '2025-05') }))}
          {monthField('employeeLastMonth', t('wizard.history.employeeLast'), t('wizard.history.monthHint', { monthExample: monthExample(f, '2025-05') }))}
        </fieldset>
      )}
    </StepFrame>
  );
}
