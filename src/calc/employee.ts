// E1-E4 and E3a: the employee scheme (employer-paid or flexible workers) after a gap, and
// switching into it from the resident scheme. What a short gap within one pooling region
// gives, and the wait after a long gap, are regional (§8.5); a move between regions is S5.
import { addDays, addMonthsToMonth, firstDayOfMonth, lastDayOfMonth, monthFromIndex, monthIndex, monthOf } from './dates';
import type { Coverage } from './coverage';
import { exemptStart } from './exemptions';
import type { EnrolmentResult, Restoration } from './result';
import type { PackChain } from './rule-pack';
import type { Circumstances, EmployeePayment, Scenario } from './scenario-schema';
import type { Recorder } from './trace';

type Lapse = EnrolmentResult['lapse'];

/** An employee-scheme enrolment: it pays for months, not benefit years, so its year lists are empty. */
function enrolment(
  payment: EmployeePayment,
  index: number,
  restoration: Restoration,
  waiting: EnrolmentResult['waiting'],
  lapse: Lapse,
  retroactive: EnrolmentResult['retroactive'],
  exemption: EnrolmentResult['exemption'],
): EnrolmentResult {
  // The keys in the order resident.ts gives them: one shape of result for the readers of both.
  return { paymentIndex: index, scheme: payment.scheme, paymentDate: payment.date, years: [], restoration, waiting, lapse, retroactive, coveredYears: [], benefitPeriodEnd: null, exemption, premium: null };
}

/** Covered from the first day of the payment month, and the gap too if `retroactive`. */
function coveredNow(coverage: Coverage, payment: EmployeePayment, index: number, lapse: Lapse, retroactive: EnrolmentResult['retroactive'], switching: boolean): EnrolmentResult {
  const paymentMonth = monthOf(payment.date);
  coverage.addEmployeeMonths(monthIndex(retroactive ? retroactive.from : paymentMonth), monthIndex(paymentMonth));
  return enrolment(payment, index, { kind: 'date', date: firstDayOfMonth(paymentMonth) }, null, lapse, retroactive, switching ? 'switch' : null);
}

/**
 * Covered from `date` (after the payment), the gap not covered. `wait`: the rule sets a waiting
 * period (E3's months, E3a's 7th month in 武汉), recorded in whole months. A rule that simply starts
 * cover on a later day (E1 「从补齐欠费的次月起」, E2 "no wait from the next day", 武汉's months
 * 4-6 「从缴费的次月起享受」) sets none: the days before are paid but not yet covered, not a
 * waiting period, and are never called one.
 */
function coveredFrom(coverage: Coverage, payment: EmployeePayment, index: number, lapse: Lapse, date: string, wait: boolean): EnrolmentResult {
  const paymentMonth = monthOf(payment.date);
  coverage.addEmployeeMonths(monthIndex(monthOf(date)), monthIndex(monthOf(date)));
  const months = monthIndex(monthOf(date)) - monthIndex(paymentMonth);
  const start = firstDayOfMonth(paymentMonth);
  const waiting =
    wait && date > start
      ? { start: payment.date < date ? payment.date : start, end: addDays(date, -1), unit: 'months' as const, fixed: months, variable: 0, variableBeforeRepair: 0, repairRemoved: 0, total: months, usefulRepairYears: 0 }
      : null;
  return enrolment(payment, index, { kind: 'date', date }, waiting, lapse, null, null);
}

/** Whether the cover that ended at month index `last` was paid by an employer (E3a); unknown counts as no. */
function employerPaidAt(history: Scenario['history'], last: number): boolean {
  return history.employeePeriods.some((p) => p.paidBy === 'employer' && monthIndex(p.from) <= last && last <= monthIndex(p.to));
}

