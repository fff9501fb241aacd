// Whose act the payment step is about (../payer.ts decides), for its name in the step list, its
// heading and the check page: the employer's contributions, a child's enrolment where the year of
// birth costs nothing (湖北: birthYearFree), or the person's own payment. The step's questions
// themselves follow the years ticked (enrolmentOnly); its name does not, so it does not change
// under the person ticking a box.
import type { TFunction } from 'i18next';
import { birthYearFree } from '../../calc';
import type { PackChain } from '../../calc';
import { payerContext, payerOf } from '../payer';
import type { Payer } from '../payer';
import { birthYearOf } from './answers';
import type { Answers } from './answers';
import { offeredYears } from './step-forms';
import type { FormStepId } from './steps';

/**
 * Whether a child's free year of birth is among the years a payment on `date` can be for (the
 * step's years legend then speaks of an enrolment too). False while the rules are not here.
 */
export function freeBirthYearOffered(date: string, today: string, birthYear: number | null, chain: PackChain | null): boolean {
  return birthYear !== null && chain !== null && offeredYears(date, today, birthYear, chain.years).includes(birthYear) && birthYearFree(chain, birthYear);
}

/** The payer of the payment step for answers: the payment's date as answered, the birth year as given on the history step. */
export function answersPayer(a: Pick<Answers, 'scheme' | 'circumstances' | 'payment'>, today: string, chain: PackChain | null): Payer {
  const birthYear = a.scheme === 'resident' ? birthYearOf(a.circumstances) : null;
  return payerOf(a.scheme, freeBirthYearOffered(a.payment.date, today, birthYear, chain));
}

/** A step's name as the step list, the check page and notices give it: the payment step in its payer's words. */
export function stepName(t: TFunction, step: FormStepId, payer: Payer): string {
  return step === 'payment' ? t('wizard.steps.payment', payerContext(payer)) : t(`wizard.steps.${step}`);
}
