// Step 5: every answer, grouped by step, each group with a Change button that comes back here.
// "See the result" checks the whole scenario against the region's rules first.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { PackChain, validateScenario } from '../../../calc';
import type { Scenario, ValidationError } from '../../../calc';
import { toSupportedLanguage } from '../../../i18n/setup';
import { useFormat } from '../../../i18n/use-format';
import { packIndexQueryOptions, rulePackChainQueryOptions, usePackIndex, useRulePackChain } from '../../../rules/rule-packs';
import { historyRows } from '../answers';
import { StepFrame } from '../form-kit';
import type { FormStepId, SummaryItem } from '../form-kit';
import { toScenario } from '../to-scenario';
import { useWizardState, useWizardStore } from '../wizard-store';

type ChangeableStep = Exclude<FormStepId, 'check'>;

/** Which step asks the question an error's path points at. */
export function stepForError(path: ValidationError['path'], scenario: Scenario): ChangeableStep {
  const [head, index] = path;
  if (head === 'region') return 'where';
  if (head === 'history') return 'history';
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

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wz-summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CheckStep() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const store = useWizardStore();
  const { draft, today } = useWizardState();
  const a = draft.answers;
  const index = usePackIndex();
  const chain = useRulePackChain(a.region);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const list = (items: number[]) => (items.length > 0 ? new Intl.ListFormat(language, { type: 'conjunction' }).format(items.map(String)) : t('wizard.check.none'));
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const regionName = index.data?.packs.find((p) => p.id === a.region)?.name[language] ?? a.region;

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

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const packs = await loadChain();
    if (!packs) return;
    const scenario = toScenario(a, today);
    const outcome = validateScenario(scenario, packs);
    if (outcome.ok) {
      store.completeStep('check', {}, 'result');
      return;
    }
    const params = { from: packs.years.from, to: packs.years.to };
    const items = new Map<string, SummaryItem>();
    for (const error of outcome.errors) {
      const step = stepForError(error.path, scenario);
      const key = `errors.${error.key}` as ParseKeys;
      const message = i18n.exists(key) ? String(t(key, params)) : t('errors.value.invalid');
      const year = yearOfError(error.path, scenario);
      const stepName = t(`wizard.steps.${step}`);
      const text = year === null ? t('wizard.check.errorItem', { step: stepName, message }) : t('wizard.check.errorItemYear', { step: stepName, year, message });
      if (!items.has(text)) items.set(text, { target: () => store.goTo(step, { returnTo: 'check' }), text });
    }
    setErrors([...items.values()]);
    setFocusRequest((n) => n + 1);
  };

  const group = (step: ChangeableStep, rows: ReactNode) => (
    <section className="wz-summary-group" aria-labelledby={`wz-check-${step}`}>
      <div className="wz-summary-group__head">
        <h3 id={`wz-check-${step}`}>{t(`wizard.steps.${step}`)}</h3>
        <button type="button" className="wz-link-button" aria-label={t(`wizard.check.changeLabel.${step}`)} onClick={() => store.goTo(step, { returnTo: 'check' })}>
          {t('wizard.check.change')}
        </button>
      </div>
      <dl className="wz-summary">{rows}</dl>
    </section>
  );

  const history =
    a.scheme === 'resident' ? (
      <>
        {/* Years this payment is for are asked about on the payment step. */}
        {historyRows(today, a.history.years).filter((r) => !a.payment.years.includes(r.year)).map((r) => (
          <Row key={r.year} label={t('wizard.history.yearLegend', { year: r.year })}>
            {r.cover === 'residentLate' && r.latePaidOn ? t('wizard.check.lateOn', { date: f.date(r.latePaidOn) }) : t(`wizard.history.cover.${r.cover}`)}
          </Row>
        ))}
        {a.history.employeeSince && <Row label={t('wizard.history.employeeSince')}>{f.month(a.history.employeeSince)}</Row>}
        {a.history.employeeLastMonth && <Row label={t('wizard.history.employeeLast')}>{f.month(a.history.employeeLastMonth)}</Row>}
      </>
    ) : (
      <>
        <Row label={t('wizard.history.lastMonthPaid')}>{a.history.employeeLastMonth ? f.month(a.history.employeeLastMonth) : t('wizard.check.notGiven')}</Row>
        <Row label={t('wizard.history.paidSince')}>{a.history.employeeSince ? f.month(a.history.employeeSince) : t('wizard.check.notGiven')}</Row>
      </>
    );

  const c = a.circumstances;
  const ci = a.criticalIllness;

  return (
    <StepFrame
      step="check"
      heading={t('wizard.check.heading')}
      intro={<p>{t('wizard.check.intro')}</p>}
      onSubmit={(event) => void onSubmit(event)}
      errors={errors}
      errorTitle={t('wizard.check.errorsTitle')}
      focusRequest={focusRequest}
      submitLabel={t('wizard.nav.seeResult')}
    >
      {group(
        'where',
        <>
          <Row label={t('wizard.check.region')}>{regionName}</Row>
          <Row label={t('wizard.check.scheme')}>{t(`wizard.where.scheme.${a.scheme}`)}</Row>
        </>,
      )}
      {group('history', history)}
      {group(
        'payment',
        <>
          <Row label={t('wizard.check.status')}>{t(`wizard.payment.status.${a.payment.status}`)}</Row>
          <Row label={t('wizard.check.date')}>{f.date(a.payment.date)}</Row>
          {a.scheme === 'resident' ? (
            <>
              <Row label={t('wizard.check.years')}>{list(a.payment.years)}</Row>
              <Row label={t('wizard.check.repairYears')}>{f.years(a.payment.repairYears)}</Row>
            </>
          ) : (
            <Row label={t('wizard.check.backPay')}>{yesNo(a.payment.backPay)}</Row>
          )}
        </>,
      )}
      {group(
        'circumstances',
        <>
          <Row label={t('wizard.check.newborn')}>{c.newborn && c.birthDate ? t('wizard.check.bornOn', { date: f.date(c.birthDate) }) : yesNo(c.newborn)}</Row>
          <Row label={t('wizard.check.lowIncome')}>{yesNo(c.lowIncomeNotByChoice)}</Row>
          <Row label={t('wizard.check.veteran')}>
            {c.newVeteran && c.veteranDischargeDate ? t('wizard.check.dischargedOn', { date: f.date(c.veteranDischargeDate) }) : yesNo(c.newVeteran)}
          </Row>
          {ci.enabled ? (
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
