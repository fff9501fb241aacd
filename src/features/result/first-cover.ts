// Whether the answer is about a newborn's first enrolment: then nothing was covered before, and
// the headline says reimbursement starts, not that it restarts (医保报销恢复 presumes earlier cover).
import type { Scenario } from '../../calc';

/**
 * True when the person was born no earlier than two years before the first benefit year paid,
 * the answers give no cover in any year (resident or employee), and the payment is their only
 * one. Anyone older may have been covered before the years asked about, so "restarts" stays.
 */
export function isFirstCover(scenario: Scenario): boolean {
  const birth = scenario.circumstances.birthDate;
  const payment = scenario.payments[0];
  if (!birth || !payment || scenario.payments.length !== 1) return false;
  const firstYear = payment.scheme === 'resident' ? (payment.years[0] ?? Number(payment.date.slice(0, 4))) : Number(payment.date.slice(0, 4));
  if (Number(birth.slice(0, 4)) < firstYear - 2) return false;
  return scenario.history.employeePeriods.length === 0 && scenario.history.years.every((y) => y.cover === 'none');
}
