// E3a (武汉): a flexible worker left "who paid" blank, and an employer-paid answer gives another
// date. The headline then is not one date (RULES.md §8: never a firm date the person's own
// missing answer could contradict): it says the date depends on who paid, gives both, earliest
// first, and says the rest of the page follows the blank answer's reading (paid by the person).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Restoration } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import type { RulePack } from '../../calc';
import { RestorationText } from './options-list';
import { payerExtraLines, payerReadings } from './paid-by-alternative';
import type { PayerAlternative } from './paid-by-alternative';
import { possibleDays } from './range-lines';
import { RangeOutcomes } from './range-outcomes';
import type { Tense } from './range-wording';

/**
 * The lead sentence of the headline where the date depends on who paid; null without an
 * alternative. In the past tense once the payment is made and both answers are behind `asOf`.
 */
export function usePayerLead(alternative: PayerAlternative | undefined, { made, asOf, own }: { made: boolean; asOf: string; own: Restoration }): string | null {
  const { t } = useTranslation();
  const f = useFormat();
  if (!alternative) return null;
  const ends = [possibleDays(own).at(-1), possibleDays(alternative.ifEmployer).at(-1)];
  const past = made && ends.every((d) => d !== undefined && d <= asOf);
  return t(past ? 'result.paidBy.leadSince' : 'result.paidBy.lead', { month: f.month(alternative.month) });
}

/** The way to one date: the question, asked again (history step). */
function AnswerButton({ onAnswer }: { onAnswer?: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!onAnswer) return null;
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" onClick={onAnswer}>
        {t('result.paidBy.answer')}
      </button>
    </p>
  );
}

/**
 * Under a range whose span an employer-paid cover does not change (the national rules), the
 * dates only an employer-paid cover gives in some regions, after the range's own lines: without
 * them a region named there (武汉) would seem to give its self-paid date whoever paid.
 */
export function PayerExtraLines({ alternative, chain, tense, onAnswer }: { alternative: PayerAlternative; chain: readonly RulePack[]; tense?: Tense | undefined; onAnswer?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lines = useMemo(() => payerExtraLines(alternative), [alternative]);
  if (!alternative.extra) return null;
  return (
    <div data-testid="paid-by-extra">
      <p className="headline__payer-lead">{t('result.paidBy.extraLead', { month: f.month(alternative.month) })}</p>
      <RangeOutcomes range={alternative.extra} chain={chain} tense={tense} given={lines ?? undefined} label={t('result.paidBy.extraListLabel')} />
      <p className="headline__alternative">{t('result.paidBy.extraTail')}</p>
      <AnswerButton onAnswer={onAnswer} />
    </div>
  );
}

/** The two answers, one line each, and what to do for one date. */
export function PayerOutcomes({ own, alternative, onAnswer }: { own: Restoration; alternative: PayerAlternative; onAnswer?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const lines = payerReadings(own, alternative);
  return (
    <>
      <ul className="headline__outcomes" aria-label={t('result.paidBy.listLabel')} data-testid="paid-by-outcomes">
        {lines.map((line) => (
          <li key={line.key} className={`headline__outcome headline__outcome--${line.restoration.kind}`}>
            <strong className="headline__when">
              <RestorationText r={line.restoration} />
            </strong>
            {t('result.range.separator')}
            {t(`result.paidBy.${line.key}`)}
          </li>
        ))}
      </ul>
      <p className="headline__alternative" data-testid="paid-by-alternative">
        {t('result.paidBy.tail')}
      </p>
      <AnswerButton onAnswer={onAnswer} />
    </>
  );
}
