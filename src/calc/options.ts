// What-if options, computed by the same engine on variants of the scenario: pay today,
// pay in the next enrolment window, each useful number of repair years, back-pay a gap.
import { yearOf } from './dates';
import type { EnrolmentResult, OptionResult } from './result';
import type { PackChain } from './rule-pack';
import type { EmployeePayment, ResidentPayment, Scenario } from './scenario-schema';
import { windowFor } from './window';

/** Runs the rules without options; null when the variant is not a valid scenario. */
export type Runner = (scenario: Scenario) => EnrolmentResult | null;

function withLast(scenario: Scenario, payment: Scenario['payments'][number]): Scenario {
  return { ...scenario, payments: [...scenario.payments.slice(0, -1), payment] };
}

function cost(chain: PackChain, year: number, premiumYears: number): number | null {
  if (premiumYears === 0) return 0;
  const c = chain.find('resident.contributionYuan', year)?.value ?? null;
  return c === null ? null : c * premiumYears;
}

function residentOptions(scenario: Scenario, chain: PackChain, payment: ResidentPayment, main: EnrolmentResult, run: Runner): OptionResult[] {
  const options: OptionResult[] = [];
  const push = (kind: OptionResult['kind'], variant: ResidentPayment, extraYears: number) => {
    const result = run(withLast(scenario, variant));
    if (!result) return;
    options.push({
      kind,
      paymentDate: variant.date,
      years: variant.years,
      repairYears: variant.repairYears,
      restoration: result.restoration,
      extraPremiumYears: extraYears,
      extraCostYuan: cost(chain, yearOf(variant.date), extraYears),
    });
  };

  // R5: each repair year that actually removes a month; beyond that a payment buys nothing.
  const useful = main.waiting?.usefulRepairYears ?? 0;
  for (let r = 0; r <= useful; r++) {
    if (r !== payment.repairYears) push('repair', { ...payment, repairYears: r }, r);
  }

  if (payment.status !== 'planned') return options;
  const today = scenario.asOf;
  if (payment.date !== today) {
    // The planned years if they can be paid today, otherwise the current benefit year.
    const planned = { ...payment, date: today };
    const current = { ...payment, date: today, years: [yearOf(today)] };
    const variant = run(withLast(scenario, planned)) ? planned : current;
    push('payToday', variant, variant.years.length - payment.years.length);
  }
  // The next main window that has not closed yet, for a year after today's.
  for (let y = yearOf(today) + 1; y <= yearOf(today) + 2; y++) {
    if (y > chain.years.to) break;
    const w = windowFor(chain, y);
    if (w.end < today) continue;
    const date = w.start > today ? w.start : today;
    if (date !== payment.date || payment.years[0] !== y) push('nextWindow', { ...payment, date, years: [y], repairYears: payment.repairYears }, 1 - payment.years.length);
    break;
  }
  return options;
}

function employeeOptions(scenario: Scenario, payment: EmployeePayment, main: EnrolmentResult, run: Runner): OptionResult[] {
  const options: OptionResult[] = [];
  const push = (kind: OptionResult['kind'], variant: EmployeePayment, extra: number) => {
    const result = run(withLast(scenario, variant));
    if (result) options.push({ kind, paymentDate: variant.date, years: [], repairYears: 0, restoration: result.restoration, extraPremiumYears: extra, extraCostYuan: null });
  };
  const gap = main.lapse && 'count' in main.lapse ? main.lapse.count : 0;
  if (!payment.backPay && gap > 0) push('backPay', { ...payment, backPay: true }, gap);
  if (payment.status === 'planned' && payment.date !== scenario.asOf) push('payToday', { ...payment, date: scenario.asOf }, 0);
  return options;
}

export function computeOptions(scenario: Scenario, chain: PackChain, main: EnrolmentResult, run: Runner): OptionResult[] {
  const payment = scenario.payments.at(-1);
  if (!payment) return [];
  return payment.scheme === 'resident' ? residentOptions(scenario, chain, payment, main, run) : employeeOptions(scenario, payment, main, run);
}
