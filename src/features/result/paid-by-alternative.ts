// E3a (武汉): for a flexible worker, whether an employer paid the cover that ended before the
// gap can move the date by months. The question is optional (people may not know), so where it
// was left blank the result also works out the answer "an employer paid" and, if that gives a
// different date, the headline gives both (payer-outcomes.tsx) instead of one date.
import type { Scenario } from '../../calc';

/**
 * The scenario with the unanswered payer of the employee period that ends last set to
 * "employer", and that period's last month (YYYY-MM); null where the last payment is not a
 * flexible worker's, or that period's payer was given.
 */
export function paidByAlternative(scenario: Scenario): { scenario: Scenario; month: string } | null {
  const payment = scenario.payments.at(-1);
  if (payment?.scheme !== 'flexible') return null;
  const periods = scenario.history.employeePeriods;
  let lastIndex = -1;
  periods.forEach((p, i) => {
    if (p.to <= payment.date.slice(0, 7) && (lastIndex < 0 || p.to > (periods[lastIndex] as typeof p).to)) lastIndex = i;
  });
  const last = periods[lastIndex];
  if (!last || last.paidBy !== undefined) return null;
  const employeePeriods = periods.map((p, i) => (i === lastIndex ? { ...p, paidBy: 'employer' as const } : p));
  return { scenario: { ...scenario, history: { ...scenario.history, employeePeriods } }, month: last.to };
}
