// Every answer, grouped by step: on the check page (with Change buttons) and on the result
// (read-only, so a printed summary carries the answers behind the dates).
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../i18n/languages';
import { useFormat } from '../../i18n/use-format';
import { usePackIndex } from '../../rules/pack-index';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { birthYearOf, employeeLastCoveredMonth, employeeCoverFacts, employeePriorOf, lateDayAsked } from './answers';
import type { Answers } from './answers';
import { asksResidentCircumstances, shownQuestions } from './question-relevance';
import type { ShownQuestions } from './question-relevance';
import { payerContext } from '../payer';
import { answersPayer, stepName } from './payment-payer';
import type { FormStepId } from './steps';
import { askedHistoryRows, employeeGapMonths, enrolmentOnly } from './step-forms';
import { toScenario } from './to-scenario';
import { useQuestionRelevance } from './use-question-relevance';

export type ChangeableStep = Exclude<FormStepId, 'check'>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wz-summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface AnswersSummaryProps {
  answers: Answers;
  today: string;
  /** Shows a Change button per group; without it the summary is read-only. */
  onChange?: (step: ChangeableStep) => void;
  headingLevel?: 'h2' | 'h3' | 'h4';
  /** Steps whose questions a change (of scheme) asks anew: their stored values are no answers yet. */
  unanswered?: readonly ChangeableStep[];
}

