// Advice a later payment of the same history has already followed is not given again: a
// payment whose wait runs past its last paid year is told to "also pay the next year" (I4).
// Where the scenario goes on with a payment for that next year that arrives before the wait ends,
// the wait continues into it (R8), and the advice would contradict both what the person did and
// the explanation. A next-year payment that arrives after the wait ended starts a wait of its own
// (RULES §7: R8 and I4 only when the premium arrives no later than the day that wait ends), so
// there the advice stands.
import type { Warning } from './result';
import type { Payment } from './scenario-schema';

/**
 * `warnings` less each `paysForNothing` (last paid year Y, wait ending on `coverStart`) where a
 * later payment pays Y+1 and arrives before `coverStart`. Every other warning is kept as it is,
 * in order. Pure; never throws.
 */
export function withoutSettledAdvice(warnings: readonly Warning[], payments: readonly Payment[]): Warning[] {
  return warnings.filter((w) => {
    if (w.id !== 'paysForNothing') return true;
    const { lastPaidYear, coverStart } = w.params;
    if (typeof lastPaidYear !== 'number' || typeof coverStart !== 'string') return true;
    return !payments.some((p) => p.scheme === 'resident' && p.years.includes(lastPaidYear + 1) && p.date < coverStart);
  });
}
