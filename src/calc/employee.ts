// E1-E4: the employee scheme (employer-paid or flexible workers) after a gap, and
// switching into it from the resident scheme.
import { addMonthsToMonth, firstDayOfMonth, lastDayOfMonth, monthFromIndex, monthIndex, monthOf } from './dates';
import type { Coverage } from './coverage';
import type { EnrolmentResult, Restoration } from './result';
import type { PackChain } from './rule-pack';
import type { EmployeePayment } from './scenario-schema';
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
  return { paymentIndex: index, scheme: payment.scheme, paymentDate: payment.date, years: [], coveredYears: [], benefitPeriodEnd: null, restoration, waiting, lapse, retroactive, exemption };
}

/** Covered from the first day of the payment month, and the gap too if `retroactive`. */
function coveredNow(coverage: Coverage, payment: EmployeePayment, index: number, lapse: Lapse, retroactive: EnrolmentResult['retroactive'], switching: boolean): EnrolmentResult {
  const paymentMonth = monthOf(payment.date);
  coverage.addEmployeeMonths(monthIndex(retroactive ? retroactive.from : paymentMonth), monthIndex(paymentMonth));
  return enrolment(payment, index, { kind: 'date', date: firstDayOfMonth(paymentMonth) }, null, lapse, retroactive, switching ? 'switch' : null);
}

export function employeeEnrolment(chain: PackChain, coverage: Coverage, payment: EmployeePayment, index: number, trace: Recorder): EnrolmentResult {
  const paymentMonth = monthOf(payment.date);
  const year = Number(paymentMonth.slice(0, 4));
  const start = firstDayOfMonth(paymentMonth);
  const last = coverage.lastCoveredMonthBefore(monthIndex(paymentMonth));
  const noWaitP = chain.get('employee.noWaitGapMonths', year);

  // E4: whole calendar months between the last covered month and the payment month.
  const gap = last ? monthIndex(paymentMonth) - last.index - 1 : null;
  const lapse = last && gap && gap > 0 ? { months: { from: monthFromIndex(last.index + 1), to: addMonthsToMonth(paymentMonth, -1) }, count: gap } : null;
  trace?.add('E4', last ? 'gap' : 'firstEnrolment', { lastCoveredMonth: last ? monthFromIndex(last.index) : null, paymentMonth, gapMonths: gap });

  if (last && gap === 0) return coveredNow(coverage, payment, index, lapse, null, last.by === 'resident');

  if (last && gap !== null && gap <= noWaitP.value) {
    const retro = { from: firstDayOfMonth(monthFromIndex(last.index + 1)), to: lastDayOfMonth(addMonthsToMonth(paymentMonth, -1)) };
    const switching = last.by === 'resident';
    const yearsP = chain.get('employee.switchContinuityYears', year);
    const months = coverage.consecutiveMonthsEndingAt(last.index);
    const continuityOk = !switching || months >= yearsP.value * 12;
    if (!continuityOk) {
      trace?.add('E2', 'noContinuity', { gapMonths: gap, continuousMonths: months, requiredYears: yearsP.value }, [yearsP]);
      trace?.note('E2.noContinuity', 'regional', 'E2', 'restoration', { continuousMonths: months });
    } else if (payment.backPay) {
      trace?.add(switching ? 'E2' : 'E1', 'backPaid', { gapMonths: gap, coverFrom: start, retroFrom: retro.from, retroTo: retro.to }, switching ? [noWaitP, yearsP] : [noWaitP]);
      return coveredNow(coverage, payment, index, lapse, retro, switching);
    } else {
      // S5 grants cover from the payment month on condition of back-paying the gap.
      trace?.warn('backPayGapForRetroactiveCover', { gapMonths: gap, from: monthFromIndex(last.index + 1) });
      trace?.note('E1.backPayRequired', 'interpretation', 'E1', 'restoration');
    }
  }

  // E3: a longer gap (or a short one without the conditions): the region sets a wait.
  const waitP = chain.find('flexible.longGapWait', year) && payment.scheme === 'flexible' ? chain.get('flexible.longGapWait', year) : chain.get('employee.longGapWait', year);
  let restoration: Restoration;
  if (waitP.value.kind === 'range') {
    const latest = firstDayOfMonth(addMonthsToMonth(paymentMonth, waitP.value.maxMonths));
    restoration = latest === start ? { kind: 'date', date: start } : { kind: 'range', earliest: start, latest, reason: 'E3' };
    trace?.add('E3', 'range', { maxMonths: waitP.value.maxMonths, earliest: start, latest }, [waitP]);
    trace?.note('E3.regional', 'regional', 'E3', 'restoration', { maxMonths: waitP.value.maxMonths });
  } else {
    const date = firstDayOfMonth(addMonthsToMonth(paymentMonth, waitP.value.months));
    restoration = { kind: 'date', date };
    trace?.add('E3', 'fixed', { months: waitP.value.months, coverFrom: date }, [waitP]);
  }
  const end = restoration.kind === 'range' ? restoration.latest : restoration.kind === 'date' ? restoration.date : start;
  const months = monthIndex(monthOf(end)) - monthIndex(paymentMonth);
  if (months > 0) coverage.addEmployeeMonths(monthIndex(end), monthIndex(end));
  const waiting =
    months > 0
      ? { start, end: restoration.kind === 'date' ? lastDayOfMonth(addMonthsToMonth(monthOf(end), -1)) : null, fixedMonths: months, variableMonths: 0, variableMonthsBeforeRepair: 0, repairMonthsRemoved: 0, totalMonths: months, usefulRepairYears: 0 }
      : null;
  return enrolment(payment, index, restoration, waiting, lapse, null, null);
}