export function AnswersSummary({ answers: a, today, onChange, headingLevel: H = 'h3', unanswered = [] }: AnswersSummaryProps) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const id = useId();
  const index = usePackIndex();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const list = (items: number[]) => (items.length > 0 ? new Intl.ListFormat(language, { type: 'conjunction' }).format(items.map(String)) : t('wizard.check.none'));
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const regionName = index.data?.packs.find((p) => p.id === a.region)?.name[language] ?? a.region;
  // The employer pays the employee scheme (payment-step asks about its contributions, not the person's payment).
  const employer = a.scheme === 'employee';
  // A child's year of birth that costs nothing, alone: the payment step asked about the enrolment, and it is reviewed so.
  const chain = useRulePackChain(a.region);
  const enrolOnly = a.scheme === 'resident' && enrolmentOnly(a.payment.years, birthYearOf(a.circumstances), chain.status === 'success' ? chain.chain : null);
  // The payment's group named as the step names itself (the employer's contributions, a child's enrolment).
  const payer = answersPayer(a, today, chain.status === 'success' ? chain.chain : null);
  const c = a.circumstances;
  const ci = a.criticalIllness;
  const resident = asksResidentCircumstances(a.scheme);
  const { relevance } = useQuestionRelevance(a);
  // A rules-v2 question is listed when it was asked, or when its answer goes to the calculator.
  const asked: ShownQuestions | null = relevance
    ? shownQuestions(relevance, { scheme: a.scheme, newborn: c.newborn, hasBirthDate: c.birthDate !== undefined, exemptGroup: c.exemptGroup, ...employeeCoverFacts(a) })
    : null;
  const carried = toScenario(a, today);
  const sc = carried.circumstances;
  const paidBy = carried.history.employeePeriods.at(-1)?.paidBy;
  const groupName = sc.exemptGroup ? t(`wizard.circumstances.exemptGroup.groups.${sc.exemptGroup.group}`) : null;

  const group = (step: ChangeableStep, rows: ReactNode) => (
    <section className="wz-summary-group" aria-labelledby={`${id}-${step}`}>
      <div className="wz-summary-group__head">
        <H id={`${id}-${step}`}>{stepName(t, step, payer)}</H>
        {onChange && (
          <button type="button" className="wz-link-button no-print" aria-label={step === 'payment' ? t('wizard.check.changeLabel.payment', payerContext(payer)) : t(`wizard.check.changeLabel.${step}`)} onClick={() => onChange(step)} data-change={step}>
            {t('wizard.check.change')}
          </button>
        )}
      </div>
      {unanswered.includes(step) && <p className="wz-hint">{t('wizard.check.revisit')}</p>}
      <dl className="wz-summary">{rows}</dl>
    </section>
  );

  // Years before a baby's birth are neither asked nor listed; nor the years this payment is for.
  const askedRows = askedHistoryRows(a, today).filter((r) => !a.payment.years.includes(r.year));
  // A year's cover as answered: a late payment with its day, where the step asks it (lateDayAsked).
  const coverText = (r: (typeof askedRows)[number]) => (r.cover === 'residentLate' && r.latePaidOn && lateDayAsked(r.year) ? t('wizard.check.lateOn', { date: f.date(r.latePaidOn) }) : t(`wizard.history.cover.${r.cover}`));
  const employeeYear = askedHistoryRows(a, today).some((r) => r.cover === 'employee');
  const birthYear = birthYearOf(c);
  const prior = employeePriorOf(a);
  const history =
    a.scheme === 'resident' ? (
      <>
        {/* Asked first on the history step: it decides which years are asked. */}
        <Row label={t('wizard.check.newborn')}>{c.newborn && c.birthDate ? t('wizard.check.bornOn', { date: f.date(c.birthDate) }) : yesNo(c.newborn)}</Row>
        {askedRows.length === 0 && birthYear !== null && <Row label={t('wizard.check.earlierYears')}>{t('wizard.check.noneSinceBirth', { year: birthYear })}</Row>}
        {/* Years this payment is for are asked about on the payment step. */}
        {/* To the year before a payment further ahead: the cover expected then counts too. */}
        {askedRows.map((r) => (
            <Row key={r.year} label={t('wizard.history.yearLegend', { year: r.year })}>
              {/* Rows kept from another scheme's answers are defaults, not what the person said. */}
              {unanswered.includes('history') ? t('wizard.check.notGiven') : coverText(r)}
            </Row>
          ))}
        {/* The months go with a year of employee cover; without one they are kept for an employee scheme, not given here. */}
        {employeeYear && a.history.employeeSince && <Row label={t('wizard.history.employeeSince')}>{f.month(a.history.employeeSince)}</Row>}
        {employeeYear && a.history.employeeLastMonth && <Row label={t('wizard.history.employeeLast')}>{f.month(a.history.employeeLastMonth)}</Row>}
      </>
    ) : (
      <>
        {/* Until the history is answered for this scheme, "employee months" is only the default. Named as the history step names it (an employer's: "before your employer's first contribution"). */}
        <Row label={t('wizard.check.prior', employer ? { context: 'employer' } : {})}>{unanswered.includes('history') ? t('wizard.check.notGiven') : t(`wizard.history.prior.${prior}`)}</Row>
        {prior === 'employee' && (
          <>
            <Row label={t('wizard.history.lastMonthPaid')}>{a.history.employeeLastMonth ? f.month(a.history.employeeLastMonth) : t('wizard.check.notGiven')}</Row>
            <Row label={t('wizard.check.paidSince')}>{a.history.employeeSince ? f.month(a.history.employeeSince) : t('wizard.check.notGiven')}</Row>
            {/* Left at "Not sure" (the question's answer from the start): said as the step showed it. */}
            {(asked?.paidBy || paidBy) && (
              <Row label={t('wizard.check.paidBy')}>{paidBy ? t(`wizard.history.paidBy.${paidBy}`) : unanswered.includes('history') ? t('wizard.check.notGiven') : t('wizard.history.paidBy.notSure')}</Row>
            )}
          </>
        )}
        {/* The resident years before a switch (E2), as the step asked them. */}
        {prior === 'resident' &&
          askedRows.map((r) => (
            <Row key={r.year} label={t('wizard.history.yearLegend', { year: r.year })}>
              {coverText(r)}
            </Row>
          ))}
      </>
    );

  return (
    <>
      {group(
        'where',
        <>
          <Row label={t('wizard.check.scheme')}>{t(`wizard.where.scheme.${a.scheme}`)}</Row>
          <Row label={t('wizard.check.region')}>{regionName}</Row>
        </>,
      )}
      {group('history', history)}
      {group(
        'payment',
        <>
          {/* The employer-paid scheme is asked about the employer's contributions (payment-step): reviewed in the same words. */}
          <Row label={t(employer ? 'wizard.payment.employer.statusLegend' : enrolOnly ? 'wizard.check.enrolStatus' : 'wizard.check.status')}>
            {t(employer ? `wizard.payment.employer.status.${a.payment.status}` : enrolOnly ? `wizard.payment.enrol.status.${a.payment.status}` : `wizard.payment.status.${a.payment.status}`)}
          </Row>
          {/* A planned payment has a day it is planned for; a made one, the day the money arrived (or, where nothing is paid, the child was enrolled). */}
          <Row label={t(employer ? (a.payment.status === 'made' ? 'wizard.payment.employer.dateMade' : 'wizard.payment.employer.datePlanned') : enrolOnly ? (a.payment.status === 'made' ? 'wizard.payment.enrol.dateMade' : 'wizard.payment.enrol.datePlanned') : a.payment.status === 'made' ? 'wizard.payment.dateMade' : 'wizard.payment.datePlanned')}>{f.date(a.payment.date)}</Row>
          {a.scheme === 'resident' ? (
            <>
              <Row label={t(enrolOnly ? 'wizard.check.yearsEnrolled' : a.payment.status === 'made' ? 'wizard.check.years' : 'wizard.check.yearsPlanned')}>{list(a.payment.years)}</Row>
              {/* Repair is asked only where it helps or was paid: no "0 years" for a question never put. */}
              {a.payment.repairYears > 0 && <Row label={t('wizard.check.repairYears')}>{f.years(a.payment.repairYears)}</Row>}
            </>
          ) : employeePriorOf(a) === 'none' || employeeGapMonths(employeeLastCoveredMonth(a), a.payment.date) === 0 ? null : (
            // The resident scheme never asks it: until the payment step is answered again, there is no answer.
            // Nor does the payment step where no month was missed, or for a first enrolment.
            <Row label={t(employer ? (a.payment.status === 'made' ? 'wizard.payment.employer.backPayMade' : 'wizard.payment.employer.backPay') : a.payment.status === 'made' ? 'wizard.check.backPayMade' : 'wizard.check.backPay')}>{unanswered.includes('payment') ? t('wizard.check.notGiven') : yesNo(a.payment.backPay)}</Row>
          )}
        </>,
      )}
      {group(
        'circumstances',
        <>
          {/* Resident-scheme questions, not asked of the employee schemes (their answers kept for a switch back are not listed). */}
          {resident && (
            <>
              {/* Of a baby, asked of the household (circumstances-step: lowIncomeBaby), and listed so. */}
              <Row label={t(sc.birthDate !== undefined ? 'wizard.check.lowIncomeBaby' : 'wizard.check.lowIncome')}>{yesNo(c.lowIncomeNotByChoice)}</Row>
              {/* Not asked of a baby (a date of birth given): an earlier answer is kept, not used, so not listed. */}
              {sc.birthDate === undefined && (
                <Row label={t('wizard.check.veteran')}>
                  {sc.newVeteran && sc.veteranDischargeDate ? t('wizard.check.dischargedOn', { date: f.date(sc.veteranDischargeDate) }) : yesNo(sc.newVeteran === true)}
                </Row>
              )}
            </>
          )}
          {!resident && !(asked?.movedRegion || sc.movedRegion) && <Row label={t('wizard.check.employeeCircumstances')}>{t('wizard.check.nothingToAnswer')}</Row>}
          {(asked?.subsidisedNewborn || sc.subsidisedNewborn) && <Row label={t('wizard.check.subsidisedNewborn')}>{yesNo(sc.subsidisedNewborn === true)}</Row>}
          {(asked?.parentInsured || sc.parentInsured) && <Row label={t('wizard.check.parentInsured')}>{yesNo(sc.parentInsured === true)}</Row>}
          {(asked?.newbornRegistrationDate || sc.newbornRegistrationDate) && (
            <Row label={t('wizard.check.registrationDate')}>{sc.newbornRegistrationDate ? f.date(sc.newbornRegistrationDate) : t('wizard.check.notGiven')}</Row>
          )}
          {(asked?.universityEntrant || sc.universityEntrant) && <Row label={t('wizard.check.universityEntrant')}>{yesNo(sc.universityEntrant === true)}</Row>}
          {(asked?.movedRegion || sc.movedRegion) && <Row label={t('wizard.check.movedRegion')}>{yesNo(sc.movedRegion === true)}</Row>}
          {(asked?.exemptGroup || sc.exemptGroup) && (
            <Row label={t('wizard.check.exemptGroup')}>
              {groupName === null
                ? t('wizard.circumstances.exemptGroup.none')
                : sc.exemptGroup?.since
                  ? // The date with what it is ("date you graduated"), not "since": it is the day the group's time limit counts from.
                    t('wizard.check.exemptSince', { group: groupName, what: t(sc.birthDate !== undefined ? (`wizard.circumstances.exemptGroup.sinceBaby.${sc.exemptGroup.group}` as 'wizard.circumstances.exemptGroup.sinceBaby.medicalAid') : `wizard.circumstances.exemptGroup.since.${sc.exemptGroup.group}`), date: f.date(sc.exemptGroup.since) })
                  : groupName}
            </Row>
          )}
          {/* Where the region's rules ask it: unanswered (a draft from before it was asked) says so, as the result then has no exemption. */}
          {asked?.exemptNewlyAdded && sc.exemptGroup && (
            <Row label={t('wizard.check.exemptNewlyAdded')}>{sc.exemptGroup.newlyAdded === undefined ? t('wizard.check.notGiven') : yesNo(sc.exemptGroup.newlyAdded)}</Row>
          )}
          {(asked?.premiumTier || sc.premiumTier) && (
            <Row label={t('wizard.check.premiumTier')}>{sc.premiumTier ? t(`wizard.circumstances.premiumTier.tiers.${sc.premiumTier}`) : t('wizard.circumstances.premiumTier.notSure')}</Row>
          )}
          {!resident ? null : ci.enabled ? (
            <>
              <Row label={t('wizard.check.cap')}>{ci.originalCapYuan !== undefined ? f.yuan(ci.originalCapYuan) : t('wizard.check.notGiven')}</Row>
              <Row label={t('wizard.check.noClaimYears')}>{list(ci.noClaimYears)}</Row>
              <Row label={t('wizard.check.bonusUsedYears')}>{list(ci.bonusUsedYears)}</Row>
            </>
          ) : (
            <Row label={t('wizard.check.ci')}>{t('wizard.check.ciOff')}</Row>
          )}
        </>,
      )}
    </>
  );
}
