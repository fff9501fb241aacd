// Who makes the payment the answer is about. The employee scheme (a payment's scheme 'employee')
// is paid by an employer: the wizard asks whether the employer's contributions have started, and
// the person cannot make them. The sentences that would make the reader the payer ("Once you pay,
// your reimbursement restarts") then say the contributions are paid ("Once the contributions are
// paid", 「费用缴纳后」). A flexible worker, and the resident scheme, are paid by the person (a
// child's premium by the parent reading the page): "you" stays.
import type { TFunction } from 'i18next';
import type { Result, Scheme } from '../../calc';
import { freeBirthYearEnrolment } from './first-cover';

/** 'enrol': nothing is paid, a newborn's free year of birth is enrolled (first-cover.ts, freeBirthYearOnly). */
export type Payer = 'self' | 'employer' | 'enrol';

export function payerOf(scheme: Scheme): Payer {
  return scheme === 'employee' ? 'employer' : 'self';
}

/**
 * Who makes the payment `result` is about, from the result alone (the headline, timeline and
 * calendar have no payment to hand): payerOf, or 'enrol' where it only enrols a newborn for a free
 * year of birth (湖北: ¥0), whose sentences say "once your child is enrolled", not "once you pay".
 */
export function payerOfResult(result: Result): Payer {
  return freeBirthYearEnrolment(result.main.premium, result.main) ? 'enrol' : payerOf(result.main.scheme);
}

/**
 * The words for "once paid" as interpolation values: `onceStart` opens a sentence, `once` stands
 * inside one. A parameter, not a context: the sentences that take it already have the cover's
 * context (first-cover.ts: first, firstSelf, continuing), and i18next takes one context. `t` must
 * be the plain translate function, not one that adds the cover's context.
 */
export function oncePaid(t: TFunction, payer: Payer): { onceStart: string; once: string } {
  const context = payer === 'self' ? {} : { context: payer };
  return { onceStart: t('result.oncePaid.start', context), once: t('result.oncePaid.mid', context) };
}

/** i18next options for a text with no other variant whose `_employer` variant says the contributions are paid. */
export function payerContext(payer: Payer): { context?: 'employer' } {
  return payer === 'employer' ? { context: 'employer' } : {};
}
