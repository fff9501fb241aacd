// What-if options, computed by the same engine on variants of the scenario: pay today,
// pay in the next enrolment window, each useful number of repair years, back-pay a gap.
import { yearOf } from './dates';
import type { EnrolmentResult, OptionResult, Restoration } from './result';
import type { PackChain } from './rule-pack';
import { personalPremium } from './premium';
import type { EmployeePayment, Payment, ResidentPayment, Scenario } from './scenario-schema';
import { windowStart } from './window';

/** Runs the rules, without options, with the scenario's last payment replaced by a variant. */
export interface Runner {
  /** The variant's restoration (a range where regional values decide it); null when the variant makes the scenario invalid. */
  run(payment: Payment): Restoration | null;
}

/** R1c / R5: `premiumYears` years at the personal standard of `year`, in yuan; null where unknown. */
function cost(chain: PackChain, scenario: Scenario, year: number, premiumYears: number): number | null {
  if (premiumYears === 0) return 0;
  const c = personalPremium(chain, year, scenario.circumstances.premiumTier);
  return c === null ? null : c * premiumYears;
}

function pushResident(options: OptionResult[], chain: PackChain, scenario: Scenario, kind: OptionResult['kind'], variant: ResidentPayment, extraYears: number, restoration: Restoration | null): void {
  if (!restoration) return;
  const year = yearOf(variant.date);
  options.push({
    kind,
    paymentDate: variant.date,
    years: variant.years,
    repairYears: variant.repairYears,
    restoration,
    extraPremiumYears: extraYears,
    extraCostYuan: cost(chain, scenario, year, extraYears),
    costYuan: cost(chain, scenario, year, variant.years.length + variant.repairYears),
  });
}

function residentOptions(scenario: Scenario, chain: PackChain, payment: ResidentPayment, useful: number, runner: Runner): OptionResult[] {
  const options: OptionResult[] = [];

  // R5: each repair year that actually shortens the wait; beyond that a payment buys nothing.
  for (let r = 0; r <= useful; r++) {
    if (r === payment.repairYears) continue;
    const variant = { ...payment, repairYears: r };
    pushResident(options, chain, scenario, 'repair', variant, r, runner.run(variant));
  }

  if (payment.status !== 'planned') return options;
  const today = scenario.asOf;
  if (payment.date !== today) {
    // The planned years if they can be paid today, otherwise the current benefit year.
    const planned = { ...payment, date: today };
    const plannedResult = runner.run(planned);
    const variant = plannedResult ? planned : { ...payment, date: today, years: [yearOf(today)] };
    pushResident(options, chain, scenario, 'payToday', variant, variant.years.length - payment.years.length, plannedResult ?? runner.run(variant));
  }
  // The next benefit year's window, paid on the day it opens (or today if already open).
  const y = yearOf(today) + 1;
  if (y <= chain.years.to) {
    const opens = windowStart(chain, y).date;
    const date = opens > today ? opens : today;
    if (date !== payment.date || payment.years[0] !== y) {
      const variant = { ...payment, date, years: [y], repairYears: payment.repairYears };
      pushResident(options, chain, scenario, 'nextWindow', variant, 1 - payment.years.length, runner.run(variant));
    }
  }
  return options;
}

function pushEmployee(options: OptionResult[], kind: OptionResult['kind'], variant: EmployeePayment, extra: number, restoration: Restoration | null): void {
  if (restoration) options.push({ kind, paymentDate: variant.date, years: [], repairYears: 0, restoration, extraPremiumYears: extra, extraCostYuan: null, costYuan: null });
}

/** The months of an employee-scheme gap (E4), or 0. */
export function gapMonths(e: EnrolmentResult): number {
  return e.lapse && 'count' in e.lapse ? e.lapse.count : 0;
}

function employeeOptions(scenario: Scenario, payment: EmployeePayment, gap: number, runner: Runner): OptionResult[] {
  const options: OptionResult[] = [];
  if (!payment.backPay && gap > 0) {
    const variant = { ...payment, backPay: true };
    pushEmployee(options, 'backPay', variant, gap, runner.run(variant));
  }
  if (payment.status === 'planned' && payment.date !== scenario.asOf) {
    const variant = { ...payment, date: scenario.asOf };
    pushEmployee(options, 'payToday', variant, 0, runner.run(variant));
  }
  return options;
}

/**
 * The options worth showing. `reach`: the repair years that could shorten the wait (R5) and the
 * gap months a back-payment could cover (E1); under regional values, the most any run allows.
 */
export function computeOptions(scenario: Scenario, chain: PackChain, runner: Runner, reach: { useful: number; gap: number }): OptionResult[] {
  const payment = scenario.payments.at(-1);
  if (!payment) return [];
  return payment.scheme === 'resident' ? residentOptions(scenario, chain, payment, reach.useful, runner) : employeeOptions(scenario, payment, reach.gap, runner);
}
