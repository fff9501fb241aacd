// Whose act the payment step is about, for its name in the step list, its heading and the check
// page: the employer's contributions (the employee scheme: the person cannot pay them), a child's
// enrolment where the year of birth costs nothing (湖北; 湖南 with a parent insured: X1), or the
// person's own payment. The step's questions themselves follow the years ticked (enrolmentOnly);
// its name does not, so it does not change under the person ticking a box.
import type { TFunction } from 'i18next';
import { birthYearFree } from '../../calc';
import type { PackChain } from '../../calc';
import { birthYearOf } from './answers';
import type { Answers } from './answers';
import { offeredYears } from './step-forms';
import type { FormStepId } from './steps';

/** As the result's Payer (payer-words.ts): 'enrol' where nothing may be paid, only a child enrolled. */
export type StepPayer = 'self' | 'employer' | 'enrol';

/**
 * Whether a child's free year of birth is among the years a payment on `date` can be for (the
 * step's years legend then speaks of an enrolment too). False while the rules are not here.
 */
export function freeBirthYearOffered(date: string, today: string, birthYear: number | null, chain: PackChain | null): boolean {
  return birthYear !== null && chain !== null && offeredYears(date, today, birthYear).includes(birthYear) && birthYearFree(chain, birthYear);
}

export function stepPayer(scheme: Answers['scheme'], freeBirthYear: boolean): StepPayer {
  if (scheme === 'employee') return 'employer';
  return scheme === 'resident' && freeBirthYear ? 'enrol' : 'self';
}

/** stepPayer for stored answers: the payment's date as answered, the birth year as given on the history step. */
export function answersPayer(a: Answers, today: string, chain: PackChain | null): StepPayer {
  const birthYear = a.scheme === 'resident' ? birthYearOf(a.circumstances) : null;
  return stepPayer(a.scheme, freeBirthYearOffered(a.payment.date, today, birthYear, chain));
}

/** i18next options for the payment step's texts that have the payer's own form (`_employer`, `_enrol`). */
export function stepPayerContext(payer: StepPayer): { context?: 'employer' | 'enrol' } {
  return payer === 'self' ? {} : { context: payer };
}

/** A step's name as the step list, the check page and notices give it: the payment step in its payer's words. */
export function stepName(t: TFunction, step: FormStepId, payer: StepPayer): string {
  return step === 'payment' ? t('wizard.steps.payment', stepPayerContext(payer)) : t(`wizard.steps.${step}`);
}
