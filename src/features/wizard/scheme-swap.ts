// The result's "other scheme" card (features/result/other-scheme.ts) offers to work the answers
// out for the scheme not chosen: a flexible worker's plan as a resident payment, or the reverse.
// Here that swapped scenario becomes answers: only the scheme and the payment change, plus what
// the new scheme's questions need to read the same employee cover (year rows for the resident
// scheme); every other answer is kept, so changing back restores them exactly.
import type { Scenario } from '../../calc';
import type { Answers } from './answers';

/**
 * The answers `a` changed to the other scheme's payment in `swapped` (the last payment), or null
 * where that payment is neither a resident nor a flexible worker's one.
 */
export function answersForScheme(a: Answers, swapped: Scenario): Answers | null {
  const pay = swapped.payments.at(-1);
  if (!pay || pay.scheme === 'employee') return null;
  if (pay.scheme === 'resident') {
    // The resident scheme reads employee months only beside a year marked as employee-scheme
    // cover (to-scenario.ts): the years the months span, left at the employee schemes' default
    // "not covered" (which those schemes never asked), are marked so.
    const period = swapped.history.employeePeriods.at(-1);
    const from = period ? Number(period.from.slice(0, 4)) : Infinity;
    const to = period ? Number(period.to.slice(0, 4)) : -Infinity;
    const years = a.history.years.map((r) => (r.cover === 'none' && r.year >= from && r.year <= to ? { ...r, cover: 'employee' as const } : r));
    return { ...a, scheme: 'resident', history: { ...a.history, years }, payment: { ...a.payment, date: pay.date, status: pay.status, years: pay.years, repairYears: pay.repairYears } };
  }
  // Flexible after employee months: the cover before the payment is those months (no "prior" answer).
  const history = { ...a.history };
  delete history.employeePrior;
  return { ...a, scheme: 'flexible', history, payment: { ...a.payment, date: pay.date, status: pay.status, backPay: pay.backPay } };
}
