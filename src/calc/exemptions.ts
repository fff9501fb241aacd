// X1-X3: who enrols without a waiting period. Each check returns null when it does not
// apply, so the resident rules fall through to the ordinary waiting period.
import { addDays, addMonths, firstDayOfMonth, monthFromIndex, monthIndex, monthOf, addMonthsToMonth, lastDayOfMonth, yearOf } from './dates';
import type { IsoDate } from './dates';
import type { Coverage } from './coverage';
import type { PackChain } from './rule-pack';
import type { Circumstances } from './scenario-schema';
import type { Recorder } from './trace';

export interface Exemption {
  kind: 'newborn' | 'lowIncome' | 'veteran' | 'switch';
  coverFrom: IsoDate;
  retroactive: { from: IsoDate; to: IsoDate } | null;
}

export type NewbornCase = { kind: 'within'; exemption: Exemption } | { kind: 'after'; rule: 'regional' | 'paymentDate' | 'ordinary' } | null;

/** The exemption checks read the first benefit year paid and the payment date. */
export interface PaidYear {
  first: number;
  date: IsoDate;
}

/** X1: a newborn registered and paid within the window is covered from birth. */
export function newbornCase(chain: PackChain, payment: PaidYear, circumstances: Circumstances, trace: Recorder): NewbornCase {
  const birth = circumstances.birthDate;
  if (!birth || payment.first !== yearOf(birth)) return null;
  const within = chain.get('newborn.enrolWithin', yearOf(birth));
  const { count, unit } = within.value;
  // Day counting is UNCONFIRMED: default "payment date <= birth date + 90 days".
  const lastDay = unit === 'days' ? addDays(birth, count) : addMonths(birth, count).date;
  if (payment.date <= lastDay) {
    trace?.add('X1', 'within', { birthDate: birth, count, unit, lastDay, paymentDate: payment.date }, [within]);
    if (unit === 'days') trace?.note('X1.dayCount', 'unconfirmed', 'X1', 'restoration', { count, lastDay });
    return { kind: 'within', exemption: { kind: 'newborn', coverFrom: birth, retroactive: null } };
  }
  const after = chain.get('newborn.afterWindow', yearOf(birth));
  trace?.add('X1', 'after', { birthDate: birth, count, unit, lastDay, paymentDate: payment.date, rule: after.value }, [within, after]);
  trace?.warn('newbornAfterWindow', { lastDay });
  return { kind: 'after', rule: after.value };
}

/** X2: low-income people who lapsed not by choice, and newly discharged service members. */
export function specialGroup(chain: PackChain, payment: PaidYear, circumstances: Circumstances, inWindowStart: IsoDate | null, trace: Recorder): Exemption | null {
  const year = payment.first;
  const coverFrom = inWindowStart ?? payment.date;
  if (circumstances.lowIncomeNotByChoice) {
    const p = chain.get('exempt.lowIncomeNotByChoice', year);
    if (p.value) {
      trace?.add('X2', 'lowIncome', { coverFrom }, [p]);
      if (!inWindowStart) trace?.note('X2.exactDay', 'unconfirmed', 'X2', 'restoration');
      return { kind: 'lowIncome', coverFrom, retroactive: null };
    }
  }
  if (circumstances.newVeteran) {
    const p = chain.get('exempt.newVeteran', year);
    if (p.value) {
      trace?.add('X2', 'veteran', { coverFrom, dischargeDate: circumstances.veteranDischargeDate ?? null }, [p]);
      trace?.note('X2.veteranRecent', 'unconfirmed', 'X2', 'restoration');
      if (!inWindowStart) trace?.note('X2.exactDay', 'unconfirmed', 'X2', 'restoration');
      return { kind: 'veteran', coverFrom, retroactive: null };
    }
  }
  return null;
}

/**
 * X3 / E2: switching from the employee to the resident scheme within the no-wait gap, after
 * enough consecutive years of basic insurance: cover from the payment month, gap retroactive.
 */
export function switchExemption(chain: PackChain, payment: PaidYear, coverage: Coverage, trace: Recorder): Exemption | null {
  const year = payment.first;
  if (year !== yearOf(payment.date)) return null;
  const paymentMonth = monthOf(payment.date);
  const last = coverage.lastCoveredMonthBefore(monthIndex(paymentMonth));
  if (!last || last.by !== 'employee') return null;
  const gapParam = chain.get('employee.noWaitGapMonths', year);
  const gap = monthIndex(paymentMonth) - last.index - 1;
  if (gap > gapParam.value) return null;
  const yearsParam = chain.get('employee.switchContinuityYears', year);
  const months = coverage.consecutiveMonthsEndingAt(last.index);
  if (months < yearsParam.value * 12) {
    trace?.add('E2', 'noContinuity', { gapMonths: gap, continuousMonths: months, requiredYears: yearsParam.value }, [yearsParam, gapParam]);
    trace?.note('E2.noContinuity', 'regional', 'E2', 'restoration', { continuousMonths: months });
    return null;
  }
  const retroactive =
    gap > 0 ? { from: firstDayOfMonth(monthFromIndex(last.index + 1)), to: lastDayOfMonth(addMonthsToMonth(paymentMonth, -1)) } : null;
  trace?.add('X3', 'switch', { lastEmployeeMonth: monthFromIndex(last.index), gapMonths: gap, continuousMonths: months, coverFrom: firstDayOfMonth(paymentMonth) }, [gapParam, yearsParam]);
  return { kind: 'switch', coverFrom: firstDayOfMonth(paymentMonth), retroactive };
}