export function employeeEnrolment(chain: PackChain, coverage: Coverage, payment: EmployeePayment, index: number, history: Scenario['history'], circumstances: Circumstances, trace: Recorder): EnrolmentResult {
  const paymentMonth = monthOf(payment.date);
  const year = Number(paymentMonth.slice(0, 4));
  const start = firstDayOfMonth(paymentMonth);
  const nextMonth = firstDayOfMonth(addMonthsToMonth(paymentMonth, 1));
  // E4: whole calendar months between the last covered month and the payment month.
  const last = coverage.gapBefore(paymentMonth);
  const noWaitP = chain.get('employee.noWaitGapMonths', year);
  const gap = last ? last.gap : null;
  const lapse = last && gap && gap > 0 ? { months: { from: monthFromIndex(last.index + 1), to: addMonthsToMonth(paymentMonth, -1) }, count: gap } : null;
  trace?.add('E4', last ? 'gap' : 'firstEnrolment', { lastCoveredMonth: last ? monthFromIndex(last.index) : null, paymentMonth, gapMonths: gap });

  // No gap in the same scheme: cover simply goes on. Nor where a paid resident year still covers the
  // payment month (R8: to 31 Dec): the person is covered throughout, and any wait the employee
  // scheme sets runs under that cover (江苏 L-JS: 「如仍在居民医保待遇生效期内的，享受居民医保待遇」).
  // A switch after resident cover has ended, with no gap, is still a switch (E2: a gap of 0 months
  // is within 3), so it needs the two years like any other.
  if (last && gap === 0 && last.by !== 'resident') return coveredNow(coverage, payment, index, lapse, null, false);
  if (last && gap === 0 && coverage.monthCovered(monthIndex(paymentMonth)) === 'resident') {
    trace?.add('E2', 'residentCoverRuns', { year, coverFrom: start }, []);
    // No exemption from a wait: there is no gap to wait after (the step says why).
    return coveredNow(coverage, payment, index, lapse, null, false);
  }

  // E3a (武汉): a flexible worker after employer-paid cover, by months since the employer stopped.
  // Asked only where it can apply: a run that asked it regardless would split on a rule that
  // changes nothing here, and name 武汉 beside dates its rules never give.
  // A move between pooling regions with a short gap back-paid is S5's (national, A), whatever a
  // city's own tiers for its own ex-employees say (E3a, C): it goes to the move's rule below.
  const moved = circumstances.movedRegion === true && last !== null && last.by === 'employee' && gap !== null && gap <= noWaitP.value && payment.backPay;
  const afterEmployer = payment.scheme === 'flexible' && !moved && (last === null || (last.by === 'employee' && employerPaidAt(history, last.index)));
  const tiersP = afterEmployer ? chain.find('flexible.afterEmployer', year) : null;
  const tiers = tiersP?.value ?? null;
  if (tiersP && tiers) {
    // The tiers count months since the employer stopped *including the month of payment*
    // (P-WH-E 「三个月（含办理当月）内」; W27: cover to December, May is "month 5"): the E4 gap + 1.
    const month = gap === null ? null : gap + 1;
    if (gap !== null && month !== null && month <= tiers.gapCoveredWithinMonths && payment.backPay) {
      const retro = gap && gap > 0 ? { from: firstDayOfMonth(monthFromIndex((last as { index: number }).index + 1)), to: lastDayOfMonth(addMonthsToMonth(paymentMonth, -1)) } : null;
      trace?.add('E3a', 'gapCovered', { gapMonths: gap, coverFrom: start }, [tiersP]);
      return coveredNow(coverage, payment, index, lapse, retro, false);
    }
    if (month !== null && month <= tiers.nextMonthWithinMonths) {
      // Said with the month count the tiers use, so a gap of 3 months paid in the 4th is not read as "within 3 months".
      if (month <= tiers.gapCoveredWithinMonths) trace?.add('E3a', 'nextMonthNotBackPaid', { gapMonths: gap, coverFrom: nextMonth }, [tiersP]);
      else trace?.add('E3a', 'nextMonth', { gapMonths: gap, monthOfPayment: month, maxMonths: tiers.gapCoveredWithinMonths, coverFrom: nextMonth }, [tiersP]);
      return coveredFrom(coverage, payment, index, lapse, nextMonth, false);
    }
    const date = firstDayOfMonth(addMonthsToMonth(paymentMonth, tiers.laterWaitMonths));
    if (last) trace?.add('E3a', 'later', { gapMonths: gap, monthOfPayment: month, maxMonths: tiers.nextMonthWithinMonths, coverFrom: date }, [tiersP]);
    else trace?.add('E3a', 'firstEnrolment', { gapMonths: gap, coverFrom: date }, [tiersP]);
    return coveredFrom(coverage, payment, index, lapse, date, true);
  }

  // A switch of scheme without two years that the region leaves to the ordinary rules (E2): back-paying changes nothing.
  let ordinarySwitch = false;
  if (last && gap !== null && gap <= noWaitP.value) {
    const retro = gap > 0 ? { from: firstDayOfMonth(monthFromIndex(last.index + 1)), to: lastDayOfMonth(addMonthsToMonth(paymentMonth, -1)) } : null;
    const switching = last.by === 'resident';
    const yearsP = chain.get('employee.switchContinuityYears', year);
    const months = coverage.consecutiveMonthsEndingAt(last.index);
    const continuityOk = !switching || months >= yearsP.value * 12;
    if (!continuityOk) {
      // E2 without two years: the region decides (ordinary rules, or no wait from the payment date or next day).
      const rule = chain.get('switch.shortGapWithoutTwoYears', year);
      trace?.add('E2', 'noContinuity', { gapMonths: gap, continuousMonths: months, requiredYears: yearsP.value, rule: rule.value }, [yearsP, rule]);
      if (rule.value !== 'ordinary') {
        // A region that exempts switchers without naming the day: its start day for exempt people decides.
        const { coverFrom, explain } = exemptStart(chain, year, payment.date, null, rule.value);
        explain(trace);
        return coveredFrom(coverage, payment, index, lapse, coverFrom, false);
      }
      ordinarySwitch = true;
    } else if (retro === null) {
      // A switch with no gap after the two years (only a switch gets here with a gap of 0): no months to back-pay.
      trace?.add('E2', 'noGap', { continuousMonths: months, requiredYears: yearsP.value, coverFrom: start }, [noWaitP, yearsP]);
      return coveredNow(coverage, payment, index, lapse, null, true);
    } else if (payment.backPay) {
      if (switching || circumstances.movedRegion) {
        // S5: a move between pooling regions, or a switch of scheme after two years: gap covered.
        // A move says so: it is why the gap is covered here, where the region's own rule might not cover it.
        trace?.add(switching ? 'E2' : 'E1', switching ? 'backPaid' : 'backPaidMoved', { gapMonths: gap, coverFrom: start, retroFrom: retro.from, retroTo: retro.to }, switching ? [noWaitP, yearsP] : [noWaitP]);
        return coveredNow(coverage, payment, index, lapse, retro, switching);
      }
      // E1 within one region: regional.
      const rule = chain.get('employee.shortGapWithinRegion', year);
      if (rule.value === 'gapCovered') {
        trace?.add('E1', 'backPaid', { gapMonths: gap, coverFrom: start, retroFrom: retro.from, retroTo: retro.to }, [noWaitP, rule]);
        return coveredNow(coverage, payment, index, lapse, retro, false);
      }
      const date = rule.value === 'nextMonth' ? nextMonth : addDays(payment.date, 1);
      trace?.add('E1', rule.value === 'nextMonth' ? 'backPaidNextMonth' : 'backPaidNextDay', { gapMonths: gap, coverFrom: date }, [noWaitP, rule]);
      return coveredFrom(coverage, payment, index, lapse, date, false);
    } else {
      // S5 grants cover from the payment month on condition of back-paying the gap.
      trace?.warn('backPayGapForRetroactiveCover', { gapMonths: gap, from: monthFromIndex(last.index + 1) });
      // After a switch of scheme (two years) or a move, the national rules say what back-paying
      // gives (S5); only within one region does the region decide, as the plain note says.
      if (switching) trace?.note('E2.backPayRequired', 'interpretation', 'E2', 'restoration', { requiredYears: yearsP.value });
      else if (circumstances.movedRegion) trace?.note('E1.backPayRequiredMoved', 'interpretation', 'E1', 'restoration');
      else trace?.note('E1.backPayRequired', 'interpretation', 'E1', 'restoration');
    }
  }

  // E3: a longer gap (or a short one without the conditions): the region sets a wait of at most 6 months.
  const waitP = (payment.scheme === 'flexible' ? chain.find('flexible.longGapWaitMonths', year) : null) ?? chain.get('employee.longGapWaitMonths', year);
  const date = firstDayOfMonth(addMonthsToMonth(paymentMonth, waitP.value));
  // Why this wait applies, for the explanation: a gap over E1's months, a short one not back-paid,
  // a first enrolment, or a switch of scheme that the region leaves to the ordinary rules (E2).
  const why = last === null ? 'firstEnrolment' : gap !== null && gap > noWaitP.value ? 'longGap' : ordinarySwitch || payment.backPay ? 'ordinary' : 'notBackPaid';
  // A longer gap is said with the limit it passed (S5: more than 3 months), which is then cited too.
  trace?.add('E3', 'fixed', { months: waitP.value, coverFrom: date, why, maxMonths: noWaitP.value }, why === 'longGap' ? [waitP, noWaitP] : [waitP]);
  return coveredFrom(coverage, payment, index, lapse, date, true);
}

