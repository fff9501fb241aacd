// "Pay by the end of this month": a flexible worker's planned payment whose month sits just
// inside a month-count limit of the employee scheme. The gap is counted in whole months up to the
// payment month (E4), so waiting into the next month makes it one month longer, and where that
// crosses a limit the restoration jumps by more than the month waited: E1/E2's 3 months (covered
// from the payment month, or the next) against E3's wait of up to 6 months, or 武汉's tiers (E3a:
// months 4-6 after the employer stopped, the month after payment; later, the 7th month). The
// person must then know the last day: 武汉, employer stopped in June 2026, paid by 31 Dec 2026 from
// 1 Jan 2027, paid in January from 1 Jul 2027. Told by running the payment once more on the first
// day of the next month, so each region's own rules decide, never by counting months here.
import { addMonthsToMonth, firstDayOfMonth, lastDayOfMonth, monthOf } from './dates';
import { gapMonths } from './options';
import { employeeVariant } from './payment-variant';
import { firstDay, lastDay } from './restoration-days';
import type { Runner } from './options';
import type { Result, RuleId, Warning } from './result';
import type { Scenario } from './scenario-schema';

/**
 * The last day of the month after the one `date` falls in: a restoration up to then is the plan's
 * moved on by the month waited (a wait counted from the payment month, or from the next day),
 * not a limit crossed.
 */
function endOfNextMonth(date: string): string {
  return lastDayOfMonth(addMonthsToMonth(monthOf(date), 1));
}

/** The rule whose month count the plan sits inside, from the steps explained: 武汉's tiers, or E1/E2's 3 months. */
function boundaryRule(result: Result): RuleId {
  const step = result.trace.find((s) => s.rule === 'E3a' || s.rule === 'E1' || s.rule === 'E2');
  return step ? step.rule : 'E1';
}

/**
 * The gap (E4, whole months) before the plan's payment and before the same payment a month later.
 * The warning says "the gap will be longer" only where there is one already: cover paid to the
 * month before the plan's (青岛, cover to November, paying in December) has none, and paying in
 * January makes one. Where a resident year still covers the plan's month (E2 residentCoverRuns) it
 * runs to 31 Dec, so a month later there is still none: only the switch's own wait differs.
 */
function gapsOf(result: Result): { gapMonths: number; laterGapMonths: number } {
  const gap = gapMonths(result.main);
  const residentRuns = result.trace.some((s) => s.rule === 'E2' && s.step === 'residentCoverRuns');
  return { gapMonths: gap, laterGapMonths: residentRuns ? 0 : gap + 1 };
}

/**
 * The `payBy` warning for `scenario`'s last payment, where it is a flexible worker's planned
 * payment and paying on the first day of the next month would restart reimbursement later than
 * the month waited explains (a month-count limit crossed). Params: lastDay (the plan's month's
 * last day), nextDay, the plan's first and last possible day (planEarliest, planLatest), the
 * later payment's (laterEarliest, laterLatest) and the rule whose limit is crossed (limitRule). Under regional
 * values (§8) it is raised where some region's later date passes that month (someRegions), and as
 * a fact only where every region's does. Costs one run of the last payment, only for such plans.
 * Empty where none of that holds, where the runner is absent or the later day is outside the rules' years.
 */
export function payByDeadline(scenario: Scenario, result: Result, runner: Runner | null): Warning[] {
  const payment = scenario.payments.at(-1);
  // Only the person's own payment: an employer's contributions are not timed by the reader (as
  // the options leave out "pay today" for them).
  if (!runner || !payment || payment.scheme !== 'flexible' || payment.status !== 'planned') return [];
  const plan = result.main.restoration;
  const planEarliest = firstDay(plan);
  if (planEarliest === null || plan.kind === 'noCover' || plan.kind === 'needsNextYear') return [];
  const planLatest = lastDay(plan);
  const nextDay = firstDayOfMonth(addMonthsToMonth(monthOf(payment.date), 1));
  const later = runner.run(employeeVariant(payment, { date: nextDay }));
  if (!later) return [];
  const laterEarliest = firstDay(later);
  if (laterEarliest === null) return [];
  const laterLatest = lastDay(later);
  // Each region's plan is no later than planLatest, so its date moved by the month waited is no
  // later than this bound: a later date past it is a limit crossed somewhere (and everywhere where
  // even the earliest is past it).
  const bound = endOfNextMonth(planLatest);
  if (laterLatest <= bound) return [];
  const warning: Warning = {
    id: 'payBy',
    params: { lastDay: lastDayOfMonth(monthOf(payment.date)), nextDay, planEarliest, planLatest, laterEarliest, laterLatest, limitRule: boundaryRule(result), ...gapsOf(result) },
  };
  if (laterEarliest <= bound) warning.someRegions = true;
  return [warning];
}
