// E3a (武汉): for a flexible worker, whether an employer paid the cover that ended before the
// gap can move the date by months. The question is optional (people may not know), so where it
// was left blank the result also works out the answer "an employer paid" and, if that gives a
// different date, says both instead of one date (RULES.md §8: never a firm date the person's own
// missing answer could contradict): the headline (payer-outcomes.tsx), the .ics reminder
// (calendar-events.ts) and the widget's result event (app/embed/messages.ts).
import { calculate, sameRestoration } from '../../calc';
import type { Restoration, RulePack, Scenario } from '../../calc';

/** The answer had an employer paid the cover whose payer was left blank. */
export interface PayerAlternative {
  /** The last month (YYYY-MM) of the employee-scheme cover whose payer was not given. */
  month: string;
  /** The answer had an employer paid that cover. */
  ifEmployer: Restoration;
}

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

/**
 * Where the payer was left blank and an employer-paid answer differs from `own` (the answer of
 * `scenario` as given, which reads a blank payer as the person's own): that answer. Null where
 * the question does not apply, was answered, or both answers are the same. Never throws: an
 * alternative that does not calculate is no alternative.
 */
export function payerAlternative(scenario: Scenario, chain: readonly RulePack[], own: Restoration): PayerAlternative | null {
  const alt = paidByAlternative(scenario);
  if (!alt) return null;
  const other = calculate(alt.scenario, chain);
  if (!other.ok || sameRestoration(other.result.main.restoration, own)) return null;
  return { month: alt.month, ifEmployer: other.result.main.restoration };
}
