// The result's words for who makes the payment (who that is: ../payer.ts). The sentences that
// would make the reader the payer ("Once you pay, your reimbursement restarts") say, for an
// employer's contributions, that the contributions are paid ("Once the contributions are paid",
// 「费用缴纳后」), and for a child's free enrolment that the child is enrolled; where the person
// pays (a flexible worker; a child's premium, by the parent reading the page), "you" stays.
import type { TFunction, i18n as I18n } from 'i18next';
import type { OptionResult, Result } from '../../calc';
import { payerContext, payerOf } from '../payer';
import type { Payer } from '../payer';
import { freeBirthYearEnrolment } from './first-cover';
import { hasText } from './range-wording';

/**
 * Who makes the payment `result` is about, from the result alone (the headline, timeline and
 * calendar have no payment to hand): 'enrol' where it only enrols a newborn for a free year of
 * birth (湖北: ¥0; first-cover.ts, freeBirthYearEnrolment), whose sentences say "once your child is
 * enrolled", not "once you pay".
 */
export function payerOfResult(result: Result): Payer {
  return payerOf(result.main.scheme, freeBirthYearEnrolment(result.main.premium, result.main));
}

/**
 * payerContext for `key` only where the text has the payer's own form (`key_employer`,
 * `key_enrol`); null otherwise, so the caller's other context (a child's, the cover's) applies.
 * For texts that take another context too, where i18next takes only one.
 */
export function payerTextContext(i18n: I18n, key: string, payer: Payer): { context?: 'employer' | 'enrol' } | null {
  return payer !== 'self' && hasText(i18n, `${key}_${payer}`) ? payerContext(payer) : null;
}

/**
 * The words for "once paid" as interpolation values: `onceStart` opens a sentence, `once` stands
 * inside one. A parameter, not a context: the sentences that take it already have the cover's
 * context (first-cover.ts: first, firstSelf, continuing), and i18next takes one context. `t` must
 * be the plain translate function, not one that adds the cover's context.
 */
export function oncePaid(t: TFunction, payer: Payer): { onceStart: string; once: string } {
  const context = payerContext(payer);
  return { onceStart: t('result.oncePaid.start', context), once: t('result.oncePaid.mid', context) };
}

/**
 * Who makes the payment an option moves: the result's payer, except that an option of a free
 * newborn enrolment that costs something (a later year added, a repair year, or a price not
 * known) is paid by the parent. An employer pays every option of its scheme (they pay months only).
 */
export function optionPayer(payer: Payer, option: Pick<OptionResult, 'costYuan'>): Payer {
  return payer === 'enrol' && option.costYuan !== 0 ? 'self' : payer;
}
