// What the person's own plan pays, for comparing the options' costs with it (options-list.tsx).
import type { Restoration, Scenario } from '../../calc';
import type { PlanCost } from './options-list';
import { nextYearNeeded } from './range-lines';

/**
 * Years of premium the scenario's last payment pays (its years and repair years, plus the next
 * year where every restart needs it paid too, I4). An employee-scheme plan pays no premium years
 * here (0): a back-payment option, which pays the gap months, is then never cheaper than it.
 * Undefined without a payment.
 */
export function planCostOf(scenario: Scenario, plan: Restoration): PlanCost | undefined {
  const payment = scenario.payments.at(-1);
  if (!payment) return undefined;
  if (payment.scheme !== 'resident') return { years: 0 };
  return { years: payment.years.length + payment.repairYears + (nextYearNeeded(plan) === null ? 0 : 1) };
}