/** What a chain states for a short gap back-paid within one region (E1), and whether its source confirms it. */
export interface ShortGapRule {
  rule: 'gapCovered' | 'nextMonth' | 'nextDay';
  /** False where the value's status is not 'confirmed' (a secondary source): the words must say so. */
  confirmed: boolean;
}

/**
 * E1 within one region: what `chain` states for back-paying a gap of up to 3 months in benefit
 * year `year` (the payment's calendar year): 'gapCovered' (cover from the payment month, the gap
 * covered: 武汉), 'nextMonth' (the gap not covered, cover from the month after: 青岛) or 'nextDay'
 * (from the day after the money arrives). Only for a gap after employee-scheme cover (a switch
 * from the resident scheme is E2's); null where the chain leaves it regional (the national rules),
 * `year` lies outside the chain's years, or for a flexible worker whose earlier cover an employer
 * may have paid (`employerPaid` not false) where the chain has its own rule for that (E3a, 武汉's
 * tiers, which then apply instead). Pure; never throws. For the wizard's hint.
 */
export function shortGapWithinRegion(chain: PackChain, year: number, payer: { scheme: 'employee' | 'flexible'; employerPaid: boolean | undefined }): ShortGapRule | null {
  if (!(year >= chain.years.from && year <= chain.years.to) || chain.isRegional('employee.shortGapWithinRegion', year)) return null;
  if (payer.scheme === 'flexible' && payer.employerPaid !== false && (chain.isRegional('flexible.afterEmployer', year) || chain.find('flexible.afterEmployer', year)?.value)) return null;
  const found = chain.find('employee.shortGapWithinRegion', year);
  return found ? { rule: found.value, confirmed: found.status === 'confirmed' } : null;
}
