// "The other scheme", a section of its own after the options: the answer the same person would get in the scheme not chosen on the first
// step (other-scheme.ts works it out), with what it costs where the packs price it and a button
// that changes the answers to that scheme. The button is the only way the answers change here,
// and the result then offers to change them back (SchemeSwitchNotice).
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { RestorationText } from './options-list';
import type { OtherSchemeAnswer } from './other-scheme';
import { wordKey } from './result-keys';

export interface OtherSchemeCardProps {
  answer: OtherSchemeAnswer;
  /** Changes the answers to the other scheme (the result then shows it); absent: no button (the widget, tests of the words). */
  onTry?: (scenario: Scenario) => void;
}

function Cost({ answer }: { answer: OtherSchemeAnswer }) {
  const { t } = useTranslation();
  const f = useFormat();
  // The flexible contribution is a local monthly amount no pack states: say so, never a number.
  if (answer.scheme === 'flexible') return <>{t('result.otherScheme.costFlexible')}</>;
  const first = answer.years[0] as number;
  if (answer.premiums.length === 0) return <>{t('result.otherScheme.costResidentUnknown', { year: first })}</>;
  const amounts = answer.premiums.map((p) => (p.full ? t('result.facts.premiumFullNoDate', { yuan: f.yuan(p.yuan) }) : t('result.facts.premiumPersonal', { yuan: f.yuan(p.yuan), tier: t(wordKey('tier', p.tier)) })));
  return <>{t('result.otherScheme.costResident', { year: first, amounts: f.orList(amounts) })}</>;
}

/** The other scheme's date (or range, worded as the options word it), its cost, and a way to switch to it. */
export function OtherSchemeCard({ answer, onTry }: OtherSchemeCardProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const payment = answer.scenario.payments.at(-1);
  if (!payment) return null;
  const date = f.date(payment.date);
  const lastYear = answer.scheme === 'resident' ? answer.years.at(-1) : undefined;
  const lead =
    answer.scheme === 'resident'
      ? t('result.otherScheme.leadResident', { years: f.list(answer.years), date })
      : t(answer.backPay ? 'result.otherScheme.leadFlexibleBackPay' : 'result.otherScheme.leadFlexible', { date });
  return (
    <section className="other-scheme" aria-labelledby={`${id}-title`} data-testid="other-scheme">
      <h2 id={`${id}-title`}>{t('result.otherScheme.title')}</h2>
      <p className="other-scheme__lead">{lead}</p>
      <dl className="facts">
        <div>
          <dt>{t('result.otherScheme.restoration')}</dt>
          <dd>
            <RestorationText r={answer.restoration} />
          </dd>
        </div>
        <div>
          <dt>{t('result.otherScheme.cost')}</dt>
          <dd>
            <Cost answer={answer} />
          </dd>
        </div>
      </dl>
      {answer.skippedYear !== null && <p className="option__note">{t('result.otherScheme.skippedYear', { year: answer.skippedYear })}</p>}
      {/* Resident cover is per calendar year (R1): paying only for the year the payment is made in leaves the next one to pay. */}
      {lastYear !== undefined && lastYear === Number(payment.date.slice(0, 4)) && <p className="option__note">{t('result.otherScheme.endsYear', { end: f.date(`${lastYear}-12-31`), start: f.date(`${lastYear + 1}-01-01`), next: lastYear + 1 })}</p>}
      {onTry && (
        <p className="other-scheme__try no-print">
          <button type="button" className="button button--secondary" aria-describedby={`${id}-undo`} onClick={() => onTry(answer.scenario)}>
            {t(answer.scheme === 'resident' ? 'result.otherScheme.tryResident' : 'result.otherScheme.tryFlexible')}
          </button>
          <span id={`${id}-undo`} className="other-scheme__hint">
            {t('result.otherScheme.tryHint')}
          </span>
        </p>
      )}
    </section>
  );
}

export interface SchemeSwitchNoticeProps {
  /** The scheme the answers were changed to from the result, and the one they were. */
  to: 'resident' | 'flexible';
  from: 'resident' | 'flexible';
  onUndo: () => void;
}

/**
 * After the other scheme's button: the answers now say another scheme, and the way back. Focus
 * comes here (the button pressed is gone with the answer it was on).
 */
export function SchemeSwitchNotice({ to, from, onUndo }: SchemeSwitchNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="notice scheme-switch no-print" data-testid="scheme-switch">
      <p>{t(`result.otherScheme.switched.${to}`, { from: t(`result.otherScheme.schemeName.${from}`) })}</p>
      <button type="button" className="button" onClick={onUndo}>
        {t(`result.otherScheme.undo.${from}`)}
      </button>
    </div>
  );
}
